import { getChanges } from "@chancery/query";
import { createRoute, z } from "@hono/zod-openapi";
import { streamSSE } from "hono/streaming";
import type { AppContext } from "../context.js";
import { newRouter } from "../router.js";

/** How often the stream looks at `meta` for a change: one indexed lookup per open dashboard. */
const pollMs = 1000;

const route = createRoute({
  method: "get",
  path: "/api/events",
  operationId: "streamEvents",
  tags: ["system"],
  summary: "Server-sent events: `changes` at connect and whenever articles are added",
  responses: {
    200: {
      description: "An event stream; each `changes` event carries the JSON of /api/changes",
      content: { "text/event-stream": { schema: z.string() } },
    },
  },
});

export function eventsRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) =>
    streamSSE(c, async (stream) => {
      let last = "";
      let id = 0;
      while (!stream.aborted && !stream.closed) {
        const data = JSON.stringify(getChanges(context.database));
        if (data !== last) {
          last = data;
          await stream.writeSSE({ event: "changes", data, id: String(++id) });
        }
        await stream.sleep(pollMs);
      }
    }),
  );
}
