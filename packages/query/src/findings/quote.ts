import { articleRow, articles, quoteRow, quotes } from "@chancery/db";
import type { z } from "zod";
import { column, pickMask, selectList } from "../select-list.js";

const keys = ["id", "text", "speakerEntityId", "speakerName", "articleId", "start", "end"] as const;

export const Quote = quoteRow.pick(pickMask(keys)).extend({
  articleTitle: articleRow.shape.title,
  publishedAt: articleRow.shape.publishedAt,
});
export type Quote = z.infer<typeof Quote>;

/** Columns for a Quote from `quotes q JOIN articles a`. */
export const quoteColumns = `${selectList("q", quotes, keys)}, ${column("a", articles, "title")} AS articleTitle,
  ${selectList("a", articles, ["publishedAt"])}`;
