import { ListThemesInput, ThemeList } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/themes",
  operationId: "listThemes",
  tags: ["findings"],
  summary: "Share of stories per theme and its trend as a share of each period's stories",
  request: { query: ListThemesInput },
  responses: jsonResponses("Themes", ThemeList, 400),
});

export function themesRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => context.reads.respond(c, "listThemes", c.req.valid("query")));
}
