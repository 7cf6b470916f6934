import type Database from "better-sqlite3";
import { and, eq, sql } from "drizzle-orm";
import type { ChanceryDatabase } from "../open.js";
import { changeEvents, type FollowKind, follows, partnershipLevels } from "../schema/index.js";
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

interface FollowRow {
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

/** A lookup by one text and the new article's id (left out, so only what was stored before it is read). */
type Lookup<R> = Database.Statement<[string, number], R>;

function prepare(database: ChanceryDatabase) {
  const { db, sqlite } = database;
  return {
    allFollows: db
      .select({
        id: follows.id,
        kind: follows.kind,
        target: follows.target,
        label: follows.label,
        match: follows.match,
      })
      .from(follows)
      .prepare(),
    insertFollow: db
      .insert(follows)
      .values({
        kind: sql.placeholder("kind"),
        target: sql.placeholder("target"),
        label: sql.placeholder("label"),
        match: sql.placeholder("match"),
        createdAt: sql.placeholder("createdAt"),
      })
      .onConflictDoNothing()
      .prepare(),
    followByTarget: db
      .select({ id: follows.id })
      .from(follows)
      .where(and(eq(follows.kind, sql.placeholder("kind")), eq(follows.target, sql.placeholder("target"))))
      .prepare(),
    deleteFollow: db
      .delete(follows)
      .where(eq(follows.id, sql.placeholder("id")))
      .prepare(),
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
    recordDelivery: db
      .update(changeEvents)
      .set({
        attempts: sql`${changeEvents.attempts} + 1`,
        deliveredAt: sql`${sql.placeholder("deliveredAt")}`,
        lastError: sql`${sql.placeholder("lastError")}`,
        nextAttemptAt: sql`${sql.placeholder("nextAttemptAt")}`,
      })
      .where(eq(changeEvents.id, sql.placeholder("id")))
      .prepare(),
    latestIndicator: lookup<{ value: number; of: number | null; unit: string | null; publishedAt: string }>(
      sqlite,
      changeLookups.latestIndicator,
    ),
    bestPartnership: lookup<{ level: string; levelRank: number }>(sqlite, changeLookups.bestPartnership),
    latestRole: lookup<{ role: string }>(sqlite, changeLookups.latestRole),
    knownRole: sqlite.prepare<[string, string, number], { role: string }>(changeLookups.knownRole),
    queryMatch: lookup<{ snippet: string }>(sqlite, changeLookups.queryMatch),
  };
}

/**
 * The watchlist's writes: follows, the change events a newly stored article raises (inside the writer's
 * transaction), and the webhook delivery state of each event.
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
        const before = this.s.followByTarget.get({ kind: follow.kind, target: follow.target });
        if (before) return { id: before.id, created: false };
        this.s.insertFollow.run({ ...follow, createdAt: at });
        const row = this.s.followByTarget.get({ kind: follow.kind, target: follow.target });
        if (!row) throw new Error("the database did not keep the new follow");
        return { id: row.id, created: true };
      })
      .immediate();
  }

  /** Removes a follow and its events; false when there is no such follow. */
  removeFollow(id: number): boolean {
    return this.s.deleteFollow.run({ id }).changes > 0;
  }

  /** Records one webhook attempt for an event. */
  recordDelivery(eventId: number, outcome: DeliveryOutcome): void {
    this.s.recordDelivery.run({
      id: eventId,
      deliveredAt: outcome.ok ? outcome.at : null,
      lastError: outcome.ok ? null : outcome.error,
      nextAttemptAt: outcome.ok ? null : outcome.retryAt,
    });
  }

  /**
   * The detector for one write transaction, or null when nothing is followed (then storing an article costs one
   * read of an empty table per batch). Follows are read inside the transaction, so one added by another process
   * counts from its next batch.
   */
  detector(): ChangeDetector | null {
    const rows = this.s.allFollows.all() as FollowRow[];
    return rows.length === 0 ? null : new FollowDetector(this.s, rows);
  }
}

