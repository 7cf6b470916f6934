// The holder a sentence leaves unnamed ("the two countries", "the upgrade"), found in the headline or the sentences before.
import { tableCells } from "../../read/table-row.js";
import { findPlaces, type Place, type PlaceMention } from "../gazetteer.js";
import { HOME_CODE, HOME_NAME, HOME_POSSESSIVE } from "../home-country.js";
import { type Sentence, splitSentences } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import {
  backdrop,
  CHANGE_VERB,
  CLAUSE_HEDGE,
  CLAUSES,
  capitalMentions,
  chain,
  config,
  GUEST_BEFORE,
  HEDGE_ANY,
  HOME_WORDS,
  LEAD,
  LEVEL_RE,
  type Level,
  levelOf,
  MADE_BEFORE,
  NAME_AFTER,
  NOT_HOLDER_BEFORE,
  OTHER_PARTY,
  RANK,
  REFERENCE_REACH,
  RELATION_VERB,
  WITH_HOME_OPENING,
} from "./vocabulary.js";
import type { YearContext } from "./years.js";

// "India's 2016 comprehensive strategic partnership", "Canberra's comprehensive partnership": the possessor holds it.
// "the elevation of Singapore-Viet Nam relations to …": a country paired with Vietnam by a dash holds the level even
// after "of".
const PAIRED_WITH_HOME = new RegExp(String.raw`^\s*[-–—]\s*${HOME_NAME}\b`, "i");
const POSSESSOR = /^['’]s\s+(?:(?:19|20)\d\d\s+|new\s+|current\s+|existing\s+|own\s+)?$/i;
// "Spain, a strategic partner since 2009, …": a level in apposition to the country before it.
// "Japan, India and Australia, all comprehensive strategic partners of Vietnam, …": "all" sets a group in apposition.
// "Singapore and Indonesia, all currently strategic partners, …": a time word may stand between "all" and the level.
// "China and Russia, the only two comprehensive strategic partners": a count of the group may stand before the level.
// "China, Hanoi's comprehensive strategic partner since 2008,": Vietnam as the possessor of the level.
const APPOSITION = new RegExp(
  String.raw`^\s*,\s*(?:(?:a|an|the|now|both|all|already|another|fellow|long-?time|longstanding)\s+|${HOME_POSSESSIVE}\s+)?(?:(?:currently|presently|still|already|now)\s+)?(?:(?:only|other)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?["“‘']?\s*$`,
  "i",
);
// "Vietnam … sees the region as a bridge to Australia, its strategic partner since March": "its" in apposition points
// back at the sentence's subject, so the level is Vietnam's with the country before it when Vietnam opens the sentence
// and no other country stands before that one.
const ITS_APPOSITION = /^\s*,\s*its\s+(?:(?:current|newest|latest)\s+)?["“‘']?\s*$/i;
const HOME_OPENS = new RegExp(String.raw`^\W*(?:the\s+)?${HOME_NAME}\b`, "i");
const OTHER_NAMED = new RegExp(String.raw`^\s*["”’']?\s*(?:with|between|of)\s+(?:the\s+)?(?!${HOME_NAME}\b)[A-Z]`, "");
// "… during US President Joe Biden's visit to Hanoi": the visiting leader's country is the partner, not a modifier.
const VISITOR =
  /^\s+(?:President|Prime\s+Minister|Premier|Chancellor|King|Emperor|leader)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}-]*['’]s\s+(?:(?:first|state|official|working)\s+)*visit\b/u;
const ATTRIBUTIVE = new RegExp(`^\\s+(?:${config.attributiveNouns.join("|")})\\b`, "i");
// "(the) Vietnam and " or "both " before a partner: the pair, not a third country.
const PAIR_OPENING = new RegExp(String.raw`^\W*(?:(?:the|both)\s+)?(?:${HOME_NAME}\s+and\s+)?$`, "i");
// "its comprehensive strategic partnership with Vietnam": a pronoun possessor refers to the sentence's subject.
const PRONOUN_BEFORE = /\b(?:its|their)\s+(?:\w+\s+)?$/i;
// "makes the United States the fifth country to reach Vietnam's highest level": a count of holders may stand between.
const GAVE_BEFORE = /\b(?:gave|gives|giving|give|granted|grants|granting|accorded|awarded)\s+(?:the\s+)?$/i;
const GIVEN_GAP = /^\s+(?:a|an|the)\s+["“‘']?$/i;
const MADE_GAP = new RegExp(
  String.raw`^\s+(?:(?:a|an|the|its|${HOME_POSSESSIVE})\s+)?(?:(?:\w+th|first|second|third|new|full|one\s+of\s+(?:only\s+)?(?:\d{1,2}|\w+))\s+)?(?:(?:country|nation|partner|state)s?\s+(?:to\s+(?:reach|hold|gain|win|enter|join|attain|secure|have)|with|at)\s+(?:(?:a|an|the|its|${HOME_POSSESSIVE})\s+)?)?["“‘']?$`,
  "i",
);
const UPGRADE_OR_BECOME = /\b(?:became|become|becomes|upgraded|elevated|raised|lifted)\b/i;
const AS_HOLDER = new RegExp(
  String.raw`^\s+(?!(?:is|was|were|are)\s+not\b)[^,;]{0,40}?\bas\s+(?:a|an|its|${HOME_POSSESSIVE})\s+["“‘']?$`,
  "i",
);

const THE_UPGRADE = /\bthe\s+(?:upgrade|elevation)\b/i;

/** "The upgrade was announced after talks …" under a headline that names the new level: the main partner's. */
export function headlineUpgrade(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
  out: PartnershipFinding[],
) {
  const title = ctx.title ?? "";
  const m = new RegExp(LEVEL_RE.source, "i").exec(title);
  // "… elevate ties to …", "Brunei, Vietnam establish Comprehensive Partnership": a headline reporting a change.
  if (!m || !CHANGE_VERB.test(title.slice(0, m.index)) || NAME_AFTER.test(title.slice(m.index + m[0].length))) return;
  if (CLAUSE_HEDGE.test(title.slice(0, m.index)) || HEDGE_ANY.test(title.toLowerCase())) return;
  const level = levelOf(m);
  const main = mainPartner(places);
  const s = sentences.slice(0, LEAD).find((x) => THE_UPGRADE.test(x.text));
  // "Vietnam, Brazil lift ties to strategic partnership": the one foreign country the headline names.
  const titled = countriesIn(title);
  const place = titled.length === 1 ? titled[0] : main?.place;
  // Without a lead sentence saying "the upgrade", the finding points at the first word of the body.
  const upgrade = s ? THE_UPGRADE.exec(s.text) : titled.length === 1 ? /^\S*/.exec(sentences[0]?.text ?? "") : null;
  const at0 = s ?? sentences[0];
  if (!level || place?.kind !== "country" || !at0 || !upgrade) return;
  if (out.some((p) => p.countryCode === place.code && RANK[p.level] >= RANK[level])) return;
  const at = at0.start + upgrade.index;
  out.push({
    sentenceIndex: at0.index,
    start: at,
    end: at + upgrade[0].length,
    countryCode: place.code,
    countryName: place.name,
    level,
    year: ctx.year,
    yearSource: ctx.year === null ? null : "context",
    sentence: at0.text,
  });
}

/** Foreign countries a headline names, each once. */
function countriesIn(title: string): Place[] {
  if (!title) return [];
  const seen = new Map<string, Place>();
  for (const p of findPlaces(splitSentences(title)))
    if (p.place.kind === "country" && p.place.code !== HOME_CODE) seen.set(p.place.code, p.place);
  return [...seen.values()];
}

/**
 * "Both sides agreed …" in a sentence naming no country: the one foreign country of the two sentences before, unless
 * it already holds a level here ("… an extensive strategic partnership in 2014. The upgrade builds on the strategic
 * partnership the two countries set up in 2009" is its history).
 */
export function partnerJustBefore(
  places: readonly PlaceMention[],
  index: number,
  found: readonly PartnershipFinding[],
  sentences: readonly Sentence[],
): PlaceMention | null {
  // "Obama insisted the step was not directed at China. The two countries established …": not the backdrop.
  const near = places.filter((p) => {
    if (p.sentenceIndex >= index || p.sentenceIndex < index - 2) return false;
    if (p.place.kind !== "country" || p.place.code === HOME_CODE) return false;
    const s = sentences[p.sentenceIndex];
    return !s || !backdrop(s, p);
  });
  // "Malaysia joins Australia and France … . Vietnam's ties with China are older. The two neighbours …": the sentence
  // right before, when it names one foreign country alone, is the pair "the two" refers to.
  const last = near.filter((p) => p.sentenceIndex === index - 1);
  const lastCodes = new Set(last.map((p) => p.place.kind === "country" && p.place.code));
  const codes = new Set(near.map((p) => p.place.kind === "country" && p.place.code));
  const one = lastCodes.size === 1 ? last.at(-1) : codes.size === 1 ? near.at(-1) : undefined;
  if (one?.place.kind !== "country") return null;
  const code = one.place.code;
  return found.some((p) => p.countryCode === code) ? null : one;
}

// "Korea and Vietnam will …", "the Vietnam-Korea summit": a country set beside Vietnam as the other half of a pair.
const PAIRED_AFTER = /^\s*(?:and|&|-|–|—)\s*(?:Viet\s?Nam|Vietnam)\b/;
const PAIRED_BEFORE = /\b(?:Viet\s?Nam|Vietnam)\s*(?:and|&|-|–|—)\s*(?:the\s+)?$/;
const HANOI_AFTER = /^\s*(?:and|&)\s*(?:Hanoi|Ha\s+Noi)\b/;
const HANOI_BEFORE = /\b(?:Hanoi|Ha\s+Noi)\s*(?:and|&)\s*$/;

/** "Vietnam and Korea", "Korea-Vietnam": the mention at [at, end) of `text` set beside Vietnam's name as a pair. */
const pairedWithVietnamAt = (text: string, at: number, end: number) =>
  PAIRED_AFTER.test(text.slice(end)) || PAIRED_BEFORE.test(text.slice(Math.max(0, at - 20), at));
/** "Washington and Hanoi", "Hanoi and Tokyo": the mention at [at, end) of `text` set beside Vietnam's capital. */
const pairedWithHanoiAt = (text: string, at: number, end: number) =>
  HANOI_AFTER.test(text.slice(end)) || HANOI_BEFORE.test(text.slice(Math.max(0, at - 20), at));
const pairedWithHomeAt = (text: string, at: number, end: number) =>
  pairedWithVietnamAt(text, at, end) || pairedWithHanoiAt(text, at, end);

/** "The two countries" with no partner nearby: the country most recently paired with Vietnam, a few sentences back. */
export function pairedWithHome(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  index: number,
  found: readonly PartnershipFinding[],
): PlaceMention | null {
  const text = (p: PlaceMention) => sentences[p.sentenceIndex]?.text ?? "";
  const start = (p: PlaceMention) => sentences[p.sentenceIndex]?.start ?? 0;
  const paired = places.filter(
    (p) =>
      p.sentenceIndex < index &&
      p.sentenceIndex >= index - REFERENCE_REACH &&
      p.place.kind === "country" &&
      p.place.code !== HOME_CODE &&
      pairedWithVietnamAt(text(p), p.start - start(p), p.end - start(p)),
  );
  // "Hanoi and Washington have a new label for their ties": a capital paired with Hanoi pairs its country.
  for (let i = Math.max(0, index - REFERENCE_REACH); i < index; i++) {
    const s = sentences[i];
    if (!s) continue;
    for (const capital of capitalMentions(s)) {
      const code = capital.place.kind === "country" ? capital.place.code : "";
      if (!code || code === HOME_CODE) continue;
      if (pairedWithHanoiAt(s.text, capital.start - s.start, capital.end - s.start)) paired.push(capital);
    }
  }
  paired.sort((a, b) => a.start - b.start);
  const codes = new Set(paired.map((p) => p.place.kind === "country" && p.place.code));
  const one = codes.size === 1 ? paired.at(-1) : undefined;
  // Like the partner just before: one that already holds a level here is this sentence's history, not a new holder.
  if (one?.place.kind !== "country") return null;
  const code = one.place.code;
  return found.some((p) => p.countryCode === code) ? null : one;
}
/**
 * The country (or group) a level stands in apposition to: "… and will go on to Russia, a comprehensive strategic
 * partner of Vietnam, and …". Empty when a foreign country follows the level as its other party. The apposed name is
 * the level's holder whatever a pair word elsewhere in the sentence ("the two countries") points at.
 */
export function apposedHolder(
  s: Sentence,
  lv: Level,
  prevLevelEnd: number,
  countries: readonly PlaceMention[],
): PlaceMention[] {
  const k = countries.findLastIndex((c) => c.end <= lv.start && c.start >= prevLevelEnd);
  const prev = countries[k];
  if (!prev || !APPOSITION.test(s.text.slice(prev.end - s.start, lv.start - s.start))) return [];
  if (countries.some((c) => c.start >= lv.end && OTHER_PARTY.test(s.text.slice(lv.end - s.start, c.start - s.start))))
    return [];
  return chain(s.text, s.start, countries, k, -1);
}

export function holderNearby(
  s: Sentence,
  lv: Level,
  prevLevelEnd: number,
  countries: readonly PlaceMention[],
  vietnamese: boolean,
): PlaceMention[] {
  const text = (a: number, b: number) => s.text.slice(a - s.start, b - s.start);
  // "2008 | China | Comprehensive strategic partnership": a table row whose cells are one country and the level.
  const cells = tableCells(s.text, { shape: "as written", anyBar: true, empty: true })?.map((c) => c.text) ?? [];
  const levelCell = cells.includes(text(lv.start, lv.end).trim());
  const rowCountries = countries.filter(
    (c) => cells.includes(c.surface.trim()) || cells.includes(text(c.start, c.end)),
  );
  if (cells.length >= 2 && levelCell && rowCountries.length === 1) return rowCountries;
  if (countries.some((c) => c.start >= lv.end && OTHER_PARTY.test(text(lv.end, c.start)))) return [];
  // "Japan, which has a strategic partnership with ASEAN, …": any other named party, not only a country.
  if (OTHER_NAMED.test(text(lv.end, s.end))) return [];
  const k = countries.findLastIndex((c) => c.end <= lv.start && c.start >= prevLevelEnd);
  const prev = countries[k];
  if (prev) {
    const gap = text(prev.end, lv.start);
    if (POSSESSOR.test(gap)) return [prev];
    if (APPOSITION.test(gap)) return chain(s.text, s.start, countries, k, -1);
    if (k === 0 && ITS_APPOSITION.test(gap) && HOME_OPENS.test(s.text)) return [prev];
  }
  // "The 2016 upgrade made India a comprehensive strategic partner": the object of "made" holds the level.
  if (prev && MADE_BEFORE.test(text(s.start, prev.start)) && MADE_GAP.test(text(prev.end, lv.start))) return [prev];
  // "it gave Australia a strategic partnership in 2018": the one given the level (the indirect object) holds it.
  if (prev && GAVE_BEFORE.test(text(s.start, prev.start)) && GIVEN_GAP.test(text(prev.end, lv.start))) return [prev];
  const [segA] = CLAUSES.around(s.text, lv.start - s.start);
  const clauseBefore = s.text.slice(Math.max(segA, prevLevelEnd - s.start), lv.start - s.start);
  const subjectAt = countries.findIndex((c) => PAIR_OPENING.test(text(s.start, c.start)));
  const inClause = countries.filter((c) => c.start >= lv.start - clauseBefore.length && c.end <= lv.start);
  // "Australia is now among the countries with which Vietnam has its highest-level ties": the subject, with Vietnam
  // named as the other party in the same clause, holds the level.
  const subjectWithHome =
    subjectAt >= 0 &&
    inClause.length === 1 &&
    inClause[0] === countries[subjectAt] &&
    // "… to hold Vietnam's top-tier status": Vietnam may be named inside the described level itself.
    HOME_WORDS.test(clauseBefore + text(lv.start, lv.end));
  const upgraded = RELATION_VERB.test(clauseBefore) && (inClause.length === 0 || subjectWithHome);
  const pronoun = PRONOUN_BEFORE.test(clauseBefore) && WITH_HOME_OPENING.test(text(lv.end, s.end));
  if (subjectAt >= 0 && (upgraded || pronoun)) {
    const subject = chain(s.text, s.start, countries, subjectAt, 1);
    // "Malaysia, a comprehensive partner since 2015, became a comprehensive strategic partner": one country's own
    // upgrade reads the same on a page that never names Vietnam.
    if (vietnamese || (subject.length === 1 && UPGRADE_OR_BECOME.test(clauseBefore))) return subject;
  }
  if (!vietnamese) return [];
  // "…, during which Washington and Hanoi noted progress in the Comprehensive Partnership they set up": a country or its
  // capital paired with Vietnam's inside the level's own clause is the other side, whatever the sentence named before;
  // another country named after the level ("…, and Canberra is said to favour one") leaves the holder open.
  const pairedInClause = inClause.filter((c) => pairedWithHomeAt(s.text, c.start - s.start, c.end - s.start));
  const pairedCode = pairedInClause[0]?.place.kind === "country" ? pairedInClause[0].place.code : "";
  const otherAfter = countries.some(
    (c) => c.start >= lv.end && !(c.place.kind === "country" && c.place.code === pairedCode),
  );
  if (pairedInClause.length === 1 && !otherAfter) return pairedInClause;
  // "…, while China sits one rung above them as a comprehensive strategic partner": the subject opening the level's
  // own clause, described "as" the level, holds it whatever else the sentence names.
  const clauseSubject = inClause[0];
  if (
    inClause.length === 1 &&
    clauseSubject &&
    /^\W*(?:the\s+)?$/i.test(s.text.slice(segA, clauseSubject.start - s.start)) &&
    AS_HOLDER.test(text(clauseSubject.end, lv.start))
  )
    return [clauseSubject];
  const holders = countries.filter(
    (c) =>
      // "member of the European Union" names no holder, but "one of Russia's priorities" does.
      (!NOT_HOLDER_BEFORE.test(s.text.slice(Math.max(0, c.start - s.start - 12), c.start - s.start)) ||
        /^['’]s\b/.test(s.text.slice(c.end - s.start)) ||
        PAIRED_WITH_HOME.test(s.text.slice(c.end - s.start))) &&
      (!ATTRIBUTIVE.test(s.text.slice(c.end - s.start)) ||
        VISITOR.test(s.text.slice(c.end - s.start)) ||
        GUEST_BEFORE.test(s.text.slice(0, c.start - s.start))) &&
      !backdrop(s, c),
  );
  const codes = new Set(holders.map((c) => c.place.kind === "country" && c.place.code));
  return codes.size === 1 && holders[0] ? [holders[0]] : [];
}

/** The foreign country an article is about: the most mentioned one, if clearly ahead of the next. */
export function mainPartner(places: readonly PlaceMention[]): PlaceMention | null {
  const counts = new Map<string, { n: number; first: PlaceMention }>();
  for (const p of places) {
    if (p.place.kind !== "country" || p.place.code === HOME_CODE) continue;
    const c = counts.get(p.place.code);
    if (c) c.n++;
    else counts.set(p.place.code, { n: 1, first: p });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const top = ranked[0];
  if (!top || top.n < 2 || (ranked[1] && ranked[1].n * 2 > top.n)) return null;
  return top.first;
}
