import { ListQuotesInput, QuotePage } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/quotes",
  operationId: "listQuotes",
  tags: ["findings"],
  summary: "Quotes, newest first, optionally by one speaker",
  request: { query: ListQuotesInput },
  responses: jsonResponses("OK", QuotePage, 400),
});

export function quotesRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => context.reads.respond(c, "listQuotes", c.req.valid("query")));
}
