import { z } from "zod";
import { knownOutlet } from "../../metadata/outlets.js";
import { countryCode } from "../countries.js";
import countryData from "../data/countries.json" with { type: "json" };
import nameData from "../data/person-names.json" with { type: "json" };
import quoteJson from "../data/quotes.json" with { type: "json" };
import data from "../data/titles.json" with { type: "json" };
import { fold, isUpperCase } from "../fold.js";
import { findPlaces } from "../gazetteer.js";
import { PhraseIndex } from "../phrases.js";
import { type Sentence, splitSentences } from "../sentences.js";
import { glued, type Token, tokenize } from "../tokens.js";
import { WordSet } from "../word-shapes.js";
import { bylineSpeaker } from "./byline-speaker.js";
import { labelRoles } from "./label-roles.js";
import { workplaceEnd } from "./role-workplaces.js";
import { PROGRAMME_ROLES, type SpeakerLabel } from "./speaker-turns.js";

const Titles = z.object({
  heads: z.array(z.string()),
  modifiers: z.array(z.string()),
  complementWords: z.array(z.string()),
  honorifics: z.array(z.string()),
  dottedHonorifics: z.array(z.string()),
  affiliationWords: z.array(z.string()),
  statePossessors: z.array(z.string()),
  aliases: z.record(z.string(), z.string()),
  roleNouns: z.array(z.string()),
  speechVerbs: z.array(z.string()),
  seatHeads: z.array(z.string()),
  notNameWords: z.array(z.string()),
  lowercaseHeads: z.array(z.string()),
  relationNouns: z.array(z.string()),
  lowercaseModifiers: z.array(z.string()),
  vietnameseSurnames: z.array(z.string()),
  regnalTitles: z.array(z.string()),
  monarchTitles: z.array(z.string()),
  nameSuffixes: z.array(z.string()),
  listenerVerbs: z.array(z.string()),
  headlineVerbs: z.array(z.string()),
  hyphenSuffixes: z.array(z.string()),
  nameParticles: z.array(z.string()),
  portfolioNouns: z.array(z.string()),
  holderWords: z.array(z.string()),
  placeWords: z.array(z.string()),
  quoteVerbs: z.array(z.string()),
  roleReferences: z.record(z.string(), z.array(z.string())),
  femaleCues: z.object({
    honorifics: z.array(z.string()),
    nameParts: z.array(z.string()),
    surnameEndings: z.array(z.string()),
    roleWords: z.array(z.string()),
  }),
  quoteLabels: z.array(z.string()),
  notOfficeWords: z.array(z.string()),
  rankingWords: z.array(z.string()),
  academicModifiers: z.array(z.string()),
  academicHeads: z.array(z.string()),
  membershipHeads: z.array(z.string()),
  bodyHeads: z.array(z.string()),
  sharedPostHeads: z.array(z.string()),
  genericTitles: z.array(z.string()),
  patronymParticles: z.array(z.string()),
  holderAdverbs: z.array(z.string()),
  institutionWords: z.array(z.string()),
  ministryNouns: z.array(z.string()),
  partyOffices: z.object({ owners: z.array(z.string()), offices: z.record(z.string(), z.string()) }),
  appointmentVerbs: z.array(z.string()),
  servingVerbs: z.array(z.string()),
  seatTitles: z.array(z.string()),
  postModifiers: z.array(z.string()),
  bodyLevels: z.array(z.string()),
  rankModifiers: z.array(z.string()),
  militaryRanks: z.array(z.string()),
  rankAfterHeads: z.array(z.string()),
  rankAbbreviations: z.record(z.string(), z.string()),
});
export const titles = Titles.parse(data);
const PersonNames = z.object({
  aliases: z.record(z.string(), z.string()),
  japaneseGivenNames: z.array(z.string()),
  malayHonorifics: z.array(z.string()),
  knownPeople: z.array(z.string()),
  fullestNames: z.boolean(),
  nameStyles: z.array(z.string()),
  abbreviatedGivenNames: z.array(z.string()),
  vietnameseSyllables: z.array(z.string()),
});
const personNames = PersonNames.parse(nameData);
const NAME_ALIASES = new Map(Object.entries(personNames.aliases).map(([k, v]) => [fold(k), v]));
const JAPANESE_GIVEN = new Set(personNames.japaneseGivenNames.map(fold));
// "Kim Jong-un" and "Kim Jong Un", "Lee Jae-myung" and "Lee Jae Myung": a romanised given name is hyphened or not by
// the outlet's style, so the list is looked up with hyphens read as spaces (the name keeps the page's spelling).
const unhyphened = (key: string) => key.replace(/-/g, " ");
const KNOWN_PEOPLE = new Set(personNames.knownPeople.map((n) => unhyphened(fold(n))));
/** A known person's first or last name → the person, when no other known person shares it. */
const KNOWN_BY_PART = new Map<string, string>();
{
  const seen = new Map<string, string | null>();
  for (const name of personNames.knownPeople) {
    const words = fold(name).split(" ");
    if (words.length < 2) continue;
    for (const w of new Set([words[0] ?? "", words.at(-1) ?? ""])) seen.set(w, seen.has(w) ? null : name);
  }
  for (const [w, name] of seen) if (name) KNOWN_BY_PART.set(w, name);
}
// "Tengku Datuk Seri Zafrul …": a style by birth keeps its place in the name; the honorifics after it do not.
const NAME_STYLES = new Set(personNames.nameStyles.map(fold));
// "Ma. Lourdes O. Yparraguirre": a given name written short with its full stop.
const SHORT_GIVEN = new Set(personNames.abbreviatedGivenNames.map(fold));
const VIETNAMESE_SYLLABLES = new Set(personNames.vietnameseSyllables.map(fold));
const MALAY_INNER = personNames.malayHonorifics.map((h) => fold(h).split(" ")).sort((a, b) => b.length - a.length);
const isCaps = (w: string) => w.length > 1 && /^[\p{Lu}'’-]+$/u.test(w);
const titleCase = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();

// An article files the same name again at every mention: read once per article (emptied by findPeople before and
// after each article, so neither cache holds more than one article's names).
const canonicalNames = new Map<string, string>();
// Each mention is keyed again against every person already met: read once per article too (emptied the same way).
const shortKeys = new Map<string, string>();

/**
 * The name as written, made uniform: aliases; Japanese names written family-first turned round. A middle initial or a
 * Malay honorific inside the name is kept ("Benigno S. Aquino III", "Najib Tun Razak"): the person is filed under
 * the fullest form the story gives, and the shorter mentions are found by `shortKey`.
 */
function canonicalName(raw: string): string {
  let name = canonicalNames.get(raw);
  if (name === undefined) {
    name = readCanonicalName(raw);
    canonicalNames.set(raw, name);
  }
  return name;
}

const MIDDLE_INITIAL = /^(?:\p{Lu}\.)+$/u;
/** "Benigno S. Aquino III" → "Benigno Aquino III": a middle initial dropped (a glued "D.Amarbayasgalan" is one word). */
function withoutInitials(name: string): string {
  const parts = name.split(" ");
  if (parts.length < 3) return name;
  return parts.filter((w, k) => k === 0 || k === parts.length - 1 || !MIDDLE_INITIAL.test(w)).join(" ");
}

/** "Najib Tun Razak" → "Najib Razak": the honorifics inside a Malay name dropped. */
function withoutInnerHonorifics(name: string): string {
  const parts = name.split(" ");
  // Nothing lies inside a name of one or two words.
  if (parts.length < 3) return name;
  // Each word folded once, kept in step with the words as honorifics are cut out.
  const keys = parts.map(fold);
  for (let k = 1; k < parts.length - 1; k++) {
    const h = MALAY_INNER.find((x) => x.every((w, n) => (keys[k + n] ?? "") === w) && k + x.length < parts.length);
    if (h) {
      parts.splice(k, h.length);
      keys.splice(k, h.length);
    }
  }
  return parts.join(" ");
}

/**
 * The key one person's mentions share, however fully each names him: "Benigno S. Aquino III" and "Benigno Aquino III",
 * "Najib Tun Razak" and "Najib Razak" are one person.
 */
function shortKey(name: string): string {
  let key = shortKeys.get(name);
  if (key === undefined) {
    const short = withoutInitials(withoutInnerHonorifics(name));
    key = fold(NAME_ALIASES.get(fold(short)) ?? short);
    shortKeys.set(name, key);
  }
  return key;
}

/** The name as written, made uniform (aliases, a family name first in capitals turned round), uncached. */
export function readCanonicalName(raw: string): string {
  const alias = NAME_ALIASES.get(fold(raw));
  if (alias) return alias;
  let parts = raw.split(" ").map((w) => (/^jnr\.?$/i.test(w) ? "Jr" : w));
  // Readings disagree on "Benigno S. Aquino III" and "Najib Tun Razak": the data says whether the name is filed in the
  // fullest form given or without its middle initials and inner honorifics.
  if (!personNames.fullestNames) parts = withoutInitials(withoutInnerHonorifics(parts.join(" "))).split(" ");
  // MOFA writes the family name in capitals: "KISHIDA Fumio".
  const capsFirst = parts.length === 2 && isCaps(parts[0] ?? "") && !isCaps(parts[1] ?? "");
  // "KP Sharma Oli": two capital initials opening a longer name stay as written.
  // "VO Van Thuong": a Vietnamese family name of two letters in capitals is no pair of initials.
  const initials = (w: string, at: number) =>
    at === 0 && parts.length > 2 && /^\p{Lu}{2}$/u.test(w) && !SURNAMES.has(fold(w));
  parts = parts.map((w, at) => (isCaps(w) && !/^[IVX]+$/.test(w) && !initials(w, at) ? titleCase(w) : w));
  const name = parts.join(" ");
  const again = NAME_ALIASES.get(fold(name));
  if (again) return again;
  if (
    parts.length === 2 &&
    (capsFirst || JAPANESE_GIVEN.has(fold(parts[1] ?? ""))) &&
    !JAPANESE_GIVEN.has(fold(parts[0] ?? ""))
  ) {
    return `${parts[1]} ${parts[0]}`;
  }
  return name;
}

const words = (list: string[]) => new Set(list.flatMap((p) => fold(p).split(/[\s-]+/)));
const HEAD_LAST = new Set(
  titles.heads.map(
    (h) =>
      fold(h)
        .split(/[\s-]+/)
        .at(-1) ?? "",
  ),
);
const ROLE_WORDS = new Set([...words(titles.heads), ...words(titles.modifiers)]);
const COMPLEMENT = words(titles.complementWords);
const DOTTED_HONORIFICS = new Set(titles.dottedHonorifics.map(fold));
const HONORIFICS = [...titles.honorifics, ...titles.dottedHonorifics]
  .map((h) => tokenize(h).map((t) => t.key))
  .sort((a, b) => b.length - a.length);
// "HE", "HH" (Gulf styles) are honorifics only in capitals: "He Lifeng" is a surname, "He said" a pronoun.
const CAPITALS_ONLY = new Map(
  titles.honorifics
    .flatMap((h) => h.split(/\s+/))
    .filter((w) => w.length >= 2 && /^\p{Lu}+$/u.test(w))
    .map((w) => [w.toLowerCase(), w]),
);
// The same list, longest first, under each first word: only those can start at a given token.
const HONORIFICS_BY_FIRST = new Map<string, string[][]>();
// What the two lists above give a word that opens none of their phrases (most capitalised words): one shared empty list
// rather than a new one per word.
const NO_PHRASES: readonly string[][] = [];
for (const h of HONORIFICS) {
  const list = HONORIFICS_BY_FIRST.get(h[0] ?? "") ?? [];
  list.push(h);
  HONORIFICS_BY_FIRST.set(h[0] ?? "", list);
}
const REGNAL = new Set(titles.regnalTitles.map(fold));
const MONARCHS = new Set(titles.monarchTitles.map((t) => fold(t).split(" ").at(-1) ?? ""));
const SUFFIXES = new Set(titles.nameSuffixes.map(fold));
const LISTENER_VERBS = new Set(titles.listenerVerbs);
const HEADLINE_VERBS = new Set(titles.headlineVerbs.map(fold));
const HYPHEN_SUFFIXES = new Set(titles.hyphenSuffixes);
const PARTICLES = new Set(titles.nameParticles);
const PLACE_WORDS = new Set(titles.placeWords.map(fold));
const AUXILIARIES = new Set(["has", "have", "had", "is", "was", "are", "were", "be", "been", "will", "would"]);
export const SPEECH_VERBS = new Set(titles.speechVerbs);
// holderWords describe the holder ("Host Anwar Ibrahim, Malaysia's prime minister", "Outgoing Joko Widodo"): straight
// before a name with no title between, they are still no part of it.
const NOT_NAME = new Set([
  ...titles.notNameWords.map(fold),
  ...ROLE_WORDS,
  ...COMPLEMENT,
  ...titles.holderWords.map(fold),
]);
const DEMONYMS = new Set(Object.keys(countryData.demonymOrgans.demonyms).map(fold));
// A rank written short is read up to its last word ("Lt. Gen"): the full stop after it may end the sentence.
const ROLE_ALIASES = new Map([
  ...Object.entries(titles.aliases).map(([k, v]) => [fold(k), v] as const),
  ...Object.entries(titles.rankAbbreviations).map(([k, v]) => [fold(k.replace(/\.$/, "")), v] as const),
]);
// A rank as tokens' keys, longest first: "Lt. Gen." is ["lt", ".", "gen", "."].
const RANKS = [...titles.militaryRanks, ...Object.keys(titles.rankAbbreviations)]
  .map((r) => tokenize(r).map((t) => t.key))
  .sort((a, b) => b.length - a.length);
/** RANKS grouped by their first word, each group in RANKS' order. */
const RANKS_BY_FIRST = new Map<string, string[][]>();
for (const rank of RANKS) RANKS_BY_FIRST.set(rank[0] ?? "", [...(RANKS_BY_FIRST.get(rank[0] ?? "") ?? []), rank]);
const SEAT_HEADS = new Set(titles.seatHeads.map(fold));
const RANK_AFTER = new Set(titles.rankAfterHeads.map(fold));
const APPOINTING = new Set(titles.appointmentVerbs);
const SERVING = new Set(titles.servingVerbs);
const POST_MODIFIERS = new Set(titles.postModifiers.map(fold));
const SEAT_TITLES = new Set(titles.seatTitles.map(fold));
const SEAT_MODIFIERS = words(titles.modifiers);
const BODY_LEVELS = new Set(titles.bodyLevels.map(fold));
const RANK_MODIFIERS = new Set(titles.rankModifiers.map(fold));
// The words an office after "as" may open with: its holder's body ("its general secretary") or none.
const AS_DETERMINERS = new Set(["the", "its", "his", "her", "their"]);
const NOT_OFFICE = new Set(titles.notOfficeWords);
const RANKING = new Set(titles.rankingWords);
const ACADEMIC_MODIFIERS = new Set(titles.academicModifiers);
const ACADEMIC_HEADS = new Set(titles.academicHeads.map((h) => h.split(" ").at(-1) ?? ""));
const MEMBERSHIP = new Set(titles.membershipHeads);
const BODY_HEADS = new Set(titles.bodyHeads);
const SHARED_POSTS = new Set(titles.sharedPostHeads.map(fold));
const GENERIC = new Set(titles.genericTitles.map(fold));
const PATRONYM = new Set(titles.patronymParticles);
// "the Prime Minister, currently Pham Minh Chinh": a word saying when the office is held, between title and name.
const HOLDER_ADVERBS = new Set(titles.holderAdverbs);
const INSTITUTIONS = new Set(titles.institutionWords.map(fold));
const MINISTRY_NOUNS = new Set(titles.ministryNouns.map(fold));
// Every wording of a party office with its party before or after it, folded, → the office.
const PARTY_OFFICES = new Map<string, string>();
for (const [office, name] of Object.entries(titles.partyOffices.offices)) {
  for (const owner of titles.partyOffices.owners) {
    // "General Secretary of the Central Committee of the Communist Party of Viet Nam": the committee before the party
    // is the same office as the committee after it.
    for (const wording of [
      `${owner} ${office}`,
      `${office} of ${owner}`,
      `${office} of the ${owner}`,
      `${office} of the central committee of the ${owner}`,
    ]) {
      PARTY_OFFICES.set(wording, name);
      PARTY_OFFICES.set(`${wording} central committee`, name);
    }
  }
}
// AP/Reuters lower-case titles before names: "Chinese leader Xi Jinping", "spokeswoman Pham Thu Hang".
const RELATIONS = new Set(titles.relationNouns);
const LOWER_HEADS = new Set([...titles.lowercaseHeads, ...RELATIONS]);
const LOWER_MODS = new Set(titles.lowercaseModifiers);
// Either of the two, in one look-up: asked of nearly every lower-case word.
const LOWER_ROLES = new Set([...LOWER_HEADS, ...LOWER_MODS]);
const SURNAMES = new Set(titles.vietnameseSurnames.map(fold));
// Name parts that are also English function words ("To Lam", "Do Hung Viet") never stand alone as a mention.
const FUNCTION_WORDS = new Set([
  "to",
  "do",
  "an",
  "in",
  "on",
  "so",
  "no",
  "as",
  "at",
  "by",
  "he",
  "me",
  "we",
  "us",
  "it",
  "or",
  "if",
  "up",
]);
const ARTICLES = new Set(["the", "a", "an"]);
/** What an English contraction glues after an apostrophe: never the last syllable of a name. */
const CONTRACTION_ENDINGS = new Set(["ll", "re", "ve", "d", "m", "t", "s"]);
const OPENING_PREPOSITIONS = new Set(["for", "to", "with", "from", "like", "unlike", "according", "by", "as"]);
const JOINERS = new Set(["of", "the", "and", "for", "on", "'", "s", "&", "-"]);

export interface PersonMention {
  sentenceIndex: number;
  start: number;
  end: number;
  surface: string;
}

export interface Person {
  name: string;
  key: string;
  roles: Array<{ role: string; start: number; end: number }>;
  mentions: PersonMention[];
}

interface Span {
  from: number;
  to: number;
  /** "Ambassador to Vietnam": where the office ends before the state it is held to. */
  office?: number;
  /** "a researcher at the Institute …": where the title's own words end before the workplace read with it. */
  title?: number;
  /** "Prime Ministers A and B": the title is written in the plural, each holds it in the singular. */
  plural?: boolean;
}

/** Where a role's head word ends: the title's own words, before any workplace or the state an office is held to. */
function headEnd(role: Span): number {
  return role.title ?? role.office ?? role.to;
}

/** Token i is covered by a country or organisation name. */
export type Covered = (sentenceIndex: number, tokenIndex: number) => boolean;

/** Token index after an honorific phrase starting at i ("Mr", "Datuk Seri", "His Majesty"), or i when none. */
function honorificEnd(toks: readonly Token[], i: number): number {
  // "Senator the Hon Penny Wong": the Commonwealth style opens with a lower-case article; only a listed honorific that
  // starts with it ("the Hon", "the Honourable") matches below.
  if (!toks[i]?.cap && toks[i]?.key !== "the") return i;
  for (const h of HONORIFICS_BY_FIRST.get(toks[i]?.key ?? "") ?? NO_PHRASES) {
    const written = (w: string, k: number) => !CAPITALS_ONLY.has(w) || toks[i + k]?.text === CAPITALS_ONLY.get(w);
    if (!h.every((w, k) => toks[i + k]?.key === w && written(w, k))) continue;
    // A one-letter honorific (Myanmar "U Htin Kyaw") only before a name, never in "U.S." or "U Minh".
    if (h.length === 1 && h[0]?.length === 1 && !(toks[i + 1]?.cap && toks[i + 1]?.kind === "word")) continue;
    // "Eng. Khalid …": a style that is also a name ("Lim Guan Eng") counts only with its full stop and a name after.
    if (h.length === 1 && DOTTED_HONORIFICS.has(h[0] ?? "")) {
      const after = toks[i + 2];
      if (toks[i + 1]?.text !== "." || !(after?.cap && after.kind === "word")) continue;
    }
    return i + h.length;
  }
  return i;
}

/** Token index after any run of honorifics and their full stops ("Datuk Seri Dr", "Tan Sri Dato'"). */
function skipHonorifics(toks: readonly Token[], i: number): number {
  let j = i;
  for (;;) {
    const h = honorificEnd(toks, j);
    if (h === j) return j;
    j = toks[h]?.text === "." ? h + 1 : h;
  }
}

function isNameToken(s: Sentence, k: number, covered: Covered): boolean {
  const t = s.tokens[k];
  if (t?.kind !== "word" || !t.cap || covered(s.index, k)) return false;
  if (t.text.length > 1 && isUpperCase(t.text)) {
    // "KISHIDA Fumio": a family name in capitals, before a given name the data lists; "PHAN Thi Thanh Tam": a Vietnamese
    // family name in capitals (the same ministries' style) before any capitalised given name.
    const next = s.tokens[k + 1];
    const given = next?.kind === "word" && (JAPANESE_GIVEN.has(next.key) || (SURNAMES.has(t.key) && next.cap));
    return t.text.length > 2 && given && !isUpperCase(next.text);
  }
  return !NOT_NAME.has(t.key) || (t.key === "to" && s.tokens[k + 1]?.cap === true);
}

/**
 * "KP Sharma Oli", "MK Stalin Kumar": South Asian given names written as two capital initials open a name when two name
 * words follow; an acronym of a body the text names, or a title written short ("PM"), does not.
 */
function initialsOpeningName(s: Sentence, k: number, covered: Covered): boolean {
  const t = s.tokens[k];
  if (t?.kind !== "word" || !/^\p{Lu}{2}$/u.test(t.text) || covered(s.index, k) || ROLE_WORDS.has(t.key)) return false;
  if (NOT_NAME.has(t.key) || RANKS_BY_FIRST.has(t.key) || HONORIFICS_BY_FIRST.has(t.key)) return false;
  return isNameToken(s, k + 1, covered) && isNameToken(s, k + 2, covered);
}

/** A capital letter and its full stop between two name words. */
function initialInName(s: Sentence, k: number, covered: Covered): boolean {
  const t = s.tokens[k];
  const dot = s.tokens[k + 1];
  return (
    t?.kind === "word" &&
    /^\p{Lu}$/u.test(t.text) &&
    dot?.text === "." &&
    glued(t, dot) &&
    isNameToken(s, k - 1, covered) &&
    isNameToken(s, k + 2, covered)
  );
}

const GLUED_NAME = /^(\p{Lu}\p{Ll}?)\.(\p{Lu}[\p{L}'-]+)$/u;

/** "D.Amarbayasgalan", "Ts.Elbegdorj": an initial of one or two letters, a full stop and a word, all glued. */
function gluedInitial(toks: readonly Token[], g: number): boolean {
  const initial = toks[g];
  const dot = toks[g + 1];
  const word = toks[g + 2];
  return (
    initial?.kind === "word" &&
    /^\p{Lu}\p{Ll}?$/u.test(initial.text) &&
    dot?.text === "." &&
    glued(initial, dot) &&
    word?.kind === "word" &&
    word.text.length > 2 &&
    glued(dot, word)
  );
}

/** 1-4 capitalised name words from j (a Vietnamese or foreign personal name). */
function parseName(s: Sentence, j: number, covered: Covered, min: number): Span | null {
  let k = j;
  let words = 0;
  // "Vu Le Thai Hoang", "Nguyen The Phuong": inside a Vietnamese name, a word that is also a demonym ("Thai") or an
  // English word ("The") is a name word when another name word follows it.
  const vietnamese = SURNAMES.has(s.tokens[j]?.key ?? "");
  const nameWord = (at: number) =>
    isNameToken(s, at, covered) ||
    (at === j && initialsOpeningName(s, at, covered)) ||
    // "Miguel A. Reyes", "Jose I. Santos": a middle initial that is also a word elsewhere ("A", "I"), inside a name.
    (at > j && initialInName(s, at, covered)) ||
    (vietnamese &&
      at > j &&
      s.tokens[at]?.cap === true &&
      (DEMONYMS.has(s.tokens[at]?.key ?? "") || VIETNAMESE_SYLLABLES.has(s.tokens[at]?.key ?? "")) &&
      !covered(s.index, at) &&
      isNameToken(s, at + 1, covered));
  // "Resources Minister Madeleine King said": a monarch's title closing a name, with no name after it, is a surname.
  const titleSurname = (at: number) => {
    const t = s.tokens[at];
    const after = s.tokens[at + 1];
    return (
      at > j &&
      t?.kind === "word" &&
      t.cap &&
      MONARCHS.has(t.key) &&
      !covered(s.index, at) &&
      !(after?.kind === "word" && after.cap) &&
      after?.key !== "of"
    );
  };
  // "Speaker Woo Won Shik Meets Vice Chairwoman …": in a headline written in title case, a verb after two name words and
  // before the next capital is the headline's predicate, not the name's last word.
  const headlineVerb = (at: number) =>
    words >= 2 &&
    HEADLINE_VERBS.has(s.tokens[at]?.key ?? "") &&
    s.tokens[at + 1]?.kind === "word" &&
    s.tokens[at + 1]?.cap === true;
  // "Mohammed bin Salman bin Abdulaziz Al Saud": an Arabic name is a chain of patronyms after "bin" with the family's
  // name at its end, longer than any other name.
  // Asked before every word, so the words read so far are looked at in place rather than copied.
  const maxWords = () => {
    for (let x = j; x < k; x++) {
      const t = s.tokens[x] as Token;
      if (!t.cap && PATRONYM.has(t.key)) return 6;
    }
    return 4;
  };
  while (k < s.tokens.length && words < maxWords() && !headlineVerb(k) && (nameWord(k) || titleSurname(k))) {
    k++;
    words++;
    // A middle initial: "Joseph R. Biden".
    const dot = s.tokens[k];
    const afterDot = s.tokens[k + 1];
    // "Albert F. del Rosario": an initial before a name particle.
    const particleNext = afterDot && !afterDot.cap && PARTICLES.has(afterDot.key) && isNameToken(s, k + 2, covered);
    if (
      dot?.text === "." &&
      (s.tokens[k - 1]?.text.length === 1 ||
        (k - 1 === j && (gluedInitial(s.tokens, j) || SHORT_GIVEN.has(s.tokens[j]?.key ?? "")))) &&
      glued(s.tokens[k - 1], dot) &&
      (isNameToken(s, k + 1, covered) || particleNext)
    ) {
      k++;
    }
    // Apostrophes inside a name: "Saia Ma'u Piukala", "O'Neill" (never a possessive "'s").
    const ap = s.tokens[k];
    const part = s.tokens[k + 1];
    if (
      ap?.text === "'" &&
      glued(s.tokens[k - 1], ap) &&
      glued(ap, part) &&
      part?.kind === "word" &&
      part.key !== "s"
    ) {
      // "Fiamē Naomi Mata'afa": a lower-case syllable after the apostrophe (a Polynesian glottal stop) may close the
      // name too; an English contraction's ending ("'ll", "'re", "'ve", "'d") does not.
      const after = s.tokens[k + 2];
      const possessive = after?.text === "'" && s.tokens[k + 3]?.key === "s";
      const closing =
        !part.cap && part.text.length >= 2 && !CONTRACTION_ENDINGS.has(part.key) && (!glued(part, after) || possessive);
      if (part.cap ? isNameToken(s, k + 1, covered) : isNameToken(s, k + 2, covered) || closing) k += part.cap ? 1 : 2;
    }
    // "Lula da Silva", "Mohamed bin Zayed": a lower-case particle between two name words.
    // Two particles in a row: "Ursula von der Leyen", "Rafael van der Vaart".
    const particle = s.tokens[k];
    if (particle && !particle.cap && PARTICLES.has(particle.key)) {
      const second = s.tokens[k + 1];
      const two = second && !second.cap && PARTICLES.has(second.key) && isNameToken(s, k + 2, covered);
      if (two) k += 2;
      else if (isNameToken(s, k + 1, covered)) k++;
    }
    // Hyphenated given names stay one name: "Jean-Pierre", Korean "Moon Jae-in", "Woo Won-shik".
    const h = s.tokens[k];
    const tail = s.tokens[k + 1];
    const joined = h?.text === "-" && s.tokens[k - 1]?.end === h.start && tail?.start === h.end;
    const syllable = !tail?.cap && (tail?.text.length ?? 9) <= 5 && !HYPHEN_SUFFIXES.has(tail?.key ?? "");
    if (joined && tail?.kind === "word" && (isNameToken(s, k + 1, covered) || syllable)) {
      k += 2;
      // "Chan-o-cha": a Thai surname runs on over more lower-case syllables.
      while (
        syllable &&
        s.tokens[k]?.text === "-" &&
        glued(s.tokens[k - 1], s.tokens[k]) &&
        glued(s.tokens[k], s.tokens[k + 1]) &&
        s.tokens[k + 1]?.kind === "word" &&
        !s.tokens[k + 1]?.cap &&
        (s.tokens[k + 1]?.text.length ?? 9) <= 5
      )
        k += 2;
    }
  }
  if (k - j < min) return null;
  // "Benigno S. Aquino III": a generational suffix in capitals ends the name.
  const suffix = s.tokens[k];
  if (suffix?.cap && SUFFIXES.has(suffix.key) && suffix.text === suffix.text.toUpperCase()) k++;
  // "Benigno Aquino 3rd", as Manila papers write the ordinal: a digit and its letters, read as two tokens.
  const ordinalLetters = s.tokens[k + 1];
  if (
    k > j + 1 &&
    suffix?.kind === "number" &&
    ordinalLetters &&
    glued(suffix, ordinalLetters) &&
    SUFFIXES.has(`${suffix.text}${ordinalLetters.key}`)
  )
    k += 2;
  // "Ferdinand Marcos Jr." keeps its suffix and the suffix's full stop; after "Charles III." the stop ends a sentence.
  const last = s.tokens[k - 1];
  if (
    SUFFIXES.has(last?.key ?? "") &&
    !/^[IVX]+$/.test(last?.text ?? "") &&
    s.tokens[k]?.text === "." &&
    glued(last, s.tokens[k])
  ) {
    k++;
  }
  const after = s.tokens[k];
  if (after?.kind === "word" && after.cap && !covered(s.index, k) && !NOT_NAME.has(after.key)) return null;
  // "the State Great Khural D.Amarbayasgalan": an initial glued to the name (Mongolian style) opens the name, so
  // capitals before it belong to the title.
  for (let g = k - 3; g > j; g--) {
    if (gluedInitial(s.tokens, g)) return { from: g, to: k };
  }
  return { from: j, to: k };
}

/** Token index after a military rank starting at k ("Senior Lieutenant General", "Lt. Gen."), or k when none. */
function rankEnd(toks: readonly Token[], k: number): number {
  if (!toks[k]?.cap) return k;
  // Most capitalised words open no rank: only the ranks starting with this word are tried, longest first as in RANKS.
  for (const rank of RANKS_BY_FIRST.get(toks[k]?.key ?? "") ?? NO_PHRASES) {
    if (rank.every((key, n) => toks[k + n]?.key === key && (key === "." || toks[k + n]?.cap))) return k + rank.length;
  }
  return k;
}

/** "(CIEM)" at k: a bracketed acronym of capitals. */
function acronymAt(toks: readonly Token[], k: number): boolean {
  const word = toks[k + 1];
  return toks[k]?.text === "(" && toks[k + 2]?.text === ")" && !!word && /^\p{Lu}{2,8}$/u.test(word.text);
}

/** One role: [modifiers] head [of complement], e.g. "Standing Deputy Minister of Foreign Affairs". */
function parseRole(s: Sentence, i: number, covered: Covered): Span | null {
  const toks = s.tokens;
  let j = i;
  let lastHead = -1;
  while (j < toks.length) {
    const t = toks[j] as Token;
    // "Commander-in-Chief": the lower-case "in" between hyphens is part of the title.
    if (t.text === "-" && j > i && toks[j + 1]?.key === "in" && toks[j + 2]?.text === "-" && glued(t, toks[j + 1])) {
      j += 3;
      continue;
    }
    // "Business and Trade Secretary": two portfolios joined before the head are one title.
    if (t.key === "and" && lastHead < 0 && j > i && portfolioThenHead(toks, j + 1)) {
      j++;
      continue;
    }
    // "Foreign Minister Prince Faisal bin Farhan": the royal style after a whole title belongs to the name's bearer.
    if (lastHead >= 0 && t.cap && royalStyle(s, j, covered)) break;
    // "Defence Minister Gen. Phan Van Giang", "Deputy Minister Senior Lieutenant General …": a soldier's rank after an
    // office is a second title. A bare "General" splits only after a minister ("Attorney General" is one office).
    // "Foreign Minister Senator the Hon Penny Wong": a legislator's title after a whole office is a second title.
    // "Minister for Trade and Tourism Senator …": after a portfolio's word it starts a title of its own too ("State
    // Senator", after a modifier, is one title).
    if (t.cap && SEAT_TITLES.has(t.key) && j > i && !SEAT_MODIFIERS.has(toks[j - 1]?.key ?? "")) break;
    const rank = rankEnd(toks, j);
    if (rank > j) {
      if (lastHead >= 0 && (rank - j > 1 || RANK_AFTER.has(toks[lastHead]?.key ?? ""))) break;
      // "Gen.", "Lt. Gen.": a rank written short is a whole title; the name starts after its last full stop.
      if (toks[rank - 1]?.text === ".") return { from: i, to: rank, office: rank - 1 };
    }
    // "Chargé d'Affaires": a French title's elided article and the word it is glued to are one word of the title.
    const mark = toks[j + 1];
    const elidedTo = toks[j + 2];
    if (
      j > i &&
      t.kind === "word" &&
      t.key.length === 1 &&
      (mark?.text === "'" || mark?.text === "’") &&
      elidedTo?.kind === "word" &&
      glued(t, mark) &&
      glued(mark, elidedTo) &&
      ROLE_WORDS.has(`${t.key}'${elidedTo.key}`)
    ) {
      if (HEAD_LAST.has(`${t.key}'${elidedTo.key}`)) lastHead = j + 2;
      j += 3;
      continue;
    }
    const hyphen = t.text === "-" && toks[j - 1]?.end === t.start && ROLE_WORDS.has(toks[j + 1]?.key ?? "");
    const capWord = t.cap && (ROLE_WORDS.has(t.key) || (j > i && lastHead < 0 && COMPLEMENT.has(t.key)));
    const lowWord = !t.cap && t.kind === "word" && LOWER_ROLES.has(t.key);
    // "chief Asia economist", "senior China strategist": a region in capitals inside a lower-case title.
    const prevLow = toks[j - 1];
    const region =
      j > i &&
      t.cap &&
      t.kind === "word" &&
      !ROLE_WORDS.has(t.key) &&
      prevLow?.cap === false &&
      LOWER_ROLES.has(prevLow.key);
    if (region) {
      const head = [j + 1, j + 2].find((h) => toks[h]?.cap === false && LOWER_HEADS.has(toks[h]?.key ?? ""));
      if (head !== undefined && toks.slice(j, head).every((w) => w.cap && w.kind === "word")) {
        j = head;
        continue;
      }
    }
    if (!hyphen && !capWord && !lowWord && !(t.cap && j === i && COMPLEMENT.has(t.key))) break;
    if ((t.cap && HEAD_LAST.has(t.key)) || (!t.cap && LOWER_HEADS.has(t.key))) lastHead = j;
    // "a former director-general": a lower-case head written with a hyphen ends on its second word.
    else if (!t.cap && toks[j - 1]?.text === "-" && LOWER_HEADS.has(`${toks[j - 2]?.key}-${t.key}`)) lastHead = j;
    // "director general", "chief executive": a lower-case head of two words ends on its second.
    else if (!t.cap && toks[j - 1]?.cap === false && LOWER_HEADS.has(`${toks[j - 1]?.key} ${t.key}`)) lastHead = j;
    j++;
  }
  if (lastHead < 0) return null;
  // "White House spokesman": a body's word opens a title only before a capitalised head ("Assembly Chairman").
  const opener = toks[i] as Token;
  const bodyWord = COMPLEMENT.has(opener.key) && !ROLE_WORDS.has(opener.key) && !DEMONYMS.has(opener.key);
  if (!toks[lastHead]?.cap && opener.cap && bodyWord && !covered(s.index, i)) return null;
  // "Harbour University trade economist": capitals before the lower-case words of a lower-case title name where he
  // works ("Labor leader", with the head straight after them, is the title).
  let from = i;
  if (!toks[lastHead]?.cap) {
    let m = i;
    while (m < lastHead && toks[m]?.cap && !ROLE_WORDS.has(toks[m]?.key ?? "")) m++;
    if (m > i && m < lastHead && !toks[m]?.cap) from = m;
  }
  let end = lastHead + 1;
  // "a professor emeritus at …": a word that follows the head is part of the title.
  if (POST_MODIFIERS.has(toks[end]?.key ?? "")) end++;
  // "Ambassador Extraordinary and Plenipotentiary of …": an envoy's full style joins two of them with "and", and the
  // second is part of the title too (else it is read as the name of someone after the title).
  if (end > lastHead + 1 && toks[end]?.key === "and" && POST_MODIFIERS.has(toks[end + 1]?.key ?? "")) end += 2;
  // "President-elect Donald Trump"
  if (toks[end]?.text === "-" && toks[end + 1]?.key === "elect" && glued(toks[end], toks[end + 1])) end += 2;
  // "Secretary (East)": a bracketed portfolio belongs to the title (Indian and other foreign ministries).
  const portfolio = toks[end + 1];
  if (toks[end]?.text === "(" && toks[end + 2]?.text === ")" && portfolio?.cap && portfolio.kind === "word") end += 3;
  // "senior minister in charge of border affairs", "Deputy Prime Minister in charge of the economy": what he is in
  // charge of is part of the office, up to four lower-case words (or words of a body's name) closing the phrase.
  if (toks[end]?.key === "in" && toks[end + 1]?.key === "charge" && toks[end + 2]?.key === "of") {
    let k = end + 3;
    while (k < end + 7 && chargeWord(toks[k])) k++;
    if (k > end + 3 && !ARTICLES.has(toks[k - 1]?.key ?? "")) end = k;
  }
  // "a lecturer at the Diplomatic Academy …": a lower-case title keeps the place its holder works at.
  const workplace = toks[lastHead]?.cap ? -1 : workplaceEnd(toks, end);
  if (workplace > 0) return { from, to: workplace, title: end };
  const next = toks[end];
  // "Ambassador to the US Nguyen Quoc Dung": "to" opens a complement only before a country or organisation.
  const toPlace = next?.key === "to" && placeAt(s, end + 1, covered);
  // "Permanent Representative to the UN", "Permanent Representative to ASEAN": an office that is a seat at a body names
  // the body as part of it; the place an ambassador is sent to, a state or a body, is only where he serves.
  const toBody = toPlace && SEAT_HEADS.has(toks[lastHead]?.key ?? "") && !stateAt(s, end + 1, covered);
  // "Secretary (East) in the Ministry of External Affairs": "in" opens a complement only before a body's name.
  const body = toks[end + 1]?.key === "the" ? toks[end + 2] : toks[end + 1];
  const inBody =
    (next?.key === "in" || next?.key === "at") &&
    body?.cap === true &&
    COMPLEMENT.has(body.key) &&
    HEAD_LAST.has(body.key) === false;
  // "head of research at …", "head of KOTRA's Hanoi trade center,": what a lower-case head heads, named with no
  // article, is read up to where the phrase closes.
  if (next?.key === "of" && !toks[lastHead]?.cap && BODY_HEADS.has(toks[lastHead]?.key ?? "")) {
    const headed = headedEnd(toks, end + 1);
    if (headed > 0) return { from, to: headed };
  }
  if (next && (next.key === "of" || next.key === "for" || toPlace || inBody)) {
    let k = end + 1;
    let good = -1;
    // "Minister of State at the Ministry of Foreign Affairs": the ministry he serves at is where, not what, the office is.
    // "Ambassador of Viet Nam to the State of Qatar": so is the state an envoy is sent to, after his own state.
    let officeEnd = next.key === "at" || (toPlace && !toBody) ? end : -1;
    // After a lower-case title the body is lower-case too: "deputy minister of planning and investment".
    const lowerTitle = !toks[lastHead]?.cap;
    const placeStart = next.key === "of" ? end + 1 + (toks[end + 1]?.key === "the" ? 1 : 0) : -1;
    while (k < toks.length) {
      const t = toks[k] as Token;
      const lowerBody = lowerTitle && t.kind === "word" && !t.cap && COMPLEMENT.has(t.key);
      // "Commander-in-Chief of Defence Services Senior General Min Aung Hlaing": the next title starts here.
      if (t.cap && k > end + 1 && ROLE_WORDS.has(t.key) && (!COMPLEMENT.has(t.key) || HEAD_LAST.has(t.key))) {
        const next = parseRole(s, k, covered);
        if (next && parseName(s, next.to, covered, 2)) break;
      }
      if (
        (t.cap && (COMPLEMENT.has(t.key) || covered(s.index, k))) ||
        (t.kind === "word" && covered(s.index, k)) ||
        lowerBody
      ) {
        good = k;
      } else if (good >= 0 && officeEnd < 0 && (t.key === "at" || t.key === "in") && bodyAt(s, k + 1, covered)) {
        // "Minister of State at the Ministry of Foreign Affairs": the ministry he serves at is where he holds it.
        officeEnd = good + 1;
      } else if (t.key === "to" && good >= 0 && officeEnd < 0 && placeAt(s, k + 1, covered)) {
        const place = placeEnd(s, k + 1, covered);
        // "Ambassador of Viet Nam to …": his own state after "of" is his country, not his office.
        let own = end + 1;
        while (own <= good && (toks[own]?.key === "the" || covered(s.index, own))) own++;
        officeEnd = own > good ? end : good + 1;
        // The place is read whole here: "State" in "the State of Qatar" opens no title of its own.
        good = place - 1;
        k = place;
        continue;
      } else if (
        t.text === "-" &&
        good === k - 1 &&
        toks[k + 1]?.cap === true &&
        toks[k + 1]?.kind === "word" &&
        glued(toks[k - 1], t) &&
        glued(t, toks[k + 1])
      ) {
        // "the Federal Service for Military-Technical Cooperation": a capitalised word hyphened to a word of the body's
        // name is part of it, whether or not the data knows it.
        good = k + 1;
        k += 2;
        continue;
      } else if (
        good >= 0 &&
        t.cap &&
        t.kind === "word" &&
        toks[k + 1]?.text === "-" &&
        toks[k + 2]?.cap === true &&
        toks[k + 2]?.kind === "word" &&
        glued(t, toks[k + 1]) &&
        glued(toks[k + 1], toks[k + 2]) &&
        (COMPLEMENT.has(toks[k + 2]?.key ?? "") ||
          (toks[k + 3]?.cap === true && COMPLEMENT.has(toks[k + 3]?.key ?? "")))
      ) {
        // The same pair when its first word is one the data does not know: the pair, or the word after it, is the body's.
        good = k + 2;
        k += 3;
        continue;
      } else if (t.text === "," && toks[k + 1]?.cap && COMPLEMENT.has(toks[k + 1]?.key ?? "")) {
        // "Minister of Culture, Sports and Tourism": a comma inside the name of a ministry.
      } else if (good >= 0 && t.cap && t.kind === "word" && acronymAt(toks, k + 1)) {
        // "deputy head of the Central Institute for Economic Management (CIEM)": the word before the body's acronym
        // ends its name, whatever the word.
        good = k;
      } else if (
        !t.cap &&
        BODY_LEVELS.has(t.key) &&
        toks[k - 1]?.key === "the" &&
        toks[k + 1]?.cap === true &&
        COMPLEMENT.has(toks[k + 1]?.key ?? "")
      ) {
        // "Deputy Secretary of the municipal Party Committee": the level of a local body, written lower-case after
        // "the", is part of its name.
      } else if (
        good === k - 1 &&
        t.kind === "number" &&
        /^(?:19|20)\d\d$/.test(t.text) &&
        toks[k + 1]?.cap === true &&
        (COMPLEMENT.has(toks[k + 1]?.key ?? "") || COMPLEMENT.has(toks[k + 2]?.key ?? ""))
      ) {
        // "Chairwoman of the APEC 2027 National Secretariat", "head of the SEA Games 2031 Organising Committee": the
        // year an event is held is part of the name of the body that runs it.
      } else if (good < 0 && k === placeStart && toks[from - 1]?.text !== "," && placeThenName(s, k, covered)) {
        // "Mayor of Sakai Hideki Nagafuji", "Chairman of the Mazhilis Yerlan Koshanov": one capitalised word the data
        // does not know, then a name of two or three words that a verb or a comma closes: the word is the body. After a
        // comma the title is an apposition whose holder stands before it ("Huong, General Director of Saigon Coastal
        // Power, said"), and no name follows.
        good = k;
        break;
      } else if (t.cap && t.kind === "word" && placeInBodyName(toks, k)) {
        // A place inside the body's name: "Chairman of the Hanoi People's Committee", "Secretary of the Thanh Hoa
        // Provincial Party Committee".
      } else if (!JOINERS.has(t.key)) break;
      else if (t.key === "and" && parseRole(s, k + 1, covered)) break;
      k++;
    }
    if (good >= 0) {
      // "a lecturer at the University of Social Sciences and Humanities in Hanoi", "an economist at the Central Institute
      // for Economic Management.": after a lower-case title the body where he works runs on through capitals the data
      // does not know, up to where the phrase closes; a lone capital left after it is no name of anyone.
      // Only after an adjective, which no body's name ends on: after a noun ("the CPC Central Committee's General
      // Office Li Zhanshu") the capitals are the holder's name.
      if (lowerTitle && /(?:al|ic|ive)$/.test(toks[good]?.key ?? "")) good = bodyTailEnd(s, good + 1, covered) - 1;
      // The state an ambassador is sent to is not part of the office.
      if (officeEnd >= 0) return { from, to: good + 1, office: officeEnd };
      end = good + 1;
    } else if (lowerTitle && next.key === "of" && namedBodyEnd(toks, end + 1) > 0) {
      // "chief executive of Viettel,": a firm's own name, one to three capitalised words closing the phrase.
      return { from, to: namedBodyEnd(toks, end + 1) };
    } else if (lowerTitle && next.key === "of" && BODY_HEADS.has(toks[lastHead]?.key ?? "")) {
      // "head of the ruling coalition": what he heads is not read, so neither is the office.
      return null;
    }
  }
  return { from, to: end };
}

const BODY_TAIL_CLOSES = new Set([",", ".", ";", ":", ")", "in", "and", "who", "said", "says"]);

/**
 * Where a body's name that stopped at k really ends: up to three more capitalised words, or two joined by "and"
 * ("Sciences and Humanities"), when the phrase closes after them; k when it does not (a name may follow a title).
 */
function bodyTailEnd(s: Sentence, k: number, covered: Covered): number {
  const toks = s.tokens;
  const cap = (at: number) => {
    const t = toks[at];
    return t?.kind === "word" && t.cap && !covered(s.index, at) && !NOT_PORTFOLIO.has(t.key);
  };
  let at = k;
  while (at < k + 4) {
    if (cap(at)) at++;
    else if (at > k && toks[at]?.key === "and" && cap(at + 1) && !parseRole(s, at + 1, covered)) at++;
    else break;
  }
  if (at === k || toks[at - 1]?.key === "and") return k;
  const closes = at >= toks.length || BODY_TAIL_CLOSES.has(toks[at]?.key ?? "");
  return closes ? at : k;
}

/**
 * The capitalised word at k starts a place of one to three words that a body's word follows: "Hanoi People's
 * Committee", "Thanh Hoa Provincial Party Committee" (most Vietnamese provinces and cities are named in two words).
 */
function placeInBodyName(toks: readonly Token[], k: number): boolean {
  for (let m = k + 1; m <= k + 3; m++) {
    const t = toks[m];
    if (!t?.cap || t.kind !== "word") return false;
    // "Provincial", "City": the level of a local body opens its name as a body's word does.
    if (COMPLEMENT.has(t.key) || BODY_LEVELS.has(t.key)) return true;
    if (ROLE_WORDS.has(t.key)) return false;
  }
  return false;
}

/** The capitalised word at k, then a name of two or three words closed by a lower-case word or a comma. */
function placeThenName(s: Sentence, k: number, covered: Covered): boolean {
  const toks = s.tokens;
  const t = toks[k];
  if (t?.kind !== "word" || !t.cap || isUpperCase(t.text) || NOT_NAME.has(t.key)) return false;
  if (PLACE_WORDS.has(toks[k + 1]?.key ?? "")) return false;
  const name = parseName(s, k + 1, covered, 2);
  if (!name || name.to - name.from > 3) return false;
  const after = toks[name.to];
  return after?.text === "," || (after?.kind === "word" && !after.cap);
}

// Where what a head heads ends: a preposition opening where he works, punctuation, a relative or a speech verb.
const HEADED_CLOSES = new Set([",", ".", ";", ":", ")", "at", "in", "for", "with", "who", "since"]);

/** The end of what "head of" names from k: up to five words, possessives inside, no article; or -1. */
function headedEnd(toks: readonly Token[], k: number): number {
  let words = 0;
  let at = k;
  while (at < toks.length && words <= 5) {
    const t = toks[at] as Token;
    if (HEADED_CLOSES.has(t.key) || SPEECH_VERBS.has(t.text)) break;
    if (t.text === "'" && toks[at + 1]?.key === "s" && words > 0) {
      at += 2;
      continue;
    }
    if (t.kind !== "word" || (!t.cap && (DESCRIPTION_STOPS.has(t.key) || AUXILIARIES.has(t.key)))) return -1;
    words++;
    at++;
  }
  const last = toks[at - 1];
  const closes = at >= toks.length || HEADED_CLOSES.has(toks[at]?.key ?? "") || SPEECH_VERBS.has(toks[at]?.text ?? "");
  return words > 0 && words <= 5 && closes && last?.kind === "word" ? at : -1;
}

/** The end of one to three capitalised words from k that close the phrase ("of Viettel,"), or -1. */
function namedBodyEnd(toks: readonly Token[], k: number): number {
  let at = k;
  while (at < k + 3 && toks[at]?.kind === "word" && toks[at]?.cap && !NOT_PORTFOLIO.has(toks[at]?.key ?? "")) at++;
  const closes = at >= toks.length || HEADED_CLOSES.has(toks[at]?.key ?? "") || SPEECH_VERBS.has(toks[at]?.text ?? "");
  return at > k && closes ? at : -1;
}

/** A word of what an office is in charge of: a lower-case word that is not grammar, or a capitalised ministry word. */
function chargeWord(t: Token | undefined): boolean {
  if (t?.kind !== "word") return false;
  if (t.cap) return COMPLEMENT.has(t.key) && !HEAD_LAST.has(t.key);
  return t.key === "the" || (!DESCRIPTION_STOPS.has(t.key) && !SPEECH_VERBS.has(t.key) && !LOWER_HEADS.has(t.key));
}

/** A country or organisation at k, perhaps styled: "the US", "the State of Qatar", "the Kingdom of Spain". */
function placeAt(s: Sentence, k: number, covered: Covered): boolean {
  return placeEnd(s, k, covered) > k;
}

/** Where the place starting at k ends (its last token + 1), or k when there is none. */
function placeEnd(s: Sentence, k: number, covered: Covered): number {
  const toks = s.tokens;
  let at = toks[k]?.key === "the" ? k + 1 : k;
  // "the State of Qatar": one or two capitalised words of style, then "of" and the state.
  const from = at;
  while (at < from + 2 && toks[at]?.cap && toks[at]?.kind === "word" && !covered(s.index, at)) at++;
  if (at > from && toks[at]?.key === "of" && covered(s.index, at + 1)) at++;
  else at = from;
  if (!covered(s.index, at)) return k;
  const first = at;
  while (covered(s.index, at)) at++;
  // "handed the chair to Vietnamese leader To Lam": a demonym before a noun describes someone; it is no place.
  if (DEMONYMS.has(toks[first]?.key ?? "") && (at > first + 1 || toks[at]?.kind === "word")) return k;
  return at;
}

/** The place at k is a state ("the US", "the State of Qatar"), not a body such as the UN or ASEAN. */
function stateAt(s: Sentence, k: number, covered: Covered): boolean {
  const end = placeEnd(s, k, covered);
  const from = s.tokens[k]?.key === "the" ? k + 1 : k;
  let at = end - 1;
  while (at > from && covered(s.index, at - 1)) at--;
  return countryCode(textOf(s, { from: at, to: end })) !== null;
}

/** A body's name at k ("the Ministry of Foreign Affairs"): a name the text covers, or a capitalised body word. */
function bodyAt(s: Sentence, k: number, covered: Covered): boolean {
  const at = s.tokens[k]?.key === "the" ? k + 1 : k;
  const t = s.tokens[at];
  return covered(s.index, at) || (t?.cap === true && COMPLEMENT.has(t.key) && !HEAD_LAST.has(t.key));
}

/** "Trade Secretary" after "Business and": title modifiers straight up to a head, nothing else between. */
function portfolioThenHead(toks: readonly Token[], at: number): boolean {
  let m = at;
  while (m < at + 3 && toks[m]?.cap && ROLE_WORDS.has(toks[m]?.key ?? "") && !HEAD_LAST.has(toks[m]?.key ?? "")) m++;
  const head = toks[m];
  return m > at && head?.cap === true && HEAD_LAST.has(head.key);
}

/** Roles joined by "," or "and": "Deputy Prime Minister and Minister of Foreign Affairs". */
function parseRoleChain(
  s: Sentence,
  i: number,
  covered: Covered,
): { roles: Span[]; next: number; state?: Span } | null {
  const toks = s.tokens;
  // "Under President Tsai's policy": "Under" opens a title only before a secretary ("Under Secretary").
  if (toks[i]?.key === "under" && toks[i + 1]?.kind === "word" && toks[i + 1]?.key !== "secretary") return null;
  let start = i;
  let possessed = false;
  // "ASEAN Secretary-General", "European Commission President": where the office belongs to a body, not a state.
  let body = -1;
  // A leading demonym, country or possessive names the state, not the role ("China's Foreign Minister").
  for (;;) {
    const t = toks[start];
    if (!t) break;
    const named = covered(s.index, start) && !isRoleWord(t);
    const bodyEnd = named && start === i ? bodyBeforeHead(s, start, covered) : -1;
    if (bodyEnd > start) {
      body = start;
      start = bodyEnd;
      break;
    }
    const stateWord = DEMONYMS.has(t.key) || named;
    const possessive = t.text === "'" && toks[start + 1]?.key === "s" && start > i;
    // "Asia-Pacific chief economist": a hyphenated region before a lower-case title says where, not what, he is.
    const region = t.cap && toks[start + 1]?.text === "-" && hyphenatedRegion(toks, start);
    if (region) start += 3;
    else if (possessive) {
      start += 2;
      possessed = true;
    } else if (stateWord) start++;
    else break;
  }
  const parsed = parseRole(s, start, covered) ?? (start > i ? lowerPortfolioRole(s, start, covered) : null);
  if (!parsed) return null;
  const first = body >= 0 ? { ...parsed, from: body } : insideBodyName(s, i) ? bareHead(toks, parsed) : parsed;
  // "the visiting Vietnamese president": "visiting" is part of a title only before a scholar's ("visiting fellow").
  const firstHead = toks[headEnd(first) - 1]?.key ?? "";
  if (ACADEMIC_MODIFIERS.has(toks[first.from]?.key ?? "") && !ACADEMIC_HEADS.has(firstHead)) {
    return parseRoleChain(s, first.from + 1, covered);
  }
  // "Vietnamese Prime Minister": the title as written with its state, read besides the office itself.
  const state = start > i && !possessed ? { from: i, to: first.to } : undefined;
  const roles = [first];
  let next = first.to;
  for (;;) {
    if (toks[next]?.text === "(" && toks[next + 2]?.text === ")") next += 3;
    let k = next;
    if (toks[k]?.text === ",") k++;
    // "To Lam, general secretary …, and President Emmanuel Macron": ", and" opens the next person, not a second hat.
    if (k > next && toks[k]?.key === "and") break;
    if (toks[k]?.key === "and") k++;
    // Titles stacked with no joiner: "Commander-in-Chief of Defence Services Senior General Min Aung Hlaing".
    const stacked = k === next && toks[k]?.cap === true && (ROLE_WORDS.has(toks[k]?.key ?? "") || rankEnd(toks, k) > k);
    if (k === next && !stacked) break;
    // "Foreign Minister Prince Faisal bin Farhan": a royal style before the name is how he is addressed, not an office.
    if (stacked && royalStyle(s, k, covered)) break;
    // "general secretary of the CPC Central Committee and Chinese President": the state before a second office is his.
    if (k > next && DEMONYMS.has(toks[k]?.key ?? "") && toks[k + 1]?.cap) k++;
    const role = parseRole(s, k, covered);
    if (!role) break;
    // "founder and CEO", "acting chairman and chief executive of Viettel": a firm's two posts joined by "and" are one.
    const before = roles.at(-1) as Span;
    if (toks[k - 1]?.key === "and" && k - 1 === next && sharedPost(s, before) && sharedPost(s, role)) {
      roles[roles.length - 1] = { from: before.from, to: role.to, office: role.office };
      next = role.to;
      continue;
    }
    roles.push(role);
    next = role.to;
  }
  return { roles, next, state };
}

/**
 * "Japan's economic revitalization minister": after a state or a possessive, which opens the noun phrase, lower-case
 * words the data does not know, straight before a lower-case title, are its portfolio. Words that describe the holder
 * or the moment ("new", "ruling", "embattled", "then") are not.
 */
function lowerPortfolioRole(s: Sentence, at: number, covered: Covered): Span | null {
  const toks = s.tokens;
  let k = at;
  const plain = (t: Token | undefined) =>
    t?.kind === "word" &&
    !t.cap &&
    !LOWER_HEADS.has(t.key) &&
    (LOWER_MODS.has(t.key) ||
      (!DESCRIPTION_STOPS.has(t.key) &&
        !HOLDER_WORDS.has(t.key) &&
        !RANKING.has(t.key) &&
        !NOT_PORTFOLIO.has(t.key) &&
        !SPEECH_VERBS.has(t.key) &&
        !/(?:ing|ed|ly)$/.test(t.key)));
  while (k < at + 3 && plain(toks[k])) k++;
  if (k === at || toks[k]?.cap !== false || !LOWER_HEADS.has(toks[k]?.key ?? "")) return null;
  const role = parseRole(s, k, covered);
  return role && role.from === k ? { ...role, from: at } : null;
}

const HEADS = new Set([...titles.heads.map(fold), ...titles.lowercaseHeads]);

/**
 * Where an organisation's name at k ends, when a bare head follows it straight away ("European Commission President",
 * "Government spokesman"), or -1. A state there is the holder's country ("Vietnam President"), and a portfolio between
 * the two ("EU Trade Commissioner") says what the office is of, so neither makes the name part of the title.
 */
function bodyBeforeHead(s: Sentence, k: number, covered: Covered): number {
  const toks = s.tokens;
  // "Vietnamese Communist Party leader": a body named with its state's demonym is read after the demonym.
  if (DEMONYMS.has(toks[k]?.key ?? "")) return -1;
  let end = k;
  while (end < k + 6 && covered(s.index, end) && toks[end]?.kind === "word") end++;
  if (toks[end]?.kind !== "word" || covered(s.index, end)) return -1;
  const from = toks[k] as Token;
  const to = toks[end - 1] as Token;
  if (countryCode(s.text.slice(from.start - s.start, to.end - s.start)) || DEMONYMS.has(to.key)) return -1;
  const role = parseRole(s, end, covered);
  if (!role) return -1;
  // "UNDP Resident Representative", "World Bank Vice President": a rank inside the body is no portfolio.
  // "Country Director for Viet Nam": the head is read before what the office is of, for or in.
  const written = fold(textOf(s, { from: end, to: role.office ?? role.to })).split(" ");
  const opener = written.findIndex((w, n) => n > 0 && (w === "of" || w === "for" || w === "in" || w === "to"));
  const words = opener > 0 ? written.slice(0, opener) : written;
  while (words.length > 1 && RANK_MODIFIERS.has(words[0] as string)) words.shift();
  return HEADS.has(words.join(" ")) ? end : -1;
}

/** "Chamber of Commerce and Industry Chairman": the capitals at i continue a body's name opened by "X of". */
function insideBodyName(s: Sentence, i: number): boolean {
  const toks = s.tokens;
  return toks[i - 1]?.key === "of" && toks[i - 2]?.cap === true && toks[i - 2]?.kind === "word";
}

/** The title from its first title word: the body's words before it are the body's name, not a portfolio. */
function bareHead(toks: readonly Token[], role: Span): Span {
  let from = role.from;
  const bodyWord = (t: Token | undefined) => !!t && (COMPLEMENT.has(t.key) || t.key === "and" || t.text === ",");
  while (from < (role.office ?? role.to) - 1 && bodyWord(toks[from]) && !HEAD_LAST.has(toks[from]?.key ?? "")) from++;
  return { ...role, from };
}

/** A post heading a firm or body, written with no "of" after its head ("founder", "acting chairman", "CEO"). */
function sharedPost(s: Sentence, role: Span): boolean {
  const toks = s.tokens;
  let head = role.office ?? role.to;
  const of = toks.findIndex((t, k) => k > role.from && k < head && t.key === "of");
  if (of > 0) head = of;
  const two = `${toks[head - 2]?.key} ${toks[head - 1]?.key}`;
  if (toks[role.from]?.cap === true && toks[head - 1]?.text !== "CEO") return false;
  return SHARED_POSTS.has(two) || SHARED_POSTS.has(toks[head - 1]?.key ?? "");
}

/** A royal or princely word standing before a name of two words or more ("Prince Faisal bin Farhan"). */
function royalStyle(s: Sentence, k: number, covered: Covered): boolean {
  const key = s.tokens[k]?.key ?? "";
  return (MONARCHS.has(key) || REGNAL.has(key)) && parseName(s, k + 1, covered, 2) !== null;
}

function hyphenatedRegion(toks: readonly Token[], at: number): boolean {
  const [t, hyphen, second, title] = [toks[at], toks[at + 1], toks[at + 2], toks[at + 3]];
  return (
    t?.kind === "word" &&
    !isRoleWord(t) &&
    hyphen !== undefined &&
    glued(t, hyphen) &&
    second?.cap === true &&
    glued(hyphen, second) &&
    title?.cap === false &&
    LOWER_ROLES.has(title.key)
  );
}

/** A word that can stand in a title before a name: "Foreign", "Minister", "of", "Vietnamese", "Party". */
export function isTitleWord(word: string): boolean {
  const key = fold(word);
  return ROLE_WORDS.has(key) || COMPLEMENT.has(key) || DEMONYMS.has(key) || JOINERS.has(key) || LOWER_HEADS.has(key);
}

function isRoleWord(t: Token): boolean {
  return t.cap ? ROLE_WORDS.has(t.key) : LOWER_ROLES.has(t.key);
}

/** The words at i follow "according to": they name the source of what the sentence reports. */
const reported = (toks: readonly Token[], i: number) => toks[i - 1]?.key === "to" && toks[i - 2]?.key === "according";

/**
 * Roles after a comma describe the name before them, unless another name follows ("A, President B"). The office may
 * come as a second hat ("Xi, also general secretary of …", "Son, who is also Deputy Prime Minister") or after an
 * article ("Hop, a visiting senior fellow at …"); `secondHat` says the writer marked it so.
 */
function apposition(
  s: Sentence,
  i: number,
  covered: Covered,
  source = false,
): { roles: Span[]; next: number; secondHat: boolean; indefinite: boolean } | null {
  const toks = s.tokens;
  let k = i;
  if (toks[k]?.key === "who" && toks[k + 1]?.key === "is") k += 2;
  if (toks[k]?.key === "also") k++;
  const secondHat = k > i;
  const article = ARTICLES.has(toks[k]?.key ?? "");
  const indefinite = article && toks[k]?.key !== "the";
  // "a 58-year-old community organizer": the age before the description says nothing about the office.
  if (article) k = ageEnd(toks, k + 1);
  // "Dang Dinh Quy, the country's permanent representative in New York,": a possessor after "the" owns the office.
  // Only a word for the state itself: "the hospital's director" is a post in a body, not an office read here.
  if (
    toks[k - 1]?.key === "the" &&
    STATE_POSSESSORS.has(toks[k]?.key ?? "") &&
    /^['’]$/.test(toks[k + 1]?.text ?? "") &&
    toks[k + 2]?.key === "s"
  )
    k += 3;
  // "a member of the delegation": a seat in a body, not an office.
  if (article && MEMBERSHIP.has(toks[k]?.key ?? "")) return null;
  const chain = parseRoleChain(s, k, covered);
  // "According to spokesperson A, the Prime Minister told her guest …": after a source the comma ends the phrase, and
  // a title that runs on into a speech verb is the next clause's subject, not the source's office.
  if (chain && source && SPEECH_VERBS.has(toks[chain.next]?.text ?? "")) return null;
  if (chain && !parseName(s, chain.next, covered, 1)) {
    // "a Southeast Asia analyst": capitals opening a lower-case title after "a" say where he works, not what he is.
    const first = chain.roles[0] as Span;
    const head = toks[headEnd(first) - 1];
    let from = first.from;
    if (indefinite && head?.cap === false) {
      while (from < first.to - 1 && toks[from]?.cap && !ROLE_WORDS.has(toks[from]?.key ?? "")) from++;
    }
    chain.roles[0] = { ...first, from };
    return { ...chain, secondHat, indefinite };
  }
  // "to meet A, general secretary of …, President B and C": in a list of people met, the last title after a comma
  // opens the next person's name; the titles before it are the apposition's.
  const last = chain?.roles.at(-1);
  if (chain && last && chain.roles.length > 1 && toks[last.from - 1]?.text === ",") {
    return { roles: chain.roles.slice(0, -1), next: last.from, secondHat, indefinite };
  }
  const expert = article ? expertTitle(s, k, covered) : null;
  return expert ? { ...expert, secondHat, indefinite } : null;
}

// Capitalised words that never name a portfolio ("In", "Monday"), folded; a few of them do ("House Speaker").
const NOT_PORTFOLIO = new Set(titles.notNameWords.map(fold));
const PORTFOLIO_NOUNS = new Set(titles.portfolioNouns.map(fold));
const HOLDER_WORDS = new Set(titles.holderWords.map(fold));
// The endings of demonyms the country data does not list ("Kuwaiti", "Mozambican", "Kazakh"): never a portfolio.
const DEMONYM_ENDING = /(?:an|ese|i|ish|kh|ch|ot)$/;
// Grammar words that end a description before any title: "a friend of …", "a man who …".
const DESCRIPTION_STOPS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "of",
  "who",
  "which",
  "that",
  "to",
  "in",
  "at",
  "on",
  "for",
  "with",
  "by",
  "from",
  "as",
  "is",
  "was",
  "are",
  "were",
  "has",
  "had",
  "his",
  "her",
  "its",
  "their",
  "our",
]);
// What may follow an expert's title: where he works, the end of the apposition, or a relative clause about him ("a
// community organizer whose family left …").
const AFTER_EXPERT = new Set(["at", "of", "with", "from", "in", "for", ",", ".", ";", ")", "who", "whose"]);

/** Token index after an age written as one hyphenated word ("58-year-old"), or at when there is none. */
function ageEnd(toks: readonly Token[], at: number): number {
  const [n, a, y, b, o] = [0, 1, 2, 3, 4].map((d) => toks[at + d]);
  const shape = n?.kind === "number" && a?.text === "-" && y?.key === "year" && b?.text === "-" && o?.key === "old";
  return shape ? at + 5 : at;
}

/**
 * "an international relations lecturer at …", "a Manila-based political analyst": up to four words saying in what field
 * or where, then a lower-case title that closes the apposition or names where he works.
 */
function expertTitle(s: Sentence, at: number, covered: Covered): { roles: Span[]; next: number } | null {
  const toks = s.tokens;
  for (let k = at; k < at + 4; k++) {
    const t = toks[k];
    const hyphen = t?.text === "-" && glued(toks[k - 1], t);
    if (!hyphen && (t?.kind !== "word" || DESCRIPTION_STOPS.has(t.key) || isRoleWord(t))) return null;
    const chain = parseRoleChain(s, k + 1, covered);
    const last = chain?.roles.at(-1);
    const head = last ? toks[headEnd(last) - 1] : undefined;
    const after = chain ? toks[chain.next] : undefined;
    if (!chain || !last || !head || head.cap || (after && !AFTER_EXPERT.has(after.key))) continue;
    // "a maritime law specialist at Xiamen University": with the place he works, the field is part of the title too.
    if (last.title !== undefined) chain.roles[chain.roles.length - 1] = { ...last, from: at };
    return chain;
  }
  return null;
}

/**
 * "Culture, Sports and Tourism Minister", "Agriculture, Food and Fisheries Minister": a list of portfolios before a head
 * is one title. Where the list starts, or `from` when the title has none.
 */
function portfolioListStart(s: Sentence, role: Span, covered: Covered): number {
  const from = portfolioStart(s, role, covered);
  // "Korea Chamber of Commerce and Industry Chairman": capitals after "of" end a body's name; the title is the head.
  return from < role.from && s.tokens[from - 1]?.key === "of" ? role.from : from;
}

/**
 * Where a body stands straight before a one-word head and is read as part of the title as printed ("foreign ministry
 * spokeswoman", "Kremlin aide", "MEA spokesperson", "PCG Commandant"): the token it starts at, or undefined.
 */
function ministryBeforeHead(s: Sentence, role: Span, covered: Covered): number | undefined {
  const toks = s.tokens;
  const noun = toks[role.from - 1];
  if (role.to - role.from !== 1 || !noun) return undefined;
  const lowerHead = !toks[role.from]?.cap;
  // "foreign ministry spokeswoman", "State Department spokesman": a ministry named in two words, both in one case (or
  // opening the sentence), before a lower-case head.
  const field = toks[role.from - 2];
  const twoWordMinistry =
    noun.kind === "word" &&
    MINISTRY_NOUNS.has(noun.key) &&
    field?.kind === "word" &&
    (field.cap === noun.cap || role.from === 2) &&
    !DESCRIPTION_STOPS.has(field.key) &&
    !DEMONYMS.has(field.key) &&
    // "Chinese foreign ministry spokeswoman": after a demonym the ministry is read as the state's organ, and still is
    // the body the title belongs to.
    (!covered(s.index, role.from - 2) || DEMONYMS.has(toks[role.from - 3]?.key ?? ""));
  if (lowerHead && twoWordMinistry) return role.from - 2;
  // "Kremlin aide", "Pentagon spokesman": a seat of government before a lower-case head is its body.
  const seat = lowerHead && noun.cap && INSTITUTIONS.has(noun.key);
  // "MEA spokesperson", "PCG Commandant", "BOL Governor": so is a ministry's or body's acronym no name list covers,
  // before a head in either case, as "White House spokesman" is a body's name.
  const acronym = /^\p{Lu}{2,5}$/u.test(noun.text) && !covered(s.index, role.from - 1);
  return seat || acronym ? role.from - 1 : undefined;
}

/**
 * "Lowy Institute analyst", "Singapore Business Federation chief executive", "UNCTAD's investment director", "the
 * Opposition's foreign affairs spokesman": capitals straight before a lower-case title that name a body (a word bodies'
 * names are made of, or an acronym), perhaps as its owner with "'s", are part of the title as printed. A state or a
 * demonym there is only the holder's country, and a lone capital opening the sentence may be the sentence's own.
 * Returns where the body's name starts, or `at` when no body stands there.
 */
function ownerBeforeLowerTitle(s: Sentence, at: number, covered: Covered): number {
  const toks = s.tokens;
  const capital = (k: number) => toks[k]?.kind === "word" && toks[k]?.cap === true;
  let end = at;
  const possessive =
    toks[at - 1]?.key === "s" && /^['’]$/.test(toks[at - 2]?.text ?? "") && glued(toks[at - 3], toks[at - 2]);
  if (possessive) end = at - 2;
  let from = end;
  while (from > 0) {
    if (capital(from - 1)) from--;
    // "Victoria University of Wellington": "of" between two capitals inside the name.
    else if (toks[from - 1]?.key === "of" && from < end && capital(from - 2)) from--;
    else break;
  }
  // "The Vietnam Chamber of Commerce", "Then Lowy Institute": an article, a time word or a word describing the holder
  // opens the phrase but is no part of the body's name.
  const opener = (k: number) => {
    const key = toks[k]?.key ?? "";
    return ARTICLES.has(key) || NOT_PORTFOLIO.has(key) || HOLDER_WORDS.has(key) || OPENING_PREPOSITIONS.has(key);
  };
  while (from < end && (opener(from) || toks[from]?.key === "of")) from++;
  if (from === end || !capital(from)) return at;
  const run = toks.slice(from, end);
  const text = textOf(s, { from, to: end });
  if (countryCode(text) || run.some((t) => DEMONYMS.has(t.key) && run.length === 1)) return at;
  if (run.some((t) => HOLDER_WORDS.has(t.key) || SPEECH_VERBS.has(t.text))) return at;
  // Every word a state's or a place's the text covers ("Viet Nam's"): the holder's country, not a body.
  if (run.every((_, n) => covered(s.index, from + n)) && !run.some((t) => AFFILIATIONS.has(t.key))) return at;
  const acronym = run.length === 1 && /^\p{Lu}{2,8}$/u.test(run[0]?.text ?? "");
  const bodyWord = run.some((t) => AFFILIATIONS.has(t.key) || (COMPLEMENT.has(t.key) && !HEAD_LAST.has(t.key)));
  // "the Opposition's": a single word named with the article and owning the title is a body too.
  const owned = possessive && run.length === 1 && toks[from - 1]?.key === "the";
  if (!acronym && !bodyWord && !owned) return at;
  // A run opening the sentence in one word may be the sentence's capital ("Protest organiser Le Thi Lan").
  if (from === 0 && run.length === 1 && !acronym) return at;
  return from;
}

function portfolioStart(s: Sentence, role: Span, covered: Covered): number {
  const toks = s.tokens;
  const word = (k: number) => {
    const t = toks[k];
    return t?.kind === "word" && t.cap && !covered(s.index, k) && !NOT_PORTFOLIO.has(t.key);
  };
  // Not a participle ("Visiting"), a demonym ("Thai") or a word already read as a name.
  const portfolioWord = (k: number) => {
    const t = toks[k];
    if (t?.kind !== "word" || !t.cap || covered(s.index, k) || isUpperCase(t.text)) return false;
    if ((NOT_PORTFOLIO.has(t.key) && !PORTFOLIO_NOUNS.has(t.key)) || HOLDER_WORDS.has(t.key)) return false;
    // "Comrade General Secretary Xi Jinping": a form of address before the title is no portfolio of it.
    if (honorificEnd(toks, k) > k) return false;
    // "HanoiGerman": a dateline glued to the next word is no portfolio either.
    if (/\p{Ll}\p{Lu}/u.test(t.text)) return false;
    return !/ing$/.test(t.key) && !DEMONYMS.has(t.key) && !DEMONYM_ENDING.test(t.key);
  };
  // The phrase opens after a lower-case word, a stop, a possessive or a state ("French Armed Forces Minister").
  const opens = (at: number) => {
    const t = toks[at];
    if (!t?.cap || t.kind !== "word" || (t.key === "s" && toks[at - 1]?.text === "'")) return true;
    return covered(s.index, at) || DEMONYMS.has(t.key);
  };
  // A capitalised word the data knows from ministries' names ("Affairs", "Fisheries", "Planning").
  const known = (at: number) => toks[at]?.cap === true && COMPLEMENT.has(toks[at]?.key ?? "") && !covered(s.index, at);
  let a = role.from;
  const body = ministryBeforeHead(s, role, covered);
  if (body !== undefined) return body;
  if (!toks.slice(role.from, role.to).some((t) => t.key === "and")) {
    // "Armed Forces Minister", "Shadow Home Secretary", "House Speaker": capitals the data does not list, straight
    // before the title and opening the phrase, name its portfolio.
    let k = role.from;
    while (k > role.from - 2 && portfolioWord(k - 1)) k--;
    // "Trade and Export Growth Minister": one more portfolio joined by "and", when one already stands before the head;
    // a list before it ("Trade, Industry and Fisheries Minister") is read on below.
    const joined = k < role.from && toks[k - 1]?.key === "and" && portfolioWord(k - 2);
    // "Victoria University of Wellington trade economist": capitals before a lower-case title name a place, not its
    // portfolio, unless the capital is only the sentence's ("Protest organiser Tran Thi Mai Anh").
    const lowerTitle = toks[headEnd(role) - 1]?.cap === false;
    // "Lowy Institute analyst", "UNCTAD's investment director": a body's name before it is where the title is held,
    // and READING.md reads a title whole, with the body it belongs to.
    const owner = lowerTitle ? ownerBeforeLowerTitle(s, role.from, covered) : role.from;
    if (owner < role.from) return owner;
    if (lowerTitle && (k > 0 || k < role.from - 1)) return role.from;
    if (joined && toks[k - 3]?.text !== "," && opens(k - 3)) return k - 2;
    if (!joined && k < role.from && opens(k - 1)) return k;
    if (!joined) {
      k = role.from;
      if (word(k - 1)) k--;
      if (toks[k - 1]?.key !== "and" || !(word(k - 2) || known(k - 2))) return role.from;
    }
    a = k - 2;
  }
  let commas = 0;
  while (toks[a - 1]?.text === "," && word(a - 2)) {
    a -= 2;
    commas++;
  }
  // "Maritime Affairs and Fisheries Minister", "Natural Resources and Environment Minister": with no list before it, a
  // portfolio of one or two words the data knows as a ministry's, joined by "and" to the title, is part of it.
  if (commas === 0 && toks[a + 1]?.key === "and") {
    if (known(a)) {
      const b = known(a - 1) && !HEAD_LAST.has(toks[a - 1]?.key ?? "") ? a - 1 : a;
      if (toks[b - 1]?.text !== "," && opens(b - 1)) return b;
    }
  }
  // "In Hanoi, Trade and Industry Minister …": a place opening the sentence is no portfolio.
  if (a === 1 && NOT_PORTFOLIO.has(toks[0]?.key ?? "")) return role.from;
  return commas > 0 ? a : role.from;
}

/** The name as the page writes it, with the style by birth written before its honorifics ("Tengku Zafrul …"). */
function writtenName(f: Found): string {
  const name = textOf(f.sentence, f.name);
  return f.style ? `${f.style} ${name}` : name;
}

function textOf(s: Sentence, span: Span): string {
  const a = s.tokens[span.from] as Token;
  const b = s.tokens[span.to - 1] as Token;
  return s.text.slice(a.start - s.start, b.end - s.start);
}

/** The office a title names: its alias spelt out, words about the holder dropped, a party office without its party. */
function roleName(text: string): string {
  let role = text;
  for (;;) {
    const space = role.indexOf(" ");
    const first = fold(space < 0 ? role : role.slice(0, space));
    if (!NOT_OFFICE.has(first)) break;
    if (space < 0) return "";
    role = role.slice(space + 1);
  }
  const key = fold(role);
  const party = key.includes("(") ? key.replace(/\s*\([a-z]+\)/g, "") : key;
  return ROLE_ALIASES.get(key) ?? PARTY_OFFICES.get(party) ?? withoutState(role);
}

/**
 * The state an office is held for is the person's country, not part of the office: "former Vietnamese ambassador" is a
 * former ambassador, "Chairperson of Vietnam's National Assembly" chairs the National Assembly, "Minister of Foreign
 * Affairs of Laos" is the foreign minister.
 */
function withoutState(role: string): string {
  let out = role.replace(MODIFIER_STATE, (whole, modifier: string, state: string) =>
    DEMONYMS.has(fold(state)) ? `${modifier} ` : whole,
  );
  out = out.replace(OF_STATES, (whole, state: string) => (countryCode(state) ? " of the " : whole));
  for (const pattern of [TRAILING_STYLED_STATE, TRAILING_STATE]) {
    const tail = pattern.exec(out);
    // "the Kingdom of Thailand": a style the country list does not carry names the state after it.
    const state = tail?.[1] && (countryCode(tail[1]) ?? countryCode(tail[1].replace(STATE_STYLE, "")));
    if (tail && state && PORTFOLIO_END.test(out.slice(0, tail.index))) return out.slice(0, tail.index);
  }
  return out;
}
const MODIFIER_STATE = /^(former|then|ex-)\s+(\p{Lu}[\p{L}-]+)\s+/iu;
const OF_STATES = /\s+of\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})['’]s\s+/u;
// A ministry's portfolio closes the office ("Minister of Foreign Affairs of Laos"); "Speaker of the National Assembly of
// the Republic of Korea" and "… Bank for Investment and Development of Vietnam" keep the state inside a body's name.
const PORTFOLIO_END =
  /\b(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){0,3}(?:Affairs|Defence|Defense|Trade|Industry|Finance|Security|Justice|Health|Education|Planning)$/u;
const STATE_STYLE = /^(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}of\s+/u;
const TRAILING_STATE = /\s+of\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})$/u;
// A state styled with "of" inside: "Minister of Foreign Affairs of the Socialist Republic of Viet Nam".
const TRAILING_STYLED_STATE =
  /\s+of\s+((?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}of\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)$/u;

