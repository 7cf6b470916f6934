import { Changes, getChanges } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/changes",
  operationId: "getChanges",
  tags: ["system"],
  summary: "When the corpus last changed: cheap enough to poll every few seconds",
  responses: jsonResponses("Last change", Changes),
});

export function changesRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => {
    c.header("Cache-Control", "no-cache");
    return c.json(getChanges(context.database), 200);
  });
}
