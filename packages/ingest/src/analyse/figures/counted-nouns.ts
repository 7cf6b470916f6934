// The noun written after a number that says what it counts ("17 free trade agreements" -> agreements), through
// modifiers, hyphens, model codes and shared heads. Apart: the largest single shape, asked by several phases.
import { numberWords } from "../numbers.js";
import { glued, type Token } from "../tokens.js";
import { ADVERBS, COLLECTIVE, DEMONYMS, HYPHENS, STOP_NOUN, YEAR } from "./figure-words.js";

// The people of a state, a province or a city are named by a plural no country list holds ("80,000 Victorians",
// "Californians", "Queenslanders"): capitalised, in -ians or -landers, it counts persons as a national demonym does.
const RESIDENTS = /^\p{Lu}\p{Ll}{2,}(?:ians|landers)$/u;

/** A demonym: a country's ("Vietnamese", "South Koreans") or a place's people by their plural ("Victorians"). */
function isDemonym(t: Token): boolean {
  return DEMONYMS.has(t.key.replace(/s$/, "")) || RESIDENTS.test(t.text);
}

const MODEL_NAMES = new Set(numberWords.modelNames);
const FREQUENCY = new Set(numberWords.frequencyAdjectives);
const LY_ADJECTIVES = new Set(numberWords.lyAdjectives);
const VERBS_AFTER = new Set(numberWords.verbsAfterCount);
const PLURAL_MODIFIERS = new Set(numberWords.pluralModifiers);
// "eight crew aboard", "200 personnel": a collective noun counts like a plural and closes the phrase.
export const isPlural = (key: string) =>
  COLLECTIVE.has(key) || (key.length > 3 && key.endsWith("s") && !key.endsWith("ss") && !ADVERBS.has(key));

/**
 * A verb right after a bare figure, perhaps behind an adverb ("100 live in …", "500 already studying", "600,000
 * holding degrees"): the figure is the subject and its noun was named before. A participle before a plural is a
 * modifier ("35 fishing boats"), never this.
 */
export function verbAfter(toks: readonly Token[], at: number): boolean {
  let k = at;
  while (k < at + 2 && toks[k]?.kind === "word" && (ADVERBS.has(toks[k]?.key ?? "") || /ly$/.test(toks[k]?.key ?? "")))
    k++;
  const t = toks[k];
  if (t?.kind !== "word" || t.cap) return false;
  if (VERBS_AFTER.has(t.key)) return !isPlural(toks[k + 1]?.key ?? "") || toks[k + 1]?.cap === true;
  return false;
}

/**
 * Where a model code after a maker's name ends: "737", "A350" and "A330neo" (tokenised "A", "330", "neo"), the letters
 * glued to the number on either side; null when no model number stands at k.
 */
function modelCodeEnd(toks: readonly Token[], k: number): number | null {
  let m = k;
  const letters = toks[m];
  if (letters?.kind === "word" && letters.cap && letters.text.length <= 3 && glued(letters, toks[m + 1])) m++;
  const model = toks[m];
  if (model?.kind !== "number" || YEAR.test(model.text) || /[.,]/.test(model.text)) return null;
  const suffix = toks[m + 1];
  if (suffix?.kind === "word" && !suffix.cap && suffix.text.length <= 4 && glued(model, suffix)) m++;
  return m + 1;
}

/**
 * Where the plural closing a run of two or three lower-case words starts at `from`, the word after "and" ("fisheries
 * surveillance ships"): the last word is a plural that no lower-case word follows. Null when the run holds a name, a
 * number, a stop word, an adverb or no such plural, or opens with a word in -ly or -ed: right after "and" that is a
 * verb or its adverb starting a clause ("60 partner and removed market barriers"), while deeper in the run a
 * participle is a modifier ("coast guard and fisheries armed patrol boats").
 */
function sharedHeadAfter(toks: readonly Token[], from: number): number | null {
  const opener = toks[from];
  if (opener?.kind === "word" && /(?:ly|ed)$/.test(opener.key)) return null;
  for (let n = from; n < from + 3 && n < toks.length; n++) {
    const t = toks[n] as Token;
    if (t.kind !== "word" || t.cap || STOP_NOUN.has(t.key) || ADVERBS.has(t.key)) return null;
    const next = toks[n + 1];
    const closes = next?.kind !== "word" || next.cap || STOP_NOUN.has(next.key);
    if (n > from && closes) return isPlural(t.key) ? n : null;
  }
  return null;
}