interface Found {
  name: Span;
  roles: Span[];
  /** The first title with the state written before it ("Vietnamese Prime Minister"). */
  state?: Span;
  sentence: Sentence;
  /** Name came with a title or honorific (a bare surname then still names a person). */
  cued: boolean;
  /** A single name after "King", "Emperor": the monarch's own name, never another person's surname. */
  monarch?: boolean;
  /** Words of the honorifics written before the name ("samdech", "moha", "borvor", "thipadei"). */
  honorific?: string[];
  /** The honorific stands for the name ("Samdech Thipadei said"): whoever was introduced with those words. */
  honorificOnly?: boolean;
  /** A surname alone with its office after a comma ("Hu, general secretary of …"): only for a person named in full. */
  needsOwner?: boolean;
  /** A style by birth written before the honorifics ("Tengku"): part of the name, though the honorifics are not. */
  style?: string;
}

/** "ibni Al-Marhum Sultan Haji Omar 'Ali Saifuddien": the father's name runs over capitals and glued pieces to a comma. */
function patronymEnd(toks: readonly Token[], at: number): number {
  let k = at + 1;
  for (; k < toks.length; k++) {
    const t = toks[k] as Token;
    const joiner = t.text === "-" || t.text === "'" || t.text === "’";
    if (joiner) continue;
    if (t.kind !== "word" || (!t.cap && !glued(toks[k - 1] as Token, t))) break;
  }
  return k;
}

