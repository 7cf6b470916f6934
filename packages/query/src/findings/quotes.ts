import type { ChanceryDatabase } from "@chancery/db";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { parseInput } from "../errors.js";
import { Cursor, Id, Limit } from "../inputs.js";
import { prepared } from "../statements.js";
import { Quote, quoteColumns } from "./quote.js";

export const ListQuotesInput = z.object({ speaker: Id.optional(), limit: Limit, cursor: Cursor.optional() });
export type ListQuotesInput = z.input<typeof ListQuotesInput>;

export const QuotePage = z.object({ items: z.array(Quote), nextCursor: z.string().nullable() });
export type QuotePage = z.infer<typeof QuotePage>;

const Position = z.object({ i: z.number().int() });

/** Quotes newest stored first (by quote id, the primary key), optionally by one speaker. */
export function listQuotes(database: ChanceryDatabase, input: ListQuotesInput = {}): QuotePage {
  const options = parseInput(ListQuotesInput, input);
  const where: string[] = [];
  const params: Record<string, number> = {};
  if (options.speaker !== undefined) {
    where.push("q.speaker_entity_id = @speaker");
    params.speaker = options.speaker;
  }
  if (options.cursor !== undefined) {
    where.push("q.id < @cursorId");
    params.cursorId = decodeCursor(Position, options.cursor).i;
  }
  const rows = prepared(
    database.sqlite,
    `SELECT ${quoteColumns} FROM quotes q JOIN articles a ON a.id = q.article_id
     ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY q.id DESC LIMIT ${options.limit + 1}`,
  ).all(params) as Quote[];
  const items = rows.slice(0, options.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > options.limit && last ? encodeCursor({ i: last.id }) : null };
}
