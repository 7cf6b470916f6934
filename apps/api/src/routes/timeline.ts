import { Timeline, TimelineInput } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/timeline",
  operationId: "getTimeline",
  tags: ["findings"],
  summary: "Articles and stories per month or year",
  request: { query: TimelineInput },
  responses: jsonResponses("OK", Timeline, 400),
});

export function timelineRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => context.reads.respond(c, "timeline", c.req.valid("query")));
}
