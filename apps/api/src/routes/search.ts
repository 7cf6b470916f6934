import { SearchInput, SearchResult } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/search",
  operationId: "searchArticles",
  tags: ["search"],
  summary: "Full-text search with snippets, filters, story collapsing and facets",
  description:
    "Ranked by bm25 (title matches weigh 4×, newer articles first on ties) when the words match at most `relevanceLimit` articles. With `order=auto` (the default), words matching more are listed newest first (`order: newest` in the answer), with `total` extrapolated from the newest matches (`totalEstimated`) and facets counted over the first `facetsOver` hits (`facetsEstimated`). `order=relevance` ranks every match however many (slow on a large corpus); `order=newest` always lists newest first.",
  request: { query: SearchInput },
  responses: jsonResponses("OK", SearchResult, 400),
});

export function searchRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => context.reads.respond(c, "search", c.req.valid("query")));
}
