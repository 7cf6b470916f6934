import { IndicatorList, ListIndicatorsInput } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/indicators",
  operationId: "listIndicators",
  tags: ["findings"],
  summary:
    "Each indicator: latest value, every value with its article, date and sentence, and whether sources disagree",
  request: { query: ListIndicatorsInput },
  responses: jsonResponses("OK", IndicatorList, 400),
});

export function indicatorsRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => context.reads.respond(c, "listIndicators", c.req.valid("query")));
}
