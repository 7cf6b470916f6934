// The words the people reader knows offices, honorifics and name particles by (data/titles.json), as sets ready to
// look up; apart so every pass reads one lexicon, and the quote reader the same title words.
import { z } from "zod";
import countryData from "../data/countries.json" with { type: "json" };
import data from "../data/titles.json" with { type: "json" };
import { fold } from "../fold.js";
import { type Token, tokenize } from "../tokens.js";

const Titles = z.object({
  heads: z.array(z.string()),
  modifiers: z.array(z.string()),
  bodyOrgans: z.array(z.string()),
  complementWords: z.array(z.string()),
  honorifics: z.array(z.string()),
  dottedHonorifics: z.array(z.string()),
  affiliationWords: z.array(z.string()),
  statePossessors: z.array(z.string()),
  blocOwners: z.array(z.string()),
  aliases: z.record(z.string(), z.string()),
  roleNouns: z.array(z.string()),
  speechVerbs: z.array(z.string()),
  seatHeads: z.array(z.string()),
  notNameWords: z.array(z.string()),
  lowercaseHeads: z.array(z.string()),
  relationNouns: z.array(z.string()),
  lowercaseModifiers: z.array(z.string()),
  vietnameseSurnames: z.array(z.string()),
  koreanSurnames: z.array(z.string()),
  regnalTitles: z.array(z.string()),
  monarchTitles: z.array(z.string()),
  nameSuffixes: z.array(z.string()),
  listenerVerbs: z.array(z.string()),
  headlineVerbs: z.array(z.string()),
  hyphenSuffixes: z.array(z.string()),
  nameParticles: z.array(z.string()),
  hyphenedArticles: z.array(z.string()),
  portfolioNouns: z.array(z.string()),
  holderWords: z.array(z.string()),
  serviceNouns: z.array(z.string()),
  placeWords: z.array(z.string()),
  quoteVerbs: z.array(z.string()),
  roleReferences: z.record(z.string(), z.array(z.string())),
  nationalReferences: z.array(z.string()),
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
  postNominals: z.array(z.string()),
  institutionWords: z.array(z.string()),
  ministryNouns: z.array(z.string()),
  partyOffices: z.object({
    owners: z.array(z.string()),
    offices: z.record(z.string(), z.string()),
    committeeNamedShort: z.array(z.string()),
  }),
  appointmentVerbs: z.array(z.string()),
  servingVerbs: z.array(z.string()),
  stayingVerbs: z.array(z.string()),
  seatTitles: z.array(z.string()),
  postModifiers: z.array(z.string()),
  bodyLevels: z.array(z.string()),
  verbHeads: z.array(z.string()),
  hostedEvents: z.array(z.string()),
  rankModifiers: z.array(z.string()),
  militaryRanks: z.array(z.string()),
  rankAfterHeads: z.array(z.string()),
  rankAbbreviations: z.record(z.string(), z.string()),
  bareRankAbbreviations: z.array(z.string()),
  shortTitles: z.array(z.string()),
});
export const titles = Titles.parse(data);

/** "Gen", "Lt Gen": ranks written short with no stop, folded, each with the words it spans. */
export const BARE_RANKS = titles.bareRankAbbreviations.map((r) => fold(r));

const words = (list: string[]) => new Set(list.flatMap((p) => fold(p).split(/[\s-]+/)));
export const HEAD_LAST = new Set(
  titles.heads.map(
    (h) =>
      fold(h)
        .split(/[\s-]+/)
        .at(-1) ?? "",
  ),
);
/**
 * "state" (of "Secretary of State"), "executive" (of "Chief Executive"): words that end a head only after its other
 * words, never a head alone. Opening a title they are a body's first word ("State Bank Governor", "State Duma
 * Chairman"), not a whole office.
 */
