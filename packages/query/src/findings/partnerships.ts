import { type ChanceryDatabase, partnershipLevels, yearSources } from "@chancery/db";
import { z } from "zod";
import { parseInput } from "../errors.js";
import { memoByChange } from "../metrics/change-memo.js";
import { prepared } from "../statements.js";

export const PartnershipEvidence = z.object({
  articleId: z.number().int(),
  articleTitle: z.string().nullable(),
  publishedAt: z.string().nullable(),
  level: z.enum(partnershipLevels),
  year: z.number().int().nullable(),
  yearSource: z.enum(yearSources).nullable(),
  sentence: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

export const Partnership = z.object({
  countryCode: z.string(),
  countryName: z.string(),
  countryEntityId: z.number().int().nullable(),
  /** The highest level any source gives this country. */
  level: z.enum(partnershipLevels),
  levelRank: z.number().int(),
  /** Earliest year stated for that level, when a source states one. */
  since: z.number().int().nullable(),
  evidence: z.array(PartnershipEvidence),
});
export type Partnership = z.infer<typeof Partnership>;

export const ListPartnershipsInput = z.object({ level: z.enum(partnershipLevels).optional() });
export type ListPartnershipsInput = z.input<typeof ListPartnershipsInput>;

export const PartnershipList = z.object({ items: z.array(Partnership) });
export type PartnershipList = z.infer<typeof PartnershipList>;

type Row = z.infer<typeof PartnershipEvidence> & {
  countryCode: string;
  countryName: string;
  countryEntityId: number | null;
  levelRank: number;
};

/** One row per partner country at its highest level, with every sentence that supports it. */
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
    `SELECT p.country_code AS countryCode, p.country_name AS countryName, p.country_entity_id AS countryEntityId,
      p.level, p.level_rank AS levelRank, p.year, p.year_source AS yearSource, p.sentence, p.start, p."end",
      p.article_id AS articleId, a.title AS articleTitle, a.published_at AS publishedAt
     FROM partnerships p JOIN articles a ON a.id = p.article_id
     ORDER BY p.country_code, p.level_rank, a.published_at DESC, p.id`,
  ).all() as Row[];
  const byCountry = new Map<string, Partnership>();
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
      };
      byCountry.set(countryCode, partnership);
    }
    if (levelRank === partnership.levelRank && row.year !== null) {
      partnership.since = partnership.since === null ? row.year : Math.min(partnership.since, row.year);
    }
    partnership.evidence.push(evidence);
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
