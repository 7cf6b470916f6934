import { articleSightings, articles, type ChanceryDatabase } from "@chancery/db";
import { eq, or } from "drizzle-orm";

export interface KnownUrl {
  articleId: number;
  outlet: string | null;
  /** Its publication day, when known to the day. */
  day: string | null;
}

/**
 * The stored article a URL already gave: the URL the page names as its own, or one it was fetched from (a sighting's
 * URL or source). Lets a URL pasted twice, or listed by two feeds, be recognised without fetching it again.
 */
export function findKnownUrl(database: ChanceryDatabase, url: string): KnownUrl | null {
  const { db } = database;
  const columns = {
    articleId: articles.id,
    outlet: articles.outlet,
    publishedAt: articles.publishedAt,
    precision: articles.publishedPrecision,
  };
  const row =
    db.select(columns).from(articles).where(eq(articles.url, url)).limit(1).get() ??
    db
      .select(columns)
      .from(articleSightings)
      .innerJoin(articles, eq(articles.id, articleSightings.articleId))
      .where(or(eq(articleSightings.url, url), eq(articleSightings.sourcePath, url)))
      .limit(1)
      .get();
  if (!row) return null;
  return { articleId: row.articleId, outlet: row.outlet, day: row.precision === "day" ? row.publishedAt : null };
}