export const ONLY_LAST_OF_LONGER = new Set([...HEAD_LAST].filter((w) => !titles.heads.some((h) => fold(h) === w)));
export const ROLE_WORDS = new Set([...words(titles.heads), ...words(titles.modifiers)]);
export const COMPLEMENT = words(titles.complementWords);
export const BODY_ORGANS = new Set(titles.bodyOrgans);
export const DOTTED_HONORIFICS = new Set(titles.dottedHonorifics.map(fold));
// One-word honorifics, folded: "Pak Jokowi" is a style before a name, never a given name.
export const ONE_WORD_HONORIFICS = new Set(titles.honorifics.filter((h) => !h.includes(" ")).map(fold));
const HONORIFICS = [...titles.honorifics, ...titles.dottedHonorifics]
  .map((h) => tokenize(h).map((t) => t.key))
  .sort((a, b) => b.length - a.length);
// "HE", "HH" (Gulf styles) are honorifics only in capitals: "He Lifeng" is a surname, "He said" a pronoun.
export const CAPITALS_ONLY = new Map(
  titles.honorifics
    .flatMap((h) => h.split(/\s+/))
    .filter((w) => w.length >= 2 && /^\p{Lu}+$/u.test(w))
    .map((w) => [w.toLowerCase(), w]),
);
// The same list, longest first, under each first word: only those can start at a given token.
export const HONORIFICS_BY_FIRST = new Map<string, string[][]>();
// What the two lists above give a word that opens none of their phrases (most capitalised words): one shared empty list
// rather than a new one per word.
export const NO_PHRASES: readonly string[][] = [];
for (const h of HONORIFICS) {
  const list = HONORIFICS_BY_FIRST.get(h[0] ?? "") ?? [];
  list.push(h);
  HONORIFICS_BY_FIRST.set(h[0] ?? "", list);
}
export const REGNAL = new Set(titles.regnalTitles.map(fold));
export const MONARCHS = new Set(titles.monarchTitles.map((t) => fold(t).split(" ").at(-1) ?? ""));
export const SUFFIXES = new Set(titles.nameSuffixes.map(fold));
export const LISTENER_VERBS = new Set(titles.listenerVerbs);
export const HEADLINE_VERBS = new Set(titles.headlineVerbs.map(fold));
export const HYPHEN_SUFFIXES = new Set(titles.hyphenSuffixes);
export const PARTICLES = new Set(titles.nameParticles);
export const HYPHENED_ARTICLES = new Set(titles.hyphenedArticles);
export const PLACE_WORDS = new Set(titles.placeWords.map(fold));
export const AUXILIARIES = new Set(["has", "have", "had", "is", "was", "are", "were", "be", "been", "will", "would"]);
export const SPEECH_VERBS = new Set(titles.speechVerbs);
// "retired Marine Robert Roe": a service member's capitalised word before a name, no title of office.
export const SERVICE_NOUNS = new Set(titles.serviceNouns.map(fold));
// holderWords describe the holder ("Host Anwar Ibrahim, Malaysia's prime minister", "Outgoing Joko Widodo"): straight
// before a name with no title between, they are still no part of it.
export const NOT_NAME = new Set([
  ...titles.notNameWords.map(fold),
  ...ROLE_WORDS,
  ...COMPLEMENT,
  ...titles.holderWords.map(fold),
]);
export const DEMONYMS = new Set(Object.keys(countryData.demonymOrgans.demonyms).map(fold));
// A rank written short is read up to its last word ("Lt. Gen"): the full stop after it may end the sentence.
export const ROLE_ALIASES = new Map([
  ...Object.entries(titles.aliases).map(([k, v]) => [fold(k), v] as const),
  ...Object.entries(titles.rankAbbreviations).map(([k, v]) => [fold(k.replace(/\.$/, "")), v] as const),
  // A civil title written short is read up to its last word too, and given back its full stop, as printed.
  ...titles.shortTitles.map((k) => [fold(k.replace(/\.$/, "")), k] as const),
]);
// A rank as tokens' keys, longest first: "Lt. Gen." is ["lt", ".", "gen", "."].
// A civil title written short ("Gov.", "Rep.") opens a title as a rank written short does, but has no alias: the reading
// keeps it as printed.
const RANKS = [...titles.militaryRanks, ...Object.keys(titles.rankAbbreviations), ...titles.shortTitles]
  .map((r) => tokenize(r).map((t) => t.key))
  .sort((a, b) => b.length - a.length);
