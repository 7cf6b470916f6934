/*
 * The read queries are written once, in SQLite's SQL. What PostgreSQL spells or orders differently is named here, one
 * rewrite per difference, and applied to every query the reads send through the PostgreSQL bridge (issue 17); a
 * query that needs a difference not listed fails on PostgreSQL instead of drifting.
 */

/** One difference between the dialects: what SQLite says, and how it becomes PostgreSQL's. */
interface Difference {
  name: string;
  rewrite(sql: string): string;
}

/** The index of the parenthesis closing the one opened at `open`, or -1. */
function closing(sql: string, open: number): number {
  let depth = 0;
  for (let i = open; i < sql.length; i++) {
    if (sql[i] === "(") depth++;
    else if (sql[i] === ")" && --depth === 0) return i;
  }
  return -1;
}

/** The arguments of a call whose parenthesis opens at `open`, split at its top-level commas. */
function callArguments(sql: string, open: number): { args: string[]; end: number } {
  const end = closing(sql, open);
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < end; i++) {
    if (sql[i] === "(") depth++;
    else if (sql[i] === ")") depth--;
    else if (sql[i] === "," && depth === 0) {
      args.push(sql.slice(start, i));
      start = i + 1;
    }
  }
  args.push(sql.slice(start, end));
  return { args, end };
}

/** Rewrites each call of `fn` with `make(args)`, innermost last-first, so nested calls are rewritten too. */
function rewriteCalls(sql: string, fn: RegExp, make: (name: string, args: string[]) => string | null): string {
  const starts = [...sql.matchAll(fn)].map((m) => ({ index: m.index ?? 0, name: m[1] ?? "" }));
  let out = sql;
  for (const { index, name } of starts.reverse()) {
    const open = out.indexOf("(", index);
    const { args, end } = callArguments(out, open);
    if (end < 0) continue;
    const made = make(name, args);
    if (made !== null) out = out.slice(0, index) + made + out.slice(end + 1);
  }
  return out;
}

/** Keywords that end an ORDER BY clause at its own depth. */
const orderEnd = /^(LIMIT|OFFSET|UNION|EXCEPT|INTERSECT|FOR|WINDOW)\b/i;
/** A primary key is never NULL: its order needs no NULLS clause, which would keep PostgreSQL off its index. */
const neverNull = /^(\w+\.)?id(\s+(ASC|DESC))?$/i;

function nullsAsSqlite(term: string): string {
  const trimmed = term.trim();
  if (/\bNULLS\s+(FIRST|LAST)$/i.test(trimmed) || neverNull.test(trimmed)) return trimmed;
  return `${trimmed}${/\bDESC$/i.test(trimmed) ? " NULLS LAST" : " NULLS FIRST"}`;
}

/** Adds SQLite's NULL placement to every term of every ORDER BY clause. */
function orderNulls(sql: string): string {
  let out = "";
  let at = 0;
  const clause = /\bORDER\s+BY\b/gi;
  for (let m = clause.exec(sql); m; m = clause.exec(sql)) {
    const start = m.index + m[0].length;
    if (start < at) continue;
    let depth = 0;
    let end = start;
    const terms: string[] = [];
    let termStart = start;
    for (; end < sql.length; end++) {
      const c = sql[end];
      if (c === "(") depth++;
      else if (c === ")") {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && (c === ";" || (/\s/.test(c ?? "") && orderEnd.test(sql.slice(end + 1))))) break;
      else if (depth === 0 && c === ",") {
        terms.push(sql.slice(termStart, end));
        termStart = end + 1;
      }
    }
    terms.push(sql.slice(termStart, end));
    out += `${sql.slice(at, start)} ${terms.map(nullsAsSqlite).join(", ")}`;
    at = end;
    clause.lastIndex = end;
  }
  return out + sql.slice(at);
}

