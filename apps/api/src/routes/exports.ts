import { exportDataset, exportDatasets, SqlRequest, toCsv, toJsonArray } from "@chancery/query";
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppContext } from "../context.js";
import { errorResponses } from "../errors.js";
import { limitBody } from "../middleware/limit-body.js";
import { jsonBody } from "../openapi-json.js";
import { newRouter } from "../router.js";
import { textStream } from "../text-stream.js";

const DatasetFile = z.object({
  file: z
    .string()
    .regex(
      new RegExp(`^(${exportDatasets.join("|")})\\.(csv|json)$`),
      `expected one of ${exportDatasets.join(", ")} with .csv or .json`,
    )
    .openapi({ example: "indicators.csv" }),
});
const QueryFile = z.object({ file: z.enum(["query.csv", "query.json"]) });

const download = {
  description: "The file, streamed",
  content: {
    "text/csv": { schema: z.string() },
    "application/json": { schema: z.array(z.record(z.string(), z.unknown())) },
  },
};

const datasetRoute = createRoute({
  method: "get",
  path: "/api/export/{file}",
  operationId: "exportDataset",
  tags: ["exports"],
  summary: "Download a dataset as CSV or JSON; takes the same query parameters as its list route",
  request: { params: DatasetFile },
  responses: { 200: download, ...errorResponses(400) },
});

const queryRoute = createRoute({
  method: "post",
  path: "/api/export/{file}",
  operationId: "exportQuery",
  tags: ["exports"],
  summary: "Download the rows of a read-only SQL query (up to 100,000) as CSV or JSON",
  middleware: [limitBody(256 * 1024)] as const,
  request: { params: QueryFile, body: jsonBody(SqlRequest) },
  responses: { 200: download, ...errorResponses(400, 413, 429) },
});

/** Rows an export of a SQL query may return; the interactive console keeps its 1,000-row cap. */
const maxExportRows = 100_000;

function sendTable(c: Context, file: string, columns: string[], rows: Iterable<unknown[]>) {
  const csv = file.endsWith(".csv");
  return c.body(textStream(csv ? toCsv(columns, rows) : toJsonArray(columns, rows)), 200, {
    "Content-Type": csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    "Content-Disposition": `attachment; filename="chancery-${file}"`,
    "Cache-Control": "no-store",
  });
}

export function exportsRoutes(context: AppContext) {
  return newRouter()
    .openapi(datasetRoute, async (c) => {
      const { file } = c.req.valid("param");
      const dataset = file.replace(/\.(csv|json)$/, "") as (typeof exportDatasets)[number];
      const query = c.req.query();
      const searchWith = dataset === "search" && context.searchPages ? await context.searchPages(query) : undefined;
      const table = exportDataset(context.database, dataset, query, searchWith);
      return sendTable(c, file, table.columns, table.rows);
    })
    .openapi(queryRoute, async (c) => {
      const { file } = c.req.valid("param");
      const { sql, params } = c.req.valid("json");
      const result = await context.runSql(sql, params, { maxRows: maxExportRows, timeoutMs: 10_000 });
      return sendTable(c, file, result.columns, result.rows);
    });
}
