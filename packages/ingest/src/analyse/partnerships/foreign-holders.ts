import type { PartnershipLevel } from "@chancery/db";
import { z } from "zod";
import { alternation } from "../../clean/patterns.js";
import data from "../data/partnership-foreign-holders.json" with { type: "json" };
import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE, HOME_NAME } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";

/**
 * A level another country holds with a third. A clause whose subject is a foreign country speaks of that country's
 * own frameworks: "He noted that Malaysia had elevated ties with China to a comprehensive strategic partnership",
 * "…, and noted that Korea now has comprehensive strategic partnerships with countries such as Australia and
 * Indonesia", "Australia already calls Indonesia and India comprehensive strategic partners of its own". The readers
 * that attach a level to the countries beside it take those partners for Vietnam's when the sentence names Vietnam
 * elsewhere (in another clause) or not at all; this reading takes such findings back. A stretch that names Vietnam
 * itself ("Japan upgraded its ties with Vietnam and …") is left alone.
 */
const ForeignHolders = z.object({
  about: z.string(),
  holdVerbs: z.array(z.string().min(1)),
  nameVerbs: z.array(z.string().min(1)),
  groupNouns: z.array(z.string().min(1)),
  cues: z.array(z.string().min(1)),
  heads: z.array(z.string().min(1)),
});
const config = ForeignHolders.parse(data);

const HOME = new RegExp(`\\b${HOME_NAME}\\b`, "i");
const HOLD_VERB = new RegExp(`\\b(?:${alternation(config.holdVerbs)})\\b`, "i");
const NAME_VERB = new RegExp(`\\b(?:${alternation(config.nameVerbs)})\\s+(?:the\\s+)?$`, "i");
// the subject opens its clause: the sentence's start, a semicolon or colon, a reported "that", a coordinated clause
const SUBJECT_HEAD = new RegExp(
  `(?:^|[;:]|\\bthat|,\\s*(?:and|but|while|whereas)|\\b(?:while|whereas))\\s*(?:(?:${alternation(config.heads)}),?\\s+)?(?:the\\s+)?$`,
  "i",
);
// "with China", "with countries such as Australia": the opening of the subject's list of partners
const WITH_OPENING = new RegExp(
  `\\bwith\\s+(?:(?:${alternation(config.groupNouns)})\\s+(?:${alternation(config.cues)})\\s+)?(?:the\\s+)?$`,
  "i",
);
// between two members of one list only commas, "and" and "the"
const MEMBER_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$/i;
// a framework's stretch ends at a clause break
const BREAK = /[;.]|\b(?:while|whereas|but)\b/i;

type LevelAt = { level: PartnershipLevel; index: number; length: number };

/** What the partnership reader tells this module about a sentence. */
export interface ForeignHolderReader {
  levels(s: Sentence): LevelAt[];
}

/** The findings left once those for another country's own partners are taken out. */
export function withoutForeignHolders(
  out: readonly PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  reader: ForeignHolderReader,
): PartnershipFinding[] {
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  // The countries of each sentence, in the page's order, gathered once when a finding first asks (not a pass over
  // every place of the page per finding). Read only: the findings of one sentence share them.
  let countriesBy: Map<number, PlaceMention[]> | undefined;
  const countriesOf = (index: number): readonly PlaceMention[] => {
    if (!countriesBy) {
      countriesBy = new Map();
      for (const m of places) {
        if (m.place.kind !== "country") continue;
        const list = countriesBy.get(m.sentenceIndex);
        if (list) list.push(m);
        else countriesBy.set(m.sentenceIndex, [m]);
      }
    }
    return countriesBy.get(index) ?? [];
  };
  return out.filter((p) => {
    const s = byIndex.get(p.sentenceIndex);
    if (!s || s.text !== p.sentence) return true;
    const here = countriesOf(s.index);
    // a finding spans its country's mention or, for some readers, its level: then every mention of the country
    // in the sentence must be another country's partner
    const exact = here.findIndex((m) => m.start === p.start);
    const ks =
      exact >= 0
        ? [exact]
        : here.flatMap((m, k) => (m.place.kind === "country" && m.place.code === p.countryCode ? [k] : []));
    if (ks.length === 0) return true;
    const levels = reader.levels(s);
    return !ks.every((k) => heldWithAnother(s, here, k, p.level, levels));
  });
}

/** Whether the k-th country of the sentence is named as a partner of a foreign subject at `level`. */
function heldWithAnother(
  s: Sentence,
  here: readonly PlaceMention[],
  k: number,
  level: PartnershipLevel,
  levels: readonly LevelAt[],
): boolean {
  const at = (m: PlaceMention) => m.start - s.start;
  const end = (m: PlaceMention) => m.end - s.start;
  // the first member of the list the country stands in
  let first = k;
  while (first > 0) {
    const prev = here[first - 1] as PlaceMention;
    if (!MEMBER_GAP.test(s.text.slice(end(prev), at(here[first] as PlaceMention)))) break;
    first--;
  }
  const head = here[first] as PlaceMention;
  const before = s.text.slice(0, at(head));
  const self = (here[k] as PlaceMention).place;
  const code = self.kind === "country" ? self.code : "";
  // the subject: the last foreign country before the list that opens its clause
  const subjectOf = (upTo: number) => {
    for (let j = first - 1; j >= 0; j--) {
      const x = here[j] as PlaceMention;
      if (x.place.kind !== "country") continue;
      // "Vietnam counts China and India as …": the home country's own list
      if (x.place.code === HOME_CODE) return null;
      if (x.place.code === code) continue;
      if (end(x) > upTo) continue;
      return SUBJECT_HEAD.test(s.text.slice(0, at(x))) ? x : null;
    }
    return null;
  };
  // the last member of the list
  let last = k;
  while (last + 1 < here.length) {
    const next = here[last + 1] as PlaceMention;
    if (!MEMBER_GAP.test(s.text.slice(end(here[last] as PlaceMention), at(next)))) break;
    last++;
  }
  const lastEnd = end(here[last] as PlaceMention);
  const sameLevel = levels.filter((l) => l.level === level);
  // "X has <level>s with A and B", "X had elevated ties with A to a <level>": the list after "with"
  if (WITH_OPENING.test(before)) {
    const withAt = WITH_OPENING.exec(before)?.index ?? 0;
    const lv = sameLevel.find((l) => {
      const lEnd = l.index + l.length;
      if (lEnd <= withAt) return !BREAK.test(s.text.slice(lEnd, withAt));
      return (
        l.index >= lastEnd &&
        /^[^;.]{0,40}?\b(?:to|into)\s+(?:a|an|the)?\s*["“‘']?$/i.test(s.text.slice(lastEnd, l.index))
      );
    });
    if (!lv) return false;
    const x = subjectOf(Math.min(lv.index, withAt));
    if (!x) return false;
    const stretch = s.text.slice(end(x), Math.max(lastEnd, lv.index + lv.length));
    return (
      HOLD_VERB.test(s.text.slice(end(x), Math.min(lv.index, withAt))) &&
      !HOME.test(stretch) &&
      !BREAK.test(stretch.replace(/,\s*(?:which|who)\b[^,]*,/g, ""))
    );
  }
  // "X already calls A and B <level>s (of its own)": partners named by a foreign subject
  if (NAME_VERB.test(before)) {
    const lv = sameLevel.find((l) => l.index >= lastEnd && /^\s*$/.test(s.text.slice(lastEnd, l.index)));
    if (!lv) return false;
    const x = subjectOf(at(head));
    if (!x) return false;
    return !HOME.test(s.text.slice(end(x), lv.index + lv.length));
  }
  return false;
}