/** The noun a number counts: "17 free trade agreements" → agreements; "six more titles/heritages" → titles. */
export function countedNoun(
  toks: readonly Token[],
  i: number,
  covered?: Set<number>,
): { unit: string; to: number } | null {
  let k = i;
  // "some 100 live in Iran", "600,000 holding university degrees": a verb after the figure, no noun.
  if (verbAfter(toks, k)) return null;
  if (toks[k]?.key === "more" || toks[k]?.key === "additional" || toks[k]?.key === "new") k++;
  // "14 other Asia-Pacific countries": "other" before a capitalised modifier is no head that a name would end.
  else if (toks[k]?.key === "other" && toks[k + 1]?.cap) k++;
  // 'more than 800 "rescue flights"': marks around the counted phrase set it off; the noun inside is what is counted.
  let marked = false;
  if ((toks[k]?.text === '"' || toks[k]?.text === "“") && toks[k + 1]?.kind === "word" && glued(toks[k], toks[k + 1])) {
    marked = true;
    k++;
  }
  let head: Token | null = null;
  let to = k;
  // Place names do not count towards the phrase's length: "18 Viet Nam-Singapore Industrial Parks" counts parks.
  let names = 0;
  while (k < toks.length && k - i - names < 5) {
    const t = toks[k] as Token;
    // "six master's programmes", "11 bachelor's and master's programmes": a possessive noun before the plural is a
    // modifier of it (a degree's, a women's), not the end of the phrase; the words joined to it by "and" share it.
    const owned = head !== null && !head.cap && !isPlural(head.key) ? possessiveEnd(toks, k) : k;
    if (owned > k) {
      names += owned - k;
      k = owned;
      continue;
    }
    if (marked && (t.text === '"' || t.text === "”") && head !== null) {
      marked = false;
      k++;
      names++;
      continue;
    }
    // Place names inside the phrase ("30 U.S. companies") are modifiers, never the counted noun.
    if (covered?.has(k)) {
      const from = k;
      // "20 Vietnam-Singapore Industrial Parks": hyphens between place names stay inside the modifier.
      while (covered.has(k + 1) || (HYPHENS.has(toks[k + 1]?.text ?? "") && covered.has(k + 2))) k++;
      to = ++k;
      names += k - from;
      // "80 Chinese vessels", "200 Russian troops": a demonym with a plural organ is one place phrase; its plural
      // is what the figure counts and closes the phrase.
      const organ = toks[k - 1] as Token;
      if (head === null && organ.kind === "word" && !organ.cap && isPlural(organ.key)) {
        head = organ;
        break;
      }
      // "500 Vietnamese military and police personnel": a singular organ is a modifier that "and" may join to the next.
      if (head === null && organ.kind === "word" && !organ.cap && toks[k]?.key === "and") head = organ;
      continue;
    }
    // "70 regional and international organisations": two modifiers joined before the noun.
    const adjective = /(al|an|ic|ive|ous|ese)$/;
    // "3,000 foreign and local journalists": so are any two modifiers when a plural follows the second.
    // "50 field and table-top exercises": the second modifier may be hyphened.
    const second = toks[k + 2]?.text === "-" && glued(toks[k + 1], toks[k + 2]) ? toks[k + 4] : toks[k + 2];
    if (
      t.key === "and" &&
      head &&
      toks[k + 1]?.kind === "word" &&
      !toks[k + 1]?.cap &&
      (adjective.test(head.key) || isPlural(second?.key ?? ""))
    ) {
      // The hyphen and the word after it lengthen no phrase: "table-top" is one modifier.
      if (second !== toks[k + 2]) names += 2;
      // "70 military and police officers to …": the plural after the second modifier is the noun, whatever follows.
      if (second && isPlural(second.key) && COLLECTIVE.has(toks[k + 1]?.key ?? "") && second === toks[k + 2]) {
        head = second;
        to = k + 3;
        break;
      }
      k++;
      continue;
    }
    // "29 coast guard and fisheries surveillance ships": a singular noun modifier joined by "and" to a longer modifier
    // run shares the plural that closes that run; the count is of that plural, never of the modifier.
    const shared = t.key === "and" && head && !head.cap && !isPlural(head.key) ? sharedHeadAfter(toks, k + 1) : null;
    if (shared !== null) {
      head = toks[shared] as Token;
      to = shared + 1;
      break;
    }
    // "100 737 MAX jets", "10 787 Dreamliners": a model number and its name right after the count, with no maker, are
    // no part of what is counted; a plural name ("Dreamliners") is itself the noun.
    if (head === null && t.kind === "number" && MODEL_NAMES.has(toks[k + 1]?.text ?? "")) {
      const name = toks[k + 1] as Token;
      k += isPlural(name.key) ? 1 : 2;
      names += isPlural(name.key) ? 1 : 2;
      to = k;
      continue;
    }
    // "3 million XYZ-21 vaccine doses", "40 F-16 jets": capitals hyphened to a number are a code naming the disease or
    // the model, a modifier that lengthens no phrase; the number inside it is never where the phrase stops.
    const code = toks[k + 2];
    if (
      t.kind === "word" &&
      t.cap &&
      t.text === t.text.toUpperCase() &&
      toks[k + 1]?.text === "-" &&
      glued(t, toks[k + 1]) &&
      code?.kind === "number" &&
      glued(toks[k + 1], code) &&
      !/[.,]/.test(code.text)
    ) {
      k += 3;
      names += 3;
      to = k;
      continue;
    }
    // "50 Boeing 737 jets", "12 Airbus A350 aircraft": a maker and model number name what is counted, never a count.
    const modelEnd = head === null && t.cap && t.kind === "word" ? modelCodeEnd(toks, k + 1) : null;
    if (modelEnd !== null && toks[modelEnd]?.kind === "word") {
      // "six Project 636 Kilo-class submarines": the name lengthens no phrase, as a place's does.
      names += modelEnd - k;
      k = modelEnd;
      to = k;
      continue;
    }
    // "45 early harvest projects", "300 elderly residents": an adjective in -ly stays in the phrase as "weekly" does.
    if (
      t.kind !== "word" ||
      STOP_NOUN.has(t.key) ||
      (t.key.endsWith("ly") && !FREQUENCY.has(t.key) && !LY_ADJECTIVES.has(t.key))
    )
      break;
    if (ADVERBS.has(t.key) && (head !== null || !toks[k + 1] || toks[k + 1]?.kind !== "word")) break;
    // "three former U.S. Coast Guard cutters", "five used Japanese Coast Guard vessels": after a lower-case modifier, a
    // run of capitals is a name in the phrase when a lower-case plural closes it.
    if (t.cap && head !== null && !head.cap && !isPlural(head.key)) {
      let n = k;
      while (n < k + 4 && toks[n]?.cap && (toks[n]?.kind === "word" || toks[n]?.text === ".")) n++;
      const closing = toks[n];
      if (n > k && closing?.kind === "word" && !closing.cap && isPlural(closing.key) && !STOP_NOUN.has(closing.key)) {
        names += n - k;
        k = n;
        continue;
      }
    }
    // A capital ends the phrase ("30 projects Vietnam …") unless the phrase is itself a title-case name.
    const titleCase = head?.cap === true && t.cap;
    if (t.cap && head !== null && !titleCase && t.text !== t.text.toUpperCase() && !isDemonym(t)) break;
    // "200,000 Vietnamese live in …", "180,000 South Koreans": a demonym counts people; a plural after it
    // ("Vietnamese workers") is the real noun.
    const inCompound = toks[k - 1]?.text === "-" && glued(toks[k - 1], t);
    if (t.cap && !inCompound && isDemonym(t)) {
      const n = toks[k + 1];
      // "150 British and Vietnamese companies": two demonyms joined before the noun; the second one decides.
      const other = toks[k + 2];
      if (n?.key === "and" && other?.cap && DEMONYMS.has(other.key.replace(/s$/, ""))) {
        k += 2;
        names += 2;
        continue;
      }
      // "Vietnamese technical interns": a lower-case adjective may stand between the demonym and the noun.
      const adjective = n?.kind === "word" && !n.cap && !STOP_NOUN.has(n.key) && !/(ing|ly)$/.test(n.key);
      const single = adjective && !ADVERBS.has(n.key) && !n.key.endsWith("s") && !COLLECTIVE.has(n.key);
      // "Vietnamese military and police personnel", "Vietnamese engineering and nursing students": two modifiers (an
      // adjective or a participle) joined by "and" before the noun.
      const modifier = (w: Token | undefined) =>
        w?.kind === "word" &&
        !w.cap &&
        !STOP_NOUN.has(w.key) &&
        !ADVERBS.has(w.key) &&
        !w.key.endsWith("ly") &&
        !w.key.endsWith("s") &&
        !COLLECTIVE.has(w.key);
      const pair = modifier(n) && toks[k + 2]?.key === "and" && modifier(toks[k + 3]);
      // "two Indian low-cost carriers": a hyphened modifier stands before the noun as one word.
      const hyphened =
        modifier(n) && toks[k + 2]?.text === "-" && glued(n, toks[k + 2]) && glued(toks[k + 2], toks[k + 3]);
      const noun = pair ? toks[k + 4] : hyphened ? toks[k + 4] : single ? toks[k + 2] : n;
      // "35 Vietnamese fishing boats": a participle modifier may stand before the plural too.
      const participle = n?.kind === "word" && !n.cap && /ing$/.test(n.key) && !STOP_NOUN.has(n.key);
      const afterParticiple = participle ? toks[k + 2] : undefined;
      const counted =
        (noun?.kind === "word" && !noun.cap && isPlural(noun.key)) ||
        (afterParticiple?.kind === "word" && !afterParticiple.cap && isPlural(afterParticiple.key));
      if (!counted && !(n?.text === "-" && glued(t, n))) {
        return { unit: "people", to: k + 1 };
      }
    }
    if (!t.cap || t.text !== t.text.toUpperCase()) head = t;
    to = k + 1;
    k++;
    // A plural noun closes the phrase: "30 U.S. companies | announced".
    // "two crew members": a collective noun before a plural is its modifier.
    // "110,000 people becomes the smallest …": a word in -s before a determiner is a verb, not the head noun.
    // "7.2 million customs declarations", "12 arms deals": a noun plural in form that modifies the plural after it.
    // "120 new Australia Awards scholarships": a capitalised plural is a name's word before the lower-case plural,
    // which no name's word makes a verb ("… scholarships this year").
    const named = t.cap && t.text !== t.text.toUpperCase();
    const compoundHead =
      (COLLECTIVE.has(t.key) || PLURAL_MODIFIERS.has(t.key) || named) &&
      toks[k]?.kind === "word" &&
      !toks[k]?.cap &&
      isPlural(toks[k]?.key ?? "") &&
      (named || !DETERMINERS_AFTER_VERB.has(toks[k + 1]?.key ?? ""));
    if (head === t && isPlural(t.key) && !compoundHead) break;
    const next = toks[k];
    if (next && HYPHENS.has(next.text) && glued(t, next)) {
      if (next.text === "/") break;
      k++;
    }
  }
  // "among the 12 negotiating the pact", "all three added this year": a participle or a past tense where the noun
  // should be is a verb; the noun was named earlier or not at all.
  if (head && !isPlural(head.key) && !COLLECTIVE.has(head.key) && VERB_ENDING.test(head.key)) return null;
  return head ? { unit: head.key, to } : null;
}
const VERB_ENDING = /(?:ed|ing)$/;

