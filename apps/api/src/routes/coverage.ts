import { Coverage, CoverageInput, getCoverage } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/coverage",
  operationId: "getCoverage",
  tags: ["coverage"],
  summary: "The coverage ledger: per outlet and publication day, what was read, stored, duplicated or lost and why",
  request: { query: CoverageInput },
  responses: jsonResponses("Counts per day, per outlet and per outlet and day", Coverage.meta({ id: "Coverage" }), 400),
});

/*
 * Answered on the main thread, not the read pool: the ledger grows with every ingest outcome, failures included,
 * which do not move the change stamp the pool's caches key on; grouped on its indexes, it is a quick read.
 */
export function coverageRoutes(context: AppContext) {
  return newRouter().openapi(route, (c) => c.json(getCoverage(context.database, c.req.valid("query")), 200));
}
