import {
  articleRow,
  articles,
  type ChanceryDatabase,
  entities,
  entityRow,
  mentionRow,
  mentions,
  personRoleRow,
  personRoles,
} from "@chancery/db";
import { z } from "zod";
import { parseInput, QueryError } from "../errors.js";
import { Quote, quoteColumns } from "../findings/quote.js";
import { Id } from "../inputs.js";
import { memoByChange } from "../metrics/change-memo.js";
import { column, pickMask, selectList } from "../select-list.js";
import { prepared } from "../statements.js";
import { EntitySummary, entitySummaryColumns } from "./summary.js";

const mentionKeys = ["articleId", "surface", "start", "end"] as const;
const coMentionKeys = ["id", "type", "name"] as const;
const roleKeys = ["role"] as const;

export const EntityDetail = z.object({
  entity: EntitySummary,
  mentions: z.array(
    mentionRow.pick(pickMask(mentionKeys)).extend({
      articleTitle: articleRow.shape.title,
      publishedAt: articleRow.shape.publishedAt,
      /** About 100 characters either side of the mention, from the cleaned body. */
      context: z.string(),
    }),
  ),
  coMentioned: z.array(entityRow.pick(pickMask(coMentionKeys)).extend({ articles: z.number().int() })),
  roles: z.array(
    personRoleRow.pick(pickMask(roleKeys)).extend({
      articles: z.number().int(),
      firstSeen: z.string().nullable(),
      lastSeen: z.string().nullable(),
    }),
  ),
  quotes: z.array(Quote),
});
export type EntityDetail = z.infer<typeof EntityDetail>;

export const GetEntityInput = z.object({ id: Id });

/** How many of the entity's latest articles feed the co-mention counts: bounds the cost for China or ASEAN. */
const coMentionWindow = 500;

/**
 * One entity: its latest mentions in context, who else appears in the same articles, the roles the
 * texts give it over time (first and last seen), and what it was quoted saying.
 */
export function getEntity(database: ChanceryDatabase, input: { id: number | string }): EntityDetail {
  const { id } = parseInput(GetEntityInput, input);
  const { sqlite } = database;
  const entity = prepared(sqlite, `SELECT ${entitySummaryColumns} FROM entities e WHERE e.id = ?`).get(id) as
    | EntitySummary
    | undefined;
  if (!entity) throw new QueryError("not_found", `No entity with id ${id}.`);
  const all = <T>(sql: string, ...params: unknown[]) => prepared(sqlite, sql).all(...params) as T[];
  return {
    entity,
    mentions: all(
      `SELECT ${selectList("m", mentions, mentionKeys)}, ${column("a", articles, "title")} AS articleTitle,
        ${selectList("a", articles, ["publishedAt"])},
        trim(substr(a.body, max(m.start - 99, 1), min(m.start, 100) + (m."end" - m.start) + 100)) AS context
       FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.entity_id = ? ORDER BY m.article_id DESC, m.start LIMIT 50`,
      id,
    ),
    coMentioned: all(
      `WITH recent AS (SELECT DISTINCT article_id FROM mentions WHERE entity_id = @id ORDER BY article_id DESC LIMIT ${coMentionWindow})
       SELECT ${selectList("e", entities, coMentionKeys)}, count(DISTINCT m.article_id) AS articles
       FROM recent r JOIN mentions m ON m.article_id = r.article_id JOIN entities e ON e.id = m.entity_id
       WHERE m.entity_id != @id GROUP BY e.id ORDER BY articles DESC, e.mention_count DESC LIMIT 20`,
      { id },
    ),
    // Every role row of the entity is read (a prominent person has tens of thousands), so kept until the data change.
    roles: memoByChange(database, `entity-roles:${id}`, () =>
      all(
        `SELECT ${selectList("r", personRoles, roleKeys)}, count(DISTINCT r.article_id) AS articles,
        min(coalesce(a.published_at, a.ingested_at)) AS firstSeen, max(coalesce(a.published_at, a.ingested_at)) AS lastSeen
       FROM person_roles r JOIN articles a ON a.id = r.article_id WHERE r.entity_id = ?
       GROUP BY r.role ORDER BY lastSeen DESC, articles DESC LIMIT 50`,
        id,
      ),
    ),
    quotes: all(
      `SELECT ${quoteColumns} FROM quotes q JOIN articles a ON a.id = q.article_id
       WHERE q.speaker_entity_id = ? ORDER BY q.article_id DESC, q.start LIMIT 50`,
      id,
    ),
  };
}
