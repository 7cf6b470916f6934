import { atomContentType, changesAtomFeed } from "@chancery/follow";
import { listChangeEvents } from "@chancery/query";
import { createRoute, z } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { newRouter } from "../router.js";

/** Entries in the feed: readers poll it, so the newest events are enough. */
const feedEntries = 50;

const route = createRoute({
  method: "get",
  path: "/api/watch/feed.atom",
  operationId: "changesFeed",
  tags: ["watch"],
  summary: "The newest change events as an Atom 1.0 feed, for feed readers",
  responses: {
    200: {
      description: `The newest ${feedEntries} change events; each entry links to the article that shows the change`,
      content: { "application/atom+xml": { schema: z.string().openapi({ format: "xml" }) } },
    },
  },
});

export function watchFeedRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => {
    const events = listChangeEvents(context.database, { limit: feedEntries }).items;
    const xml = changesAtomFeed(events, { baseUrl: new URL(c.req.url).origin });
    return c.body(xml, 200, { "Content-Type": atomContentType, "Cache-Control": "no-cache" });
  });
}
