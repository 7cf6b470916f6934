import { createHash } from "node:crypto";
import { getChanges, OverviewMetrics } from "@chancery/query";
import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../context.js";
import { jsonResponses } from "../openapi-json.js";
import { newRouter } from "../router.js";

const route = createRoute({
  method: "get",
  path: "/api/metrics/overview",
  operationId: "getOverviewMetrics",
  tags: ["metrics"],
  summary: "Corpus totals; answers 304 when If-None-Match still matches",
  responses: {
    ...jsonResponses("Totals", OverviewMetrics),
    304: { description: "Unchanged since the ETag given" },
  },
});

/** The ETag comes from the ingest's change stamp, so a 304 costs one `meta` lookup. */
function etagOf(stamp: string): string {
  return `W/"${createHash("sha1").update(stamp).digest("base64url").slice(0, 20)}"`;
}

export function metricsOverviewRoutes(context: AppContext) {
  return newRouter().openapi(route, async (c) => {
    const changes = getChanges(context.database);
    const etag = etagOf(`${changes.lastChangedAt}|${changes.articles}`);
    c.header("ETag", etag);
    c.header("Cache-Control", "no-cache");
    const given = c.req.header("if-none-match");
    if (given?.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*")) return c.body(null, 304);
    return context.reads.respond(c, "overviewMetrics", undefined);
  });
}
