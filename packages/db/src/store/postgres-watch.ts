import { drizzle } from "drizzle-orm/node-postgres";
import type pg from "pg";
import * as tables from "../postgres/tables.js";
import type { FollowKind } from "../schema/index.js";
import { toPostgres } from "./summaries.js";
import type { ArticleToStore } from "./types.js";
import {
  type DeliveryOutcome,
  deliveryRow,
  FollowIndex,
  type FollowLabelLookup,
  type FollowToStore,
  postgresChangeLookups,
  type StoredFollow,
  WATCH_SQL,
} from "./watch.js";

const numbered = Object.fromEntries(
  Object.entries(WATCH_SQL).map(([name, text]) => [name, toPostgres(text)]),
) as Record<keyof typeof WATCH_SQL, { text: string; names: string[] }>;

/** Runs one of `WATCH_SQL`'s statements with named parameters; its rows. */
async function run<R extends pg.QueryResultRow>(
  client: pg.Pool | pg.PoolClient,
  statement: keyof typeof WATCH_SQL,
  params: Record<string, unknown> = {},
): Promise<pg.QueryResult<R>> {
  const { text, names } = numbered[statement];
  return client.query<R>(
    text,
    names.map((name) => params[name] ?? null),
  );
}

/**
 * The watchlist's writes on PostgreSQL (`WatchWriter` on SQLite), from the same statements. Each is one statement
 * (or, adding a follow, an insert that leaves an existing one alone and then a read), so the database's unique
 * index on (kind, target) keeps one follow per thing however many processes add it at once.
 */
export class PostgresWatch {
  constructor(private readonly pool: pg.Pool) {}

  /** Adds a follow, or finds the same one already there; returns its id. */
  async addFollow(follow: FollowToStore, at = new Date().toISOString()): Promise<{ id: number; created: boolean }> {
    const inserted = (await run<{ id: number }>(this.pool, "insertFollow", { ...follow, createdAt: at })).rows[0];
    if (inserted) return { id: inserted.id, created: true };
    const id = await this.findFollow(follow.kind, follow.target);
    if (id === null) throw new Error("the database neither kept the new follow nor holds the same one");
    return { id, created: false };
  }

  /** The id of the follow of this kind and target, if any. */
  async findFollow(kind: FollowKind, target: string): Promise<number | null> {
    return (await run<{ id: number }>(this.pool, "followByTarget", { kind, target })).rows[0]?.id ?? null;
  }

  /** The name of the entity a new follow is labelled with, if it is stored. */
  async labelOf(lookup: FollowLabelLookup, value: string): Promise<string | null> {
    return (await run<{ name: string }>(this.pool, lookup, { value })).rows[0]?.name ?? null;
  }

  /** Removes a follow and its events (ON DELETE CASCADE); false when there is no such follow. */
  async removeFollow(id: number): Promise<boolean> {
    return ((await run(this.pool, "deleteFollow", { id })).rowCount ?? 0) > 0;
  }

  /** Records one webhook attempt for an event. */
  async recordDelivery(eventId: number, outcome: DeliveryOutcome): Promise<void> {
    await run(this.pool, "recordDelivery", deliveryRow(eventId, outcome));
  }
}

/** The statement that reads the follows inside the PostgreSQL writer's transaction. */
export const POSTGRES_ALL_FOLLOWS = WATCH_SQL.allFollows;

/**
 * Records the change events a newly stored article raises, in the PostgreSQL writer's transaction on `client`
 * (`FollowDetector` on SQLite): the same detection (`FollowIndex`), its look-ups answered by
 * `postgresChangeLookups`, a search follow's FTS5 expression read as a tsquery. The writer calls it holding the
 * summaries lock, which every article's transaction takes before it commits: so the articles' detections run one
 * at a time, each seeing every article committed before it, as SQLite's single writer does.
 */
export async function recordChangesOnPostgres(
  client: pg.PoolClient,
  follows: readonly StoredFollow[],
  articleId: number,
  item: ArticleToStore,
  at: string,
): Promise<number> {
  const index = new FollowIndex(
    follows.map((f) => (f.kind === "query" && f.match ? { ...f, match: tsQueryOfMatch(f.match) } : f)),
  );
  const steps = index.changes(articleId, item);
  let next = steps.next();
  while (!next.done) {
    const { lookup, params } = next.value;
    next = steps.next((await client.query(postgresChangeLookups[lookup], params)).rows[0]);
  }
  const events = next.value;
  if (events.length > 0) {
    const { sql, params } = drizzle(client)
      .insert(tables.changeEvents)
      .values(events.map((event) => ({ ...event, createdAt: at, nextAttemptAt: at })))
      .toSQL();
    await client.query(sql, params as unknown[]);
  }
  return events.length;
}

/** The tokens of the FTS5 expressions `toFtsQuery` (@chancery/query) writes: quoted terms, operators, groups. */
const FTS_TOKEN = /\s*(?:(?:(title|body)\s*:\s*)?"((?:[^"]|"")*)"(\*)?|(AND|OR|NOT)(?=[\s("]|$)|([()]))/y;

/**
 * A follow's FTS5 expression (as `toFtsQuery` writes it, and as `chancery migrate` copies it) as a `to_tsquery`
 * expression meaning the same, as `toTsQuery` builds one from the user's words: adjacent terms AND-ed, `a NOT b` as
 * `a & !b`, each term quoted (a phrase when it holds several words), `*` a prefix, a column a weight (title A, body B).
 * An expression it cannot read is an error naming it, never a follow silently matching nothing.
 */
export function tsQueryOfMatch(match: string): string {
  const parts: string[] = [];
  let previous: "operand" | "open" | "op" | null = null;
  FTS_TOKEN.lastIndex = 0;
  let at = 0;
  while (at < match.length && match.slice(at).trim() !== "") {
    FTS_TOKEN.lastIndex = at;
    const m = FTS_TOKEN.exec(match);
    if (!m) throw new Error(`the followed search ${JSON.stringify(match)} is not one PostgreSQL can read`);
    at = FTS_TOKEN.lastIndex;
    const [, column, term, prefix, op, paren] = m;
    const startsOperand = term !== undefined || paren === "(";
    if (startsOperand && previous === "operand") parts.push("&");
    if (term !== undefined) {
      const text = term.replaceAll('""', '"');
      const quoted = `'${text.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
      const label = `${prefix ? "*" : ""}${column === "title" ? "A" : column === "body" ? "B" : ""}`;
      parts.push(label ? `${quoted}:${label}` : quoted);
      previous = "operand";
    } else if (paren === "(") {
      parts.push("(");
      previous = "open";
    } else if (paren === ")") {
      parts.push(")");
      previous = "operand";
    } else {
      parts.push(op === "AND" ? "&" : op === "OR" ? "|" : "& !");
      previous = "op";
    }
  }
  return parts.join(" ");
}
