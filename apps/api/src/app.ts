import { type ChanceryDatabase, openDatabase } from "@chancery/db";
import type { PostgresDatabase } from "@chancery/db/postgres";
import { type ExportSearch, QueryError, runReadOnlySql } from "@chancery/query";
import { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import { secureHeaders } from "hono/secure-headers";
import type { AppContext, PostgresWrites } from "./context.js";
import { errorResponse, handleError, validationHook } from "./errors.js";
import { refuseWritesOnPostgres } from "./middleware/refuse-writes.js";
import { ReadPool } from "./reads/pool.js";
import { articleDetailRoutes } from "./routes/article-detail.js";
import { articleUploadRoutes } from "./routes/article-upload.js";
import { articlesListRoutes } from "./routes/articles-list.js";
import { changesRoutes } from "./routes/changes.js";
import { correctionsRoutes } from "./routes/corrections.js";
import { coverageRoutes } from "./routes/coverage.js";
import { entitiesListRoutes } from "./routes/entities-list.js";
import { entityDetailRoutes } from "./routes/entity-detail.js";
import { eventsRoutes } from "./routes/events.js";
import { exportsRoutes } from "./routes/exports.js";
import { feedsRoutes } from "./routes/feeds.js";
import { healthRoutes } from "./routes/health.js";
import { indicatorsRoutes } from "./routes/indicators.js";
import { metricsOverviewRoutes } from "./routes/metrics-overview.js";
import { partnershipsRoutes } from "./routes/partnerships.js";
import { queryRoutes } from "./routes/query.js";
import { quotesRoutes } from "./routes/quotes.js";
import { schemaRoutes } from "./routes/schema.js";
import { searchRoutes } from "./routes/search.js";
import { themesRoutes } from "./routes/themes.js";
import { timelineRoutes } from "./routes/timeline.js";
import { watchEventsRoutes } from "./routes/watch-events.js";
import { watchFeedRoutes } from "./routes/watch-feed.js";
import { watchFollowsRoutes } from "./routes/watch-follows.js";
import { serveDashboard } from "./static-files.js";

export interface AppOptions {
  dbPath: string;
  /** When set, write endpoints need `Authorization: Bearer <token>`. */
  token?: string;
  /** Per uploaded file; default 10 MB. */
  uploadLimitBytes?: number;
  /** The built dashboard (apps/dashboard/dist), served at `/` with client-side routes falling back to index.html. */
  staticDir?: string;
  /** An already open connection to `dbPath` (its owner closes it); otherwise one is opened. */
  database?: ChanceryDatabase;
  /** Where clients reach the API, for the OpenAPI `servers`; default http://127.0.0.1:3000 (HOST and PORT). */
  serverUrl?: string;
  /** The read workers (their owner closes them); otherwise a pool is started whose threads do not keep the process alive. */
  reads?: ReadPool;
  /**
   * The reads come from PostgreSQL (`database` and `reads` opened there, by `startServer`): the SQL console runs on
   * `readUrl` as `chancery_reader`, uploads write to `primary`; corrections, follows and feeds through `writes`; any other write answers 501.
   */
  postgres?:
    | {
        readUrl: string;
        searchPages: (input: Record<string, unknown>) => Promise<ExportSearch>;
        /** The primary, which uploads write to. */
        primary: PostgresDatabase;
        /** The primary's writer, for the writes that run on PostgreSQL (corrections). */
        writes?: PostgresWrites;
      }
    | undefined;
}

const tags = [
  { name: "system", description: "Liveness and change notifications: poll `/api/changes` or listen to `/api/events`." },
  { name: "articles", description: "Stored articles, one or a page at a time, and adding new ones (needs the token)." },
  { name: "metrics", description: "Corpus totals for the overview." },
  { name: "entities", description: "People, countries and organisations, with their mentions and roles." },
  {
    name: "findings",
    description: "What the analysis read out of the articles: indicators, partnerships, quotes, themes.",
  },
  { name: "search", description: "Full-text search over titles and bodies." },
  { name: "sql", description: "Read-only SQL over the database and the description of its tables." },
  { name: "exports", description: "Datasets and query results as CSV or JSON downloads." },
  {
    name: "watch",
    description:
      "The watchlist: follow indicators, partnerships, people or searches, and read what changed (JSON or an Atom feed); writes need the token.",
  },
  {
    name: "feeds",
    description: "RSS and Atom feeds followed: add, list with status, remove, poll now (writes need the token).",
  },
  {
    name: "coverage",
    description: "The coverage ledger: what was read, stored, duplicated or lost per outlet and day, and why.",
  },
  {
    name: "corrections",
    description:
      "Analysts' corrections (merge, rename, reject or add findings, undo): an append-only log, applied to every read; writes need the token.",
  },
];

/**
 * Builds the Chancery API (no listening): thin routes over `@chancery/query`, OpenAPI 3.1 at
 * `/api/openapi.json`, the reference at `/api/docs`, and the dashboard when `staticDir` is given.
 * @example const app = createApp({ dbPath: "data/chancery.db" }); await app.request("/api/health");
 */
export function createApp(options: AppOptions) {
  const { postgres } = options;
  if (postgres && !(options.database && options.reads))
    throw new Error("createApp on PostgreSQL needs its database and reads opened by startServer.");
  const database = options.database ?? openDatabase({ path: options.dbPath });
  const context: AppContext = {
    database,
    reads: options.reads ?? new ReadPool(database),
    dbPath: options.dbPath,
    runSql: postgres
      ? async (sql, params, limits) => {
          const { consoleUrl, runReadOnlyPostgresSql } = await import("@chancery/query/postgres");
          if (params !== undefined && !Array.isArray(params))
            throw new QueryError(
              "bad_request",
              "Named parameters are SQLite's: on PostgreSQL write $1, $2… and give params as an array.",
            );
          return runReadOnlyPostgresSql(consoleUrl(postgres.readUrl), sql, params, limits);
        }
      : (sql, params, limits) => runReadOnlySql(options.dbPath, sql, params, limits),
    searchPages: postgres?.searchPages,
    primary: postgres?.primary,
    postgresWrites: postgres?.writes,
    token: options.token || undefined,
    uploadLimitBytes: options.uploadLimitBytes ?? 10 * 1024 * 1024,
  };
  const base = new OpenAPIHono({ defaultHook: validationHook });
  // nosniff, frame and referrer policies on every answer; no CSP, which the /api/docs page (CDN scripts) would trip.
  base.use("*", secureHeaders({ strictTransportSecurity: false }));
  if (postgres) base.use("/api/*", refuseWritesOnPostgres);
  const app = base
    .route("/", healthRoutes(context))
    .route("/", changesRoutes(context))
    .route("/", eventsRoutes(context))
    .route("/", articlesListRoutes(context))
    .route("/", articleDetailRoutes(context))
    .route("/", articleUploadRoutes(context))
    .route("/", metricsOverviewRoutes(context))
    .route("/", entitiesListRoutes(context))
    .route("/", entityDetailRoutes(context))
    .route("/", indicatorsRoutes(context))
    .route("/", partnershipsRoutes(context))
    .route("/", quotesRoutes(context))
    .route("/", themesRoutes(context))
    .route("/", timelineRoutes(context))
    .route("/", searchRoutes(context))
    .route("/", queryRoutes(context))
    .route("/", schemaRoutes(context))
    .route("/", exportsRoutes(context))
    .route("/", correctionsRoutes(context))
    .route("/", feedsRoutes(context))
    .route("/", coverageRoutes(context))
    .route("/", watchFollowsRoutes(context))
    .route("/", watchEventsRoutes(context))
    .route("/", watchFeedRoutes(context));

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description:
      "The server's CHANCERY_TOKEN. Write routes require it when the server was started with one (always when HOST is not a loopback address).",
  });
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    servers: [{ url: options.serverUrl ?? "http://127.0.0.1:3000", description: "This Chancery server" }],
    // Reading is open; the routes that write declare the bearer scheme themselves.
    security: [],
    tags,
    info: {
      title: "Chancery API",
      version: "0.1.0",
      description:
        "Read the Chancery database of news about Vietnam's foreign affairs: articles, entities, indicators, partnerships, quotes, themes, full-text search, read-only SQL and exports. Errors are always `{error: {code, message, details?}}`.",
    },
  });
  app.get("/api/docs", Scalar({ url: "/api/openapi.json", pageTitle: "Chancery API" }));
  app.all("/api/*", (c) => errorResponse(c, "not_found", `No API route ${c.req.method} ${c.req.path}; see /api/docs.`));
  if (options.staticDir) app.get("*", serveDashboard(options.staticDir));
  app.notFound((c) => errorResponse(c, "not_found", `Nothing at ${c.req.path}.`));
  app.onError(handleError);
  return app;
}

export type AppType = ReturnType<typeof createApp>;
