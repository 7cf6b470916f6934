import {
  articleRow,
  type ChanceryDatabase,
  entities,
  entityRow,
  mentionRow,
  personRoleRow,
  personRoles,
} from "@chancery/db";
import { z } from "zod";
import { parseInput, QueryError } from "../errors.js";
import { listQuoteGroups, QuoteGroupPage } from "../findings/quote-groups.js";
import { groupRepeats } from "../findings/repeats.js";
import { Id } from "../inputs.js";
import { memoByChange } from "../metrics/change-memo.js";
import { pickMask, selectList } from "../select-list.js";
import { prepared } from "../statements.js";
import { publicationSpan } from "../timeline/time-model.js";
import { EntitySummary, entitySummaryColumns } from "./summary.js";

const coMentionKeys = ["id", "type", "name"] as const;
const roleKeys = ["role"] as const;

/** Publication dates only: the first and last known, and how many articles have none (never the ingest date). */
const Seen = z.object({
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  undated: z.number().int(),
});

const MentionSource = z.object({
  articleId: mentionRow.shape.articleId,
  articleTitle: articleRow.shape.title,
  publishedAt: articleRow.shape.publishedAt,
  start: mentionRow.shape.start,
});

export const MentionGroup = Seen.extend({
  surface: mentionRow.shape.surface,
  /** The sentence around the mention, from the cleaned body of its newest article. */
  context: z.string(),
  articles: z.number().int(),
  /** Newest first, at most `mentionSourcesLimit`. */
  sources: z.array(MentionSource),
});
export type MentionGroup = z.infer<typeof MentionGroup>;

export const EntityDetail = z.object({
  entity: EntitySummary,
  seen: Seen,
  mentions: z.object({
    /** Repeated sentences (republished copies) shown once each, newest first; at most `mentionGroupsLimit`. */
    groups: z.array(MentionGroup),
    /** Groups found among the `window` latest mentions, of `total` mentions in all. */
    groupCount: z.number().int(),
    window: z.number().int(),
    total: z.number().int(),
  }),
  coMentioned: z.array(entityRow.pick(pickMask(coMentionKeys)).extend({ articles: z.number().int() })),
  roles: z.array(personRoleRow.pick(pickMask(roleKeys)).extend({ articles: z.number().int() }).merge(Seen)),
  /** The first page of the entity's quotes grouped by wording (more from /api/quotes/groups?speaker=). */
  quotes: QuoteGroupPage,
});
export type EntityDetail = z.infer<typeof EntityDetail>;

export const GetEntityInput = z.object({ id: Id });

/** How many of the entity's latest articles feed the co-mention counts: bounds the cost for China or ASEAN. */
const coMentionWindow = 500;
/** How many of the latest mentions are read in context and grouped: bounds the body reads per page. */
export const mentionWindow = 200;
export const mentionGroupsLimit = 20;
export const mentionSourcesLimit = 10;

type MentionRow = z.infer<typeof MentionSource> & { surface: string; context: string };

/**
 * One entity: its latest mentions in context (repeated sentences once, with their count), who else appears in the
 * same articles, the roles the texts give it with first and last publication dates, and its quotes grouped.
 */
