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
  summary: "One entity: first and last seen, mentions in context, co-mentioned entities, roles over time, quotes",
  description:
    "Dates are publication dates only, with undated articles counted apart. Repeated sentences and quotes (republished copies) are grouped, each once with its count.",
  request: { params: GetEntityInput },
  responses: jsonResponses("The entity", EntityDetail, 400, 404),
});

export function entityDetailRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => context.reads.respond(c, "getEntity", c.req.valid("param")));
}
