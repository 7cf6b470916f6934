import type { ChanceryDatabase } from "@chancery/db";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { parseInput } from "../errors.js";
import { ArticleFilters, Cursor, Limit } from "../inputs.js";
import { prepared } from "../statements.js";
import { articleConditions } from "./filters.js";
import { ArticleSummary, articleSummaryColumns } from "./summary.js";

export const ListArticlesInput = ArticleFilters.extend({ limit: Limit, cursor: Cursor.optional() });
export type ListArticlesInput = z.input<typeof ListArticlesInput>;

export const ArticlePage = z.object({ items: z.array(ArticleSummary), nextCursor: z.string().nullable() });
export type ArticlePage = z.infer<typeof ArticlePage>;

const Position = z.object({ p: z.string().nullable(), i: z.number().int() });

/**
 * Newest first by publication date (undated articles last, newest ingested first), keyset-paginated on
 * the `(published_at, id)` index so every page costs the same.
 * @example listArticles(database, { limit: 20, outlet: "VnExpress" })
 */
export function listArticles(database: ChanceryDatabase, input: ListArticlesInput = {}): ArticlePage {
  const options = parseInput(ListArticlesInput, input);
  const { where, params } = articleConditions(database, options);
  if (options.cursor !== undefined) {
    const position = decodeCursor(Position, options.cursor);
    params.cursorId = position.i;
    if (position.p === null) {
      where.push("(a.published_at IS NULL AND a.id < @cursorId)");
    } else {
      params.cursorPublished = position.p;
      where.push(
        "(a.published_at < @cursorPublished OR (a.published_at = @cursorPublished AND a.id < @cursorId) OR a.published_at IS NULL)",
      );
    }
  }
  const sql = `SELECT ${articleSummaryColumns} FROM articles a LEFT JOIN stories st ON st.id = a.story_id
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
    ORDER BY a.published_at DESC, a.id DESC LIMIT ${options.limit + 1}`;
  const rows = prepared(database.sqlite, sql).all(params) as ArticleSummary[];
  const items = rows.slice(0, options.limit);
  const last = items.at(-1);
  const nextCursor = rows.length > options.limit && last ? encodeCursor({ p: last.publishedAt, i: last.id }) : null;
  return { items, nextCursor };
}
