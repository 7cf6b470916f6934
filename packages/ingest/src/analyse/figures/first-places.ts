// Places in rankings: the cues that make an ordinal a place ("the third-largest partner", "came second") and
// unnumbered first places ("China is Vietnam's largest trading partner").
import { isHomeProvince } from "../../clean/places.js";
import { HOME_NAME } from "../home-country.js";
import { numberWords, ordinalValue } from "../numbers.js";
import { allMatches } from "../partnerships/all-matches.js";
import type { Sentence } from "../sentences.js";
import type { Token } from "../tokens.js";
import type { IndicatorFinding } from "../types.js";
import { WordSet } from "../word-shapes.js";
import { COPULAS, HOME_WORDS, MONTHS, ORDINAL_SUFFIX, RANK_ROLES, STOP_NOUN, SUPERLATIVE } from "./figure-words.js";
import { keyFor } from "./indicator-keys.js";

const RANK_HOLDERS = new Set(["the", "its", "their", "s"]);

/**
 * "Cuba's second trading partner in Asia", "its first Asian investor", "the 4th European investor": an ordinal after a
 * possessor or "the" and before a trade or investment role (one or two modifiers between) places without a
 * superlative. "the third ASEAN member to hold …" names no role and stays an ordinal.
 */
export function beforeRankRole(toks: readonly Token[], i: number, at: number): boolean {
  if (!RANK_HOLDERS.has(toks[i - 1]?.key ?? "")) return false;
  for (let k = at; k < at + 3 && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.kind !== "word" || STOP_NOUN.has(t.key)) return false;
    // "Vietnam's third comprehensive strategic partner" counts frameworks in order of signing; only a trading partner
    // is placed by a figure.
    if (t.key === "partner") return ["trading", "trade"].includes(toks[k - 1]?.key ?? "");
    if (RANK_ROLES.has(t.key)) return true;
  }
  return false;
}

/**
 * "Japan came second with US$6.57 billion", "Hong Kong came in fourth", "second only to China": an ordinal right after
 * "came (in)" or before "only to" is a place in a ranking, as the league tables of investors and markets write it; so is
 * one "in … place".
 */
export function placeInRace(toks: readonly Token[], i: number, after: number): boolean {
  const prev = toks[i - 1]?.key === "in" ? toks[i - 2] : toks[i - 1];
  // "China came first, in 2008" tells an order in time: a place in a ranking has its amount or field after it, or
  // closes the sentence.
  const next = toks[after];
  const placed = next === undefined || next.text === "." || next.key === "with" || next.key === "among";
  if ((prev?.key === "came" || prev?.key === "comes") && placed) return true;
  // "South Korea was second with 748,000": a place that "is" or "was" puts a holder in, with its amount or its field.
  if (COPULAS.has(prev?.key ?? "") && (next?.key === "with" || next?.key === "among")) return true;
  // "South Korea, in second place, posted …": an ordinal between "in" and "place" is a place in the ranking.
  if (toks[i - 1]?.key === "in" && next?.key === "place") return true;
  return next?.key === "only" && toks[after + 1]?.key === "to";
}

// "the second in Europe after France", "its second in East Asia after South Korea": a determiner before the ordinal
// makes it the order of a thing named before (a country to hold a status, an accord), not a place in a ranking.
const ORDERED = new Set(["a", "an", "the", "its", "their", "his", "her", "our", "s"]);
// The words before the field a place is held in ("second in Southeast Asia", "third among the Asian investors").
const FIELD_WORDS = new Set(["in", "within", "among"]);

/**
 * "second in Southeast Asia after the Philippines", "Japan was third after China and Korea": an ordinal with "after"
 * and a name behind it (the field it holds in may stand between) is a place behind the names ahead of it. "a second
 * after …" and "the first after …" tell time, not a place; "the second in Europe after France" an order of holders.
 */
export function placeAfterNames(toks: readonly Token[], i: number, after: number): boolean {
  // "the second in Europe after France" orders the holders of a status, as "the 14th country to hold" does.
  if (toks[i]?.key === "first" || toks[i]?.text === "1" || ORDERED.has(toks[i - 1]?.key ?? "")) return false;
  let k = after;
  if (FIELD_WORDS.has(toks[k]?.key ?? "")) {
    k += toks[k + 1]?.key === "the" ? 2 : 1;
    const from = k;
    while (k < from + 4 && toks[k]?.kind === "word" && toks[k]?.cap) k++;
    if (k === from) return false;
  }
  if (toks[k]?.key !== "after") return false;
  const name = toks[k + 1]?.key === "the" ? toks[k + 2] : toks[k + 1];
  return name?.kind === "word" && name.cap && !MONTHS.has(name.key);
}

