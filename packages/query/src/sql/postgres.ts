import pg from "pg";
import { parseInput, QueryError } from "../errors.js";
import { type SqlLimits, SqlRequest, type SqlResult } from "./run.js";
import { blankLiteralsAndComments, writeRefused } from "./statement-check.js";

/*
 * The read-only SQL console on PostgreSQL (issue 17). Four locks, each enough on its own for writes:
 *  - the connection logs in as `chancery_reader` (drizzle-pg/0002), a role granted SELECT and nothing else, so no
 *    statement can raise itself back to a stronger role;
 *  - every query runs in a READ ONLY transaction that is always rolled back;
 *  - the statement is run as `DECLARE … CURSOR FOR <statement>`, which PostgreSQL accepts only for SELECT and
 *    VALUES and refuses with data-modifying WITH clauses (EXPLAIN, which a cursor cannot hold, runs as itself: it
 *    plans without running, and EXPLAIN ANALYZE runs only what a SELECT could, under the other three locks);
 *  - the extended protocol, which refuses a second statement after a `;`.
 * `statement_timeout` stops it at the limit (the server cancels the query; nothing is left running), and rows past
 * the cap are never fetched.
 */

/** The statements that read but PostgreSQL's cursor would refuse with a puzzling message: said plainly instead. */
const refusedKeywords: Record<string, string> = {
  COPY: "COPY is not allowed: the SQL console only reads, and never touches files or programs.",
  SET: "SET is not allowed: the SQL console's settings are fixed.",
  RESET: "RESET is not allowed: the SQL console's settings are fixed.",
  LISTEN: "LISTEN is not allowed: the SQL console only reads.",
  DO: "DO blocks are not allowed: the SQL console only reads.",
  CALL: "CALL is not allowed: the SQL console only reads.",
};

function refusal(sql: string): string | null {
  const visible = blankLiteralsAndComments(sql).trim();
  if (!visible) return "There is no SQL to run.";
  const keyword = /^[A-Za-z_]+/.exec(visible)?.[0].toUpperCase() ?? "";
  return refusedKeywords[keyword] ?? null;
}

/** A cell as the SQLite console gives it: integers as numbers (decimal text past 2^53), blobs as base64, booleans 1/0. */
function cell(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (Buffer.isBuffer(value)) return value.toString("base64");
  return String(value);
}

const { builtins } = pg.types;
/** Read by the driver's own parsers: smaller integers and floats as numbers, booleans, blobs as bytes. */
const parsedTypes = new Set<number>([
  builtins.INT2,
  builtins.INT4,
  builtins.FLOAT4,
  builtins.FLOAT8,
  builtins.BOOL,
  builtins.BYTEA,
]);
/** Every other type arrives as the server's text (dates, JSON and arrays as written); bigints as numbers when exact. */
const types = {
  getTypeParser: (oid: number, format?: string) => {
    if (oid === builtins.INT8)
      return (text: string) => (Number.isSafeInteger(Number(text)) ? Number(text) : text) as unknown as string;
    if (parsedTypes.has(oid)) return pg.types.getTypeParser(oid, format as "text");
    return (text: string) => text;
  },
};

/** The words a statement that reads can begin with; DECLARE … CURSOR FOR reports anything else as a syntax error. */
const readingStarts = new Set(["SELECT", "WITH", "VALUES", "TABLE", "EXPLAIN"]);

