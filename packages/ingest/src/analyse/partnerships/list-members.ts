import type { PartnershipLevel } from "@chancery/db";
import { z } from "zod";
import { alternation } from "../../clean/patterns.js";
import data from "../data/partnership-list-members.json" with { type: "json" };
import type { PlaceMention } from "../gazetteer.js";
import { HOME_NAME, HOME_POSSESSIVE } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { allMatches } from "./all-matches.js";
import { alreadyRead, foundInSentence } from "./finding.js";

/**
 * Holders given as the members of a list at one level, where the level and the members stand apart. "… describe their
 * country's list of comprehensive strategic partners as an open one. Besides France, it includes China, Russia and
 * India, and since the start of this year New Zealand" names the level in one sentence and the members in the next,
 * behind a pronoun; "It also lists Australia and New Zealand among its comprehensive partners" puts the members
 * before the level. The readers in sentence-levels.ts look for a holder beside its level and miss both, so this reading
 * only adds holders not read yet. A hedged list, a list another country owns ("Australia's list of …") and a
 * pronoun that does not stand for the home country are not read.
 */
const ListMembers = z.object({
  listNouns: z.array(z.string().min(1)),
  listSubjects: z.array(z.string().min(1)),
  memberVerbs: z.array(z.string().min(1)),
  amongWords: z.array(z.string().min(1)),
  openers: z.array(z.string().min(1)),
  reach: z.number().int().positive(),
});
const config = ListMembers.parse(data);

// "list of comprehensive strategic partners": the list noun right before "of" and the level
const LIST_OF = new RegExp(`\\b(?:${alternation(config.listNouns)})\\s+of\\s+(?:(?:its|their|the)\\s+)?$`, "i");
// "Besides France, it includes ": an optional aside, the list's subject, its verb
const MEMBERS_OPEN = new RegExp(
  `^\\W*(?:(?:${alternation(config.openers)})\\s+[^,;]{1,40},\\s*)?(?:${alternation(config.listSubjects)})\\s+(?:(?:now|also|currently|already)\\s+)?(?:${alternation(config.memberVerbs)})\\s+`,
  "i",
);
// "It also lists ", "Vietnam counts ": the home country or a pronoun for it, then a member verb
const HOME_LISTS = new RegExp(
  `^\\W*(${HOME_NAME}|it)\\s+(?:(?:now|also|currently|already)\\s+)?(?:${alternation(config.memberVerbs)})\\s+`,
  "i",
);
// " among its ", " among Vietnam's ": the end of the members, right before the plural level
const AMONG = new RegExp(
  `^\\s*,?\\s*(?:${alternation(config.amongWords)})\\s+(?:its|${HOME_POSSESSIVE})\\s+(?:(?:formal|official)\\s+)?$`,
  "i",
);
const OPENS_ON_HOME = new RegExp(`^\\W*(?:the\\s+)?${HOME_NAME}\\b`, "i");
// another country's list: "Australia's list of …"
const OWNED = /^['’]s\s+(?:own\s+)?$/;
// between two members only commas, "and", "the" and a time phrase ("and since the start of this year")
const NAME_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+|,?\s*as\s+well\s+as\s+)([^,;.]{0,40}?)(?:\bthe\s+)?$/i;
const TIME_PHRASE = /^(?:(?:since|in|from|as\s+of|earlier|later)\b[^,;.]*\b(?:year|month|(?:19|20)\d\d)\b\s*)?$/i;
const YEAR = /\b((?:19|20)\d\d)\b/g;
const PLURAL = /(?:partners|partnerships)$/i;

type LevelAt = { level: PartnershipLevel; index: number; length: number };

/** What the partnership reader tells this module about a sentence. */
export interface ListMemberReader {
  foreign(s: Sentence): PlaceMention[];
  levels(s: Sentence): LevelAt[];
  hedged(s: Sentence): boolean;
  /** Whether a stretch of a sentence (a clause) is hedged. */
  hedgedText(text: string): boolean;
  /** The year a time word in a stretch of text means ("since the start of this year"), from the story's date. */
  timeWordYear(text: string): number | null;
}