export function getEntity(database: ChanceryDatabase, input: { id: number | string }): EntityDetail {
  const { id } = parseInput(GetEntityInput, input);
  const { sqlite } = database;
  const entity = prepared(sqlite, `SELECT ${entitySummaryColumns} FROM entities e WHERE e.id = ?`).get(id) as
    | EntitySummary
    | undefined;
  if (!entity) throw new QueryError("not_found", `No entity with id ${id}.`);
  const all = <T>(sql: string, ...params: unknown[]) => prepared(sqlite, sql).all(...params) as T[];
  // Everything read across all of the entity's articles is kept until the data change (a prominent entity has
  // tens of thousands of rows); the rest reads a bounded window of the latest ones.
  return memoByChange(database, `entity:${id}`, () => ({
    entity,
    seen: seenOf(database, id),
    mentions: groupMentions(
      all<MentionRow>(
        `SELECT m.article_id AS articleId, a.title AS articleTitle, a.published_at AS publishedAt, m.start AS start,
          m.surface AS surface,
          substr(a.body, max(m.start - 199, 1), min(m.start, 200) + (m."end" - m.start) + 200) AS context,
          min(m.start, 200) AS at
         FROM (SELECT id FROM mentions WHERE entity_id = ? ORDER BY article_id DESC LIMIT ${mentionWindow}) latest
         JOIN mentions m ON m.id = latest.id JOIN articles a ON a.id = m.article_id
         ORDER BY m.article_id DESC, m.start`,
        id,
      ),
      entity.mentionCount,
    ),
    coMentioned: all(
      `WITH recent AS (SELECT DISTINCT article_id FROM mentions WHERE entity_id = @id ORDER BY article_id DESC LIMIT ${coMentionWindow})
       SELECT ${selectList("e", entities, coMentionKeys)}, count(DISTINCT m.article_id) AS articles
       FROM recent r JOIN mentions m ON m.article_id = r.article_id JOIN entities e ON e.id = m.entity_id
       WHERE m.entity_id != @id GROUP BY e.id ORDER BY articles DESC, e.mention_count DESC LIMIT 20`,
      { id },
    ),
    roles: all(
      `SELECT ${selectList("r", personRoles, roleKeys)}, count(DISTINCT r.article_id) AS articles,
        min(a.published_at) AS firstSeen, max(a.published_at) AS lastSeen,
        count(DISTINCT CASE WHEN a.published_at IS NULL THEN a.id END) AS undated
       FROM person_roles r JOIN articles a ON a.id = r.article_id WHERE r.entity_id = ?
       GROUP BY r.role ORDER BY max(a.published_at) IS NULL, lastSeen DESC, articles DESC LIMIT 50`,
      id,
    ),
    quotes: listQuoteGroups(database, { speaker: id, limit: 10 }),
  }));
}

/**
 * First and last publication date of the entity's articles and how many are undated, from the ends of its range in
 * `entity_dates` (kept by the writer with the mentions, store/summaries.ts): three seeks whether it is in ten articles or all.
 */
function seenOf(database: ChanceryDatabase, id: number): z.infer<typeof Seen> {
  return prepared(
    database.sqlite,
    `SELECT (SELECT min(published_at) FROM entity_dates WHERE entity_id = @id AND published_at > '') AS firstSeen,
      (SELECT max(published_at) FROM entity_dates WHERE entity_id = @id AND published_at > '') AS lastSeen,
      coalesce((SELECT articles FROM entity_dates WHERE entity_id = @id AND published_at = ''), 0) AS undated`,
  ).get({ id }) as z.infer<typeof Seen>;
}

/** The sentence holding the mention, cut from its context at the nearest sentence ends on either side. */
function sentenceAround(context: string, at: number, length: number): string {
  const before = context.slice(0, at);
  const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf("\n")) + 1;
  const after = context.slice(at + length);
  const ends = [after.indexOf(". "), after.indexOf("\n")].filter((i) => i >= 0);
  const end = ends.length ? at + length + Math.min(...ends) + 1 : context.length;
  return context.slice(start, end).trim();
}

function groupMentions(rows: Array<MentionRow & { at?: number }>, total: number): EntityDetail["mentions"] {
  const withSentences = rows.map(({ at = 0, ...row }) => ({
    ...row,
    context: sentenceAround(row.context, at, row.surface.length),
  }));
  const groups = groupRepeats(withSentences, (row) => row.context).map((members): MentionGroup => {
    const first = members[0] as MentionRow;
    const articles = new Map<number, MentionRow>();
    for (const row of members) if (!articles.has(row.articleId)) articles.set(row.articleId, row);
    const sources = [...articles.values()].sort(
      (a, b) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? "") || b.articleId - a.articleId,
    );
    const span = publicationSpan(sources.map((row) => row.publishedAt));
    return {
      surface: first.surface,
      context: first.context,
      articles: sources.length,
      firstSeen: span.first,
      lastSeen: span.last,
      undated: span.undated,
      sources: sources
        .slice(0, mentionSourcesLimit)
        .map(({ articleId, articleTitle, publishedAt, start }) => ({ articleId, articleTitle, publishedAt, start })),
    };
  });
  return { groups: groups.slice(0, mentionGroupsLimit), groupCount: groups.length, window: rows.length, total };
}