function translate(cause: unknown, timeoutMs: number, sql: string): QueryError {
  const error = cause as Error & { code?: string };
  const message = error.message ?? String(cause);
  const first =
    /^[A-Za-z_]+/
      .exec(
        blankLiteralsAndComments(sql)
          .trim()
          .replace(/^\(+\s*/, ""),
      )?.[0]
      .toUpperCase() ?? "";
  if (error.code === "42601" && !readingStarts.has(first)) return writeRefused(first);
  if (error.code === "57014")
    return new QueryError(
      "sql_timeout",
      `The query ran longer than ${timeoutMs} ms and was stopped. Narrow it with WHERE or LIMIT, or avoid queries that never end.`,
      { timeoutMs },
    );
  if (/cannot insert multiple commands/i.test(message))
    return new QueryError(
      "sql_refused",
      "Send one statement at a time: this text holds more than one (remove the extra `;`).",
      { statement: "multiple" },
    );
  // 25006: a write in a read-only transaction; 42601 from DECLARE: not a SELECT or VALUES; 42501: not permitted.
  if (error.code === "25006" || /DECLARE CURSOR|must be a SELECT|data-modifying/i.test(message))
    return writeRefused(first);
  if (error.code === "42501") return new QueryError("sql_refused", `Not allowed for the SQL console: ${message}.`);
  return new QueryError("sql_error", `PostgreSQL could not run the query: ${message}`, undefined, { cause });
}

/**
 * The console's address: the database at `url` as the SELECT-only role `chancery_reader` (drizzle-pg/0002); its
 * password, if any, comes from `PGPASSWORD` or `~/.pgpass`, never from the writer's address.
 * @example consoleUrl("postgres://chancery:secret@db/chancery") // "postgres://chancery_reader@db/chancery"
 */
export function consoleUrl(url: string): string {
  const reader = new URL(url);
  reader.username = "chancery_reader";
  reader.password = "";
  return reader.toString();
}

/**
 * Runs one user-written read statement on PostgreSQL as the `chancery_reader` role, at most `maxRows` rows, within
 * `timeoutMs`. `readerUrl` connects as that role (`postgres://chancery_reader@host/db`).
 * @example await runReadOnlyPostgresSql(url, "SELECT count(*) FROM articles WHERE outlet = $1", ["VNA"])
 */
export async function runReadOnlyPostgresSql(
  readerUrl: string,
  sql: string,
  params?: ReadonlyArray<string | number | boolean | null>,
  limits: SqlLimits = {},
): Promise<SqlResult> {
  const request = parseInput(SqlRequest, { sql, params: params ? [...params] : undefined });
  const refused = refusal(request.sql);
  if (refused) throw new QueryError("sql_refused", refused);
  const timeoutMs = limits.timeoutMs ?? 2000;
  const maxRows = limits.maxRows ?? 1000;
  const client = new pg.Client({ connectionString: readerUrl, types });
  const started = performance.now();
  await client.connect();
  try {
    const { rows: who } = await client.query<{ user: string; superuser: string }>(
      "SELECT current_user AS user, current_setting('is_superuser') AS superuser",
    );
    // A console connected as a stronger user could be talked out of read-only: refuse to run at all.
    if (who[0]?.superuser === "on" || who[0]?.user !== "chancery_reader")
      throw new QueryError(
        "sql_refused",
        `The SQL console must connect as chancery_reader, not ${who[0]?.user ?? "an unknown user"}.`,
      );
    await client.query("BEGIN READ ONLY");
    try {
      await client.query(`SET LOCAL statement_timeout = ${Math.max(1, Math.floor(timeoutMs))}`);
      const values = (request.params as unknown[] | undefined) ?? [];
      // Trailing semicolons are harmless on SQLite's console; DECLARE would read them as a second command.
      const statement = request.sql.replace(/[;\s]+$/, "");
      const explain = /^EXPLAIN\b/i.test(blankLiteralsAndComments(statement).trim());
      if (!explain)
        await client.query({
          text: `DECLARE chancery_console NO SCROLL CURSOR FOR ${statement}`,
          values,
          queryMode: "extended",
        } as pg.QueryConfig);
      const fetched = explain
        ? await client.query({ text: statement, values, queryMode: "extended", rowMode: "array" } as pg.QueryConfig)
        : await client.query({ text: `FETCH ${maxRows + 1} FROM chancery_console`, rowMode: "array" });
      const truncated = fetched.rows.length > maxRows;
      const rows = (fetched.rows as unknown[][]).slice(0, maxRows).map((row) => row.map(cell));
      return {
        columns: fetched.fields.map((f) => f.name),
        rows,
        rowCount: rows.length,
        truncated,
        elapsedMs: Math.round(performance.now() - started),
      };
    } finally {
      await client.query("ROLLBACK").catch(() => undefined);
    }
  } catch (cause) {
    if (cause instanceof QueryError) throw cause;
    throw translate(cause, timeoutMs, request.sql);
  } finally {
    await client.end().catch(() => undefined);
  }
}
