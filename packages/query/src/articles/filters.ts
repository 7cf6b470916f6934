import type { ChanceryDatabase } from "@chancery/db";
import type { ArticleFilters } from "../inputs.js";
import { prepared } from "../statements.js";

export interface SqlConditions {
  where: string[];
  params: Record<string, string | number>;
}

/** The day after a `YYYY-MM-DD` date, so that `to` includes its whole day. */
export function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Above this share of the corpus, probing each candidate beats collecting the entity's articles first. */
const commonShare = 0.02;

function isCommonEntity(database: ChanceryDatabase, entityId: number): boolean {
  const row = prepared(
    database.sqlite,
    "SELECT e.article_count AS articles, (SELECT max(id) FROM articles) AS total FROM entities e WHERE e.id = ?",
  ).get(entityId) as { articles: number; total: number | null } | undefined;
  return row !== undefined && row.total !== null && row.articles > row.total * commonShare;
}

/**
 * Turns the shared article filters into conditions on an article id expression (`a.id`, an FTS `rowid`).
 * Each condition is answered from an index, never from the article row, whose long text makes reads costly.
 * `stories` keeps the first article of each story, so a story counts once.
 */
export function articleConditions(
  database: ChanceryDatabase,
  filters: ArticleFilters & { indicator?: string | undefined },
  id = "a.id",
): SqlConditions {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (filters.outlet !== undefined) {
    where.push(`${id} IN (SELECT id FROM articles WHERE outlet = @outlet)`);
    params.outlet = filters.outlet;
  }
  if (filters.from !== undefined || filters.to !== undefined) {
    const range: string[] = [];
    if (filters.from !== undefined) {
      range.push("published_at >= @from");
      params.from = filters.from;
    }
    if (filters.to !== undefined) {
      range.push("published_at < @toExclusive");
      params.toExclusive = dayAfter(filters.to);
    }
    where.push(`${id} IN (SELECT id FROM articles WHERE ${range.join(" AND ")})`);
  }
  if (filters.entity !== undefined) {
    where.push(
      isCommonEntity(database, filters.entity)
        ? `EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = @entity AND m.article_id = ${id})`
        : `${id} IN (SELECT article_id FROM mentions WHERE entity_id = @entity)`,
    );
    params.entity = filters.entity;
  }
  if (filters.theme !== undefined) {
    where.push(`EXISTS (SELECT 1 FROM article_themes t WHERE t.article_id = ${id} AND t.theme_key = @theme)`);
    params.theme = filters.theme;
  }
  if (filters.indicator !== undefined) {
    where.push(`${id} IN (SELECT article_id FROM indicators WHERE key = @indicator)`);
    params.indicator = filters.indicator;
  }
  if (filters.stories) {
    where.push(
      `NOT EXISTS (SELECT 1 FROM articles self JOIN articles earlier ON earlier.story_id = self.story_id AND earlier.id < self.id WHERE self.id = ${id})`,
    );
  }
  return { where, params };
}
