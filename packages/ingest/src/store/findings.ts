import {
  articleThemes,
  type ChanceryDatabase,
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
import { storeStatements } from "./statements.js";

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
export function insertFindings(
  database: ChanceryDatabase,
  articleId: number,
  analysis: Analysis,
  publishedAt: string | null,
): void {
  const statements = storeStatements(database);
  const countryIds = new Map<string, number>();
  const personIds = new Map<string, number>();
  for (const entity of analysis.entities) {
    const row = statements.upsertEntity.get(
      entity.type,
      entity.key,
      entity.name,
      entity.code,
      entity.acronym,
      entity.mentions.length,
    );
    if (!row) continue;
    if (entity.type === "country" && entity.code) countryIds.set(entity.code, row.id);
    if (entity.type === "person") personIds.set(entity.name, row.id);
    for (const m of entity.mentions) {
      statements.insertMention.run(articleId, row.id, m.sentenceIndex, m.start, m.end, m.surface);
    }
    for (const r of entity.roles) statements.insertRole.run(articleId, row.id, r.role, r.start, r.end);
  }
  for (const i of analysis.indicators) {
    statements.insertIndicator.run(
      articleId,
      i.key,
      i.value,
      i.of,
      i.unit,
      i.qualifier,
      i.about,
      i.sentence,
      i.sentenceIndex,
      i.start,
      i.end,
      publishedAt,
    );
  }
  for (const p of analysis.partnerships) {
    statements.insertPartnership.run(
      articleId,
      countryIds.get(p.countryCode) ?? null,
      p.countryCode,
      p.countryName,
      p.level,
      partnershipLevels.indexOf(p.level) + 1,
      p.year,
      p.yearSource,
      p.sentence,
      p.sentenceIndex,
      p.start,
      p.end,
    );
  }
  for (const q of analysis.quotes) {
    const speakerId = q.speaker ? (personIds.get(q.speaker) ?? null) : null;
    statements.insertQuote.run(articleId, speakerId, q.speaker, q.text, q.start, q.end);
  }
  for (const t of analysis.themes) statements.insertTheme.run(articleId, t.key, t.score);
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
