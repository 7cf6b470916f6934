import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { openReadOnlyDatabase } from "@chancery/db";
import { z } from "zod";
import { parseInput, QueryError } from "../errors.js";
import { queryChildSource } from "./child-source.js";
import { checkReadOnlyStatement } from "./statement-check.js";

const Scalar = z.union([z.string().max(100_000), z.number(), z.boolean(), z.null()]);
export const SqlParams = z.union([
  z.array(Scalar).max(100),
  z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), Scalar),
]);
export type SqlParams = z.infer<typeof SqlParams>;

export const SqlRequest = z.object({
  sql: z.string().max(100_000),
  params: SqlParams.optional(),
});
export type SqlRequest = z.infer<typeof SqlRequest>;

export const SqlResult = z.object({
  columns: z.array(z.string()),
  /** Blobs come back as base64 text, integers beyond 2^53 as decimal text. */
  rows: z.array(z.array(z.union([z.string(), z.number(), z.null()]))),
  rowCount: z.number().int(),
  truncated: z.boolean(),
  elapsedMs: z.number(),
});
export type SqlResult = z.infer<typeof SqlResult>;

export interface SqlLimits {
  timeoutMs?: number;
  maxRows?: number;
  /** Stops collecting rows past about this many bytes of cell data (then `truncated: true`). */
  maxBytes?: number;
}

/** Query processes running at once, and requests allowed to wait for one: a flood cannot fork without bound. */
const maxRunning = 2;
const maxWaiting = 16;
let running = 0;
const waiting: Array<() => void> = [];

async function acquireSlot(): Promise<() => void> {
  if (running >= maxRunning) {
    if (waiting.length >= maxWaiting) {
      throw new QueryError("sql_busy", "Too many SQL queries are running; try again in a few seconds.");
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

const driverPath = createRequire(import.meta.url).resolve("better-sqlite3");
const heapLimitBytes = 256 * 1024 * 1024;

type ChildReply =
  | { ok: true; columns: string[]; rows: SqlResult["rows"]; truncated: boolean }
  | { ok: false; code: "sql_error" | "sql_refused"; message: string };

/** Booleans bind as 1/0, as SQLite stores them. */
function bindable(params: SqlParams | undefined): unknown {
  if (params === undefined) return null;
  const convert = (value: z.infer<typeof Scalar>) => (typeof value === "boolean" ? Number(value) : value);
  return Array.isArray(params)
    ? params.map(convert)
    : Object.fromEntries(Object.entries(params).map(([key, value]) => [key, convert(value)]));
}

/**
 * Runs one user-written read statement on its own read-only connection in a separate process, killed at
 * the time limit. A process, not a worker thread: `Worker.terminate()` cannot stop SQLite while it is
 * inside one long `sqlite3_step` (measured: a recursive CTE ran on), but SIGKILL always does.
 * @example await runReadOnlySql("data/chancery.db", "SELECT count(*) FROM articles WHERE outlet = ?", ["VNA"])
 */
/** How long the query process may take to start and prepare the statement, besides the query's own limit. */
const STARTUP_LIMIT_MS = 10_000;

export async function runReadOnlySql(
  dbPath: string,
  sql: string,
  params?: SqlParams,
  limits: SqlLimits = {},
): Promise<SqlResult> {
  const request = parseInput(SqlRequest, { sql, params });
  const timeoutMs = limits.timeoutMs ?? 2000;
  const maxRows = limits.maxRows ?? 1000;
  const maxBytes = limits.maxBytes ?? 64 * 1024 * 1024;

  const checker = openReadOnlyDatabase({ path: dbPath });
  try {
    checkReadOnlyStatement(checker.sqlite, request.sql);
  } finally {
    checker.close();
  }

  const release = await acquireSlot();
  const started = performance.now();
  const reply = await new Promise<ChildReply>((resolve, reject) => {
    const child = spawn(process.execPath, ["--max-old-space-size=512", "-e", queryChildSource], {
      stdio: ["ignore", "ignore", "ignore", "ipc"],
      serialization: "advanced",
    });
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    // The limit is the query's: it starts when the statement is prepared, not while a busy machine starts the
    // process (seconds under load, which turned a 1 ms count into a timeout). Starting has its own, wider bound.
    const stop = (limitMs: number) => () => {
      child.kill("SIGKILL");
      settle(() =>
        reject(
          new QueryError(
            "sql_timeout",
            `The query ran longer than ${limitMs} ms and was stopped. Narrow it with WHERE or LIMIT, or avoid queries that never end.`,
            { timeoutMs: limitMs },
          ),
        ),
      );
    };
    let timer = setTimeout(stop(STARTUP_LIMIT_MS + timeoutMs), STARTUP_LIMIT_MS + timeoutMs);
    child.on("message", (message: ChildReply | { ready: true }) => {
      if ("ready" in message) {
        clearTimeout(timer);
        timer = setTimeout(stop(timeoutMs), timeoutMs);
      } else settle(() => resolve(message));
    });
    child.once("error", (error) => settle(() => reject(error)));
    // "close", not "exit": a child that sent its answer and exited at once can be seen exiting before its last
    // message is read (measured under load: "exit code 0" with the answer lost); "close" comes after the channel drains.
    child.once("close", (code, signal) =>
      settle(() =>
        reject(
          new QueryError(
            "sql_error",
            `The query stopped before answering (${signal ?? `exit code ${code}`}); it may need too much memory.`,
          ),
        ),
      ),
    );
    child.send({
      driverPath,
      dbPath: checker.path,
      sql: request.sql,
      params: bindable(request.params),
      maxRows,
      maxBytes,
      heapLimitBytes,
    });
  }).finally(release);
  if (!reply.ok)
    throw new QueryError(
      reply.code,
      reply.code === "sql_error" ? `SQLite could not run the query: ${reply.message}` : reply.message,
    );
  return {
    columns: reply.columns,
    rows: reply.rows,
    rowCount: reply.rows.length,
    truncated: reply.truncated,
    elapsedMs: Math.round(performance.now() - started),
  };
}
