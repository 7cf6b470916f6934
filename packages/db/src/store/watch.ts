import type Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import type { ChanceryDatabase } from "../open.js";
import { changeEvents, type FollowKind, partnershipLevels } from "../schema/index.js";
import type { ArticleToStore } from "./types.js";

/** A follow as the writer is given it: the caller has checked the target and built the FTS expression of a query. */
export interface FollowToStore {
  kind: FollowKind;
  target: string;
  label: string;
  match: string | null;
}

/** One webhook attempt's outcome; a failure names when to try again (null: give up). */
export type DeliveryOutcome =
  | { ok: true; at: string }
  | { ok: false; at: string; error: string; retryAt: string | null };

type EventToStore = Omit<typeof changeEvents.$inferInsert, "id" | "deliveredAt" | "attempts" | "lastError">;
/** One change event as detection finds it; the writer adds the time. */
export type ChangeToStore = Omit<EventToStore, "createdAt" | "nextAttemptAt">;

/** A follow as change detection reads it (`WATCH_SQL.allFollows`). */
export interface StoredFollow {
  id: number;
  kind: FollowKind;
  target: string;
  label: string;
  match: string | null;
}

/** A person's roles are compared as written, ignoring case. */
const sameRole = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

/**
 * What change detection reads, each about the state before the new article (whose id they leave out) and each
 * through an index, so its cost stays flat as the corpus grows (watch.test.ts checks the plans).
 */