/** "Tengku" opening the honorifics from..to ("Tengku Datuk Seri"), as written: a style that is part of the name. */
function nameStyle(toks: readonly Token[], from: number, to: number): string | undefined {
  const t = toks[from];
  return from < to && t?.kind === "word" && NAME_STYLES.has(t.key) ? t.text : undefined;
}

const honorificWords = (toks: readonly Token[], from: number, to: number) =>
  toks.slice(from, to).flatMap((t) => (t.kind === "word" ? [t.key] : []));

/**
 * People named in the text. Names are found only where English news marks them: a title before
 * ("Foreign Minister Bui Thanh Son"), an honorific ("Mr. Xu"), apposition ("Xu Ningning, Chairman of …")
 * or a speech verb ("Trung said"). A bare surname resolves to the full name used elsewhere in the article.
 */
export function findPeople(
  sentences: readonly Sentence[],
  covered: Covered,
  /** A transcript's speaker labels (speakerLabels): the people named only there are read too. */
  labels: readonly SpeakerLabel[] = [],
  /** The byline the cleaner set aside: a briefing may name its spokesperson only there ('Matthew Miller, …'). */
  byline: string | null = null,
): Person[] {
  canonicalNames.clear();
  shortKeys.clear();
  try {
    return peopleOf(sentences, covered, labels, byline);
  } finally {
    // The article's names are forgotten when it is read (or fails), so the two caches never hold more than one article.
    canonicalNames.clear();
    shortKeys.clear();
  }
}

