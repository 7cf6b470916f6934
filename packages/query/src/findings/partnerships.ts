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

/** `level` is the highest level any source gives this country. */
export const Partnership = partnershipRow.pick(pickMask([...countryKeys, "level"])).extend({
  /** Earliest year stated for that level, when a source states one. */
  since: partnershipRow.shape.year,
  /** The supporting sentences, highest level then newest first, at most `maxEvidence` of them. */
  evidence: z.array(PartnershipEvidence),
  /** How many sentences support this country in all (`evidence` lists the first `maxEvidence`). */
  evidenceCount: z.number().int(),
});
export type Partnership = z.infer<typeof Partnership>;

export const ListPartnershipsInput = z.object({ level: z.enum(partnershipLevels).optional() });
export type ListPartnershipsInput = z.input<typeof ListPartnershipsInput>;

export const PartnershipList = z.object({ items: z.array(Partnership) });
export type PartnershipList = z.infer<typeof PartnershipList>;

/** Evidence listed per country: on a large corpus a country gathers thousands of sentences, megabytes per answer. */
export const maxEvidence = 20;

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
      };
      byCountry.set(countryCode, partnership);
    }
    if (levelRank === partnership.levelRank && row.year !== null) {
      partnership.since = partnership.since === null ? row.year : Math.min(partnership.since, row.year);
    }
    partnership.evidenceCount++;
    if (partnership.evidence.length < maxEvidence) partnership.evidence.push(evidence);
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
