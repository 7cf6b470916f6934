import type { ArticleFilters } from "../inputs.js";

export interface SqlConditions {
  where: string[];
  params: Record<string, string | number>;
}

function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * Turns the shared article filters into SQL conditions on an `articles` alias, each answered by an index.
 * `stories` keeps the first article of each story, so a story counts once.
 */
export function articleConditions(filters: ArticleFilters & { indicator?: string }, alias = "a"): SqlConditions {
  const where: string[] = [];
  const params: Record<string, string | number> = {};
  if (filters.outlet !== undefined) {
    where.push(`${alias}.outlet = @outlet`);
    params.outlet = filters.outlet;
  }
  if (filters.from !== undefined) {
    where.push(`${alias}.published_at >= @from`);
    params.from = filters.from;
  }
  if (filters.to !== undefined) {
    where.push(`${alias}.published_at < @toExclusive`);
    params.toExclusive = dayAfter(filters.to);
  }
  if (filters.entity !== undefined) {
    where.push(`${alias}.id IN (SELECT article_id FROM mentions WHERE entity_id = @entity)`);
    params.entity = filters.entity;
  }
  if (filters.theme !== undefined) {
    where.push(`${alias}.id IN (SELECT article_id FROM article_themes WHERE theme_key = @theme)`);
    params.theme = filters.theme;
  }
  if (filters.indicator !== undefined) {
    where.push(`${alias}.id IN (SELECT article_id FROM indicators WHERE key = @indicator)`);
    params.indicator = filters.indicator;
  }
  if (filters.stories) {
    where.push(
      `(${alias}.story_id IS NULL OR ${alias}.id = (SELECT min(s.id) FROM articles s WHERE s.story_id = ${alias}.story_id))`,
    );
  }
  return { where, params };
}