/** Members of a list at one level, as new findings for countries not read yet. */
export function listMembers(
  sentences: readonly Sentence[],
  out: readonly PartnershipFinding[],
  reader: ListMemberReader,
): PartnershipFinding[] {
  const added: PartnershipFinding[] = [];
  const known = alreadyRead(out, added);
  const take = (s: Sentence, members: PlaceMention[], from: number, level: PartnershipLevel) => {
    for (const c of members) {
      if (c.place.kind !== "country" || known(c.place.code)) continue;
      // a year or time word before the member, after the verb, dates it and those after it
      const stretch = s.text.slice(from, c.start - s.start);
      const years = allMatches(YEAR, stretch).map((m) => Number(m[1]));
      const year = years.at(-1) ?? reader.timeWordYear(stretch);
      added.push(foundInSentence(s, c.place.code, c.place.name, level, year, c.start, c.end));
    }
  };
  for (const [k, s] of sentences.entries()) {
    // the openers are anchored at the sentence's start and cheap; the hedge, read over the whole sentence, only then
    const open = MEMBERS_OPEN.exec(s.text);
    const opensList = open !== null && reader.levels(s).length === 0;
    const home = opensList ? null : HOME_LISTS.exec(s.text);
    if (!opensList && !home) continue;
    if (open && opensList) {
      if (reader.hedged(s)) continue;
      const level = listLevelBefore(sentences, k, reader);
      if (level) take(s, chain(s, open[0].length, reader.foreign(s)), open[0].length, level);
      continue;
    }
    if (!home) continue;
    // "It …" stands for the home country only after a sentence that opens on it
    if (/^it$/i.test(home[1] ?? "") && !OPENS_ON_HOME.test(sentences[k - 1]?.text ?? "")) continue;
    const members = chain(s, home[0].length, reader.foreign(s));
    const last = members.at(-1);
    if (!last) continue;
    const after = last.end - s.start;
    const lv = reader.levels(s).find((l) => l.index >= after && AMONG.test(s.text.slice(after, l.index)));
    if (!lv || !PLURAL.test(s.text.slice(lv.index, lv.index + lv.length))) continue;
    // "Vietnam counts A and B among its comprehensive strategic partners, and C is expected to join them": only the
    // list's own clause, up to its level, may hedge it; a newcomer's hedged clause after it holds nothing anyway.
    if (reader.hedgedText(s.text.slice(0, lv.index + lv.length))) continue;
    take(s, members, home[0].length, lv.level);
  }
  return added;
}

/** The countries in a row from `from` (an offset in the sentence), joined only by commas, "and" and time phrases. */
function chain(s: Sentence, from: number, foreign: readonly PlaceMention[]): PlaceMention[] {
  const names: PlaceMention[] = [];
  let at = from;
  for (const c of foreign) {
    const start = c.start - s.start;
    if (start < at) continue;
    const gap = s.text.slice(at, start);
    // "Vietnam counts both the US and China among …": "both" may open the pair
    if (
      names.length === 0
        ? !/^\s*(?:both\s+)?(?:the\s+)?$/i.test(gap)
        : !TIME_PHRASE.test(NAME_GAP.exec(gap)?.[1] ?? "-")
    )
      break;
    names.push(c);
    at = c.end - s.start;
  }
  return names;
}

/** The level of a home list named right before "of" in one of the few sentences before sentence `k`. */
function listLevelBefore(sentences: readonly Sentence[], k: number, reader: ListMemberReader): PartnershipLevel | null {
  for (let j = k - 1; j >= 0 && j >= k - config.reach; j--) {
    const s = sentences[j];
    if (!s) continue;
    for (const l of reader.levels(s)) {
      const before = s.text.slice(0, l.index);
      const m = LIST_OF.exec(before);
      if (!m || !PLURAL.test(s.text.slice(l.index, l.index + l.length))) continue;
      // "Australia's list of …" is another country's
      if (
        reader.foreign(s).some((c) => c.end - s.start <= m.index && OWNED.test(s.text.slice(c.end - s.start, m.index)))
      )
        continue;
      return l.level;
    }
  }
  return null;
}
