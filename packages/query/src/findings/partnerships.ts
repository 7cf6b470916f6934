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
  const rows = prepared(
    database.sqlite,
    `SELECT ${selectList("p", partnerships, countryKeys)},
      ${selectList("p", partnerships, evidenceKeys)}, ${column("a", articles, "title")} AS articleTitle,
      ${selectList("a", articles, ["publishedAt"])}
     FROM partnerships p JOIN articles a ON a.id = p.article_id
     ORDER BY p.country_code, p.level_rank, a.published_at DESC, p.id`,
  ).all() as Row[];
  const byCountry = new Map<string, Partnership>();
  const stepsOf = new Map<string, Map<string, Partnership["steps"][number]>>();
  for (const row of rows) {
    const { countryCode, countryName, countryEntityId, levelRank, ...evidence } = row;
    let partnership = byCountry.get(countryCode);
    if (!partnership) {
      partnership = {
        countryCode,
        countryName,
        countryEntityId,
        level: row.level,
        levelRank,
        since: null,
        evidence: [],
        evidenceCount: 0,
        steps: [],
      };
      byCountry.set(countryCode, partnership);
      stepsOf.set(countryCode, new Map());
    }
    const steps = stepsOf.get(countryCode) as Map<string, Partnership["steps"][number]>;
    const step = steps.get(row.level);
    if (row.year !== null && (!step || row.year < step.year)) {
      steps.set(row.level, { level: row.level, year: row.year, articleId: row.articleId, start: row.start });
    }
    if (levelRank === partnership.levelRank && row.year !== null) {
      partnership.since = partnership.since === null ? row.year : Math.min(partnership.since, row.year);
    }
    partnership.evidenceCount++;
    if (partnership.evidence.length < maxEvidence) partnership.evidence.push(evidence);
  }
  for (const [countryCode, steps] of stepsOf) {
    (byCountry.get(countryCode) as Partnership).steps = [...steps.values()].sort(
      (a, b) => rankOf(a.level) - rankOf(b.level),
    );
  }
  const items = [...byCountry.values()]
    .filter((partnership) => !options.level || partnership.level === options.level)
    .sort(
      (a, b) =>
        a.levelRank - b.levelRank ||
        (a.since ?? 9999) - (b.since ?? 9999) ||
        a.countryName.localeCompare(b.countryName),
    );
  return { items };
}
