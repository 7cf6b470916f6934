import type { ChanceryDatabase } from "@chancery/db";
import { z } from "zod";
import { articleConditions } from "../articles/filters.js";
import { parseInput } from "../errors.js";
import { ArticleFilters } from "../inputs.js";
import { memoByChange } from "../metrics/change-memo.js";
import { prepared } from "../statements.js";

export const TimelineInput = ArticleFilters.omit({ stories: true }).extend({
  granularity: z.enum(["month", "year"]).default("month"),
});
export type TimelineInput = z.input<typeof TimelineInput>;

export const Timeline = z.object({
  granularity: z.enum(["month", "year"]),
  buckets: z.array(z.object({ period: z.string(), articles: z.number().int(), stories: z.number().int() })),
  undated: z.number().int(),
});
export type Timeline = z.infer<typeof Timeline>;

/** Articles and stories per month or year of publication, under the same filters as the article list. */
export function timeline(database: ChanceryDatabase, input: TimelineInput = {}): Timeline {
  const options = parseInput(TimelineInput, input);
  return memoByChange(database, `timeline:${JSON.stringify(options)}`, () => computeTimeline(database, options));
}

function computeTimeline(database: ChanceryDatabase, options: z.infer<typeof TimelineInput>): Timeline {
  const { where, params } = articleConditions(database, options);
  const length = options.granularity === "month" ? 7 : 4;
  const filtered = where.length ? `AND ${where.join(" AND ")}` : "";
  const buckets = prepared(
    database.sqlite,
    `SELECT substr(a.published_at, 1, ${length}) AS period, count(*) AS articles,
      count(DISTINCT coalesce(a.story_id, -a.id)) AS stories
     FROM articles a WHERE a.published_at IS NOT NULL ${filtered} GROUP BY period ORDER BY period`,
  ).all(params) as Timeline["buckets"];
  const undated = (
    prepared(database.sqlite, `SELECT count(*) AS n FROM articles a WHERE a.published_at IS NULL ${filtered}`).get(
      params,
    ) as {
      n: number;
    }
  ).n;
  return { granularity: options.granularity, buckets, undated };
}
