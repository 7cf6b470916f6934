import countriesLib from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import { z } from "zod";
import data from "./data/countries.json" with { type: "json" };
import { fold } from "./fold.js";
import type { Token } from "./tokens.js";

const CountryData = z.object({
  aliases: z.record(z.string(), z.array(z.string())),
  display: z.record(z.string(), z.string()),
  demonymOrgans: z.object({
    demonyms: z.record(z.string(), z.string()),
    organs: z.array(z.string()),
    officeHeads: z.array(z.string()),
    relationNouns: z.array(z.string()),
  }),
  notCountries: z.array(z.string()),
  notStates: z.array(z.string().length(2)),
  unlisted: z.array(z.string().length(2)),
  capitals: z.record(z.string(), z.string()),
});
const countryData = CountryData.parse(data);
countriesLib.registerLocale(en);

const unlisted = new Set(countryData.unlisted);

/**
 * Whether a country the text names is listed among the article's countries. An unlisted place (Taiwan, which the
 * readings leave out) is still read as a country by the rules that need its shape: lists, possessors, runners-up.
 */
export function isListedCountry(code: string): boolean {
  return !unlisted.has(code);
}

/** Display name for an ISO alpha-2 code: news usage first ("Laos", "Russia"), then the package's first name. */
export function countryName(code: string): string {
  return countryData.display[code] ?? countriesLib.getName(code, "en") ?? code;
}

/** Every surface form that names a country, with its code: package names, news aliases, demonym + state organ. */
export function countryPhrases(): Array<{ phrase: string; code: string }> {
  const out = statePhrases();
  for (const [demonym, code] of Object.entries(countryData.demonymOrgans.demonyms)) {
    for (const organ of countryData.demonymOrgans.organs) out.push({ phrase: `${demonym} ${organ}`, code });
  }
  return out;
}

/** The names of the states themselves: package names and news aliases, no demonym + organ. */
function statePhrases(): Array<{ phrase: string; code: string }> {
  const out: Array<{ phrase: string; code: string }> = [];
  const names = countriesLib.getNames("en", { select: "all" }) as Record<string, string[]>;
  // Territories the package lists beside states (Hong Kong, Macao) are no country mention: READING.md counts states.
  const notStates = new Set(countryData.notStates);
  for (const [code, list] of Object.entries(names)) {
    if (notStates.has(code)) continue;
    for (const name of list) if (!name.includes(",")) out.push({ phrase: name, code });
  }
  for (const [code, list] of Object.entries(countryData.aliases)) for (const phrase of list) out.push({ phrase, code });
  return out;
}

/** Place and institution names that contain a country name without naming the country ("South China Sea"). */
export function notCountryPhrases(): string[] {
  return countryData.notCountries;
}

const byFolded = new Map<string, string>();
for (const { phrase, code } of countryPhrases()) if (!byFolded.has(fold(phrase))) byFolded.set(fold(phrase), code);

/** ISO code for a country name as written ("Viet Nam", "the UAE"), or null. */
export function countryCode(name: string): string | null {
  const key = fold(name.trim());
  // No pattern: role reading asks this of many spans of every sentence.
  return byFolded.get(key) ?? (key.startsWith("the ") ? byFolded.get(key.slice(4)) : undefined) ?? null;
}

// The states' own names only: "the Lao National Assembly" is an organ of Laos, a body the page names, not the state.
const stateByFolded = new Map<string, string>();
for (const { phrase, code } of statePhrases()) {
  if (!stateByFolded.has(fold(phrase))) stateByFolded.set(fold(phrase), code);
}

/** ISO code for a state's own name as written ("Laos", "the Lao PDR"), never a demonym and its organ; or null. */
export function stateCode(name: string): string | null {
  const key = fold(name.trim());
  return stateByFolded.get(key) ?? (key.startsWith("the ") ? stateByFolded.get(key.slice(4)) : undefined) ?? null;
}

/** Capital city → ISO code, for metonymy such as "Hanoi and Canberra agreed". */
export function capitals(): ReadonlyMap<string, string> {
  return new Map(Object.entries(countryData.capitals));
}

// Demonyms by folded words ("south korean"), for the organ shapes read around the phrase index's own matches.
const demonymByKey = new Map(
  Object.entries(countryData.demonymOrgans.demonyms).map(([d, code]) => [
    fold(d),
    { code, words: d.split(" ").length },
  ]),
);
const demonymFirstWords = new Set([...demonymByKey.keys()].map((k) => k.split(" ")[0] as string));
const officeHeads = new Set(countryData.demonymOrgans.officeHeads.map(fold));
const relationNouns = new Set(countryData.demonymOrgans.relationNouns.map(fold));
const LIST_JOINERS = new Set([",", "and", "or"]);
// Capitalised words an office may carry between demonym and head ("French Armed Forces Minister"), at most.
const OFFICE_WORDS = 3;
// Lower-case words between a hyphenated pair and its relation noun ("strategic", "comprehensive"), at most.
const PAIR_WORDS = 3;

