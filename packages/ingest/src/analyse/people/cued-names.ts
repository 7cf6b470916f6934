// The sentence scan's tests of a name's cue: a plural title opening two names, an aged aside before 'said', an
// affiliation, a known public figure, a Vietnamese name kept whole.
import { fold } from "../fold.js";
import type { Sentence } from "../sentences.js";
import { glued, type Token } from "../tokens.js";
import { WordSet } from "../word-shapes.js";
import { parseName, skipHonorifics } from "./names.js";
import { type Covered, type Span, textOf } from "./person.js";
import { canonicalName, KNOWN_PEOPLE, shortKey, unhyphened } from "./person-names.js";
import {
  AFFILIATIONS,
  ARTICLES,
  HYPHEN_SUFFIXES,
  KOREAN_SURNAMES,
  LOWER_MODS,
  LOWER_ROLES,
  OPENING_PREPOSITIONS,
  PATRONYM,
  PLACE_WORDS,
  ROLE_WORDS,
  SPEECH_VERBS,
  SURNAMES,
  titles,
} from "./titles.js";

// How far an aside after an age may run before the speech verb.
const AGED_ASIDE_TOKENS = 40;

/**
 * "Na Seung-woo, head of a plant in Bac Ninh, said": a full name, an aside between commas that no title reading
 * explains, then a speech verb. The aside is short and holds no other speaker's verb; an age may stand before it.
 */

export function saidAfterAside(toks: readonly Token[], comma: number, name: Span): boolean {
  if (toks[comma]?.text !== ",") return false;
  if (name.to - name.from < 2) return personalAside(toks, comma);
  // "Tran Minh Quang Vu, 29, a software engineer, said": an age between commas goes before the aside.
  const age = toks[comma + 1];
  const aged = age?.kind === "number" && /^\d{1,3}$/.test(age.text) && toks[comma + 2]?.text === ",";
  const from = aged ? comma + 2 : comma;
  // "Le Thi Mai, a 23-year-old from Hue who is studying nursing for a job in Osaka, said": an age written into the
  // aside's noun phrase profiles the person as the age between commas does.
  const agedNoun =
    ARTICLES.has(toks[comma + 1]?.key ?? "") &&
    toks[comma + 2]?.kind === "number" &&
    toks[comma + 3]?.text === "-" &&
    toks[comma + 4]?.key === "year" &&
    toks[comma + 6]?.key === "old";
  const profiled = aged || agedNoun;
  // After an age the aside may run long and hold commas of its own ('Tran Thi Mai, 46, a trader from Kharkiv who
  // lived in Lviv, Ukraine, for ten years, said'): an age after a full name marks a person profiled, so the aside runs
  // to the comma before the speech verb.
  const reach = profiled ? AGED_ASIDE_TOKENS : 16;
  for (let k = from + 1; k < from + reach && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.text === "," && profiled && !SPEECH_VERBS.has(toks[k + 1]?.text ?? "")) continue;
    // "…, 27, who now holds a "skilled worker" visa, said": a term in quotation marks inside the profile is no quote.
    if (t.text === '"' && profiled) continue;
    if (t.text === ",") return SPEECH_VERBS.has(toks[k + 1]?.text ?? "");
    if (t.text === "." || t.text === ";" || t.text === ":" || t.text === '"' || SPEECH_VERBS.has(t.text)) return false;
  }
  return false;
}

// "Lula, for his part, said": a single name needs an aside that owns something by a person's pronoun.
const PERSONAL_ASIDE_TOKENS = 6;
const PERSONAL_POSSESSIVES = new Set(["his", "her"]);

/** A single name, then a short aside with "his" or "her" between commas, then a speech verb ("Lula, for his part, said"). */
function personalAside(toks: readonly Token[], comma: number): boolean {
  let personal = false;
  for (let k = comma + 1; k <= comma + PERSONAL_ASIDE_TOKENS && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.text === ",") return personal && k > comma + 1 && SPEECH_VERBS.has(toks[k + 1]?.text ?? "");
    if (t.kind !== "word") return false;
    if (PERSONAL_POSSESSIVES.has(t.key)) personal = true;
  }
  return false;
}

/**
 * "Prime Ministers Prayut Chan-o-cha and Nguyen Xuan Phuc", "Foreign Ministers A and B": a title in the plural before two
 * names joined by "and" is the office each of them holds.
 */
export function pluralTitle(
  s: Sentence,
  i: number,
  covered: Covered,
): { names: Span[]; role: Span; next: number } | null {
  const toks = s.tokens;
  // AP style writes the same title in lower case ("foreign ministers Wang Yi and …"), its modifiers too.
  const cap = toks[i]?.cap === true;
  const modifier = (t: Token | undefined) =>
    !!t && t.cap === cap && (cap ? ROLE_WORDS.has(t.key) : LOWER_MODS.has(t.key));
  let k = i;
  while (k < i + 3 && modifier(toks[k])) k++;
  const head = toks[k];
  if (!head || head.cap !== cap || !PLURAL_HEADS.has(head.key)) return null;
  // "Our foreign ministers, Bui Thanh Son and Park Jin, will …": the two names may stand between commas, after the
  // two states the offices belong to too ("the prime ministers of Denmark and Vietnam, A and B,").
  const of = toks[k + 1]?.key === "of" ? ownersBeforeComma(toks, k + 2) : -1;
  const at = of > 0 ? of : k + 1;
  const comma = toks[at]?.text === ",";
  const a = parseName(s, skipHonorifics(toks, at + (comma ? 1 : 0)), covered, 2);
  if (!a || toks[a.to]?.key !== "and") return null;
  const b = parseName(s, skipHonorifics(toks, a.to + 1), covered, 2);
  if (!b) return null;
  const end = toks[b.to]?.text;
  if (comma && end !== undefined && end !== "," && end !== "." && end !== ";") return null;
  return { names: [a, b], role: { from: i, to: k + 1, plural: true }, next: b.to };
}

