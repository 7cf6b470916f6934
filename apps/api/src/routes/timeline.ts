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
  summary: "Articles and stories per period, on consecutive periods at one granularity",
  description:
    "`granularity=auto` chooses month for spans up to 3 years, quarter up to 12, year beyond. Dates known only to a coarser precision than the granularity are counted apart in `coarser`, undated articles in `undated`.",
  request: { query: TimelineInput },
  responses: jsonResponses("OK", Timeline, 400),
});

export function timelineRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => context.reads.respond(c, "timeline", c.req.valid("query")));
}