// "Vietnam's largest trading partner", "the biggest market for Vietnamese exports": first place, with no number written.
// "the bloc's largest trading partner": a possessor in lower case after "the" holds the first place too.
// "its largest Asian investor": a capitalised adjective may stand between the rank word and the role, or an acronym
// ("the largest ODA donor").
const TOP_RANK = new RegExp(
  `(?<!\\bone\\s+of\\s+)(?<!\\bamong\\s+)\\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]he\\s+[a-z]+['’]s|(?:[A-Z][\\w.-]*\\s+)?[A-Z][\\w.-]*['’]s?)\\s+(?:${numberWords.topRank.words.join("|")})\\s+(?:(?:[a-z]+-)?(?:[A-Z]{2,5}|[A-Za-z][a-z]*)\\s+){0,2}?(?:${numberWords.topRank.roles.join("|")})\\b`,
  "g",
);
// The rank words between spaces, as TOP_RANK writes them: a sentence without one cannot hold a first place. Found from
// the tokens: the phrase's first word is a whole token (white space stands before it and after the phrase), so only
// the few tokens that are a first word are looked at, not every character of the sentence.
const TOP_PHRASES = numberWords.topRank.words;
for (const phrase of TOP_PHRASES) {
  if (!/^[a-z]+(?: [a-z]+)*$/.test(phrase))
    throw new Error(`numbers.json topRank.words: "${phrase}" must be lower-case words with single spaces`);
}
const TOP_FIRST = new WordSet(TOP_PHRASES.map((p) => p.split(" ")[0] as string));
const SPACE = /\s/;