function peopleOf(
  sentences: readonly Sentence[],
  covered: Covered,
  labels: readonly SpeakerLabel[],
  byline: string | null,
): Person[] {
  const found: Found[] = [];
  /** Sentences that introduce someone as "Name is an office at …". */
  const introductions = new Set<number>();
  for (const s of sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      // Most lower-case words are none of the three below: one look-up settles them.
      if (!t.cap && !LOWER_OPENERS.has(t.key)) continue;
      // "then-presidents Truong Tan Sang and Barack Obama": a lower-case plural title may open two names.
      // After a capitalised word it is the tail of a title written in mixed case ("Foreign ministers"), left alone.
      const lowerPlural =
        !t.cap &&
        PLURAL_HEADS.has(t.key) &&
        !GENERIC.has(PLURAL_HEADS.get(t.key) ?? "") &&
        !(toks[i - 1]?.cap && toks[i - 1]?.kind === "word");
      if (t.kind !== "word" || (!t.cap && !LOWER_ROLES.has(t.key) && !lowerPlural)) {
        if (!t.cap && PATRONYM.has(t.text)) i = patronymEnd(toks, i) - 1;
        continue;
      }
      const hon = honorificEnd(toks, i);
      if (hon > i) {
        const j = skipHonorifics(toks, i);
        const honorific = honorificWords(toks, i, j);
        const name = parseName(s, j, covered, 1);
        if (name) {
          const appos = toks[name.to]?.text === "," ? apposition(s, name.to + 1, covered, reported(toks, i)) : null;
          found.push({
            name,
            roles: appos?.roles ?? [],
            sentence: s,
            cued: true,
            honorific,
            style: nameStyle(toks, i, j),
          });
          // "H.E. Mr. A, President of …, H.E. Mr. B, Prime Minister of …": the office read is A's, never B's too.
          i = (appos?.next ?? name.to) - 1;
          continue;
        }
        // Cambodian and Malay styles stand for the person once he is introduced: "Samdech Thipadei said".
        // A run of honorifics alone is never itself a name.
        if (!toks[i - 1]?.cap || covered(s.index, i - 1)) {
          // "HE the Prime Minister said": a style every dignitary carries, before a role, stands for no one in particular.
          const styleOfRole = toks[j]?.text === "the" || honorific.every((w) => CAPITALS_ONLY.has(w));
          if (!styleOfRole && (honorific.length > 1 || toks[j]?.kind !== "word" || !toks[j]?.cap)) {
            found.push({
              name: { from: i, to: j },
              roles: [],
              sentence: s,
              cued: true,
              honorific,
              honorificOnly: true,
            });
          }
          i = j - 1;
          continue;
        }
      }
      const prev = toks[i - 1];
      // Inside a run of capitals only a title may start ("Ho Chi Minh City People's Committee Chairman Phan Van Mai").
      // A function word opening the sentence is no part of the run ("For Pierre-Yves Cadoret, a historian"), and the
      // word after a hyphen inside a name is no name's start ("Pierre-Yves").
      const midRun =
        // "Host Anwar Ibrahim, Malaysia's prime minister,": a word describing the holder opens no name of its own.
        (prev?.kind === "word" &&
          prev.cap &&
          !covered(s.index, i - 1) &&
          !(i === 1 && (NOT_PORTFOLIO.has(prev.key) || OPENING_PREPOSITIONS.has(prev.key))) &&
          !HOLDER_WORDS.has(prev.key)) ||
        (prev?.text === "-" && glued(toks[i - 2], prev) && glued(prev, t) && toks[i - 2]?.cap === true);
      const shared = pluralTitle(s, i, covered);
      if (shared) {
        for (const name of shared.names) found.push({ name, roles: [shared.role], sentence: s, cued: true });
        i = shared.next - 1;
        continue;
      }
      const chain = parseRoleChain(s, i, covered);
      if (chain) {
        // "Prime Minister Datuk Seri Anwar Ibrahim": an honorific between title and name is neither.
        let afterHonorifics = skipHonorifics(toks, chain.next);
        if (royalStyle(s, afterHonorifics, covered)) afterHonorifics++;
        let name = parseName(s, afterHonorifics, covered, 1);
        let monarch = false;
        const title = toks[(chain.roles.at(-1)?.to ?? 0) - 1];
        if (name && name.to - name.from === 1 && title && chain.roles.at(-1)?.to === chain.next) {
          monarch = MONARCHS.has(title.key);
          // A ruler's title is part of the single name he is known by: "Sultan Ibrahim".
          if (REGNAL.has(title.key)) {
            name = { from: chain.next - 1, to: name.to };
            // "King Sultan Ibrahim": the regnal word is his name, the title before it his role.
            const last = chain.roles.at(-1) as Span;
            if (last.to - last.from > 1) chain.roles[chain.roles.length - 1] = { from: last.from, to: last.to - 1 };
          }
        }
        // "Chairman of the State Great Khural D.Amarbayasgalan": the capitals the glued initial cut off the name end the
        // title's body.
        const lastRole = chain.roles.at(-1);
        if (name && name.from > afterHonorifics && lastRole?.to === chain.next && afterHonorifics === chain.next)
          chain.roles[chain.roles.length - 1] = { ...lastRole, to: name.from, office: undefined };
        if (name) {
          const first = chain.roles[0] as Span;
          chain.roles[0] = { ...first, from: portfolioListStart(s, first, covered) };
          // "Senior Lieutenant General Hoang Xuan Chien, Deputy Minister of National Defence, said"
          const appos = toks[name.to]?.text === "," ? apposition(s, name.to + 1, covered, reported(toks, i)) : null;
          const roles = [...chain.roles, ...(appos?.roles ?? [])];
          const honorific = honorificWords(toks, chain.next, afterHonorifics);
          const style = nameStyle(toks, chain.next, afterHonorifics);
          found.push({ name, roles, state: chain.state, sentence: s, cued: true, monarch, honorific, style });
          i = (appos?.next ?? name.to) - 1;
        } else {
          // "The Philippine president, Ferdinand Marcos Jr., told reporters": the title, then the name between commas.
          // "the President of India, H.E. Smt. Droupadi Murmu,": honorifics may stand before that name.
          // "the EU's ambassador in Hanoi, Julien Guerrier,": the post where the office is held may stand before the comma.
          let comma = chain.next;
          if (toks[comma]?.key === "in" && toks[comma + 1]?.cap && toks[comma + 1]?.kind === "word") {
            let k = comma + 1;
            while (k < comma + 4 && toks[k]?.cap && toks[k]?.kind === "word") k++;
            if (toks[k]?.text === ",") comma = k;
          }
          // "the President of the National Assembly of People's Power, Esteban Lazo Hernández": the rest of a body's
          // name the data does not know (capitals and possessives after "of") may stand before that comma too.
          const possessive = (k: number) => /^['’]$/.test(toks[k]?.text ?? "") && toks[k + 1]?.key === "s";
          if (toks[comma]?.key === "of" || possessive(comma)) {
            let k = comma;
            let capitals = 0;
            while (k < comma + 8) {
              const t = toks[k];
              if (t?.kind === "word" && t.cap) {
                k++;
                capitals++;
              } else if (possessive(k)) k += 2;
              else if (t?.key === "of" || t?.key === "the") k++;
              else break;
            }
            if (capitals > 0 && toks[k]?.text === "," && toks[k - 1]?.kind === "word") comma = k;
          }
          const holder = comma + (HOLDER_ADVERBS.has(toks[comma + 1]?.key ?? "") ? 2 : 1);
          const styled = skipHonorifics(toks, holder);
          const named = toks[comma]?.text === "," ? parseName(s, styled, covered, 2) : null;
          // "…," said Vietnam's ambassador to the EU, Nguyen Van Thao.': the apposition may close the sentence.
          const closes = (t: Token | undefined) => !t || t.text === "," || t.text === "." || t.text === ";";
          // After "currently", a name cut off by the end of a line with no stop ("currently Pham Minh") may run on in
          // the next one (a hard-wrapped copy): only a name its own punctuation closes is whole.
          const whole = holder === comma + 1 || toks[named?.to ?? -1] !== undefined;
          if (named && whole && closes(toks[named.to])) {
            const style = nameStyle(toks, holder, styled);
            found.push({ name: named, roles: chain.roles, state: chain.state, sentence: s, cued: true, style });
            i = named.to - 1;
          } else i = Math.max(i, chain.next - 1);
        }
        continue;
      }
      if (!t.cap || midRun) continue;
      const name = parseName(s, i, covered, 1);
      if (!name) continue;
      // "Tran Duy Dong (陳維東), Vietnam's deputy minister": a bracketed gloss between name and apposition.
      const close =
        toks[name.to]?.text === "(" ? toks.findIndex((t, k) => k > name.to && k <= name.to + 8 && t.text === ")") : -1;
      const comma = close > 0 ? close + 1 : name.to;
      const after = toks[name.to];
      // "received, at the Itamaraty Palace, the Deputy Prime Minister …": a building is no one, whatever follows it.
      if (toks[comma]?.text === "," && !PLACE_WORDS.has(toks[name.to - 1]?.key ?? "")) {
        const appos = apposition(s, comma + 1, covered, reported(toks, i));
        // "Hu, general secretary of …", "Binh, who is also Deputy Prime Minister": a surname alone gives its office to
        // the person named in full elsewhere in the story.
        // "Ishiba, a former defense minister": a class he belongs to, said of a surname, is background, not his office.
        const needsOwner = name.to - name.from < 2;
        if (appos && !(needsOwner && appos.indefinite && !appos.secondHat)) {
          found.push({ name, roles: appos.roles, sentence: s, cued: true, needsOwner });
          i = appos.next - 1;
          continue;
        }
      }
      // "Lorena Vásquez is chief Asia economist at …": a full name opening its sentence (or a transcript turn, after the
      // label's colon), then "is"/"was" and an office or a profession, introduces the person as an apposition would
      // (broadcast scripts introduce guests so).
      const opensClause = name.from === 0 || toks[name.from - 1]?.text === ":";
      if (opensClause && name.to - name.from >= 2 && (after?.key === "is" || after?.key === "was")) {
        const appos = apposition(s, name.to + 1, covered);
        if (appos && !appos.secondHat) {
          found.push({ name, roles: appos.roles, sentence: s, cued: true });
          introductions.add(s.index);
          i = appos.next - 1;
          continue;
        }
      }
      // "Kim Seo-yeon of the Korea National Diplomatic Academy told a seminar", "Rahul Menon, who follows …": a full
      // name with the research body it speaks from, or with a relative "who", is a person's (bodies take "which").
      const bodyWord = toks.slice(name.from, name.to).some((w) => AFFILIATIONS.has(w.key) || PLACE_WORDS.has(w.key));
      if (
        name.to - name.from >= 2 &&
        !bodyWord &&
        (affiliationAt(s, name.to, covered) || (after?.text === "," && toks[comma + 1]?.key === "who"))
      ) {
        found.push({ name, roles: [], sentence: s, cued: true });
        i = name.to - 1;
        continue;
      }
      const according = toks[i - 1]?.key === "to" && toks[i - 2]?.key === "according";
      const verbBefore = toks[i - 1]?.text ?? "";
      // "said Le Hong Hiep" names the speaker; "told Tuoi Tre", "asked Japan" name the listener.
      // "Japan has concluded Reciprocal Access Agreements": a verb after an auxiliary has its subject before it and
      // takes an object; only an inverted attribution ("…," said X) names its speaker after the verb.
      const spoke =
        SPEECH_VERBS.has(verbBefore) && !LISTENER_VERBS.has(verbBefore) && !AUXILIARIES.has(toks[i - 2]?.key ?? "");
      const saidBefore = (according || spoke) && name.to - name.from >= 2;
      const saidAfter = (after && SPEECH_VERBS.has(after.text)) || saidAfterAside(toks, comma, name);
      if (saidAfter || saidBefore) found.push({ name: trimToSurname(s, name), roles: [], sentence: s, cued: false });
      else if (vietnameseName(s, name) || knownPerson(s, name)) {
        found.push({ name, roles: [], sentence: s, cued: false });
      }
      i = name.to - 1;
    }
  }
  const merged = mergePeople(found);
  const { owners } = merged;
  let { people } = merged;
  givenNamesOfSurnames(sentences, people, covered);
  addUncuedMentions(sentences, people);
  // "Hugh Kilbride is a former diplomat who …" closing an opinion page is its author's note: a person introduced so and
  // never named again anywhere else is no one the story is about (a broadcast guest introduced so speaks later).
  if (introductions.size > 0)
    people = people.filter((p) => p.mentions.some((m) => !introductions.has(m.sentenceIndex)));
  officesAfterAs(sentences, people, covered);
  counterpartOffices(found, owners, people);
  sharedOffices(sentences, people);
  // A transcript's host or reporter may be named only in its speaker labels ('SABRA LANE:'): read after the text's own
  // people, so a label never doubles someone the text names.
  const read = [...people, ...labelledPeople(sentences, labels, people)];
  labelRoles(read, labels, labelNameWords);
  // A briefing's spokesperson named only in the byline and labelled 'MR MILLER:' in the transcript.
  const briefer = bylineSpeaker(byline, labels, read, sentences, isTitleWord);
  return briefer ? [...read, briefer] : read;
}

