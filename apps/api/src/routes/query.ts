import { SqlRequest, SqlResult } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { limitBody } from "../middleware/limit-body.js";
import { jsonBody, jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "post",
  path: "/api/query",
  operationId: "runQuery",
  tags: ["sql"],
  summary: "Run one read-only SQL statement (2 s limit, 1,000 rows)",
  middleware: [limitBody(256 * 1024)] as const,
  request: { body: jsonBody(SqlRequest) },
  responses: jsonResponses("Rows", SqlResult, 400, 413, 429),
});

export function queryRoutes(context: AppContext) {
  return newRouter().openapi(route, async (c) => {
    const { sql, params } = c.req.valid("json");
    return c.json(await context.runSql(sql, params), 200);
  });
}
