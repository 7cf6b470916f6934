import {
  type articleThemes,
  type entities,
  type indicators,
  type mentions,
  partnershipLevels,
  type partnerships,
  type personRoles,
  type quotes,
} from "../schema/index.js";
import type { EntityToStore, FindingsToStore } from "./types.js";

/*
 * The rows an article's findings become, built once for both writers (store/writer.ts on SQLite,
 * store/postgres-writer.ts on PostgreSQL): the two differ in how they send rows, never in what the rows are.
 */

/** An entity's key in the ids an upsert answers: type NUL key. */
export const entityId = (type: string, key: string): string => `${type}\u0000${key}`;

/** One row per (type, key): an analysis that lists an entity twice must still count one article for it. */
export function mergeSameEntities(list: readonly EntityToStore[]): EntityToStore[] {
  const byKey = new Map<string, EntityToStore>();
  for (const entity of list) {
    const id = entityId(entity.type, entity.key);
    const seen = byKey.get(id);
    if (!seen) byKey.set(id, entity);
    else
      byKey.set(id, {
        ...seen,
        mentions: [...seen.mentions, ...entity.mentions],
        roles: [...seen.roles, ...entity.roles],
      });
  }
  return [...byKey.values()];
}

/**
 * The entities an article is stored as listing: its analysis's entities (merged, as `mergeSameEntities`) that one of
 * its rows points at — a mention, a role, a quote they speak (a speaker named only in the headline has no mention), a
 * partnership whose country they are. Both writers count an article once for each of these when it is written and
 * take it away again from exactly the entities `ENTITIES_OF_ARTICLE` finds, so a reanalysis leaves the same counts as
 * a fresh ingest. An entity no row points at could never be found again to take away: it is not written.
 */
export function listedEntities(findings: FindingsToStore): EntityToStore[] {
  const merged = mergeSameEntities(findings.entities);
  const byPosition = new Map(merged.map((entity, i) => [entityId(entity.type, entity.key), i]));
  const rows = findingRows(0, findings, merged, byPosition, null);
  const pointed = new Set<number | null | undefined>([
    ...rows.mentions.map((m) => m.entityId),
    ...rows.roles.map((r) => r.entityId),
    ...rows.quotes.map((q) => q.speakerEntityId),
    ...rows.partnerships.map((p) => p.countryEntityId),
  ]);
  return merged.filter((_, i) => pointed.has(i));
}

/**
 * An article's entities as its stored rows point at them (see `listedEntities`), each with its mention rows: the
 * entities whose counts lose one article when its findings are deleted. `:article` stands for the article id's
 * parameter, written in each dialect's form by the caller.
 */
export const ENTITIES_OF_ARTICLE = `SELECT entity_id, sum(mentioned) AS mentions FROM (
    SELECT entity_id, 1 AS mentioned FROM mentions WHERE article_id = :article
    UNION ALL SELECT entity_id, 0 FROM person_roles WHERE article_id = :article
    UNION ALL SELECT speaker_entity_id, 0 FROM quotes WHERE article_id = :article AND speaker_entity_id IS NOT NULL
    UNION ALL SELECT country_entity_id, 0 FROM partnerships WHERE article_id = :article AND country_entity_id IS NOT NULL
  ) listed GROUP BY entity_id`;

export type EntityRow = Pick<
  typeof entities.$inferInsert,
  "type" | "key" | "name" | "code" | "acronym" | "mentionCount"
>;

/** The upsert rows of merged entities: each adds one article and its mentions to the entity's counts. */
export function entityRows(merged: readonly EntityToStore[]): EntityRow[] {
  return merged.map((entity) => ({
    type: entity.type,
    key: entity.key,
    name: entity.name,
    code: entity.code,
    acronym: entity.acronym,
    mentionCount: entity.mentions.length,
  }));
}

export interface FindingRows {
  mentions: Array<typeof mentions.$inferInsert>;
  roles: Array<typeof personRoles.$inferInsert>;
  indicators: Array<typeof indicators.$inferInsert>;
  partnerships: Array<typeof partnerships.$inferInsert>;
  quotes: Array<typeof quotes.$inferInsert>;
  themes: Array<typeof articleThemes.$inferInsert>;
}

/**
 * An article's finding rows, given the ids its merged entities were stored under (`entityId(type, key)` → id), in
 * the order one insert each would have written them.
 */
export function findingRows(
  articleId: number,
  findings: FindingsToStore,
  merged: readonly EntityToStore[],
  ids: ReadonlyMap<string, number>,
  publishedAt: string | null,
): FindingRows {
  const countryIds = new Map<string, number>();
  const personIds = new Map<string, number>();
  const mentionRows: FindingRows["mentions"] = [];
  const roleRows: FindingRows["roles"] = [];
  for (const entity of merged) {
    const id = ids.get(entityId(entity.type, entity.key));
    if (id === undefined) continue;
    if (entity.type === "country" && entity.code) countryIds.set(entity.code, id);
    if (entity.type === "person") personIds.set(entity.name, id);
    for (const m of entity.mentions) mentionRows.push({ articleId, entityId: id, ...m });
    for (const r of entity.roles) roleRows.push({ articleId, entityId: id, ...r });
  }
  return {
    mentions: mentionRows,
    roles: roleRows,
    indicators: findings.indicators.map((indicator) => ({ ...indicator, articleId, publishedAt })),
    partnerships: findings.partnerships.map((p) => ({
      ...p,
      articleId,
      countryEntityId: countryIds.get(p.countryCode) ?? null,
      levelRank: partnershipLevels.indexOf(p.level) + 1,
      publishedAt,
    })),
    quotes: findings.quotes.map((q) => ({
      articleId,
      speakerEntityId: q.speaker ? (personIds.get(q.speaker) ?? null) : null,
      speakerName: q.speaker,
      text: q.text,
      start: q.start,
      end: q.end,
    })),
    themes: [...new Map(findings.themes.map((t) => [t.key, t.score]))].map(([themeKey, score]) => ({
      articleId,
      themeKey,
      score,
    })),
  };
}