const QUESTION_LABELS = new Set(quoteJson.questionLabels.map((w) => fold(w)));
const ANSWER_LABELS = new Set(quoteJson.answerLabels.map((w) => fold(w)));
const TURN_HONORIFICS = new Set(quoteJson.turnHonorifics.map((w) => fold(w)));
const STYLES = new Set(titles.honorifics.filter((h) => !/\s/.test(h)).map((h) => fold(h.replace(/\.$/, ""))));
// 'DER SPIEGEL:', 'THE ECONOMIST:': a label opening with an article names a publication asking, not a person.
const LABEL_ARTICLES = new Set([...quoteJson.labelArticles, ...titles.notNameWords].map((w) => fold(w)));
// A name's word: capitalised letters, perhaps hyphened or with an apostrophe ('Keon-hee', "O'Neill"); no full stops.
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;

/** Words of a label that could be a person's full name: two to four name-shaped words, none an office or a style. */
function labelNameWords(label: string): string[] | null {
  const words = label.trim().split(/\s+/);
  while (words.length > 2 && PROGRAMME_ROLES.has(fold(words[0] as string))) words.shift();
  if (LABEL_ARTICLES.has(fold(words[0] as string))) return null;
  if (words.length < 2 || words.length > 4) return null;
  for (const w of words) {
    const key = fold(w);
    if (!NAME_WORD.test(w) || isTitleWord(key) || TURN_HONORIFICS.has(key) || STYLES.has(key)) return null;
    if (QUESTION_LABELS.has(key) || ANSWER_LABELS.has(key) || countryCode(w)) return null;
  }
  return words;
}

