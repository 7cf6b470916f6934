import type { PartnershipFinding } from "../types.js";

/**
 * A finding read from one sentence, its year (if any) taken from that sentence. One builder for every partnership
 * reader (sentence-levels.ts and the modules beside it), so none spells out the finding's fields again.
 */
export function foundInSentence(
  s: { index: number; text: string },
  countryCode: string,
  countryName: string,
  level: PartnershipFinding["level"],
  year: number | null,
  start: number,
  end: number,
): PartnershipFinding {
  return {
    sentenceIndex: s.index,
    start,
    end,
    countryCode,
    countryName,
    level,
    year,
    yearSource: year === null ? null : "sentence",
    sentence: s.text,
  };
}

/**
 * Whether a partner already has a finding, in what the main reader found or in what a side reader has added so far:
 * the side readers only add countries not read yet.
 */
export function alreadyRead(
  out: readonly PartnershipFinding[],
  added: readonly PartnershipFinding[],
): (code: string) => boolean {
  return (code) => out.some((p) => p.countryCode === code) || added.some((p) => p.countryCode === code);
}