/**
 * The first words of titles and ranks written short with a full stop ("gov" of "Gov.", "lt" of "Lt. Gen."): before
 * their stop and a name they are a title, never the last word of a name ("Oregon Gov. Jane Roe").
 */
export const SHORT_TITLE_WORDS = new Set(
  [...titles.shortTitles, ...Object.keys(titles.rankAbbreviations)]
    .filter((r) => /^\p{L}+\./u.test(r))
    .map((r) => fold(r.slice(0, r.indexOf(".")))),
);
/** The civil titles written short, as their words' keys without the stops: "lt gov" for "Lt. Gov.". */
export const SHORT_TITLES = new Set(titles.shortTitles.map((t) => fold(t.replace(/\./g, "")).replace(/\s+/g, " ")));
/** The words from `from` to `to`, stops aside, are a civil title written short ("Gov.", "Lt. Gov."). */
export function civilShortTitle(toks: readonly Token[], from: number, to: number): boolean {
  if (to - from > 4 || !SHORT_TITLE_WORDS.has(toks[from]?.key ?? "")) return false;
  const words: string[] = [];
  for (let k = from; k < to; k++) if (toks[k]?.text !== ".") words.push(toks[k]?.key ?? "");
  return SHORT_TITLES.has(words.join(" "));
}
/** RANKS grouped by their first word, each group in RANKS' order. */
export const RANKS_BY_FIRST = new Map<string, string[][]>();
for (const rank of RANKS) RANKS_BY_FIRST.set(rank[0] ?? "", [...(RANKS_BY_FIRST.get(rank[0] ?? "") ?? []), rank]);
export const SEAT_HEADS = new Set(titles.seatHeads.map(fold));
export const RANK_AFTER = new Set(titles.rankAfterHeads.map(fold));
export const APPOINTING = new Set(titles.appointmentVerbs);
export const SERVING = new Set(titles.servingVerbs);
export const STAYING = new Set(titles.stayingVerbs);
export const POST_MODIFIERS = new Set(titles.postModifiers.map(fold));
export const SEAT_TITLES = new Set(titles.seatTitles.map(fold));
export const SEAT_MODIFIERS = words(titles.modifiers);
export const BODY_LEVELS = new Set(titles.bodyLevels.map(fold));
export const VERB_HEADS = new Set(titles.verbHeads.map(fold));
export const HOSTED_EVENTS = new Set(titles.hostedEvents.map(fold));
export const RANK_MODIFIERS = new Set(titles.rankModifiers.map(fold));
// The words an office after "as" may open with: its holder's body ("its general secretary") or none.
export const AS_DETERMINERS = new Set(["the", "its", "his", "her", "their"]);
export const NOT_OFFICE = new Set(titles.notOfficeWords);
export const RANKING = new Set(titles.rankingWords);
export const ACADEMIC_MODIFIERS = new Set(titles.academicModifiers);
export const ACADEMIC_HEADS = new Set(titles.academicHeads.map((h) => h.split(" ").at(-1) ?? ""));
export const MEMBERSHIP = new Set(titles.membershipHeads);
export const BODY_HEADS = new Set(titles.bodyHeads);
export const SHARED_POSTS = new Set(titles.sharedPostHeads.map(fold));
export const GENERIC = new Set(titles.genericTitles.map(fold));
export const PATRONYM = new Set(titles.patronymParticles);
// "the Prime Minister, currently Pham Minh Chinh": a word saying when the office is held, between title and name.
export const HOLDER_ADVERBS = new Set(titles.holderAdverbs);
// "the Hon Jane Roe MP", "… AC DSC (Retd)": letters after a name, as written, that are no part of it.
export const POST_NOMINALS = new Set(titles.postNominals);
export const INSTITUTIONS = new Set(titles.institutionWords.map(fold));
export const MINISTRY_NOUNS = new Set(titles.ministryNouns.map(fold));
// Every wording of a party office with its party before or after it, folded, → the office.
export const PARTY_OFFICES = new Map<string, string>();
const COMMITTEE_NAMED_SHORT = new Set(titles.partyOffices.committeeNamedShort);
// The owners' short forms ("cpv", "cpc"): only such a bracket after the party's name is the same party said twice.
export const PARTY_OWNER_ACRONYMS = new Set(titles.partyOffices.owners.filter((owner) => !owner.includes(" ")));
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
      // "General Secretary of the CPC Central Committee": the committee of a party named by its acronym stays in the
      // office as written.
      if (!COMMITTEE_NAMED_SHORT.has(owner)) PARTY_OFFICES.set(`${wording} central committee`, name);
    }
  }
}
// AP/Reuters lower-case titles before names: "Chinese leader Xi Jinping", "spokeswoman Pham Thu Hang".
export const RELATIONS = new Set(titles.relationNouns);
export const LOWER_HEADS = new Set([...titles.lowercaseHeads, ...RELATIONS]);
export const LOWER_MODS = new Set(titles.lowercaseModifiers);
// Either of the two, in one look-up: asked of nearly every lower-case word.
export const LOWER_ROLES = new Set([...LOWER_HEADS, ...LOWER_MODS]);
export const SURNAMES = new Set(titles.vietnameseSurnames.map(fold));
export const KOREAN_SURNAMES = new Set(titles.koreanSurnames.map(fold));
// Name parts that are also English function words ("To Lam", "Do Hung Viet") never stand alone as a mention.
export const FUNCTION_WORDS = new Set([
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
export const ARTICLES = new Set(["the", "a", "an"]);
/** What an English contraction glues after an apostrophe: never the last syllable of a name. */
export const CONTRACTION_ENDINGS = new Set(["ll", "re", "ve", "d", "m", "t", "s"]);
export const OPENING_PREPOSITIONS = new Set(["for", "to", "with", "from", "like", "unlike", "according", "by", "as"]);
export const JOINERS = new Set(["of", "the", "and", "for", "on", "'", "s", "&", "-"]);

/** A word that can stand in a title before a name: "Foreign", "Minister", "of", "Vietnamese", "Party". */
export function isTitleWord(word: string): boolean {
  const key = fold(word);
  return ROLE_WORDS.has(key) || COMPLEMENT.has(key) || DEMONYMS.has(key) || JOINERS.has(key) || LOWER_HEADS.has(key);
}

export function isRoleWord(t: Token): boolean {
  return t.cap ? ROLE_WORDS.has(t.key) : LOWER_ROLES.has(t.key);
}

// Capitalised words that never name a portfolio ("In", "Monday"), folded; a few of them do ("House Speaker").
export const NOT_PORTFOLIO = new Set(titles.notNameWords.map(fold));
export const PORTFOLIO_NOUNS = new Set(titles.portfolioNouns.map(fold));
export const HOLDER_WORDS = new Set(titles.holderWords.map(fold));
// The endings of demonyms the country data does not list ("Kuwaiti", "Mozambican", "Kazakh"): never a portfolio.
export const DEMONYM_ENDING = /(?:an|ese|i|ish|kh|ch|ot)$/;
// Grammar words that end a description before any title: "a friend of …", "a man who …".
export const DESCRIPTION_STOPS = new Set([
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

export const AFFILIATIONS = new Set(titles.affiliationWords.map(fold));
export const STATE_POSSESSORS = new Set(titles.statePossessors.map(fold));
export const BLOC_OWNERS = new Set(titles.blocOwners);