/** An "'s" glued to the word before k, and a lower-case word after it: the index after "'s" (and after a second
 * possessive joined to it by "and": "bachelor's and master's"), else k. */
function possessiveEnd(toks: readonly Token[], k: number): number {
  const mark = (j: number) =>
    /^['’]$/.test(toks[j]?.text ?? "") &&
    glued(toks[j - 1], toks[j]) &&
    toks[j + 1]?.key === "s" &&
    glued(toks[j], toks[j + 1]);
  if (!mark(k)) return k;
  let end = k + 2;
  const pair = toks[end]?.key === "and" && toks[end + 1]?.kind === "word" && !toks[end + 1]?.cap && mark(end + 2);
  if (pair) end += 4;
  const after = toks[end];
  return after?.kind === "word" && !after.cap && !STOP_NOUN.has(after.key) ? end : k;
}
// Words that open an object or a complement: after a word in -s they make it a verb ("people becomes the …").
const DETERMINERS_AFTER_VERB = new Set(["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "to"]);

/**
 * "four permanent members of the UN Security Council – China, …": the named whole after "of" stands between a subset's
 * noun and the names that spell it out; the list mark comes after it.
 */
export function pastNamedWhole(toks: readonly Token[], at: number, covered?: Set<number>): number {
  if (toks[at]?.key !== "of") return at;
  let k = at + 1;
  if (toks[k]?.key === "the") k++;
  const from = k;
  while (k < at + 8 && (covered?.has(k) || (toks[k]?.cap && toks[k]?.kind === "word"))) k++;
  return k > from ? k : at;
}
