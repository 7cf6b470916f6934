import { SearchInput, SearchResult, search } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/search",
  operationId: "searchArticles",
  tags: ["search"],
  summary: "Full-text search (bm25) with snippets, filters, story collapsing and facets",
  request: { query: SearchInput },
  responses: jsonResponses("OK", SearchResult, 400),
});

export function searchRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => c.json(search(context.database, c.req.valid("query")), 200));
}