function writesTopWord(s: Sentence): boolean {
  for (const t of s.tokens) {
    if (!TOP_FIRST.has(t.key)) continue;
    const at = t.start - s.start;
    if (!SPACE.test(s.text.charAt(at - 1))) continue;
    for (const phrase of TOP_PHRASES) {
      if (s.text.startsWith(phrase, at) && SPACE.test(s.text.charAt(at + phrase.length))) return true;
    }
  }
  return false;
}
const POSSESSOR_NOT_HOME = /^(?!Viet\s?Nam|Vietnam|Hanoi)([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)['’]s?\s/;

/**
 * "Cambodia is now Tay Ninh's largest export market": a possessor that is not Vietnam holds the first place for another
 * country, unless it is one of Vietnam's own provinces or cities, as provincial outlets write their trade.
 */
function foreignPossessor(phrase: string): boolean {
  const m = POSSESSOR_NOT_HOME.exec(phrase);
  return m !== null && !isHomeProvince(m[1] ?? "");
}
// "the largest Asian investor" names a region's first place; "the largest ODA donor" (an acronym) does not. "the
// largest Danish investment in Vietnam" is the investing country's own first place, not a region's.
const BARE_THE_REGION = /^[Tt]he\s+\S+\s+\p{Lu}\p{Ll}+\b(?!\s+investment\b)/u;
// A wish for the place, then "become" right before it, within the clause: "hoped … would one day become", "aims to be".
const HOPED_BECOMING =
  /\b(?:hopes?|hoped|hoping|wish(?:es|ed)?|aims?|aimed|aiming|wants?|wanted|seeks?|sought)\b[^.;:!?]{0,70}\b(?:become|be)\s+$/u;
const MAX_HOPE_REACH = 110;
// "Vietnam is the largest Asian investor in Cuba", "Vietnam is Cuba's second partner and the largest Asian investor":
// a sentence whose subject is the home country says whose region's first place it is.
const HOME_SUBJECT = new RegExp(`^${HOME_NAME}\\s+(?:is|was|remains|remained|has\\s+become|became)\\s`);
// " of most Asean members", " of the Philippines": the holder of a first place written after it.
const OWNER_AFTER = /^\s+of\s+(?:(?:most|many|several|all|some|both)\b|(?:the\s+)?\p{Lu})[\p{L}\s.-]{0,30}/u;
/**
 * "the fourth-largest source of new capital, up from sixth in 2022", "rose to 12th-biggest from 15th": an ordinal after
 * "from" restates an earlier place when a ranked superlative stands before it in the sentence.
 */
export function formerRank(toks: readonly Token[], i: number): boolean {
  if (toks[i - 1]?.key !== "from") return false;
  for (let k = i - 2; k >= 0 && k >= i - 14; k--) {
    const t = toks[k] as Token;
    if (!SUPERLATIVE.test(t.key) || t.key === "most") continue;
    const place = toks[k - 1]?.text === "-" ? toks[k - 2] : toks[k - 1];
    if (ordinalValue(place) !== null || ORDINAL_SUFFIX.has(place?.key ?? "")) return true;
  }
  return false;
}

/** Unnumbered first places ("China is Vietnam's largest trading partner"); rankings between two other countries are not Vietnam's. */
export function topRanks(s: Sentence, seen: Set<string>): IndicatorFinding[] {
  const found: IndicatorFinding[] = [];
  if (!writesTopWord(s)) return found;
  // allMatches, not matchAll, which copies the long alternation at every call
  for (const m of allMatches(TOP_RANK, s.text)) {
    const at = m.index ?? 0;
    // '"Korea is Vietnam's largest investor," the president said': a speaker's place in a ranking is a figure the page
    // reports, as a numbered place in a quotation already is (READING.md); only a speaker's counts are rhetoric.
    if (foreignPossessor(m[0]) && !HOME_WORDS.test(s.text)) continue;
    // "remains the largest Asian investor in the country": with no possessor, a region's first place is not Vietnam's.
    if (BARE_THE_REGION.test(m[0]) && !HOME_SUBJECT.test(s.text)) continue;
    // "he hoped the US would one day become the country's biggest investor": a first place hoped or aimed for is not
    // held (test/READING.md: a hope gives no rank).
    if (HOPED_BECOMING.test(s.text.slice(Math.max(0, at - MAX_HOPE_REACH), at))) continue;
    // "China, the biggest trading partner of most Asean members": a first place whose holder is named after it is
    // theirs, unless that holder is Vietnam.
    const owner = OWNER_AFTER.exec(s.text.slice(at + m[0].length));
    if (owner && !HOME_WORDS.test(owner[0])) continue;
    // "Brazil is Vietnam's largest trading partner in Latin America", restated further down: one first place.
    const phrase0 = m[0].replace(/^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+/, "").toLowerCase();
    if (seen.has(phrase0)) continue;
    seen.add(phrase0);
    const phrase = m[0].replace(/^\S+(?:\s+[A-Z]\S*)?\s+/, "");
    const tail = s.text.slice(at + m[0].length);
    const value = 1 + placesAhead(tail);
    const place = (start: number, end: number, v: number): IndicatorFinding => ({
      sentenceIndex: s.index,
      start: s.start + start,
      end: s.start + end,
      key: keyFor(s.text.toLowerCase(), "rank"),
      value: v,
      of: null,
      unit: "rank",
      qualifier: null,
      about: phrase,
      sentence: s.text,
    });
    found.push(place(at, at + m[0].length, value));
    const next = RUNNER_UP.exec(tail);
    if (next && !LISTED_AFTER.test(tail.slice(next.index + next[0].length))) {
      const from = at + m[0].length + next.index + next[0].length - (next[1]?.length ?? 0);
      found.push(place(from, from + (next[1]?.length ?? 0), value + 1));
    }
  }
  return found;
}

// "South Korea remained the largest investor with a quarter of the total, followed by Japan, whose …": one name after
// "followed by", in the same clause, holds the next place; a list of names after it ("followed by France, Australia
// and Canada", "followed by Japan with $3.9 billion and South Korea with …") orders no single runner-up.
const RUNNER_UP =
  /^(?:[^.;:]|(?<=\d)[.](?=\d)){0,80}?,\s+followed\s+by\s+(?:the\s+)?(\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*){0,2})(?=\s*(?:[.;]|,\s+(?!\p{Lu})|\s+with\b|$))/u;
const LISTED_AFTER = /^(?:[^.;]|(?<=\d)[.](?=\d))*?\sand\s+(?:the\s+)?\p{Lu}/u;

// "the largest group of foreign residents after those from China", "its biggest investor after Japan and Korea": the
// names after "after", in the same clause, stand ahead of the first place.
// "its largest trading partner in Southeast Asia after Singapore": the region the place holds in may stand between.
// "the largest foreign community after that of Korea": a pronoun standing for the noun ("that of", "those of") may
// open the names, as "those from" does.
const AHEAD =
  /^(?:\s+(?:in|within|among)\s+(?:the\s+)?\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*){0,3})?[a-z\s]{0,30}?\bafter\s+(?:those\s+from\s+|people\s+from\s+|(?:that|those)\s+of\s+)?((?:the\s+)?\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*)*(?:(?:\s*,\s*|\s+and\s+)(?:the\s+)?\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*)*)*)/u;

/** How many names the text right after an unnumbered first place puts ahead of it ("… after China" is one). */
function placesAhead(tail: string): number {
  const m = AHEAD.exec(tail);
  if (!m?.[1]) return 0;
  const first =
    m[1]
      .replace(/^the\s+/, "")
      .split(/\s/)[0]
      ?.toLowerCase() ?? "";
  if (MONTHS.has(first.replace(/\.$/, ""))) return 0;
  return m[1].split(/\s*,\s*|\s+and\s+/).length;
}
