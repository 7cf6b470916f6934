import type { ChanceryDatabase } from "@chancery/db";
import { z } from "zod";
import { articleConditions } from "../articles/filters.js";
import { parseInput } from "../errors.js";
import { ArticleFilters } from "../inputs.js";
import { memoByChange } from "../metrics/change-memo.js";
import { prepared } from "../statements.js";
import {
  GranularityChoice,
  monthKnownSql,
  periodSql,
  resolveGranularity,
  timeSeriesSchema,
  toTimeSeries,
} from "./time-model.js";

export const TimelineInput = ArticleFilters.omit({ stories: true }).extend({ granularity: GranularityChoice });
export type TimelineInput = z.input<typeof TimelineInput>;

const counts = { articles: z.number().int(), stories: z.number().int() };
export const Timeline = timeSeriesSchema(counts).extend({
  /** The first and last publication date known at least to the month, from which `auto` chose the granularity. */
  span: z.object({ first: z.string().nullable(), last: z.string().nullable() }),
});
export type Timeline = z.infer<typeof Timeline>;

/**
 * Articles and stories per period of publication on the one time model (consecutive buckets, coarser dates and
 * undated articles apart), under the same filters as the article list.
 */
export function timeline(database: ChanceryDatabase, input: TimelineInput = {}): Timeline {
  const options = parseInput(TimelineInput, input);
  return memoByChange(database, `timeline:${JSON.stringify(options)}`, () => computeTimeline(database, options));
}

function computeTimeline(database: ChanceryDatabase, options: z.infer<typeof TimelineInput>): Timeline {
  const { where, params } = articleConditions(database, options);
  const filtered = where.length ? `AND ${where.join(" AND ")}` : "";
  const span = prepared(
    database.sqlite,
    `SELECT min(a.published_at) AS first, max(a.published_at) AS last FROM articles a
     WHERE ${monthKnownSql("a.published_at")} ${filtered}`,
  ).get(params) as Timeline["span"];
  const granularity = resolveGranularity(options.granularity, span);
  const rows = prepared(
    database.sqlite,
    `SELECT ${periodSql("a.published_at", granularity)} AS period, count(*) AS articles,
      count(DISTINCT coalesce(a.story_id, -a.id)) AS stories
     FROM articles a WHERE true ${filtered} GROUP BY period`,
  ).all(params) as Array<{ period: string | null; articles: number; stories: number }>;
  return { ...toTimeSeries(rows, granularity, { articles: 0, stories: 0 }), span };
}
