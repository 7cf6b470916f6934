import { EntityPage, ListEntitiesInput } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/entities",
  operationId: "listEntities",
  tags: ["entities"],
  summary: "People, countries, organisations and domestic bodies with mention and article counts",
  request: { query: ListEntitiesInput },
  responses: jsonResponses("OK", EntityPage, 400),
});

export function entitiesListRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => context.reads.respond(c, "listEntities", c.req.valid("query")));
}
