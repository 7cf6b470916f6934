import type { PartnershipLevel } from "@chancery/db";
import { z } from "zod";
import data from "../data/partnership-counted-lists.json" with { type: "json" };
import type { PlaceMention } from "../gazetteer.js";
import { numberWords } from "../numbers.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { allMatches } from "./all-matches.js";
import { alreadyRead, foundInSentence } from "./finding.js";

/**
 * "Below them come the strategic partners, from India (2007) through Spain (2009) to the five signed in 2013: Italy,
 * Thailand, Indonesia, Singapore and France." A sentence that reads holders at one level may end on a counted group
 * spelled out after a colon: the names hold that level, with the year the group phrase gives, when they are exactly
 * as many as the count says (a count that does not match is some other group).
 */
const CountedLists = z.object({
  determiners: z.array(z.string().min(1)),
  maxGroupWords: z.number().int().positive(),
});
const config = CountedLists.parse(data);

const COUNT_WORDS = Object.entries(numberWords.units)
  .filter(([, n]) => n >= 2 && n <= 20)
  .map(([w]) => w);
// "the five signed in 2013:", "these three, all in 2015:": a determiner, a count, a few words and a colon
const GROUP = new RegExp(
  `\\b(?:${config.determiners.join("|")})\\s+(${COUNT_WORDS.join("|")}|\\d{1,2})\\b((?:[\\s,]+[\\w'’()-]+){0,${config.maxGroupWords}}?)\\s*:\\s`,
  "gi",
);
// between two names of the list only commas, "and" and "the"
const NAME_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;
const HEDGED = /\b(?:will|would|could|may|might|should|expected|plans?|planned|hopes?|talks|candidates?|next)\b/i;
const YEAR = /\b((?:19|20)\d\d)\b/;

/** What the partnership reader tells this module: a sentence's foreign countries and whether it hedges. */
export interface CountedListReader {
  foreign(s: Sentence): PlaceMention[];
  hedged(s: Sentence): boolean;
}

/** Holders of the sentence's level spelled out after a counted group's colon, as new findings. */
export function countedColonLists(
  sentences: readonly Sentence[],
  out: readonly PartnershipFinding[],
  reader: CountedListReader,
): PartnershipFinding[] {
  const added: PartnershipFinding[] = [];
  const bySentence = new Map<number, PartnershipFinding[]>();
  for (const p of out) bySentence.set(p.sentenceIndex, [...(bySentence.get(p.sentenceIndex) ?? []), p]);
  for (const s of sentences) {
    const found = bySentence.get(s.index);
    if (!found || !s.text.includes(":")) continue;
    const levels = new Set<PartnershipLevel>(found.map((p) => p.level));
    const level = found[0]?.level;
    if (!level || levels.size !== 1 || reader.hedged(s)) continue;
    for (const m of allMatches(GROUP, s.text)) {
      const phrase = m[2] ?? "";
      if (HEDGED.test(phrase)) continue;
      const word = (m[1] ?? "").toLowerCase();
      const count = /^\d+$/.test(word) ? Number(word) : (numberWords.units[word] ?? 0);
      const from = s.start + (m.index ?? 0) + m[0].length;
      // the names run from the colon to the sentence's end, each after the one before with nothing but a comma or "and"
      const names: PlaceMention[] = [];
      let at = from;
      for (const c of reader.foreign(s)) {
        if (c.start < from || c.place.kind !== "country") continue;
        if (!(names.length === 0 ? /^\s*(?:the\s+)?$/i : NAME_GAP).test(s.text.slice(at - s.start, c.start - s.start)))
          break;
        names.push(c);
        at = c.end;
      }
      if (names.length !== count || !/^\s*[.;]?\s*$/.test(s.text.slice(at - s.start))) continue;
      const year = YEAR.exec(phrase)?.[1];
      for (const c of names) {
        if (c.place.kind !== "country") continue;
        const code = c.place.code;
        if (alreadyRead(out, added)(code)) continue;
        added.push(foundInSentence(s, code, c.place.name, level, year ? Number(year) : null, c.start, c.end));
      }
    }
  }
  return added;
}
