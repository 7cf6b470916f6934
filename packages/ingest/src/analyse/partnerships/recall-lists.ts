// Lists recalling the other holders of a level (data/partnership-recall.json): joined, same-rank, counted lists.
import type { PartnershipLevel } from "@chancery/db";
import { z } from "zod";
import recallData from "../data/partnership-recall.json" with { type: "json" };
import type { PlaceMention } from "../gazetteer.js";
import { HOME_NAME, HOME_POSSESSIVE } from "../home-country.js";
import { ORDINAL_WORDS, ordinalOf } from "../numbers.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { colonList } from "./clause-roles.js";
import {
  alt,
  CLAUSE_HEDGE,
  chain,
  foreignOf,
  HEDGE_ANY,
  HOME_WORDS,
  hedgeAnywhere,
  levelOf,
  levelsIn,
  namedLevels,
  namedLevelsIn,
  PREVIOUS_LEVEL,
  RANK,
  settle,
  TOP_LEVEL,
} from "./vocabulary.js";
import type { YearContext } from "./years.js";

// "it" or the home country's name opening a clause: the subject is the home country.
const IT_OR_HOME_OPENING = new RegExp(String.raw`^\W*(?:it|${HOME_NAME})\b`, "i");

// ---------------------------------------------------------------------------------------------------------------------
// Holders named by comparison (round 25, recall). Commentary and translated pages name many of Vietnam's holders only
// beside another: "putting Washington on the same level as China, Russia, India and South Korea", "Japan becomes the
// sixth country after China, …", "the UK is the first G7 member besides France to hold it", "one with China, signed
// in 2008, and one with Russia since 2012", "the United States, with which Vietnam still has a comprehensive
// partnership". The words are data (data/partnership-recall.json); each reader only adds holders the passes above
// missed (settle keeps any holder already read).
const RECALL = z
  .object({
    sameRank: z.object({ prepositions: z.array(z.string()), nouns: z.array(z.string()) }),
    countedAfter: z.object({
      nouns: z.array(z.string()),
      counting: z.array(z.string()),
      besides: z.array(z.string()),
      heldIt: z.array(z.string()),
      topNouns: z.array(z.string()),
    }),
    anotherWith: z.object({ pronouns: z.array(z.string()) }),
    withWhichHome: z.object({
      adverbs: z.array(z.string()),
      verbs: z.array(z.string()),
      groupNouns: z.array(z.string()),
    }),
    joinedList: z.object({
      verbs: z.array(z.string()),
      collectives: z.array(z.string()),
      openers: z.array(z.string()),
      notShared: z.array(z.string()),
    }),
  })
  .parse(recallData);
const SAME_RANK = new RegExp(
  `\\b(?:${alt(RECALL.sameRank.prepositions)})\\s+(?:the\\s+)?same\\s+(?:${alt(RECALL.sameRank.nouns)})\\s+as\\s+(?:the\\s+)?$`,
  "i",
);
// "becomes the sixth country", "is the first G7 member in Europe": the ordinal, up to two words, the counted noun,
// maybe a short place phrase, then the word that opens the list counted with it.
const COUNTED_BEFORE_LIST = new RegExp(
  `\\b(?:the|its|${HOME_POSSESSIVE})\\s+(${alt(ORDINAL_WORDS)}|\\d{1,2}(?:st|nd|rd|th))\\s+(?:[\\w-]+\\s+){0,2}?(?:${alt(RECALL.countedAfter.nouns)})(?:\\s+(?:in|of|from|outside)\\s+(?:the\\s+)?[\\w-]+(?:\\s+[\\w-]+)?)?\\s*,?\\s+(${alt(RECALL.countedAfter.besides.concat(RECALL.countedAfter.counting))})\\s+(?:the\\s+)?$`,
  "i",
);
const COUNTED_SUBJECT =
  /^\s+(?:(?:now|thus|therefore|also)\s+)?(?:is|was|becomes|became|has\s+become|will\s+become|would\s+become|will\s+be|would\s+be)\s+(?:now\s+)?$/i;
