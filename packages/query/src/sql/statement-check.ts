import type Database from "better-sqlite3";
import { QueryError } from "../errors.js";

/** Blanks out string literals, quoted identifiers and comments, so keyword checks only see SQL itself. */
export function blankLiteralsAndComments(sql: string): string {
  return sql.replace(
    /'(?:[^']|'')*'?|"(?:[^"]|"")*"?|`[^`]*`?|\[[^\]]*\]?|--[^\n]*|\/\*[\s\S]*?(?:\*\/|$)/g,
    (match) => (match.startsWith("--") || match.startsWith("/*") ? " " : "''"),
  );
}

/** The refusal of a statement that would write, in both backends' consoles; `keyword` is its first word. */
export function writeRefused(keyword: string): QueryError {
  return new QueryError(
    "sql_refused",
    `Only statements that read are allowed (SELECT, WITH … SELECT, VALUES, EXPLAIN); this ${keyword || "statement"} would change the database.`,
    { statement: keyword },
  );
}

const refusedStatements: Record<string, string> = {
  PRAGMA:
    "PRAGMA statements are not allowed: read settings with the pragma functions instead, e.g. SELECT * FROM pragma_table_info('articles').",
  ATTACH: "ATTACH is not allowed: queries run against the Chancery database only.",
  DETACH: "DETACH is not allowed: queries run against the Chancery database only.",
  VACUUM: "VACUUM (and VACUUM INTO) is not allowed: the SQL console only reads.",
  REINDEX: "REINDEX is not allowed: the SQL console only reads.",
  ANALYZE: "ANALYZE is not allowed: the SQL console only reads.",
};

/**
 * Accepts exactly one statement that only reads, and says plainly why anything else is refused.
 * Uses SQLite's own parser (`prepare`) and its verdicts `reader` and `readonly`, plus a keyword check
 * for the statements and functions that read but reach outside the database.
 */
export function checkReadOnlyStatement(sqlite: Database.Database, sql: string): Database.Statement {
  const visible = blankLiteralsAndComments(sql).trim();
  if (!visible) throw new QueryError("sql_refused", "There is no SQL to run.");
  const keyword = /^[A-Za-z_]+/.exec(visible)?.[0].toUpperCase() ?? "";
  const refusal = refusedStatements[keyword];
  if (refusal) throw new QueryError("sql_refused", refusal, { statement: keyword });
  if (/\bload_extension\s*\(/i.test(visible)) {
    throw new QueryError("sql_refused", "load_extension() is not allowed: the SQL console cannot load code.", {
      function: "load_extension",
    });
  }
  let statement: Database.Statement;
  try {
    statement = sqlite.prepare(sql);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    if (/more than one statement/i.test(message)) {
      throw new QueryError(
        "sql_refused",
        "Send one statement at a time: this text holds more than one (remove the extra `;`).",
        {
          statement: "multiple",
        },
      );
    }
    throw new QueryError("sql_error", `SQLite could not read the query: ${message}`, undefined, { cause });
  }
  if (!statement.reader || !statement.readonly) throw writeRefused(keyword);
  return statement;
}
