import { getChanges } from "@chancery/query";
import { createRoute, z } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

export const Health = z.object({ ok: z.literal(true), articles: z.number().int() }).openapi("Health");

const route = createRoute({
  method: "get",
  path: "/api/health",
  operationId: "getHealth",
  tags: ["system"],
  summary: "Liveness and the number of stored articles",
  responses: jsonResponses("Serving", Health),
});

export function healthRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) =>
    c.json({ ok: true as const, articles: getChanges(context.database).articles }, 200),
  );
}
