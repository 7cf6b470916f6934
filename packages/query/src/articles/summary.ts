import { articleRow, articles, storyRow } from "@chancery/db";
import { z } from "zod";
import { pickMask, selectList } from "../select-list.js";

const keys = [
  "id",
  "title",
  "outlet",
  "author",
  "publishedAt",
  "publishedPrecision",
  "ingestedAt",
  "wordCount",
  "storyId",
] as const;

export const ArticleSummary = articleRow.pick(pickMask(keys)).extend({
  storyArticleCount: storyRow.shape.articleCount,
  excerpt: z.string(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

/** Columns for an ArticleSummary from `articles a LEFT JOIN stories st`; an article with no story counts as one. */
export const articleSummaryColumns = `${selectList("a", articles, keys)},
  coalesce(st.article_count, 1) AS storyArticleCount, substr(a.body, 1, 280) AS excerpt`;
