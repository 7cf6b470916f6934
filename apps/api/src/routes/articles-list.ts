import { ArticlePage, ListArticlesInput, listArticles } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { errorResponses } from "../errors.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/articles",
  tags: ["articles"],
  summary: "Articles, newest first, with cursor pagination and filters",
  request: { query: ListArticlesInput },
  responses: {
    200: { description: "A page of articles", content: { "application/json": { schema: ArticlePage } } },
    ...errorResponses(400),
  },
});

export function articlesListRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => c.json(listArticles(context.database, c.req.valid("query")), 200));
}
