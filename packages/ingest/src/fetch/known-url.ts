import { articleSightings, articles, type ChanceryDatabase } from "@chancery/db";
import {
  type PostgresDatabase,
  articleSightings as pgArticleSightings,
  articles as pgArticles,
} from "@chancery/db/postgres";
import { eq, or } from "drizzle-orm";

export interface KnownUrl {
  articleId: number;
  outlet: string | null;
  /** Its publication day, when known to the day. */
  day: string | null;
}

type KnownRow = { articleId: number; outlet: string | null; publishedAt: string | null; precision: string | null };

function knownUrl(row: KnownRow | undefined): KnownUrl | null {
  if (!row) return null;
  return { articleId: row.articleId, outlet: row.outlet, day: row.precision === "day" ? row.publishedAt : null };
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
  return knownUrl(
    db.select(columns).from(articles).where(eq(articles.url, url)).limit(1).get() ??
      db
        .select(columns)
        .from(articleSightings)
        .innerJoin(articles, eq(articles.id, articleSightings.articleId))
        .where(or(eq(articleSightings.url, url), eq(articleSightings.sourcePath, url)))
        .limit(1)
        .get(),
  );
}

/** The same two questions asked of PostgreSQL, whose driver answers asynchronously. */
export async function findKnownUrlPostgres(database: PostgresDatabase, url: string): Promise<KnownUrl | null> {
  const { db } = database;
  const [a, s] = [pgArticles, pgArticleSightings];
  const columns = { articleId: a.id, outlet: a.outlet, publishedAt: a.publishedAt, precision: a.publishedPrecision };
  const [byUrl] = await db.select(columns).from(a).where(eq(a.url, url)).limit(1);
  if (byUrl) return knownUrl(byUrl as KnownRow);
  const [seen] = await db
    .select(columns)
    .from(s)
    .innerJoin(a, eq(a.id, s.articleId))
    .where(or(eq(s.url, url), eq(s.sourcePath, url)))
    .limit(1);
  return knownUrl(seen as KnownRow | undefined);
}
