import { articleRow, type ChanceryDatabase, changeEventRow, followKinds } from "@chancery/db";
import { z } from "zod";
import { decodeCursor, encodeCursor } from "../cursor.js";
import { parseInput } from "../errors.js";
import { Cursor, Id, Limit } from "../inputs.js";
import { prepared } from "../statements.js";
import { followLabel } from "./follows.js";

export const ListChangeEventsInput = z.object({
  kind: z.enum(followKinds).optional(),
  follow: Id.optional(),
  limit: Limit,
  cursor: Cursor.optional(),
});
export type ListChangeEventsInput = z.input<typeof ListChangeEventsInput>;

/** A change event with what it is about (the follow) and where it was read (the article). */
export const ChangeEvent = changeEventRow
  .pick({
    id: true,
    followId: true,
    kind: true,
    articleId: true,
    summary: true,
    before: true,
    after: true,
    evidence: true,
    createdAt: true,
    deliveredAt: true,
    attempts: true,
    lastError: true,
  })
  .extend({
    followLabel: z.string(),
    articleTitle: articleRow.shape.title,
    outlet: articleRow.shape.outlet,
    publishedAt: articleRow.shape.publishedAt,
  });
export type ChangeEvent = z.infer<typeof ChangeEvent>;

export const ChangeEventPage = z.object({ items: z.array(ChangeEvent), nextCursor: z.string().nullable() });
export type ChangeEventPage = z.infer<typeof ChangeEventPage>;

const Position = z.object({ i: z.number().int() });

const eventColumns = `SELECT e.id, e.follow_id AS followId, e.kind, e.article_id AS articleId, e.summary, e.before,
    e.after, e.evidence, e.created_at AS createdAt, e.delivered_at AS deliveredAt, e.attempts, e.last_error AS lastError,
    ${followLabel} AS followLabel, a.title AS articleTitle, a.outlet, a.published_at AS publishedAt
  FROM change_events e JOIN follows f ON f.id = e.follow_id JOIN articles a ON a.id = e.article_id`;

/**
 * Change events newest first (by id, the order they were recorded), keyset-paginated; filtered by follow kind or
 * by one follow through their indexes.
 * @example listChangeEvents(database, { kind: "partnership", limit: 20 })
 */
export function listChangeEvents(database: ChanceryDatabase, input: ListChangeEventsInput = {}): ChangeEventPage {
  const options = parseInput(ListChangeEventsInput, input);
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (options.kind) {
    where.push("e.kind = @kind");
    params.kind = options.kind;
  }
  if (options.follow) {
    where.push("e.follow_id = @follow");
    params.follow = options.follow;
  }
  if (options.cursor !== undefined) {
    where.push("e.id < @cursorId");
    params.cursorId = decodeCursor(Position, options.cursor).i;
  }
  const rows = prepared(
    database.sqlite,
    `${eventColumns}
     ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY e.id DESC LIMIT ${options.limit + 1}`,
  ).all(params) as ChangeEvent[];
  const items = rows.slice(0, options.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > options.limit && last ? encodeCursor({ i: last.id }) : null };
}

/** Events not yet accepted by the webhook whose next attempt is due, oldest first, for the delivery queue. */
export function pendingDeliveries(
  database: ChanceryDatabase,
  options: { now: string; maxAttempts: number; limit: number },
): ChangeEvent[] {
  return prepared(
    database.sqlite,
    `${eventColumns}
     WHERE e.delivered_at IS NULL AND e.next_attempt_at IS NOT NULL AND e.next_attempt_at <= @now
       AND e.attempts < @maxAttempts
     ORDER BY e.id LIMIT @limit`,
  ).all(options) as ChangeEvent[];
}
