import { ArticlePage, ListArticlesInput } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/articles",
  operationId: "listArticles",
  tags: ["articles"],
  summary: "Articles, newest first, with cursor pagination and filters",
  request: { query: ListArticlesInput },
  responses: jsonResponses("A page of articles", ArticlePage, 400),
});

export function articlesListRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => context.reads.respond(c, "listArticles", c.req.valid("query")));
}