/** Compares a newly stored article with what was stored before it, for each followed thing it touches. */
export interface ChangeDetector {
  articleStored(articleId: number, item: ArticleToStore, at: string): number;
}

class FollowDetector implements ChangeDetector {
  private readonly byKind = new Map<FollowKind, Map<string, FollowRow>>();
  private readonly queries: FollowRow[];

  constructor(
    private readonly s: ReturnType<typeof prepare>,
    rows: readonly FollowRow[],
  ) {
    for (const kind of ["indicator", "partnership", "person"] as const) {
      this.byKind.set(kind, new Map(rows.filter((r) => r.kind === kind).map((r) => [r.target, r])));
    }
    this.queries = rows.filter((r) => r.kind === "query" && r.match);
  }

  articleStored(articleId: number, item: ArticleToStore, at: string): number {
    const events = [
      ...this.indicatorChanges(articleId, item),
      ...this.partnershipChanges(articleId, item),
      ...this.roleChanges(articleId, item),
      ...this.queryMatches(articleId),
    ];
    for (const event of events) this.s.insertEvent.run({ ...event, createdAt: at, nextAttemptAt: at });
    return events.length;
  }

  private indicatorChanges(articleId: number, item: ArticleToStore): Omit<EventToStore, "createdAt">[] {
    const followed = this.byKind.get("indicator");
    const publishedAt = item.article.publishedAt;
    if (!followed?.size || !publishedAt) return [];
    const seen = new Set<string>();
    const events: Omit<EventToStore, "createdAt">[] = [];
    for (const figure of item.findings.indicators) {
      const follow = figure.key ? followed.get(figure.key) : undefined;
      if (!follow || seen.has(follow.target)) continue;
      seen.add(follow.target);
      const previous = this.s.latestIndicator.get(follow.target, articleId);
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

  private partnershipChanges(articleId: number, item: ArticleToStore): Omit<EventToStore, "createdAt">[] {
    const followed = this.byKind.get("partnership");
    if (!followed?.size) return [];
    const best = new Map<string, ArticleToStore["findings"]["partnerships"][number]>();
    for (const p of item.findings.partnerships) {
      const held = best.get(p.countryCode);
      if (followed.has(p.countryCode) && (!held || rank(p.level) < rank(held.level))) best.set(p.countryCode, p);
    }
    const events: Omit<EventToStore, "createdAt">[] = [];
    for (const [code, p] of best) {
      const follow = followed.get(code);
      if (!follow) continue;
      const previous = this.s.bestPartnership.get(code, articleId);
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

  private roleChanges(articleId: number, item: ArticleToStore): Omit<EventToStore, "createdAt">[] {
    const followed = this.byKind.get("person");
    if (!followed?.size) return [];
    const events: Omit<EventToStore, "createdAt">[] = [];
    for (const entity of item.findings.entities) {
      const follow = entity.type === "person" ? followed.get(entity.key) : undefined;
      if (!follow || entity.roles.length === 0) continue;
      const announced: string[] = [];
      for (const role of entity.roles) {
        if (announced.some((r) => sameRole(r, role.role))) continue;
        if (this.s.knownRole.get(entity.key, role.role, articleId)) continue;
        announced.push(role.role);
        events.push({
          followId: follow.id,
          kind: "person",
          articleId,
          summary: `${entity.name}: ${role.role}`,
          before: this.s.latestRole.get(entity.key, articleId)?.role ?? null,
          after: role.role,
          evidence: sentenceAround(item.article.body, role.start, role.end),
        });
      }
    }
    return events;
  }

  private queryMatches(articleId: number): Omit<EventToStore, "createdAt">[] {
    const events: Omit<EventToStore, "createdAt">[] = [];
    for (const follow of this.queries) {
      const hit = this.s.queryMatch.get(follow.match as string, articleId);
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

function lookup<R>(sqlite: Database.Database, text: string): Lookup<R> {
  return sqlite.prepare<[string, number], R>(text);
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
