import {
  articleRow,
  articles,
  type ChanceryDatabase,
  type PartnershipRow,
  partnershipLevels,
  partnershipRow,
  partnerships,
} from "@chancery/db";
import { z } from "zod";
import { parseInput } from "../errors.js";
import { memoByChange } from "../metrics/change-memo.js";
import { column, pickMask, selectList } from "../select-list.js";
import { prepared } from "../statements.js";

const evidenceKeys = ["articleId", "level", "year", "yearSource", "sentence", "start", "end"] as const;
/** What a country's rows share; `level` comes from the evidence. */
const countryKeys = ["countryCode", "countryName", "countryEntityId", "levelRank"] as const;

export const PartnershipEvidence = partnershipRow.pick(pickMask(evidenceKeys)).extend({
  articleTitle: articleRow.shape.title,
  publishedAt: articleRow.shape.publishedAt,
});

/** One dated step of a country's partnership: a level and the earliest year a source gives for it. */
export const PartnershipStep = partnershipRow
  .pick({ level: true, articleId: true, start: true })
  .extend({ year: partnershipRow.shape.year.unwrap() });

/** `level` is the highest level any source gives this country. */
export const Partnership = partnershipRow.pick(pickMask([...countryKeys, "level"])).extend({
  /** Earliest year stated for that level, when a source states one. */
  since: partnershipRow.shape.year,
  /** The supporting sentences, highest level then newest first, at most `maxEvidence` of them. */
  evidence: z.array(PartnershipEvidence),
  /** How many sentences support this country in all (`evidence` lists the first `maxEvidence`). */
  evidenceCount: z.number().int(),
  /** Each level a source gives a year for, highest first, at the earliest year stated, with a source stating it. */
  steps: z.array(PartnershipStep),
});
export type Partnership = z.infer<typeof Partnership>;

export const ListPartnershipsInput = z.object({ level: z.enum(partnershipLevels).optional() });
export type ListPartnershipsInput = z.input<typeof ListPartnershipsInput>;

export const PartnershipList = z.object({ items: z.array(Partnership) });
export type PartnershipList = z.infer<typeof PartnershipList>;

/**
 * Evidence listed per country: on a large corpus a country gathers thousands of sentences, and twenty per country
 * made the answer 650 KB at 10,000 articles; `evidenceCount` says how many there are and `steps` keeps every dated one.
 */
export const maxEvidence = 3;

const rankOf = (level: string) => partnershipLevels.indexOf(level as (typeof partnershipLevels)[number]);

type Row = z.infer<typeof PartnershipEvidence> & Pick<PartnershipRow, (typeof countryKeys)[number]>;

/** One row per partner country at its highest level, with the count of sentences that support it and the first `maxEvidence`. */
export function listPartnerships(database: ChanceryDatabase, input: ListPartnershipsInput = {}): PartnershipList {
  const options = parseInput(ListPartnershipsInput, input);
  return memoByChange(database, `partnerships:${options.level ?? ""}`, () => computePartnerships(database, options));
}

function computePartnerships(
  database: ChanceryDatabase,
  options: z.infer<typeof ListPartnershipsInput>,
): PartnershipList {
  const { sqlite } = database;
  // Per country, a few seeks on the (country, level, date) indexes and the statement counts the writer keeps
  // (migration 0017): the cost follows the number of countries, not of statements.
  const countries = prepared(
    sqlite,
    "SELECT country_code AS countryCode, statements FROM partnership_countries ORDER BY country_code",
  ).all() as Array<{ countryCode: string; statements: number }>;
  const evidenceOf = prepared(
    sqlite,
    `SELECT ${selectList("p", partnerships, countryKeys)},
      ${selectList("p", partnerships, evidenceKeys)}, ${column("a", articles, "title")} AS articleTitle,
      ${selectList("a", articles, ["publishedAt"])}
     FROM partnerships p INDEXED BY partnerships_country_newest_idx JOIN articles a ON a.id = p.article_id
     WHERE p.country_code = ? ORDER BY p.level_rank, p.published_at DESC, p.id LIMIT ${maxEvidence}`,
  );
  // A level's step is its earliest stated year, from the first statement giving it in the list's order.
  const stepOf = prepared(
    sqlite,
    `SELECT level, year, article_id AS articleId, start FROM partnerships INDEXED BY partnerships_country_year_newest_idx
     WHERE country_code = ? AND level_rank = ? AND year IS NOT NULL ORDER BY year, published_at DESC, id LIMIT 1`,
  );
  const items: Partnership[] = [];
  for (const { countryCode, statements } of countries) {
    const rows = evidenceOf.all(countryCode) as Row[];
    const first = rows[0];
    if (!first) continue;
    const steps = partnershipLevels.flatMap((_, rank) =>
      (stepOf.all(countryCode, rank + 1) as Array<Partnership["steps"][number]>).slice(0, 1),
    );
    items.push({
      countryCode,
      countryName: first.countryName,
      countryEntityId: first.countryEntityId,
      level: first.level,
      levelRank: first.levelRank,
      since: steps.find((step) => rankOf(step.level) + 1 === first.levelRank)?.year ?? null,
      evidence: rows.map(({ countryCode: _, countryName, countryEntityId, levelRank, ...evidence }) => evidence),
      evidenceCount: statements,
      steps,
    });
  }
  return {
    items: items
      .filter((partnership) => !options.level || partnership.level === options.level)
      .sort(
        (a, b) =>
          a.levelRank - b.levelRank ||
          (a.since ?? 9999) - (b.since ?? 9999) ||
          a.countryName.localeCompare(b.countryName),
      ),
  };
}