export interface DemonymSpan {
  code: string;
  /** Token range [from, to). */
  from: number;
  to: number;
}

/** The demonym (one or two words) that ends at token `last` (inclusive), or null. */
function demonymEndingAt(toks: readonly Token[], last: number): DemonymSpan | null {
  for (const words of [2, 1]) {
    const from = last - words + 1;
    if (from < 0) continue;
    const span = toks.slice(from, last + 1);
    if (!span.every((t) => t.kind === "word" && t.cap)) continue;
    const d = demonymByKey.get(span.map((t) => t.key).join(" "));
    if (d && d.words === words) return { code: d.code, from, to: last + 1 };
  }
  return null;
}

/** The demonym (one or two words) that starts at token `from`, or null. */
export function demonymAt(toks: readonly Token[], from: number): DemonymSpan | null {
  const first = toks[from];
  if (!first?.cap || !demonymFirstWords.has(first.key)) return null;
  for (const words of [2, 1]) {
    const span = toks.slice(from, from + words);
    if (span.length < words || !span.every((t) => t.kind === "word" && t.cap)) continue;
    const d = demonymByKey.get(span.map((t) => t.key).join(" "));
    if (d && d.words === words) return { code: d.code, from, to: from + words };
  }
  return null;
}

/**
 * "the Israeli, Egyptian and Jordanian sides", "the US, Japanese, Australian and Philippine navies": demonyms listed
 * before the one an organ follows share that organ, so each names its state. `organ` is a demonym + organ match.
 */
export function listedBeforeOrgan(toks: readonly Token[], organ: { from: number }): DemonymSpan[] {
  const out: DemonymSpan[] = [];
  let i = organ.from - 1;
  while (i > 0 && LIST_JOINERS.has((toks[i] as Token).key)) {
    // ", and" joins as one.
    if ((toks[i] as Token).key === "and" && toks[i - 1]?.text === ",") i--;
    const d = demonymEndingAt(toks, i - 1);
    if (d) {
      out.push(d);
      i = d.from - 1;
      continue;
    }
    // A state named by its name inside the list ("the US, Japanese … navies") is the phrase index's; the list goes on.
    const prev = toks[i - 1] as Token;
    if (prev.kind === "word" && prev.cap && countryCode(prev.text)) {
      i -= 2;
      continue;
    }
    break;
  }
  return out;
}

/**
 * "French Transport Minister Claire Dubois", "Vietnamese Communist Party General Secretary To Lam": an office named
 * with capitalised words between the demonym and its head is still an office through which the state acts.
 */
export function officeAfterTitleWords(toks: readonly Token[], at: number): DemonymSpan | null {
  const d = demonymAt(toks, at);
  if (!d) return null;
  for (let j = d.to; j < toks.length && j - d.to <= OFFICE_WORDS; j++) {
    const t = toks[j] as Token;
    if (t.kind !== "word" || !t.cap) return null;
    // The mention is the demonym alone: the title words stay free for the role reader ("Transport Minister").
    if (j > d.to && officeHeads.has(t.key)) return d;
    // Another demonym starts another name ("Chinese Japanese …" is no office of either).
    if (demonymByKey.has(t.key)) return null;
  }
  return null;
}

/**
 * "the Saudi-Vietnamese relations", "the Thai-Malaysian strategic partnership": a hyphenated pair of demonyms before a
 * word for the tie between them names both states, as "Saudi Arabia-Vietnam relations" would.
 */
export function hyphenatedPair(toks: readonly Token[], at: number): DemonymSpan[] {
  const a = demonymAt(toks, at);
  const dash = a && toks[a.to];
  if (!a || dash?.text !== "-" || dash.start !== (toks[a.to - 1] as Token).end) return [];
  const b = demonymAt(toks, a.to + 1);
  if (!b || (toks[b.from] as Token).start !== dash.end || b.code === a.code) return [];
  for (let j = b.to; j < toks.length && j - b.to <= PAIR_WORDS; j++) {
    const t = toks[j] as Token;
    if (t.kind !== "word") return [];
    if (relationNouns.has(t.key)) return [a, b];
    if (t.cap) return [];
  }
  return [];
}
