import { EntityDetail, GetEntityInput } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/entities/{id}",
  operationId: "getEntity",
  tags: ["entities"],
  summary: "One entity: mentions in context, co-mentioned entities, roles over time, quotes",
  request: { params: GetEntityInput },
  responses: jsonResponses("The entity", EntityDetail, 400, 404),
});

export function entityDetailRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => context.reads.respond(c, "getEntity", c.req.valid("param")));
}
