import { SchemaDescription } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/schema",
  operationId: "getSchema",
  tags: ["sql"],
  summary: "Tables, columns, types, row counts and descriptions, for writing SQL",
  responses: jsonResponses("The schema", SchemaDescription),
});

export function schemaRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => context.reads.respond(c, "describeSchema", undefined));
}