export const changeLookups = {
  // Walks indicators_key_published_idx backwards and stops at the first row: on one date, the highest value wins.
  latestIndicator: `SELECT value, of, unit, published_at AS publishedAt FROM indicators
    WHERE key = ? AND published_at IS NOT NULL AND article_id <> ? ORDER BY published_at DESC LIMIT 1`,
  bestPartnership: `SELECT level, level_rank AS levelRank FROM partnerships
    WHERE country_code = ? AND article_id <> ? ORDER BY level_rank LIMIT 1`,
  latestRole: `SELECT r.role FROM entities e JOIN person_roles r ON r.entity_id = e.id
    WHERE e.type = 'person' AND e.key = ? AND r.article_id <> ? ORDER BY r.id DESC LIMIT 1`,
  // On person_roles_entity_role_idx (entity, role without case): one probe per role, however often the person is named.
  knownRole: `SELECT r.role FROM entities e JOIN person_roles r ON r.entity_id = e.id
    WHERE e.type = 'person' AND e.key = ? AND r.role = ? COLLATE NOCASE AND r.article_id <> ? LIMIT 1`,
  // better-sqlite3 binds a JS number as REAL, and FTS5 ignores a REAL rowid constraint beside MATCH (every match
  // came back): the cast keeps the lookup to the one new article.
  queryMatch: `SELECT snippet(articles_fts, 1, '', '', '…', 40) AS snippet FROM articles_fts
    WHERE articles_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
};

/**
 * The same look-ups on PostgreSQL, one for one. The differences, each named once: parameters are numbered; camelCase
 * names are quoted; integers are cast (PostgreSQL's are bigint); on one date the highest figure is chosen by an
 * explicit order (SQLite's comes from walking its index backwards); a role is compared with `lower()` on both sides
 * (SQLite's NOCASE); a search is the follow's expression as a tsquery over `articles.search` (`tsQueryOfMatch`), its
 * evidence ts_headline's excerpt of the body (SQLite's is FTS5's snippet).
 */
export const postgresChangeLookups: Record<ChangeLookup, string> = {
  latestIndicator: `SELECT value, "of", unit, published_at AS "publishedAt" FROM indicators
    WHERE key = $1 AND published_at IS NOT NULL AND article_id <> $2
    ORDER BY published_at DESC, value DESC, "of" DESC NULLS LAST LIMIT 1`,
  bestPartnership: `SELECT level, CAST(level_rank AS INTEGER) AS "levelRank" FROM partnerships
    WHERE country_code = $1 AND article_id <> $2 ORDER BY level_rank LIMIT 1`,
  latestRole: `SELECT r.role FROM entities e JOIN person_roles r ON r.entity_id = e.id
    WHERE e.type = 'person' AND e.key = $1 AND r.article_id <> $2 ORDER BY r.id DESC LIMIT 1`,
  knownRole: `SELECT r.role FROM entities e JOIN person_roles r ON r.entity_id = e.id
    WHERE e.type = 'person' AND e.key = $1 AND lower(r.role) = lower($2) AND r.article_id <> $3 LIMIT 1`,
  queryMatch: `SELECT ts_headline('chancery', a.body, q.query, 'MaxWords=40, MinWords=15, ShortWord=0, HighlightAll=false, StartSel="", StopSel=""') AS snippet
    FROM articles a, to_tsquery('chancery', $1::text) q(query) WHERE a.id = $2 AND a.search @@ q.query`,
};

export type ChangeLookup = keyof typeof changeLookups;

/** One look-up change detection asks for; each backend's driver answers it with the first row, if any. */
export interface ChangeLookupStep {
  lookup: ChangeLookup;
  params: Array<string | number>;
}

/**
 * The follows' and change events' writes (and the two reads that name a new follow), once for both backends:
 * `@name` parameters (numbered for PostgreSQL by `toPostgres`), integers cast so both return numbers.
 */
export const WATCH_SQL = {
  insertFollow: `INSERT INTO follows (kind, target, label, match, created_at)
    VALUES (@kind, @target, @label, @match, @createdAt) ON CONFLICT DO NOTHING RETURNING CAST(id AS INTEGER) AS id`,
  followByTarget: `SELECT CAST(id AS INTEGER) AS id FROM follows WHERE kind = @kind AND target = @target`,
  deleteFollow: `DELETE FROM follows WHERE id = @id`,
  allFollows: `SELECT CAST(id AS INTEGER) AS id, kind, target, label, match FROM follows`,
  recordDelivery: `UPDATE change_events SET attempts = attempts + 1, delivered_at = @deliveredAt,
    last_error = @lastError, next_attempt_at = @nextAttemptAt WHERE id = @id`,
  countryName: `SELECT name FROM entities WHERE type = 'country' AND code = @value LIMIT 1`,
  personName: `SELECT name FROM entities WHERE type = 'person' AND key = @value LIMIT 1`,
} as const;

/** The entity a new follow takes its label from. */
export type FollowLabelLookup = "countryName" | "personName";

function prepare(database: ChanceryDatabase) {
  const { db, sqlite } = database;
  const named = <P extends object, R = unknown>(text: string) => sqlite.prepare<[P], R>(text);
  return {
    allFollows: sqlite.prepare<[], StoredFollow>(WATCH_SQL.allFollows),
    insertFollow: named<FollowToStore & { createdAt: string }, { id: number }>(WATCH_SQL.insertFollow),
    followByTarget: named<{ kind: string; target: string }, { id: number }>(WATCH_SQL.followByTarget),
    deleteFollow: named<{ id: number }>(WATCH_SQL.deleteFollow),
    recordDelivery: named<{
      id: number;
      deliveredAt: string | null;
      lastError: string | null;
      nextAttemptAt: string | null;
    }>(WATCH_SQL.recordDelivery),
    countryName: named<{ value: string }, { name: string }>(WATCH_SQL.countryName),
    personName: named<{ value: string }, { name: string }>(WATCH_SQL.personName),
    insertEvent: db
      .insert(changeEvents)
      .values({
        followId: sql.placeholder("followId"),
        kind: sql.placeholder("kind"),
        articleId: sql.placeholder("articleId"),
        summary: sql.placeholder("summary"),
        before: sql.placeholder("before"),
        after: sql.placeholder("after"),
        evidence: sql.placeholder("evidence"),
        createdAt: sql.placeholder("createdAt"),
        nextAttemptAt: sql.placeholder("nextAttemptAt"),
      })
      .prepare(),
    lookups: Object.fromEntries(
      Object.entries(changeLookups).map(([name, text]) => [name, sqlite.prepare<unknown[], unknown>(text)]),
    ) as Record<ChangeLookup, Database.Statement<unknown[], unknown>>,
  };
}

/**
 * The watchlist's writes: follows, the change events a newly stored article raises (inside the writer's
 * transaction), and the webhook delivery state of each event. `PostgresWatch` (postgres-watch.ts) is the same on
 * PostgreSQL, from the same statements (`WATCH_SQL`) and the same detection (`FollowIndex`).
 */
export class WatchWriter {
  private readonly s: ReturnType<typeof prepare>;

  constructor(private readonly database: ChanceryDatabase) {
    this.s = prepare(database);
  }

  /** Adds a follow, or finds the same one already there; returns its id. */
  addFollow(follow: FollowToStore, at = new Date().toISOString()): { id: number; created: boolean } {
    return this.database.sqlite
      .transaction(() => {
        const inserted = this.s.insertFollow.get({ ...follow, createdAt: at });
        if (inserted) return { id: inserted.id, created: true };
        const row = this.s.followByTarget.get({ kind: follow.kind, target: follow.target });
        if (!row) throw new Error("the database neither kept the new follow nor holds the same one");
        return { id: row.id, created: false };
      })
      .immediate();
  }

  /** The id of the follow of this kind and target, if any. */
  findFollow(kind: FollowKind, target: string): number | null {
    return this.s.followByTarget.get({ kind, target })?.id ?? null;
  }

  /** The name of the entity a new follow is labelled with, if it is stored. */
  labelOf(lookup: FollowLabelLookup, value: string): string | null {
    return this.s[lookup].get({ value })?.name ?? null;
  }

  /** Removes a follow and its events; false when there is no such follow. */
  removeFollow(id: number): boolean {
    return this.s.deleteFollow.run({ id }).changes > 0;
  }

  /** Records one webhook attempt for an event. */
  recordDelivery(eventId: number, outcome: DeliveryOutcome): void {
    this.s.recordDelivery.run(deliveryRow(eventId, outcome));
  }

  /**
   * The detector for one write transaction, or null when nothing is followed (then storing an article costs one
   * read of an empty table per batch). Follows are read inside the transaction, so one added by another process
   * counts from its next batch.
   */
  detector(): ChangeDetector | null {
    const rows = this.s.allFollows.all();
    return rows.length === 0 ? null : new FollowDetector(this.s, new FollowIndex(rows));
  }
}

/** The delivery state an attempt leaves, as `WATCH_SQL.recordDelivery`'s parameters. */
export function deliveryRow(id: number, outcome: DeliveryOutcome) {
  return {
    id,
    deliveredAt: outcome.ok ? outcome.at : null,
    lastError: outcome.ok ? null : outcome.error,
    nextAttemptAt: outcome.ok ? null : outcome.retryAt,
  };
}

/** Compares a newly stored article with what was stored before it, for each followed thing it touches. */
export interface ChangeDetector {
  articleStored(articleId: number, item: ArticleToStore, at: string): number;
}

/** SQLite's driver of the detection: each look-up answered synchronously, the events inserted in the transaction. */
class FollowDetector implements ChangeDetector {
  constructor(
    private readonly s: ReturnType<typeof prepare>,
    private readonly index: FollowIndex,
  ) {}

  articleStored(articleId: number, item: ArticleToStore, at: string): number {
    const steps = this.index.changes(articleId, item);
    let next = steps.next();
    while (!next.done) {
      const { lookup, params } = next.value;
      next = steps.next(this.s.lookups[lookup].get(...params));
    }
    for (const event of next.value) this.s.insertEvent.run({ ...event, createdAt: at, nextAttemptAt: at });
    return next.value.length;
  }
}

type Steps<R> = Generator<ChangeLookupStep, R, unknown>;

function* ask<R>(lookup: ChangeLookup, ...params: Array<string | number>): Steps<R | undefined> {
  return (yield { lookup, params }) as R | undefined;
}

/**
 * What a newly stored article changed about the follows, once for both backends: `changes` yields each look-up it
 * needs (`ChangeLookupStep`, answered by SQLite's `FollowDetector` or the PostgreSQL writer) and returns the events.
 */
export class FollowIndex {
  private readonly byKind = new Map<FollowKind, Map<string, StoredFollow>>();
  private readonly queries: StoredFollow[];

  constructor(rows: readonly StoredFollow[]) {
    for (const kind of ["indicator", "partnership", "person"] as const) {
      this.byKind.set(kind, new Map(rows.filter((r) => r.kind === kind).map((r) => [r.target, r])));
    }
    this.queries = rows.filter((r) => r.kind === "query" && r.match);
  }

  *changes(articleId: number, item: ArticleToStore): Steps<ChangeToStore[]> {
    return [
      ...(yield* this.indicatorChanges(articleId, item)),
      ...(yield* this.partnershipChanges(articleId, item)),
      ...(yield* this.roleChanges(articleId, item)),
      ...(yield* this.queryMatches(articleId)),
    ];
  }

  private *indicatorChanges(articleId: number, item: ArticleToStore): Steps<ChangeToStore[]> {
    const followed = this.byKind.get("indicator");
    const publishedAt = item.article.publishedAt;
    if (!followed?.size || !publishedAt) return [];
    const seen = new Set<string>();
    const events: ChangeToStore[] = [];
    for (const figure of item.findings.indicators) {
      const follow = figure.key ? followed.get(figure.key) : undefined;
      if (!follow || seen.has(follow.target)) continue;
      seen.add(follow.target);
      const previous = yield* ask<{ value: number; of: number | null; unit: string | null; publishedAt: string }>(
        "latestIndicator",
        follow.target,
        articleId,
      );
      if (previous && previous.publishedAt > publishedAt) continue;
      const after = formatFigure(figure);
      const before = previous ? formatFigure(previous) : null;
      if (before === after) continue;
      events.push({
        followId: follow.id,
        kind: "indicator",
        articleId,
        summary: before ? `${follow.label}: ${before} → ${after}` : `${follow.label}: first reported at ${after}`,
        before,
        after,
        evidence: figure.sentence,
      });
    }
    return events;
  }

  private *partnershipChanges(articleId: number, item: ArticleToStore): Steps<ChangeToStore[]> {
    const followed = this.byKind.get("partnership");
    if (!followed?.size) return [];
    const best = new Map<string, ArticleToStore["findings"]["partnerships"][number]>();
    for (const p of item.findings.partnerships) {
      const held = best.get(p.countryCode);
      if (followed.has(p.countryCode) && (!held || rank(p.level) < rank(held.level))) best.set(p.countryCode, p);
    }
    const events: ChangeToStore[] = [];
    for (const [code, p] of best) {
      const follow = followed.get(code);
      if (!follow) continue;
      const previous = yield* ask<{ level: string; levelRank: number }>("bestPartnership", code, articleId);
      if (previous && previous.levelRank <= rank(p.level)) continue;
      events.push({
        followId: follow.id,
        kind: "partnership",
        articleId,
        summary: previous
          ? `${p.countryName}: ${previous.level} → ${p.level}`
          : `${p.countryName}: first reported as ${p.level}`,
        before: previous?.level ?? null,
        after: p.level,
        evidence: p.sentence,
      });
    }
    return events;
  }

  private *roleChanges(articleId: number, item: ArticleToStore): Steps<ChangeToStore[]> {
    const followed = this.byKind.get("person");
    if (!followed?.size) return [];
    const events: ChangeToStore[] = [];
    for (const entity of item.findings.entities) {
      const follow = entity.type === "person" ? followed.get(entity.key) : undefined;
      if (!follow || entity.roles.length === 0) continue;
      const announced: string[] = [];
      for (const role of entity.roles) {
        if (announced.some((r) => sameRole(r, role.role))) continue;
        if (yield* ask<{ role: string }>("knownRole", entity.key, role.role, articleId)) continue;
        announced.push(role.role);
        const latest = yield* ask<{ role: string }>("latestRole", entity.key, articleId);
        events.push({
          followId: follow.id,
          kind: "person",
          articleId,
          summary: `${entity.name}: ${role.role}`,
          before: latest?.role ?? null,
          after: role.role,
          evidence: sentenceAround(item.article.body, role.start, role.end),
        });
      }
    }
    return events;
  }

  private *queryMatches(articleId: number): Steps<ChangeToStore[]> {
    const events: ChangeToStore[] = [];
    for (const follow of this.queries) {
      const hit = yield* ask<{ snippet: string }>("queryMatch", follow.match as string, articleId);
      if (!hit) continue;
      events.push({
        followId: follow.id,
        kind: "query",
        articleId,
        summary: `New article matching ${follow.label}`,
        before: null,
        after: follow.label,
        evidence: hit.snippet,
      });
    }
    return events;
  }
}

/** 1 for the highest level; a level the schema does not know ranks below every known one. */
function rank(level: string): number {
  const index = (partnershipLevels as readonly string[]).indexOf(level);
  return index === -1 ? Number.MAX_SAFE_INTEGER : index + 1;
}

function formatFigure(figure: { value: number; of: number | null; unit: string | null }): string {
  const value = figure.of === null ? `${figure.value}` : `${figure.value} of ${figure.of}`;
  return figure.unit ? `${value} ${figure.unit}` : value;
}

/** The sentence of `body` holding the span [start, end): from the previous sentence end to the next. */
export function sentenceAround(body: string, start: number, end: number): string {
  const boundary = /[.!?…]["'”’)]?\s+|\n+/g;
  let from = 0;
  let to = body.length;
  for (const match of body.matchAll(boundary)) {
    const stop = match.index + match[0].length;
    if (stop <= start) from = stop;
    else if (match.index >= end) {
      to = match.index + match[0].trimEnd().length;
      break;
    }
  }
  return body.slice(from, to).trim();
}
