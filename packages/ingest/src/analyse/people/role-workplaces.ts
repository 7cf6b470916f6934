import { z } from "zod";
import { countryCode } from "../countries.js";
import data from "../data/titles.json" with { type: "json" };
import { glued, type Token } from "../tokens.js";

/**
 * "a researcher at the Institute for International Relations", "an economist at Maybank", "a lecturer in international
 * relations at the University of Indonesia": a lower-case title names no office of its own, so the place where its
 * holder works, named after "at", is part of the title as the page gives it. Optionally a field first ("in …", "of …",
 * "on …", up to five words). The body's name is a run of capitalised words (joined by "of", "for", "and", "&" or a
 * hyphen) that the phrase closes after; a place after it ("in Ha Noi") says where the body is, not what the title is.
 * A workplace left unnamed ("a Hanoi-based brokerage") is part of the title too, read as the page describes it.
 */

// The grammar around a workplace's name is data (titles.json, `workplaces`): what joins its parts, what may follow it,
// what ends a field before "at".
const Workplaces = z.object({
  joins: z.array(z.string()),
  closes: z.array(z.string()),
  fieldStops: z.array(z.string()),
  openers: z.array(z.string().min(1)),
  locatedBy: z.array(z.string().min(1)),
  unnamedCloses: z.array(z.string().min(1)),
  kinds: z.array(z.string().min(1)),
});
const workplaces = Workplaces.parse(data.workplaces);
const JOINS = new Set(workplaces.joins);
const CLOSES = new Set(workplaces.closes);
const FIELD_STOPS = new Set(workplaces.fieldStops);
// "a researcher at the Institute …", "a researcher with the Guangxi Academy of Social Sciences".
const WORKPLACE_OPENERS = new Set(workplaces.openers);
// "the Hanoi-based …", "a Tokyo-headquartered …".
const LOCATED_BY = new Set(workplaces.locatedBy);
// "consultancy", "think tank", "securities firm": the nouns a described workplace ends on.
const KINDS = new Set(workplaces.kinds);
// "a tour operator that sells …", "a care home near …": what may close a workplace the page leaves unnamed, besides
// what closes a named one.
const UNNAMED_CLOSES = new Set(workplaces.unnamedCloses);

const capWord = (t: Token | undefined) => t?.kind === "word" && t.cap;
// What may follow a workplace: the apposition closing, its acronym, a place, a relative clause, a speech verb.
const closesAt = (t: Token | undefined) => !t || CLOSES.has(t.key) || CLOSES.has(t.text);

/**
 * "the University of the Philippines": a state after "of the" is no body inside a larger one (the readings leave such a
 * workplace out of the title, the state being its place).
 */
function stateAfter(toks: readonly Token[], k: number): boolean {
  let end = k;
  while (capWord(toks[end]) && end < k + 3) end++;
  const words = toks.slice(k, end).map((t) => t.text);
  for (let n = words.length; n > 0; n--) if (countryCode(words.slice(0, n).join(" "))) return true;
  return false;
}

/** An owner's 's glued to the word before it at j. */
const possessiveAt = (toks: readonly Token[], j: number) =>
  toks[j]?.key === "'" && glued(toks[j - 1], toks[j]) && toks[j + 1]?.key === "s" && glued(toks[j], toks[j + 1]);

/** Token index after the body's name that opens at k (after "at"), or -1 when no closed run of capitals is there. */
function bodyEnd(toks: readonly Token[], k: number): number {
  let j = toks[k]?.key === "the" ? k + 1 : k;
  if (!capWord(toks[j])) return -1;
  const first = j;
  let last = -1;
  while (j < toks.length) {
    const t = toks[j] as Token;
    if (capWord(t)) {
      last = j;
      j++;
      // "S. Rajaratnam": an initial's full stop glued to it, inside the name.
      if (t.text.length === 1 && toks[j]?.text === "." && glued(t, toks[j]) && capWord(toks[j + 1])) j++;
      continue;
    }
    // "ISEAS–Yusof Ishak Institute": a hyphen or dash glued between capitals.
    if (/^[-–]$/.test(t.text) && glued(toks[j - 1], t) && capWord(toks[j + 1]) && glued(t, toks[j + 1])) {
      j++;
      continue;
    }
    if (JOINS.has(t.key) && capWord(toks[j + 1]) && !(t.key === "and" && toks[j + 2]?.key === "said")) {
      j++;
      continue;
    }
    // "the Institute of Far Eastern Studies of the Russian Academy of Sciences": a body inside a larger one, after "of
    // the", is part of its name.
    // "the Institute for Strategic Studies under the President", "the Diplomatic Academy under the Foreign Ministry": a
    // body attached to the office or ministry it answers to names that office as part of its own name.
    if (
      (t.key === "of" || t.key === "under") &&
      toks[j + 1]?.key === "the" &&
      capWord(toks[j + 2]) &&
      !stateAfter(toks, j + 2)
    ) {
      j += 2;
      continue;
    }
    // "the Australian National University's Coral Bell School": a body's part named after its owner's; a single word's
    // ("Singapore's ISEAS–Yusof Ishak Institute") names the place the body is in, which is no part of the title.
    const owner = j - first >= 2;
    if (owner && possessiveAt(toks, j) && capWord(toks[j + 2])) {
      j += 2;
      continue;
    }
    break;
  }
  if (last < 0) return -1;
  return closesAt(toks[last + 1]) ? last + 1 : -1;
}