/** The body the sentences were split from, with every run of white space between them as spaces (offsets kept). */
function bodyOf(sentences: readonly Sentence[]): string {
  let text = "";
  for (const s of sentences) text += " ".repeat(Math.max(0, s.start - text.length)) + s.text;
  return text;
}

/**
 * People a transcript names only in its speaker labels: a host, a reporter or a guest whose turns are labelled with
 * their full name ('SABRA LANE:', 'AUDIE CORNISH, HOST:', '[00:00:04] Joanne Lim:') while the text introduces them in
 * a shape the people reader does not take ('NPR's Michael Sullivan', a programme's credits) or not at all. A label is
 * read as a person's name only on a page of two labelled turns or more, when it is two to four name-shaped words that
 * no person already read holds, names no place, body or outlet, and is confirmed by the transcript itself: the same
 * label opens another turn, or another turn is labelled by one of its words alone ('CORNISH:', 'Joanne:'). One of its
 * turns must say something rather than ask (an outlet asking twice at a briefing is no person).
 */
function labelledPeople(
  sentences: readonly Sentence[],
  labels: readonly SpeakerLabel[],
  people: readonly Person[],
): Person[] {
  if (labels.length < 2) return [];
  const body = bodyOf(sentences);
  // A label names someone already read when its last word ends a person's name ('JOE BIDEN' and Joseph R. Biden) or
  // all its words are in one person's name ('MINH CHINH'); sharing one other word is common among Vietnamese names
  // ('MINH TUAN' beside Pham Minh Chinh) and names someone else.
  const keyWords = people.map((p) => p.key.split(" "));
  const lastWords = new Set(keyWords.map((w) => w.at(-1)));
  const namesKnown = (keys: readonly string[]) =>
    lastWords.has(keys.at(-1)) || keyWords.some((words) => keys.every((k) => words.includes(k)));
  const heads = labels.map((l) => fold(l.head));
  const out: Person[] = [];
  const byKey = new Map<string, Person>();
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k] as SpeakerLabel;
    const words = labelNameWords(l.head);
    if (!words) continue;
    const keys = words.map((w) => fold(w));
    if (namesKnown(keys)) continue;
    // Confirmed by another label, by the name written out in the text ('Our reporter Daniel Mwangi has more') or by a
    // programme role in the label ('ANCHOR (Hoang Lan):'), which says a person speaks.
    const written = new RegExp(`(?<![\\p{L}])${words.join("\\s+")}(?![\\p{L}])`, "iu");
    const confirmed =
      !!l.role ||
      heads.some((h, j) => j !== k && (h === fold(l.head) || keys.includes(h) || h.endsWith(` ${keys.join(" ")}`))) ||
      written.test(body.slice(0, l.start) + " ".repeat(l.head.length) + body.slice(l.start + l.head.length));
    if (!confirmed) continue;
    const own = labels.filter((x) => fold(x.head) === fold(l.head) || keys.includes(fold(x.head)));
    if (!own.some((x) => x.rest && !/\?["”’)]*$/.test(x.rest))) {
      // A label standing alone on its line speaks in the paragraphs after it.
      if (!own.some((x) => !x.rest)) continue;
    }
    if (knownOutlet(l.head) || findPlaces(splitSentences(l.head)).length > 0) continue;
    const name = readCanonicalName(words.join(" "));
    const key = fold(name);
    let person = byKey.get(key);
    if (!person) {
      person = { name, key, roles: [], mentions: [] };
      byKey.set(key, person);
      out.push(person);
    }
  }
  if (out.length === 0) return out;
  // Mentions at the labels, with the sentence each label opens, so offsets stay the body's.
  const sentenceAt = (at: number) => sentences.find((s) => s.start <= at && at < s.end)?.index ?? 0;
  for (const l of labels) {
    const words = labelNameWords(l.head);
    const person = words && byKey.get(fold(readCanonicalName(words.join(" "))));
    if (!person) continue;
    const at = l.start + l.head.lastIndexOf(words[0] as string);
    const surface = l.head.slice(at - l.start);
    person.mentions.push({ sentenceIndex: sentenceAt(at), start: at, end: at + surface.length, surface });
  }
  return out.filter((p) => p.mentions.length > 0);
}

