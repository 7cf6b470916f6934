import { type ChanceryDatabase, followRow } from "@chancery/db";
import { z } from "zod";
import { prepared } from "../statements.js";

/**
 * A follow's name as shown (SQL over `follows f`): a country or person followed before any article named it keeps
 * its code or typed name until one does, then shows the name the analysis gives it.
 */
export const followLabel = `CASE f.kind
    WHEN 'partnership' THEN coalesce((SELECT name FROM entities WHERE type = 'country' AND code = f.target), f.label)
    WHEN 'person' THEN coalesce((SELECT name FROM entities WHERE type = 'person' AND key = f.target), f.label)
    ELSE f.label END`;

/** A follow with how many changes it has recorded and when the last one was. */
export const Follow = followRow.omit({ match: true }).extend({
  events: z.number().int(),
  lastEventAt: z.string().nullable(),
});
export type Follow = z.infer<typeof Follow>;

export const FollowList = z.object({ items: z.array(Follow) });
export type FollowList = z.infer<typeof FollowList>;

/** Every follow, oldest first (a watchlist is short: tens of rows). */
export function listFollows(database: ChanceryDatabase): FollowList {
  const items = prepared(
    database.sqlite,
    `SELECT f.id, f.kind, f.target, f.created_at AS createdAt,
       ${followLabel} AS label,
       (SELECT count(*) FROM change_events e WHERE e.follow_id = f.id) AS events,
       (SELECT max(e.created_at) FROM change_events e WHERE e.follow_id = f.id) AS lastEventAt
     FROM follows f ORDER BY f.id`,
  ).all() as Follow[];
  return { items };
}
