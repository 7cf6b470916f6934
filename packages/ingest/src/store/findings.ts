import {
  articleThemes,
  type Db,
  entities,
  indicators,
  mentions,
  partnershipLevels,
  partnerships,
  personRoles,
  quotes,
} from "@chancery/db";
import { eq, inArray, sql } from "drizzle-orm";
import type { Analysis } from "../analyse/types.js";

/** Counts of what an analysis holds, to report what a re-analysis changed. */
export interface FindingCounts {
  people: number;
  countries: number;
  organizations: number;
  domesticBodies: number;
  indicators: number;
  partnerships: number;
  quotes: number;
  themes: number;
}

export function countFindings(analysis: Analysis): FindingCounts {
  const ofType = (type: string) => analysis.entities.filter((e) => e.type === type).length;
  return {
    people: ofType("person"),
    countries: ofType("country"),
    organizations: ofType("organization"),
    domesticBodies: ofType("domestic_body"),
    indicators: analysis.indicators.length,
    partnerships: analysis.partnerships.length,
    quotes: analysis.quotes.length,
    themes: analysis.themes.length,
  };
}

/** Writes an article's findings and keeps the entities' counts current. Call inside the article's transaction. */
export function insertFindings(db: Db, articleId: number, analysis: Analysis): void {
  const entityIds = new Map<string, number>();
  const countryIds = new Map<string, number>();
  const personIds = new Map<string, number>();
  for (const entity of analysis.entities) {
    const [row] = db
      .insert(entities)
      .values({
        type: entity.type,
        key: entity.key,
        name: entity.name,
        code: entity.code,
        acronym: entity.acronym,
        mentionCount: entity.mentions.length,
        articleCount: 1,
      })
      .onConflictDoUpdate({
        target: [entities.type, entities.key],
        set: {
          mentionCount: sql`${entities.mentionCount} + ${entity.mentions.length}`,
          articleCount: sql`${entities.articleCount} + 1`,
          code: sql`coalesce(${entities.code}, excluded.code)`,
          acronym: sql`coalesce(${entities.acronym}, excluded.acronym)`,
        },
      })
      .returning({ id: entities.id })
      .all();
    if (!row) continue;
    entityIds.set(`${entity.type}:${entity.key}`, row.id);
    if (entity.type === "country" && entity.code) countryIds.set(entity.code, row.id);
    if (entity.type === "person") personIds.set(entity.name, row.id);
    if (entity.mentions.length > 0) {
      db.insert(mentions)
        .values(entity.mentions.map((m) => ({ articleId, entityId: row.id, ...m })))
        .run();
    }
    if (entity.roles.length > 0) {
      db.insert(personRoles)
        .values(entity.roles.map((r) => ({ articleId, entityId: row.id, ...r })))
        .run();
    }
  }
  if (analysis.indicators.length > 0) {
    db.insert(indicators)
      .values(analysis.indicators.map((i) => ({ articleId, ...i })))
      .run();
  }
  if (analysis.partnerships.length > 0) {
    db.insert(partnerships)
      .values(
        analysis.partnerships.map((p) => ({
          articleId,
          countryEntityId: countryIds.get(p.countryCode) ?? null,
          countryCode: p.countryCode,
          countryName: p.countryName,
          level: p.level,
          levelRank: partnershipLevels.indexOf(p.level) + 1,
          year: p.year,
          yearSource: p.yearSource,
          sentence: p.sentence,
          sentenceIndex: p.sentenceIndex,
          start: p.start,
          end: p.end,
        })),
      )
      .run();
  }
  if (analysis.quotes.length > 0) {
    db.insert(quotes)
      .values(
        analysis.quotes.map((q) => ({
          articleId,
          speakerEntityId: q.speaker ? (personIds.get(q.speaker) ?? null) : null,
          speakerName: q.speaker,
          text: q.text,
          start: q.start,
          end: q.end,
        })),
      )
      .run();
  }
  if (analysis.themes.length > 0) {
    db.insert(articleThemes)
      .values(analysis.themes.map((t) => ({ articleId, themeKey: t.key, score: t.score })))
      .run();
  }
}

/** Removes an article's findings and takes its share out of the entities' counts. */
export function deleteFindings(db: Db, articleId: number): void {
  const perEntity = db
    .select({ entityId: mentions.entityId, count: sql<number>`count(*)` })
    .from(mentions)
    .where(eq(mentions.articleId, articleId))
    .groupBy(mentions.entityId)
    .all();
  for (const { entityId, count } of perEntity) {
    db.update(entities)
      .set({
        mentionCount: sql`max(0, ${entities.mentionCount} - ${count})`,
        articleCount: sql`max(0, ${entities.articleCount} - 1)`,
      })
      .where(eq(entities.id, entityId))
      .run();
  }
  for (const table of [mentions, personRoles, indicators, partnerships, quotes, articleThemes]) {
    db.delete(table).where(eq(table.articleId, articleId)).run();
  }
  const emptied = perEntity.map((e) => e.entityId);
  if (emptied.length > 0) {
    // An entity no article mentions any more is removed unless something else still points at it.
    db.delete(entities)
      .where(
        sql`${inArray(entities.id, emptied)} AND ${entities.articleCount} = 0
          AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = ${entities.id})
          AND NOT EXISTS (SELECT 1 FROM quotes q WHERE q.speaker_entity_id = ${entities.id})
          AND NOT EXISTS (SELECT 1 FROM partnerships p WHERE p.country_entity_id = ${entities.id})
          AND NOT EXISTS (SELECT 1 FROM person_roles r WHERE r.entity_id = ${entities.id})`,
      )
      .run();
  }
}
