// Word classes from data/numbers.json and shapes that more than one figure phase asks; each reader keeps its own.
import countryData from "../data/countries.json" with { type: "json" };
import { numberWords } from "../numbers.js";
import { WordSet } from "../word-shapes.js";

export const DEMONYMS = new Set(
  Object.keys(countryData.demonymOrgans.demonyms).map((d) => d.toLowerCase().split(" ").at(-1) ?? ""),
);
// Asked of every word of every sentence: most are settled by their shape, without a lookup (WordSet).
export const NUMBER_WORDS = new WordSet([...Object.keys(numberWords.units), ...Object.keys(numberWords.ordinals)]);
export const CURRENCIES = new Map(Object.entries(numberWords.currencies));
export const SCALE_WORDS = new Map(Object.entries(numberWords.scales));
export const PERCENT = new Set(numberWords.percent);
export const BASIS_POINTS = new Set(numberWords.basisPoints);
export const TIME = new Set(numberWords.timeUnits);
export const MONTHS = new Set(numberWords.months);
export const ABSTRACT = new Set(numberWords.abstractNouns);
export const ADVERBS = new Set(numberWords.adverbs);
export const PAIR_NOUNS = new Set(numberWords.pairNouns);
export const COUNTABLE = new Set(["countries", "members", "nations", "economies", "states", "partners", "provinces"]);
export const ORDINAL_SUFFIX = new Set(numberWords.ordinalSuffixes);
export const RANK_ROLES = new Set(numberWords.rankRoles);
export const KINDS = Object.entries(numberWords.coordinatedKinds).map(([kind, nouns]) => ({
  kind,
  nouns: new Set(nouns),
}));
export const MONEY = new Set(CURRENCIES.values());
export const YEAR = /^(1[89]|20|21)\d\d$/;
export const HOME_WORDS = /\b(?:Viet\s?Nam|Vietnam|Việt Nam|Hanoi|Ha Noi|Hà Nội|Vietnamese)\b/i;

export const STOP_NOUN = new Set([
  "of",
  "in",
  "with",
  "to",
  "across",
  "from",
  "for",
  "and",
  "at",
  "by",
  "on",
  "that",
  "which",
  "who",
  "as",
  "or",
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "will",
  "than",
  "into",
  "over",
  "under",
  "between",
  "among",
  "since",
  "during",
  "per",
  "each",
  "this",
  "these",
  "its",
  "their",
  "the",
  "a",
  "an",
  "out",
  "compared",
  "after",
  "before",
  "ago",
  "later",
  "until",
  "when",
  "while",
  "if",
  "because",
  "so",
  "but",
  "than",
  "would",
  "could",
  // "by 120 votes to 14 against": a preposition after a figure is never what it counts.
  "against",
  "toward",
  "towards",
  "through",
  "within",
  "without",
  "via",
  "despite",
  "beyond",
  "amid",
  "along",
  "alongside",
  "around",
  "throughout",
]);
/** Forms of "be" (and "remain") that link a subject to its figure or place: "arrivals were 100,000", "China remains first". */
export const COPULAS = new Set(["is", "was", "are", "were", "remain", "remains", "remained"]);
export const DEICTIC = new Set(["the", "these", "those", "its", "their", "our", "both", "his", "her", "such"]);
// "eight guest countries", "two interest rates": a noun that only ends like a superlative places nothing.
const NOT_SUPERLATIVE = new Set(numberWords.notSuperlatives);
export const SUPERLATIVE = { test: (key: string) => /(?:est|most)$/.test(key) && !NOT_SUPERLATIVE.has(key) };
export const HYPHENS = new Set(["-", "–", "—", "/"]);
export const COLLECTIVE = new Set(numberWords.collectiveNouns);