// How far an aside after an age may run before the speech verb.
const AGED_ASIDE_TOKENS = 40;

/**
 * "Na Seung-woo, head of a plant in Bac Ninh, said": a full name, an aside between commas that no title reading
 * explains, then a speech verb. The aside is short and holds no other speaker's verb; an age may stand before it.
 */

function saidAfterAside(toks: readonly Token[], comma: number, name: Span): boolean {
  if (name.to - name.from < 2 || toks[comma]?.text !== ",") return false;
  // "Tran Minh Quang Vu, 29, a software engineer, said": an age between commas goes before the aside.
  const age = toks[comma + 1];
  const aged = age?.kind === "number" && /^\d{1,3}$/.test(age.text) && toks[comma + 2]?.text === ",";
  const from = aged ? comma + 2 : comma;
  // After an age the aside may run long and hold commas of its own ('Tran Thi Mai, 46, a trader from Kharkiv who
  // lived in Lviv, Ukraine, for ten years, said'): an age after a full name marks a person profiled, so the aside runs
  // to the comma before the speech verb.
  const reach = aged ? AGED_ASIDE_TOKENS : 16;
  for (let k = from + 1; k < from + reach && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.text === "," && aged && !SPEECH_VERBS.has(toks[k + 1]?.text ?? "")) continue;
    if (t.text === ",") return SPEECH_VERBS.has(toks[k + 1]?.text ?? "");
    if (t.text === "." || t.text === ";" || t.text === ":" || t.text === '"' || SPEECH_VERBS.has(t.text)) return false;
  }
  return false;
}

/**
 * "Prime Ministers Prayut Chan-o-cha and Nguyen Xuan Phuc", "Foreign Ministers A and B": a title in the plural before two
 * names joined by "and" is the office each of them holds.
 */
function pluralTitle(s: Sentence, i: number, covered: Covered): { names: Span[]; role: Span; next: number } | null {
  const toks = s.tokens;
  // AP style writes the same title in lower case ("foreign ministers Wang Yi and …"), its modifiers too.
  const cap = toks[i]?.cap === true;
  const modifier = (t: Token | undefined) =>
    !!t && t.cap === cap && (cap ? ROLE_WORDS.has(t.key) : LOWER_MODS.has(t.key));
  let k = i;
  while (k < i + 3 && modifier(toks[k])) k++;
  const head = toks[k];
  if (!head || head.cap !== cap || !PLURAL_HEADS.has(head.key)) return null;
  // "Our foreign ministers, Bui Thanh Son and Park Jin, will …": the two names may stand between commas.
  const comma = toks[k + 1]?.text === ",";
  const a = parseName(s, skipHonorifics(toks, k + (comma ? 2 : 1)), covered, 2);
  if (!a || toks[a.to]?.key !== "and") return null;
  const b = parseName(s, skipHonorifics(toks, a.to + 1), covered, 2);
  if (!b) return null;
  const end = toks[b.to]?.text;
  if (comma && end !== undefined && end !== "," && end !== "." && end !== ";") return null;
  return { names: [a, b], role: { from: i, to: k + 1, plural: true }, next: b.to };
}

// "presidents" → "president": the plural of each one-word head and of each two-word head, folded.
const PLURAL_HEADS = new Map<string, string>();
for (const h of titles.heads) {
  const key = fold(h);
  if (/^[a-z]+(?: [a-z]+)?$/.test(key) && !key.endsWith("s") && !key.endsWith("y")) PLURAL_HEADS.set(`${key}s`, key);
}
// Every lower-case word the main loop of `findPeople` reads further: a plural head, a lower-case role word or a
// patronym particle (a token's key is its text folded, so the folded particles hold every text PATRONYM holds).
// Asked of every lower-case word: most are settled by their shape, without a lookup (WordSet).
const LOWER_OPENERS = new WordSet([...PLURAL_HEADS.keys(), ...LOWER_ROLES, ...[...PATRONYM].map(fold)]);

/**
 * "When President Truong Tan Sang sat down with Barack Obama …, the two presidents agreed": the office of one of the
 * two people named last is the other's too, when the other has none read.
 */
function sharedOffices(sentences: readonly Sentence[], people: Person[]): void {
  for (const s of sentences) {
    const toks = s.tokens;
    for (let k = 0; k + 2 < toks.length; k++) {
      if (toks[k]?.key !== "the" || toks[k + 1]?.key !== "two") continue;
      const one = toks[k + 2]?.key ?? "";
      const office = PLURAL_HEADS.get(`${one} ${toks[k + 3]?.key ?? ""}`) ?? PLURAL_HEADS.get(one);
      if (!office) continue;
      const at = (toks[k] as Token).start;
      // The two people named last before the phrase, in this sentence or the one before.
      const last = (p: Person) =>
        Math.max(-1, ...p.mentions.filter((m) => m.sentenceIndex >= s.index - 1 && m.start < at).map((m) => m.start));
      const pair = people
        .filter((p) => last(p) >= 0)
        .sort((a, b) => last(b) - last(a))
        .slice(0, 2);
      const [a, b] = pair;
      if (!a || !b) continue;
      const holds = (p: Person) => p.roles.find((r) => fold(r.role) === office || fold(r.role).endsWith(` ${office}`));
      const [holder, other] =
        holds(a) && b.roles.length === 0 ? [a, b] : holds(b) && a.roles.length === 0 ? [b, a] : [];
      const role = holder ? holds(holder) : undefined;
      if (!other || !role) continue;
      other.roles.push({ role: role.role, start: role.start, end: role.end });
    }
  }
}

/**
 * "re-elected To Lam as its general secretary", "elected Nguyen Phu Trong, Politburo member …, as General Secretary",
 * "Mr Lam, who also served briefly as state president": the office after "as" is the person's, when an appointing verb
 * stands before the name or a serving verb in the "who" clause after it.
 */
function officesAfterAs(sentences: readonly Sentence[], people: Person[], covered: Covered): void {
  for (const p of people) {
    for (const m of p.mentions) {
      const s = sentences[m.sentenceIndex];
      if (!s) continue;
      const toks = s.tokens;
      const first = toks.findIndex((t) => t.start === m.start);
      const last = toks.findIndex((t) => t.end === m.end);
      if (first < 0 || last < 0) continue;
      let k = last + 1;
      const appointed = APPOINTING.has(toks[first - 1]?.key ?? "");
      if (appointed && toks[k]?.text === ",") {
        // An apposition between the name and "as": up to its closing comma.
        let c = k + 1;
        while (c < toks.length && c < k + 25 && toks[c]?.text !== "," && toks[c]?.text !== ".") c++;
        k = toks[c]?.text === "," ? c + 1 : -1;
      } else if (!appointed && toks[k]?.text === "," && toks[k + 1]?.key === "who") {
        // ", who also served briefly as": lower-case words only, one of them a serving verb.
        let c = k + 2;
        let serving = false;
        while (c < k + 7 && toks[c]?.kind === "word" && !toks[c]?.cap && toks[c]?.key !== "as") {
          if (SERVING.has(toks[c]?.key ?? "")) serving = true;
          c++;
        }
        k = serving ? c : -1;
      } else if (!appointed) continue;
      if (k < 0 || toks[k]?.key !== "as") continue;
      let r = k + 1;
      if (AS_DETERMINERS.has(toks[r]?.key ?? "")) r++;
      const chain = parseRoleChain(s, r, covered);
      // "as President Biden's guest": a name after the title makes it someone else's.
      if (!chain || parseName(s, chain.next, covered, 1)) continue;
      for (const role of chain.roles) {
        const name = roleName(textOf(s, { from: role.from, to: role.office ?? role.to }));
        if (name === "" || RELATIONS.has(fold(name).split(" ").at(-1) ?? "")) continue;
        if (p.roles.some((x) => fold(x.role) === fold(name))) continue;
        const a = toks[role.from] as Token;
        const b = toks[role.to - 1] as Token;
        p.roles.push({ role: name, start: a.start, end: b.end });
      }
    }
  }
}

/**
 * "For Carl Thayer, the upgrade …" then "Professor Thayer said": a person the text cues only by surname is the one it
 * names in full, uncued, elsewhere: one capitalised word straight before the surname that is no title, place or
 * function word, the same given name wherever the pair stands.
 */
function givenNamesOfSurnames(sentences: readonly Sentence[], people: Person[], covered: Covered): void {
  const lone = new Map<string, Person>();
  for (const p of people) if (!p.key.includes(" ") && !p.key.includes("-")) lone.set(p.key, p);
  if (lone.size === 0) return;
  const taken = new Set(people.map((p) => p.key));
  const given = new Map<Person, string | null>();
  for (const s of sentences) {
    const toks = s.tokens;
    for (let k = 1; k < toks.length; k++) {
      const p = lone.get((toks[k] as Token).key);
      if (!p || !(toks[k] as Token).cap) continue;
      const g = toks[k - 1] as Token;
      const before = toks[k - 2];
      const ok =
        g.kind === "word" &&
        g.cap &&
        glued(g, toks[k]) === false &&
        /^\p{Lu}\p{Ll}+$/u.test(g.text) &&
        !NOT_NAME.has(g.key) &&
        !FUNCTION_WORDS.has(g.key) &&
        !DEMONYMS.has(g.key) &&
        !PLACE_WORDS.has(g.key) &&
        !covered(s.index, k - 1) &&
        // Mid-sentence after a lower-case word or a comma ("But Thayer said" opens with no given name); a third
        // capital before the pair makes it part of a longer name or a body's name, but a preposition opening the
        // sentence ("For Carl Thayer, …") is only capitalised.
        !!before &&
        ((before.kind === "word" && !before.cap) ||
          before.text === "," ||
          (k === 2 && OPENING_PREPOSITIONS.has(before.key)) ||
          officeOfPlace(toks, k - 2) ||
          // "Adviser to the Prime Minister on Foreign Affairs and National Security Sartaj Aziz": a long title the
          // reader could not follow ends on a word of an office's complement, and the name starts after it.
          (before.kind === "word" && before.cap && COMPLEMENT.has(before.key) && !COMPLEMENT.has(g.key))) &&
        !toks[k + 1]?.cap;
      if (!ok) continue;
      const name = `${g.text} ${(toks[k] as Token).text}`;
      const had = given.get(p);
      given.set(p, had === undefined || had === name ? name : null);
    }
  }
  for (const [p, name] of given) {
    if (!name) continue;
    const full = canonicalName(name);
    const key = shortKey(full);
    if (taken.has(key)) continue;
    p.name = full;
    p.key = key;
  }
}

/**
 * "Mayor of Sakai Hideki Nagafuji": the one capitalised word at k closes "<title> of <place>", so the pair after it may
 * be a name (the place is a single word, straight after "of" and a title's last word).
 */
function officeOfPlace(toks: readonly Token[], k: number): boolean {
  const place = toks[k];
  const title = toks[k - 2];
  return (
    place?.kind === "word" &&
    place.cap &&
    toks[k - 1]?.key === "of" &&
    title?.kind === "word" &&
    title.cap &&
    HEAD_LAST.has(title.key)
  );
}

/**
 * Once a full name is known, its other occurrences are mentions too, cue or not; so is one part of it used alone
 * before a lower-case word ("Saysomphone thanked"), when no other person shares that part.
 */
function addUncuedMentions(sentences: readonly Sentence[], people: Person[]): void {
  const index = new PhraseIndex<Person>();
  const parts = new Map<string, Person | null>();
  const sharers = new Map<string, Person[]>();
  for (const p of people) {
    if (!p.key.includes(" ")) continue;
    index.add(p.name, p);
    // "Benigno Aquino III" after "Benigno S. Aquino III": the shorter form is the same person.
    const short = withoutInitials(withoutInnerHonorifics(p.name));
    if (short !== p.name) index.add(short, p);
    const words = nameParts(p.key);
    for (const w of [words[0], words.at(-1)]) {
      if (!w || NOT_NAME.has(w) || FUNCTION_WORDS.has(w)) continue;
      parts.set(w, parts.has(w) && parts.get(w) !== p ? null : p);
      const list = sharers.get(w) ?? [];
      if (!list.includes(p)) list.push(p);
      sharers.set(w, list);
    }
  }
  // "said Nguyen Hoang Linh" then "Nguyen, a visiting fellow …": a part two people share is the one of them named
  // last, within the two sentences before.
  const lastNamed = (w: string, s: Sentence, at: number): Person | undefined => {
    let best: Person | undefined;
    let nearest = -1;
    for (const p of sharers.get(w) ?? []) {
      for (const m of p.mentions) {
        if (m.start < at && m.start > nearest && m.sentenceIndex >= s.index - 2 && m.surface.includes(" ")) {
          nearest = m.start;
          best = p;
        }
      }
    }
    return best;
  };
  // Only full names are looked for again: with none, no sentence needs reading.
  const named = people.some((p) => p.key.includes(" "));
  for (const s of named ? sentences : []) {
    for (const m of index.scan(s.tokens)) {
      const a = s.tokens[m.from] as Token;
      const b = s.tokens[m.to - 1] as Token;
      if (m.value.mentions.some((x) => x.start === a.start)) continue;
      m.value.mentions.push({
        sentenceIndex: s.index,
        start: a.start,
        end: b.end,
        surface: s.text.slice(a.start - s.start, b.end - s.start),
      });
    }
    s.tokens.forEach((t, k) => {
      const part = t.cap ? parts.get(t.key) : undefined;
      const owner = part === null ? lastNamed(t.key, s, t.start) : part;
      const next = s.tokens[k + 1];
      if (!owner || s.tokens[k - 1]?.cap || next?.cap) return;
      if (owner.mentions.some((x) => x.start <= t.start && x.end >= t.end)) return;
      owner.mentions.push({ sentenceIndex: s.index, start: t.start, end: t.end, surface: t.text });
    });
  }
  for (const p of people) p.mentions.sort((x, y) => x.start - y.start);
}

