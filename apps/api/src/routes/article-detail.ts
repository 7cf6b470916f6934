import { ArticleDetail, GetArticleInput } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/articles/{id}",
  operationId: "getArticle",
  tags: ["articles"],
  summary: "One article: paragraphs, provenance, removed noise, other versions and findings with offsets",
  request: { params: GetArticleInput },
  responses: jsonResponses("The article", ArticleDetail, 400, 404),
});

export function articleDetailRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => context.reads.respond(c, "getArticle", c.req.valid("param")));
}