// How many words "of" may give the owners of a plural office before the names ("of Denmark and Vietnam").
const PLURAL_OWNER_TOKENS = 6;

/** The comma closing "of <Capitalised> and <Capitalised>" from `from`, or -1: only capitalised words, "and", "the". */
function ownersBeforeComma(toks: readonly Token[], from: number): number {
  let and = false;
  for (let k = from; k < from + PLURAL_OWNER_TOKENS && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.text === ",") return and && k > from + 2 ? k : -1;
    if (t.key === "and") and = true;
    else if (t.kind !== "word" || (!t.cap && t.key !== "the")) return -1;
  }
  return -1;
}

// "presidents" → "president": the plural of each one-word head and of each two-word head, folded.
export const PLURAL_HEADS = new Map<string, string>();
for (const h of titles.heads) {
  const key = fold(h);
  if (/^[a-z]+(?: [a-z]+)?$/.test(key) && !key.endsWith("s") && !key.endsWith("y")) PLURAL_HEADS.set(`${key}s`, key);
}
// Every lower-case word the main loop of `findPeople` reads further: a plural head, a lower-case role word or a
// patronym particle (a token's key is its text folded, so the folded particles hold every text PATRONYM holds).
// Asked of every lower-case word: most are settled by their shape, without a lookup (WordSet).
export const LOWER_OPENERS = new WordSet([...PLURAL_HEADS.keys(), ...LOWER_ROLES, ...[...PATRONYM].map(fold)]);

/** Three or four plain words from a known surname, not a place ("Nguyen Phu Trong", not "Ho Chi Minh City"). */
export function vietnameseName(s: Sentence, name: Span): boolean {
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

/**
 * "coached by Park Hang-seo": a Korean name, family name first and the given name's two syllables hyphened, is a
 * person's with no cue as a Vietnamese one is. Only the whole shape: a family name the data lists, one capitalised
 * syllable, a glued hyphen and a lower-case syllable that is no English compound's ending ("Seoul-based"). Capitals read
 * before it ("South Korean Park Hang-seo") say who he is, not his name: the name is the shape's four tokens.
 */
export function koreanName(s: Sentence, name: Span): Span | null {
  const from = name.to - 4;
  if (from < name.from) return null;
  const [family, first, hyphen, second] = s.tokens.slice(from, name.to);
  if (!KOREAN_SURNAMES.has(family?.key ?? "") || !first?.cap) return null;
  if (hyphen?.text !== "-" || !glued(first, hyphen) || !glued(hyphen, second)) return null;
  // "by Kim Ji-hyun jhkim@donga.com": a name before its e-mail address is a byline's, the writer's, not the story's.
  if (s.tokens[name.to + 1]?.text === "@") return null;
  return second?.kind === "word" && !second.cap && !HYPHEN_SUFFIXES.has(second.key) ? { from, to: name.to } : null;
}

/**
 * "of the Korea National Diplomatic Academy", "of the Institute for Foreign Policy and Strategic Studies": "of" and a
 * capitalised name of up to seven words that holds a research or teaching body's word.
 */
export function affiliationAt(s: Sentence, at: number, covered: Covered): boolean {
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

// "of the Bangkok-based group Mekong Watch": the words a body's description and name may take before the speech verb.
const BODY_SPOKEN_FROM_TOKENS = 10;

/**
 * "Anong Srisuk of the Bangkok-based group Mekong Watch said:", "Jane Roe of Oxfam told reporters": after a full name,
 * "of" or "from" and a body (any description, its name capitalised last) straight before a speech verb is where the
 * speaker speaks from. Only words, hyphens and an apostrophe on the way; a comma or a stop ends the phrase.
 */
export function spokeFromBodyAt(s: Sentence, at: number): boolean {
  const toks = s.tokens;
  if (toks[at]?.key !== "of" && toks[at]?.key !== "from") return false;
  for (let k = at + 1; k < at + 1 + BODY_SPOKEN_FROM_TOKENS && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.kind === "word" && SPEECH_VERBS.has(t.text)) return k > at + 1 && toks[k - 1]?.cap === true;
    if (t.kind !== "word" && t.text !== "-" && t.text !== "'" && t.text !== "’") return false;
  }
  return false;
}

/** A public figure the data lists, named whole and not as part of a place ("Ho Chi Minh City"). */
export function knownPerson(s: Sentence, name: Span): boolean {
  if (PLACE_WORDS.has(s.tokens[name.to]?.key ?? "")) return false;
  return KNOWN_PEOPLE.has(unhyphened(shortKey(canonicalName(textOf(s, name)))));
}

/** Without a title, stray capitals before a Vietnamese surname are not part of the name ("Traffic Tao Chi Trung said"). */
export function trimToSurname(s: Sentence, name: Span): Span {
  if (name.to - name.from < 3) return name;
  for (let k = name.from; k < name.to - 1; k++) {
    if (SURNAMES.has(s.tokens[k]?.key ?? "")) return { from: k, to: name.to };
  }
  return name;
}