const HELD_IT = new RegExp(`\\bto\\s+(?:${alt(RECALL.countedAfter.heldIt)})\\b`, "i");
const TOP_NAMED = new RegExp(
  `\\b(?:highest|top|top-tier|top-level)\\s+(?:${alt(RECALL.countedAfter.topNouns)})\\b`,
  "i",
);
const ANOTHER_WITH = new RegExp(
  `(?:,\\s*|\\s+)and\\s+(?:${alt(RECALL.anotherWith.pronouns)})\\s+with\\s+(?:the\\s+)?$`,
  "i",
);
const ANOTHER_YEAR = /^\s*,?\s*(?:(?:signed|agreed|established|set\s+up|forged)\s+)?(?:in|since)\s+((?:19|20)\d\d)\b/i;
// "…, the (only) countries with which Vietnam has …": a plural noun in apposition restates the list before it.
const WITH_WHICH_HOME = new RegExp(
  `,\\s*(?:(the)\\s+(?:only\\s+|other\\s+|[a-z]+\\s+)?(?:${alt(RECALL.withWhichHome.groupNouns)})\\s+)?with\\s+which\\s+${HOME_NAME}\\s+(?:(?:${alt(RECALL.withWhichHome.adverbs)})\\s+)?(?:${alt(RECALL.withWhichHome.verbs)})\\s+(?:a|an|its|the)?\\s*["“‘']?$`,
  "i",
);
const TURN_BEFORE = /,\s*(?:but|yet)\s+/gi;
// "It joins ", "the UK joins a list that already runs to 13 countries, including ": the words right before the
// first country of the list a holder joins.
const JOINED_LIST = new RegExp(
  `\\b(?:${alt(RECALL.joinedList.verbs)})\\s+(?:(?:a|an|the|that|this)\\s+(?:[\\w-]+\\s+){0,2}?(?:${alt(RECALL.joinedList.collectives)})\\b[^.;:]{0,90}?(?:,\\s*|\\s+)(?:${alt(RECALL.joinedList.openers)})\\s+)?(?:the\\s+)?$`,
  "i",
);
// what the holder joins the listed countries in, when it is not their level: "in calling for restraint"
const JOINED_NOT_SHARED = new RegExp(`^\\s*,?\\s*(?:${alt(RECALL.joinedList.notShared)})\\b`, "i");
// after the joined list: "as the only countries given the top status" (a top level described in the "as" role)
const JOINED_AS_TOP = new RegExp(
  `^\\s*,?\\s*as\\s+[^.;,]{0,60}?\\b(?:highest|top|top-tier|top-level)\\s+(?:${alt(RECALL.countedAfter.topNouns)})\\b`,
  "i",
);
// the subject of "joins": a country right before it, or "It" opening the sentence
const JOINED_SUBJECT = /^\s+(?:(?:now|also|thus|therefore|so|thereby)\s+)?$/i;
const JOINED_PRONOUN = /^\W*It\s+(?:(?:now|also|thus|therefore|so|thereby)\s+)?$/;
// "… a comprehensive partnership since 2013", "…, agreed in 2013": the year right after the level is its own.
const WITH_WHICH_YEAR =
  /^\s*["”’']?\s*,?\s*(?:(?:agreed|signed|established|set\s+up|forged)\s+)?(?:since|in)\s+((?:19|20)\d\d)\b/i;

/** The last level named before `at` in the sentence that is not the old level of a step ("from a … to a …"). */
function levelBefore(s: Sentence, at: number): PartnershipLevel | null {
  const named = namedLevelsIn(s).filter(
    (m) => (m.index ?? 0) + m[0].length <= at && !PREVIOUS_LEVEL.test(s.text.slice(0, m.index ?? 0)),
  );
  const last = named.at(-1);
  return last ? (levelOf(last) ?? null) : null;
}

/** The highest level `code` was read with in this sentence or the `reach` before it. */
function heldNear(
  out: readonly PartnershipFinding[],
  code: string,
  s: Sentence,
  reach: number,
): PartnershipLevel | null {
  return out
    .filter((p) => p.countryCode === code && p.sentenceIndex <= s.index && s.index - p.sentenceIndex <= reach)
    .reduce<PartnershipLevel | null>((a, p) => (a === null || RANK[p.level] > RANK[a] ? p.level : a), null);
}

function homeAround(sentences: readonly Sentence[], s: Sentence, reach: number): boolean {
  for (let i = s.index; i >= 0 && s.index - i <= reach; i--) {
    const x = sentences.find((y) => y.index === i);
    if (x && HOME_WORDS.test(x.text)) return true;
  }
  return false;
}

export function recallLists(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
  out: PartnershipFinding[],
) {
  for (const s of sentences) {
    const countries = foreignOf(s, places);
    if (countries.length === 0) continue;
    const hedged = hedgeAnywhere(s);
    sameRankList(sentences, s, countries, hedged, out);
    countedAfterList(sentences, s, countries, hedged, out);
    if (levelsIn(s).length === 0) continue;
    anotherWith(sentences, s, countries, out);
    withWhichHome(s, countries, out);
    colonListAfterTurn(s, countries, ctx, out);
  }
  for (const s of sentences) {
    const countries = foreignOf(s, places);
    if (countries.length > 0 && !hedgeAnywhere(s)) joinedList(sentences, places, s, countries, out);
  }
}

/**
 * "France becomes the first country of the EU to reach the top tier of Vietnam's diplomatic ladder. It joins China,
 * Russia, India …"; "… and the UK joins a list that in Hanoi's case already runs to 13 countries, including China,
 * Russia …": the holder that joins a list shares its level with everyone on it. The level is one named before
 * "joins" in the sentence, else a top tier named just before, else the joining holder's own highest reading.
 */
function joinedList(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  s: Sentence,
  countries: readonly PlaceMention[],
  out: PartnershipFinding[],
) {
  if (!/\bjoin/i.test(s.text)) return;
  const k = countries.findIndex((c) => JOINED_LIST.test(s.text.slice(0, c.start - s.start)));
  const head = countries[k];
  if (!head) return;
  const before = s.text.slice(0, head.start - s.start);
  const verb = JOINED_LIST.exec(before);
  const at = verb?.index ?? 0;
  if (CLAUSE_HEDGE.test(s.text.slice(0, at))) return;
  const list = chain(s.text, s.start, countries, k, 1);
  if (JOINED_NOT_SHARED.test(s.text.slice((list.at(-1) as PlaceMention).end - s.start))) return;
  // the joining holder: a country right before the verb, or "It" for the holder of the sentence before
  const subject = countries.filter((c) => c.end - s.start <= at).at(-1);
  let holder: string | null = null;
  if (subject && JOINED_SUBJECT.test(s.text.slice(subject.end - s.start, at)) && subject.place.kind === "country")
    holder = subject.place.code;
  else if (JOINED_PRONOUN.test(s.text.slice(0, at))) {
    const prev = sentences.find((x) => x.index === s.index - 1);
    const antecedent = prev ? foreignOf(prev, places) : [];
    holder = antecedent[0]?.place.kind === "country" ? antecedent[0].place.code : null;
  }
  // only a holder already read shares its level: "Germany joins France and Italy" says nothing of a level alone
  const own = holder ? heldNear(out, holder, s, s.index) : null;
  if (!holder || !own) return;
  // "… to reach the top tier. It joins …": the top named just before; else the holder's own (levels only go up, so
  // its highest reading so far, not a history line such as "signed a strategic partnership in 2013")
  const prev = sentences.find((x) => x.index === s.index - 1);
  // "… set up a strategic partnership in 2009, and Korea now joins A, B and C as the only countries given the top
  // status": the role the list is joined "as" names the shared level, not a history level earlier in the sentence.
  const joinedAs = JOINED_AS_TOP.test(s.text.slice((list.at(-1) as PlaceMention).end - s.start));
  const level =
    (joinedAs ? TOP_LEVEL : null) ??
    levelBefore(s, at) ??
    (TOP_NAMED.test(s.text.slice(0, at)) || (prev && TOP_NAMED.test(prev.text)) ? TOP_LEVEL : null) ??
    own;
  if (!homeAround(sentences, s, 2)) return;
  for (const c of list) settle(out, s, c, level, null, false);
}

/** "…, putting Washington on the same level as China, Russia, India and South Korea." */
function sameRankList(
  sentences: readonly Sentence[],
  s: Sentence,
  countries: readonly PlaceMention[],
  hedged: boolean,
  out: PartnershipFinding[],
) {
  if (hedged || !/\bsame\b/i.test(s.text)) return;
  const k = countries.findIndex((c) => SAME_RANK.test(s.text.slice(0, c.start - s.start)));
  const head = countries[k];
  if (!head) return;
  const phrase = SAME_RANK.exec(s.text.slice(0, head.start - s.start));
  const at = phrase?.index ?? 0;
  if (CLAUSE_HEDGE.test(s.text.slice(0, at))) return;
  const holder = countries.filter((c) => c.end - s.start <= at).at(-1);
  const level =
    levelBefore(s, at) ??
    (TOP_NAMED.test(s.text) ? TOP_LEVEL : null) ??
    (holder?.place.kind === "country" ? heldNear(out, holder.place.code, s, 1) : null);
  if (!level || !homeAround(sentences, s, 2)) return;
  for (const c of chain(s.text, s.start, countries, k, 1)) settle(out, s, c, level, null, false);
}

/**
 * "It is the highest framework in Vietnam's diplomacy, and Japan becomes the sixth country after China, Russia, India,
 * South Korea and the United States"; "the UK is the first G7 member in Europe besides France to hold it". A list
 * counted "after" the holder must number one less than the ordinal, so that another ranking is not read as this one.
 */
function countedAfterList(
  sentences: readonly Sentence[],
  s: Sentence,
  countries: readonly PlaceMention[],
  hedged: boolean,
  out: PartnershipFinding[],
) {
  if (hedged) return;
  for (const [k, head] of countries.entries()) {
    const before = s.text.slice(0, head.start - s.start);
    const counted = COUNTED_BEFORE_LIST.exec(before);
    if (!counted) continue;
    const at = counted.index ?? 0;
    // the holder is the subject of "is/becomes the sixth …", right before the count
    const holder = countries.filter((c) => c.end - s.start <= at).at(-1);
    if (!holder || !COUNTED_SUBJECT.test(s.text.slice(holder.end - s.start, at))) continue;
    // a foreign country inside the count ("the second country with which the Philippines …") makes it that one's
    if (countries.some((c) => c.start - s.start > at && c.start < head.start)) continue;
    const list = chain(s.text, s.start, countries, k, 1);
    const word = (counted[2] ?? "").toLowerCase();
    const n = ordinalOf(counted[1] ?? "");
    const counting = RECALL.countedAfter.counting.includes(word);
    if (counting && n !== null && n !== list.length + 1) continue;
    const tail = s.text.slice((list.at(-1) as PlaceMention).end - s.start);
    const level =
      levelBefore(s, head.start - s.start) ??
      (TOP_NAMED.test(s.text) ? TOP_LEVEL : null) ??
      (holder.place.kind === "country" ? heldNear(out, holder.place.code, s, 1) : null);
    if (!level) continue;
    // a count "besides" others says nothing of a level unless it is held ("to hold it") or the level is named
    if (!counting && !HELD_IT.test(tail) && levelBefore(s, head.start - s.start) === null) continue;
    if (
      !homeAround(sentences, s, 1) &&
      heldNear(out, holder.place.kind === "country" ? holder.place.code : "", s, 1) === null
    )
      continue;
    settle(out, s, holder, level, null, false);
    for (const c of list) settle(out, s, c, level, null, false);
    return;
  }
}

/** "It has a comprehensive strategic partnership with China, signed in 2008, and one with Russia since 2012." */
function anotherWith(
  sentences: readonly Sentence[],
  s: Sentence,
  countries: readonly PlaceMention[],
  out: PartnershipFinding[],
) {
  if (!/\band\s+(?:one|another|a\s+second|a\s+third|a\s+similar|the\s+same)\b/i.test(s.text)) return;
  const home =
    HOME_WORDS.test(s.text) ||
    (/^\W*(?:It|Hanoi)\b/.test(s.text) && homeAround(sentences, s, 1)) ||
    out.some((p) => p.sentenceIndex === s.index);
  if (!home) return;
  for (const c of countries) {
    const before = s.text.slice(0, c.start - s.start);
    const m = ANOTHER_WITH.exec(before);
    if (!m) continue;
    const level = levelBefore(s, m.index ?? 0);
    if (!level || CLAUSE_HEDGE.test(s.text.slice(m.index ?? 0, c.start - s.start))) continue;
    const y = ANOTHER_YEAR.exec(s.text.slice(c.end - s.start))?.[1];
    settle(out, s, c, level, y ? Number(y) : null, false);
  }
}

/** "… ahead of the United States, with which Vietnam still has a “comprehensive partnership.”" */
function withWhichHome(s: Sentence, countries: readonly PlaceMention[], out: PartnershipFinding[]) {
  if (!/with\s+which/i.test(s.text)) return;
  for (const m of namedLevelsIn(s)) {
    const at = m.index ?? 0;
    const w = WITH_WHICH_HOME.exec(s.text.slice(0, at));
    if (!w) continue;
    const c = countries.filter((x) => x.end - s.start <= (w.index ?? 0)).at(-1);
    if (!c || !/^\s*$/.test(s.text.slice(c.end - s.start, w.index ?? 0))) continue;
    const level = levelOf(m);
    if (!level) continue;
    const y = WITH_WHICH_YEAR.exec(s.text.slice(at + m[0].length))?.[1];
    // a group noun in apposition ("…, the countries with which …") restates the whole list ending at `c`
    const k = countries.indexOf(c);
    const group = w[1] ? chain(s.text, s.start, countries, k, -1) : [c];
    for (const g of group) settle(out, s, g, level, w[1] ? null : y ? Number(y) : null, false);
  }
}

/**
 * "Vietnam has no framework with the EU as a bloc, but it has strategic partnerships with several of its members:
 * Spain (2009), …": the hedge ("has no") is the first clause's; the clause after "but" reads as a colon list.
 */
function colonListAfterTurn(
  s: Sentence,
  countries: readonly PlaceMention[],
  ctx: YearContext,
  out: PartnershipFinding[],
) {
  const colon = s.text.indexOf(":");
  if (colon < 0 || !HOME_WORDS.test(s.text)) return;
  const turn = [...s.text.slice(0, colon).matchAll(TURN_BEFORE)].at(-1);
  if (!turn) return;
  const from = (turn.index ?? 0) + turn[0].length;
  const head = s.text.slice(0, turn.index ?? 0);
  const rest = s.text.slice(from);
  // only a hedge confined to the clause before the turn: otherwise the main reader's refusal stands
  if (!(CLAUSE_HEDGE.test(head) || HEDGE_ANY.test(head.toLowerCase()))) return;
  if (CLAUSE_HEDGE.test(rest) || HEDGE_ANY.test(rest.toLowerCase())) return;
  if (!IT_OR_HOME_OPENING.test(rest)) return;
  // "Italy and France (both 2013)": the group's bracketed year, read as a bare "(2013)" (offsets kept)
  const bare = rest.replace(/\((?:both|all|each)\s+(?=(?:19|20)\d\d\))/gi, (m) => `(${" ".repeat(m.length - 1)}`);
  const part: Sentence = { ...s, text: bare, start: s.start + from };
  const named = namedLevels(bare);
  colonList(
    part,
    named,
    countries.filter((c) => c.start >= part.start),
    ctx,
    out,
  );
}
