import { ListQuotesInput, listQuotes, QuotePage } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { errorResponses } from "../errors.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/quotes",
  tags: ["findings"],
  summary: "Quotes, newest first, optionally by one speaker",
  request: { query: ListQuotesInput },
  responses: {
    200: { description: "OK", content: { "application/json": { schema: QuotePage } } },
    ...errorResponses(400),
  },
});

export function quotesRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => c.json(listQuotes(context.database, c.req.valid("query")), 200));
}