/** Past "Hanoi-based" or "U.S.-based" opening at k (capitals, glued stops, a glued hyphen, "based"), or -1. */
function locatedEnd(toks: readonly Token[], k: number): number {
  let j = k;
  while (j < k + 6 && (capWord(toks[j]) || (toks[j]?.text === "." && j > k && glued(toks[j - 1], toks[j])))) j++;
  const dash = toks[j];
  if (j === k || !dash || !/^[-–]$/.test(dash.text) || !glued(toks[j - 1], dash)) return -1;
  return LOCATED_BY.has(toks[j + 1]?.key ?? "") && glued(dash, toks[j + 1]) ? j + 2 : -1;
}

/**
 * A workplace the page describes before naming it, opening at k after "at" or "with": "the Hanoi-based Center for …",
 * "the (Singapore-based) consultancy Mekong …". The token index after its name, or -1. A body the page never names ("a
 * Hanoi-based brokerage") is read by unnamedEnd.
 */
function describedEnd(toks: readonly Token[], k: number): number {
  if (toks[k]?.key !== "the") return -1;
  let j = k + 1;
  const located = locatedEnd(toks, j);
  if (located > 0) j = located;
  if (located > 0 && capWord(toks[j])) return bodyEnd(toks, j);
  // Up to three lower-case words, the last a kind of body, then its name: "the consultancy Mekong Power Insight".
  let m = j;
  while (m < j + 3 && toks[m]?.kind === "word" && !toks[m]?.cap && !CLOSES.has(toks[m]?.key ?? "")) m++;
  if (m === j || !KINDS.has(toks[m - 1]?.key ?? "")) return -1;
  return capWord(toks[m]) ? bodyEnd(toks, m) : -1;
}

const INDEFINITE = new Set(["a", "an"]);
// An unnamed workplace's description runs over a few words at most ("a Mumbai-based foreign policy think tank").
const UNNAMED_WORDS = 8;

/**
 * A workplace the page never names, opening at k with "a" or "an": "a Warsaw-based tour operator", "a Hanoi university",
 * "a seafood exporters' association". The readings keep it in a lower-case title as the page gives it (51 of 55 such
 * titles across the sets), the place after it left out as after a named body. It must end on a kind of body (data)
 * where the phrase closes, so "an analyst at a Hanoi meeting" keeps no workplace. The token index after it, or -1.
 */
function unnamedEnd(toks: readonly Token[], k: number): number {
  if (!INDEFINITE.has(toks[k]?.key ?? "")) return -1;
  let words = 0;
  for (let j = k + 1; j < toks.length && words < UNNAMED_WORDS; j++) {
    const t = toks[j] as Token;
    if (t.kind === "word") {
      if (CLOSES.has(t.key) || UNNAMED_CLOSES.has(t.key) || INDEFINITE.has(t.key) || t.key === "the") return -1;
      words++;
      const next = toks[j + 1];
      if (KINDS.has(t.key) && (closesAt(next) || UNNAMED_CLOSES.has(next?.key ?? ""))) return j + 1;
      continue;
    }
    // "Warsaw-based", "U.S.-based", "exporters'": a hyphen, stop or apostrophe glued inside the description.
    if (/^[-–.'’]$/.test(t.text) && glued(toks[j - 1], t)) continue;
    return -1;
  }
  return -1;
}

/** Where a lower-case title ending at `end` runs to with its field and workplace, or -1 when it names none. */
export function workplaceEnd(toks: readonly Token[], end: number): number {
  let at = end;
  const opener = toks[end]?.key;
  // "director general of the customs department at the Ministry": after "of the" a body is headed, not a field.
  if (opener === "of" && toks[end + 1]?.key === "the") return -1;
  // "director of a Moscow-based tour operator": after "of a" the body headed is one the page leaves unnamed.
  if (opener === "of" && INDEFINITE.has(toks[end + 1]?.key ?? "")) return unnamedEnd(toks, end + 1);
  if (opener === "in" || opener === "of" || opener === "on") {
    let k = end + 1;
    while (k < end + 6 && toks[k] && toks[k]?.key !== "at" && !FIELD_STOPS.has(toks[k]?.key ?? "")) k++;
    if (toks[k]?.key !== "at" || k === end + 1) return -1;
    at = k;
  }
  if (!WORKPLACE_OPENERS.has(toks[at]?.key ?? "")) return -1;
  const named = bodyEnd(toks, at + 1);
  if (named > 0) return named;
  const described = describedEnd(toks, at + 1);
  return described > 0 ? described : unnamedEnd(toks, at + 1);
}
