import { datePrecisions } from "@chancery/db";
import { z } from "zod";

export const ArticleSummary = z.object({
  id: z.number().int(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedPrecision: z.enum(datePrecisions).nullable(),
  ingestedAt: z.string(),
  wordCount: z.number().int(),
  storyId: z.number().int().nullable(),
  storyArticleCount: z.number().int(),
  excerpt: z.string(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** Columns for an ArticleSummary from `articles a LEFT JOIN stories st`. */
export const articleSummaryColumns = `a.id, a.title, a.outlet, a.author, a.published_at AS publishedAt,
  a.published_precision AS publishedPrecision, a.ingested_at AS ingestedAt, a.word_count AS wordCount,
  a.story_id AS storyId, coalesce(st.article_count, 1) AS storyArticleCount, substr(a.body, 1, 280) AS excerpt`;