/** Every difference the read queries meet, in the order they are applied (parameters last: see `toPostgres`). */
export const differences: readonly Difference[] = [
  {
    // SQLite lets a query name its index; PostgreSQL's planner chooses one itself.
    name: "index hints (INDEXED BY)",
    rewrite: (sql) => sql.replace(/\s+INDEXED\s+BY\s+\w+/gi, ""),
  },
  {
    name: "null-safe equality (SQLite's `a IS b`, PostgreSQL's `IS NOT DISTINCT FROM`)",
    rewrite: (sql) =>
      sql
        .replace(/\bIS\s+NOT\s+(?!NULL\b|DISTINCT\b|TRUE\b|FALSE\b)/gi, "IS DISTINCT FROM ")
        .replace(/\bIS\s+(?!NOT\b|NULL\b|DISTINCT\b|TRUE\b|FALSE\b)/gi, "IS NOT DISTINCT FROM "),
  },
  {
    // SQLite's LIKE ignores the case of ASCII letters.
    name: "case-insensitive LIKE",
    rewrite: (sql) => sql.replace(/\bLIKE\b/gi, "ILIKE"),
  },
  {
    name: "scalar min/max of several values (least/greatest)",
    rewrite: (sql) =>
      rewriteCalls(sql, /\b(min|max)\s*\(/gi, (name, args) =>
        args.length > 1 ? `${name.toLowerCase() === "min" ? "least" : "greatest"}(${args.join(",")})` : null,
      ),
  },
  {
    // PostgreSQL rounds to decimal places only a numeric; both round halves away from zero.
    name: "round(x, places) on a numeric",
    rewrite: (sql) =>
      rewriteCalls(sql, /\b(round)\s*\(/gi, (_, args) =>
        args.length === 2 ? `round((${args[0]})::numeric,${args[1]})` : null,
      ),
  },
  {
    // SQLite's integers are 64-bit, and PostgreSQL's substr takes 32-bit positions.
    name: "substr positions as int",
    rewrite: (sql) =>
      rewriteCalls(sql, /\b(substr)\s*\(/gi, (_, [text, ...positions]) =>
        positions.length ? `substr(${text},${positions.map((p) => `(${p.trim()})::int`).join(",")})` : null,
      ),
  },
  {
    // SQLite's REAL is 8 bytes, PostgreSQL's `real` 4.
    name: "REAL is double precision",
    rewrite: (sql) => sql.replace(/\bAS\s+REAL\b/gi, "AS double precision"),
  },
  {
    name: "NULLs first in ascending order, last in descending (PostgreSQL's default is the reverse)",
    rewrite: orderNulls,
  },
];

/** Quoted strings and identifiers, kept out of the rewrites. */
const quoted = /'(?:[^']|'')*'|"(?:[^"]|"")*"/g;

/**
 * A read query in PostgreSQL's SQL: the differences applied outside quoted text, then SQLite's `?` and `@name`
 * parameters numbered `$n` (`params` says where each value comes from: a position among the `?`s or a name).
 * @example toPostgres("SELECT id FROM entities WHERE key IS @key") // text: "… WHERE key IS NOT DISTINCT FROM $1"
 */
export function toPostgres(sql: string): { text: string; params: Array<number | string> } {
  const kept: string[] = [];
  let text = sql.replace(quoted, (q) => {
    kept.push(q);
    return `\uE000${kept.length - 1}\uE000`;
  });
  for (const difference of differences) text = difference.rewrite(text);
  const params: Array<number | string> = [];
  let positional = 0;
  text = text.replace(/\?|[@:$]([A-Za-z_]\w*)/g, (match, name: string | undefined) => {
    if (match === "?") {
      params.push(positional++);
      return `$${params.length}`;
    }
    if (match.startsWith(":") || match.startsWith("$")) return match;
    const key = name ?? "";
    const known = params.indexOf(key);
    if (known >= 0) return `$${known + 1}`;
    params.push(key);
    return `$${params.length}`;
  });
  text = text.replace(/\uE000(\d+)\uE000/g, (_, i: string) => kept[Number(i)] ?? "");
  return { text, params };
}

/**
 * PostgreSQL folds unquoted names to lower case, SQLite keeps them as written: the result keys to give back, by
 * their folded form, for every mixed-case name the query writes (`AS firstSeen` comes back as `firstSeen`).
 */
export function resultKeys(sql: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [, name = ""] of sql.replace(quoted, "").matchAll(/\bAS\s+([A-Za-z_]\w*)/gi))
    if (name !== name.toLowerCase() && name !== name.toUpperCase()) keys.set(name.toLowerCase(), name);
  return keys;
}