/** Three or four plain words from a known surname, not a place ("Nguyen Phu Trong", not "Ho Chi Minh City"). */
function vietnameseName(s: Sentence, name: Span): boolean {
  const words = s.tokens.slice(name.from, name.to);
  if (words.length < 3 || words.length > 4 || !SURNAMES.has(words[0]?.key ?? "")) return false;
  // Mid-sentence only: a line opening with a bare name is as often an author's bio as news.
  const prev = s.tokens[name.from - 1];
  // "As Nguyen Thi Lan Huong … put it": a preposition opening the sentence is no part of a name.
  const opener = name.from === 1 && OPENING_PREPOSITIONS.has(prev?.key ?? "");
  if (!opener && (!prev || prev.cap || (prev.kind !== "word" && prev.text !== ","))) return false;
  if (words.some((w) => w.kind !== "word" || w.text.length > 7 || PLACE_WORDS.has(w.key))) return false;
  return !PLACE_WORDS.has(s.tokens[name.to]?.key ?? "");
}

const AFFILIATIONS = new Set(titles.affiliationWords.map(fold));
const STATE_POSSESSORS = new Set(titles.statePossessors.map(fold));

/**
 * "of the Korea National Diplomatic Academy", "of the Institute for Foreign Policy and Strategic Studies": "of" and a
 * capitalised name of up to seven words that holds a research or teaching body's word.
 */
function affiliationAt(s: Sentence, at: number, covered: Covered): boolean {
  const toks = s.tokens;
  if (toks[at]?.key !== "of") return false;
  let k = at + 1 + (toks[at + 1]?.key === "the" ? 1 : 0);
  const from = k;
  let body = false;
  while (k < from + 8) {
    const t = toks[k];
    if (t?.kind === "word" && (t.cap || covered(s.index, k))) body ||= AFFILIATIONS.has(t.key);
    else if (!(t && ["of", "for", "and", "on"].includes(t.key) && toks[k + 1]?.cap)) break;
    k++;
  }
  return body && toks[k - 1]?.cap === true;
}

/** A public figure the data lists, named whole and not as part of a place ("Ho Chi Minh City"). */
function knownPerson(s: Sentence, name: Span): boolean {
  if (PLACE_WORDS.has(s.tokens[name.to]?.key ?? "")) return false;
  return KNOWN_PEOPLE.has(unhyphened(shortKey(canonicalName(textOf(s, name)))));
}

/** Without a title, stray capitals before a Vietnamese surname are not part of the name ("Traffic Tao Chi Trung said"). */
function trimToSurname(s: Sentence, name: Span): Span {
  if (name.to - name.from < 3) return name;
  for (let k = name.from; k < name.to - 1; k++) {
    if (SURNAMES.has(s.tokens[k]?.key ?? "")) return { from: k, to: name.to };
  }
  return name;
}

/** A lone capitalised word after a title is a surname only where a name can end: "President Biden said", "Kishida's". */
function standsAlone(f: Found): boolean {
  const toks = f.sentence.tokens;
  // "the State Palace", "to Government Palace": a building after a title word is a place, not a surname.
  if (f.name.to - f.name.from === 1 && PLACE_WORDS.has(toks[f.name.from]?.key ?? "")) return false;
  const next = toks[f.name.to];
  if (!next) return true;
  if (next.text === "'") return toks[f.name.to + 1]?.key === "s";
  if (next.key === "of") return false;
  return [",", ".", ";", ":", "and", "(", ")"].includes(next.key) || SPEECH_VERBS.has(next.text) || !next.cap;
}

/** Name words without a generational suffix: "ferdinand marcos jr." → ferdinand, marcos. */
function nameParts(key: string): string[] {
  return key.split(" ").filter((w) => !SUFFIXES.has(w.replace(/\.$/, "")));
}

/**
 * "Mohamed Khaled" after "Mohamed Khaled Nordin": a name of two words or more that is the full name without its last
 * word (a father's name, a family name news drops on second mention) is the same person. One word only: "Aung San"
 * beside "Aung San Suu Kyi" is her father. Not for Vietnamese names, which keep the given name (the last word) when
 * they shorten, so "Nguyen Van" or "Tran Dai" is never the short form of anyone.
 */
function droppedLastName(short: string, full: string): boolean {
  if (!short.includes(" ") || !full.startsWith(`${short} `)) return false;
  const rest = full.slice(short.length + 1);
  const first = short.split(" ")[0] ?? "";
  return !rest.includes(" ") && !SUFFIXES.has(rest.replace(/\.$/, "")) && !SURNAMES.has(first) && !PARTICLES.has(rest);
}

const isCounterpart = (role: string) => /\bcounterpart$/i.test(role);

/**
 * "Prime Minister Modi held talks with his Vietnamese counterpart Nguyen Xuan Phuc": a counterpart holds the office of
 * the person named before him in the sentence, when that person holds exactly one.
 */
function counterpartOffices(found: readonly Found[], owners: ReadonlyMap<Found, Person>, people: Person[]): void {
  for (const f of found) {
    const p = owners.get(f);
    const last = f.roles.at(-1);
    if (!p || !last || !isCounterpart(textOf(f.sentence, last))) continue;
    // An office of his own, read anywhere in the story, is what he holds; the host's is only a fallback.
    if (p.roles.length > 0) continue;
    // The host is the person named last before him in the sentence ("Foreign Minister Son and his French counterpart
    // Barrot", after "Prime Minister Barnier"), cued or not ("Trudeau and his Vietnamese counterpart, Phuc").
    const at = (f.sentence.tokens[f.name.from] as Token).start;
    let hostPerson: Person | undefined;
    let nearest = -1;
    for (const q of people) {
      if (q === p) continue;
      for (const m of q.mentions) {
        // "Foreign Minister Iwaya, who accompanied Ishiba, held talks with his counterpart": a person named inside a
        // relative clause is not the one who holds the talks.
        if (inRelativeClause(f.sentence, m.start, at)) continue;
        if (m.sentenceIndex === f.sentence.index && m.start < at && m.start > nearest) {
          nearest = m.start;
          hostPerson = q;
        }
      }
    }
    // "Speaking alongside his Vietnamese counterpart Tran Dai Quang, Mr Obama said": with no one named before him in
    // the sentence, the host is the person named next, the subject the opening phrase belongs to.
    if (!hostPerson) {
      const end = (f.sentence.tokens[f.name.to - 1] as Token).end;
      let first = Number.POSITIVE_INFINITY;
      for (const q of people) {
        if (q === p) continue;
        for (const m of q.mentions) {
          if (m.sentenceIndex === f.sentence.index && m.start > end && m.start < first) {
            first = m.start;
            hostPerson = q;
          }
        }
      }
    }
    const offices = hostPerson?.roles.filter((r) => !SECOND_READINGS.has(r) && !isCounterpart(r.role)) ?? [];
    const office = offices.length === 1 ? offices[0] : undefined;
    if (!office) continue;
    const ra = f.sentence.tokens[last.from] as Token;
    const rb = f.sentence.tokens[last.to - 1] as Token;
    p.roles.push({ role: office.role, start: ra.start, end: rb.end });
  }
}

const RELATIVES = new Set(["who", "whom", "whose", "which"]);

/** The words at `start` stand in a clause ", who …," that closes before `before`. */
function inRelativeClause(s: Sentence, start: number, before: number): boolean {
  const toks = s.tokens;
  const at = toks.findIndex((t) => t.start === start);
  if (at < 0) return false;
  let open = -1;
  for (let k = at - 1; k >= 0; k--) {
    if (toks[k]?.text !== ",") continue;
    open = RELATIVES.has(toks[k + 1]?.key ?? "") ? k : -1;
    break;
  }
  if (open < 0) return false;
  return toks.some((t, k) => k > at && t.text === "," && t.start < before);
}

/**
 * Roles read besides the title as written: with its state ("Vietnamese Prime Minister", "President of China") or in
 * its long form ("Minister of Foreign Affairs"). They never make the office as written redundant, nor count as a
 * second office.
 */
const SECOND_READINGS = new WeakSet<object>();

function mergePeople(found: Found[]): { people: Person[]; owners: Map<Found, Person> } {
  const people = new Map<string, Person>();
  const full = found.filter((f) => f.name.to - f.name.from >= 2 && !f.honorificOnly);
  const owners = new Map<Found, Person>();
  const add = (key: string, name: string, f: Found) => {
    let p = people.get(key);
    if (!p) {
      p = { name, key, roles: [], mentions: [] };
      people.set(key, p);
    } else if (shortKey(name) === key && name.split(" ").length > p.name.split(" ").length) {
      // "Benigno Aquino III" first, "Benigno S. Aquino III" later: the person is named in the fullest form given.
      p.name = name;
    }
    owners.set(f, p);
    const a = f.sentence.tokens[f.name.from] as Token;
    const b = f.sentence.tokens[f.name.to - 1] as Token;
    p.mentions.push({
      sentenceIndex: f.sentence.index,
      start: a.start,
      end: b.end,
      surface: textOf(f.sentence, f.name),
    });
    // One reading per office: "Vietnamese Prime Minister" is the office "Prime Minister" held for Vietnam, not a
    // second role (the state is the person's country, already a finding of its own).
    for (const r of f.roles) {
      const asWritten = textOf(f.sentence, { from: r.from, to: r.office ?? r.to });
      const written = r.plural ? asWritten.replace(/s$/, "") : asWritten;
      // "Dung, the first Vietnamese head of government to visit …": a lower-case rank in a series of visitors describes
      // the visit, not an office ("First Deputy Prime Minister", capitalised, is one).
      // A two-word title ("first lady") is an office of its own.
      const words = written.split(" ");
      if (words.length >= 3 && RANKING.has(words[0] ?? "")) continue;
      const role = roleName(written);
      // "his grandfather Kim Il Sung": a relation names the person, it is no office.
      if (role === "" || RELATIONS.has(fold(role).split(" ").at(-1) ?? "")) continue;
      if (!p.roles.some((x) => fold(x.role) === fold(role))) {
        const ra = f.sentence.tokens[r.from] as Token;
        const rb = f.sentence.tokens[r.to - 1] as Token;
        const entry = { role, start: ra.start, end: rb.end };
        p.roles.push(entry);
      }
    }
  };
  for (const f of full) {
    const name = canonicalName(writtenName(f));
    // "Díaz-Canel" after "Miguel Díaz-Canel": a hyphenated surname alone is the person named in full.
    // "Lula da Silva" after "Luiz Inácio Lula da Silva": the full name's last words are the same person ("Aung San"
    // before "Aung San Suu Kyi" is her father, so only an ending counts).
    const key = shortKey(name);
    // "U.Khurelsukh" after "Ukhnaagiin Khurelsukh": a glued initial and the surname name the person named in full.
    const glued = GLUED_NAME.exec(name);
    const owner = [...people.values()].find(
      (p) =>
        p.key.endsWith(` ${key}`) ||
        droppedLastName(key, p.key) ||
        // "Díaz-Canel" after "Miguel Díaz-Canel Bermúdez": a hyphenated surname inside the full name.
        (key.includes("-") && !key.includes(" ") && p.key.includes(` ${key} `)) ||
        (glued !== null &&
          nameParts(p.key).at(-1) === fold(glued[2] ?? "") &&
          p.key.startsWith(fold(glued[1] ?? "")) &&
          p.key.includes(" ")),
    );
    if (owner) add(owner.key, owner.name, f);
    else {
      // "Lula da Silva" first, "Luiz Inácio Lula da Silva" later: the person named so far by the full name's last words
      // is the same person, now filed under the fullest form given (as "Lula da Silva" after the full name is).
      const shorter = [...people.values()].find(
        (p) => p.key.includes(" ") && (key.endsWith(` ${p.key}`) || droppedLastName(p.key, key)),
      );
      if (shorter) {
        people.delete(shorter.key);
        shorter.key = key;
        shorter.name = name;
        people.set(key, shorter);
      }
      add(key, name, f);
    }
  }
  for (const f of found) {
    if (f.honorificOnly) {
      // The person last introduced with every one of these honorific words ("Samdech Moha Borvor Thipadei Hun Manet").
      const words = f.honorific ?? [];
      const intro = found
        .filter((g) => g !== f && !g.honorificOnly && owners.get(g) && g.sentence.index <= f.sentence.index)
        .filter((g) => words.every((w) => g.honorific?.includes(w)))
        .at(-1);
      const owner = intro ? owners.get(intro) : undefined;
      if (owner) add(owner.key, owner.name, f);
      continue;
    }
    if (f.name.to - f.name.from >= 2) continue;
    const word = (f.sentence.tokens[f.name.from] as Token).key;
    // "Tengku Zafrul" after "Tengku Zafrul Abdul Aziz": the word after the style is the name used alone.
    const styled = f.style ? fold(f.style) : null;
    // A bare surname: Vietnamese and Western names put it last ("Trung", "Blinken"), Chinese first ("Xu").
    const owner = f.monarch
      ? undefined
      : [...people.values()].find((p) => {
          const parts = nameParts(p.key);
          // "Lula" for "Luiz Inácio Lula da Silva": the word before a surname particle is the name used alone.
          const beforeParticle = parts.some((w, k) => k >= 2 && PARTICLES.has(w) && parts[k - 1] === word);
          const afterStyle = styled !== null && parts[0] === styled && parts[1] === word;
          return parts.at(-1) === word || parts[0] === word || beforeParticle || afterStyle;
        });
    const alias = NAME_ALIASES.get(word);
    if (alias) add(fold(alias), alias, f);
    else if (owner) add(owner.key, owner.name, f);
    else if (
      !f.cued &&
      !f.needsOwner &&
      KNOWN_BY_PART.has(word) &&
      !SURNAMES.has(nameParts(fold(KNOWN_BY_PART.get(word) ?? ""))[0] ?? "")
    ) {
      // "Modi told the press", where the full name stood only in a caption or dateline the cleaner removed: the surname
      // of a public figure the data lists, speaking, is that figure (not a Vietnamese given name: "Trung" is many people).
      const known = KNOWN_BY_PART.get(word) as string;
      add(shortKey(known), known, f);
    } else if (f.cued && !f.needsOwner && standsAlone(f)) {
      // "Thai Prime Minister Srettha": a public figure the data lists, when only one of them has that name.
      const known = KNOWN_BY_PART.get(word);
      const name = known ?? writtenName(f);
      add(fold(name), name, f);
    }
  }
  // "Ts.Elbegdorj" before "Tsakhia Elbegdorj": the glued initial named first is the person named in full later.
  for (const p of [...people.values()]) {
    const short = GLUED_NAME.exec(p.name);
    if (!short) continue;
    const full = [...people.values()].find(
      (o) =>
        o !== p &&
        o.key.includes(" ") &&
        nameParts(o.key).at(-1) === fold(short[2] ?? "") &&
        o.key.startsWith(fold(short[1] ?? "")),
    );
    if (!full) continue;
    full.mentions.push(...p.mentions);
    for (const r of p.roles) if (!full.roles.some((x) => fold(x.role) === fold(r.role))) full.roles.push(r);
    for (const [f, o] of owners) if (o === p) owners.set(f, full);
    people.delete(p.key);
  }
  // A bare "Minister" adds nothing when the text also gives "Minister of Foreign Affairs"; nor does "leader" beside
  // "General Secretary".
  for (const p of people.values()) {
    const office = p.roles.some((r) => !GENERIC.has(fold(r.role)));
    p.roles = p.roles.filter(
      (r) =>
        !(office && GENERIC.has(fold(r.role))) &&
        !p.roles.some((o) => o !== r && !SECOND_READINGS.has(o) && ` ${fold(o.role)} `.includes(` ${fold(r.role)} `)),
    );
  }
  return { people: [...people.values()], owners };
}
