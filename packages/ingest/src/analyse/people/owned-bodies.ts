// Bodies named in full after an office's "of" whose words the data does not all know: a body owned by a place
// ("Director of Daejeon's International Cooperation Bureau") and a body whose name joins unknown words by "and"
// ("chairman of the Vietnam Coffee and Cocoa Association"). Both end on a body's word where the phrase closes.
import { z } from "zod";
import data from "../data/titles.json" with { type: "json" };
import { glued, type Token } from "../tokens.js";
import { COMPLEMENT, ROLE_WORDS } from "./titles.js";

const APOSTROPHES = new Set(["'", "’"]);
// The words inside a body's name between its capitalised words: "Chamber of Commerce and Industry", "Department of
// Treaties and Law of the Lao Ministry of Foreign Affairs" ("of the" there is one gap: "the" is read with its "of").
const INNER = new Set(["of", "and", "&", "for"]);
// After the body's last word the phrase closes: punctuation or a lower-case word ("said", "who", "and a former …").
const closes = (t: Token | undefined) => t === undefined || t.kind !== "word" || !t.cap;
// "Vietnam's ruling Communist Party", "Hanoi's municipal People's Committee": an adjective may open the owned name.
const OPENING_ADJECTIVE = /(?:ing|al|ic)$/;

/**
 * Index of the last word of a run of capitalised words from k (joined by "of", "and", "&", "the", "for") that ends
 * on a body's word ("Association", "Bureau", "Affairs") where the phrase closes; -1 when the run holds a title's
 * word, ends elsewhere or runs on into a name ("… Association Luong Van Tu said").
 */
export function closedBodyEnd(toks: readonly Token[], k: number): number {
  let m = k;
  while (m < k + 12 && m < toks.length) {
    const t = toks[m] as Token;
    if (t.kind === "word" && t.cap) {
      if (ROLE_WORDS.has(t.key) && !COMPLEMENT.has(t.key)) return -1;
      m++;
    } else if (m > k && INNER.has(t.key) && toks[m - 1]?.cap === true) {
      // "Records of the Cambodian Ministry": "of the" between two capitalised words stays inside the name.
      const gap = t.key === "of" && toks[m + 1]?.key === "the" ? 2 : 1;
      if (toks[m + gap]?.cap !== true) break;
      m += gap;
    } else break;
  }
  const last = toks[m - 1];
  if (m === k || last?.kind !== "word" || !last.cap || !COMPLEMENT.has(last.key)) return -1;
  // "… and Vietnam's Minister …": a possessive after the run makes its last word an owner, not a body's end.
  if (APOSTROPHES.has(toks[m]?.text ?? "")) return -1;
  return closes(toks[m]) ? m - 1 : -1;
}

/**
 * Index of the last word of the body named after a possessive at `at` ("'s International Cooperation Bureau", "'s
 * ruling Communist Party"), or -1 when no possessive stands there or no closed body's name follows it.
 */
export function ownedBodyEnd(toks: readonly Token[], at: number): number {
  const mark = toks[at];
  const s = toks[at + 1];
  if (!mark || !APOSTROPHES.has(mark.text) || s?.key !== "s") return -1;
  if (!glued(toks[at - 1], mark) || !glued(mark, s)) return -1;
  let k = at + 2;
  const first = toks[k];
  if (first?.kind === "word" && !first.cap && OPENING_ADJECTIVE.test(first.key)) k++;
  return closedBodyEnd(toks, k);
}

// A unit of the owner written in lower case (titles.json, `ownedUnits`): the nouns it ends on, what closes the phrase
// after it, the words opening a remit and the words a remit never holds (a clause starts there).
const OwnedUnits = z.object({
  nouns: z.array(z.string().min(1)),
  closes: z.array(z.string().min(1)),
  remits: z.array(z.string().min(1)),
  remitStops: z.array(z.string().min(1)),
});
const ownedUnits = OwnedUnits.parse(data.ownedUnits);
const UNIT_NOUNS = new Set(ownedUnits.nouns);
const UNIT_CLOSES = new Set(ownedUnits.closes);
const REMITS = new Set(ownedUnits.remits);
const REMIT_STOPS = new Set(ownedUnits.remitStops);
// At most so many lower-case words before the unit's noun, and so many tokens in a remit.
const UNIT_WORDS = 5;
const REMIT_TOKENS = 10;
const unitCloses = (t: Token | undefined) => !t || UNIT_CLOSES.has(t.key) || UNIT_CLOSES.has(t.text);

/**
 * Index of the last token of a unit named in lower case after a possessive at `at` ("'s overseas labour department",
 * "'s special task group on the return of citizens abroad"), or -1. The words run to a unit's noun where the phrase
 * closes; a remit after "on" is read only when it runs, with no clause in it, to the punctuation closing the phrase,
 * and is otherwise left out ("… task group on Monday said").
 */
export function ownedUnitEnd(toks: readonly Token[], at: number): number {
  const mark = toks[at];
  const s = toks[at + 1];
  if (!mark || !APOSTROPHES.has(mark.text) || s?.key !== "s") return -1;
  if (!glued(toks[at - 1], mark) || !glued(mark, s)) return -1;
  let unit = -1;
  for (let k = at + 2; k < at + 2 + UNIT_WORDS; k++) {
    const t = toks[k];
    if (t?.kind !== "word" || t.cap || REMIT_STOPS.has(t.key) || REMITS.has(t.key)) break;
    if (UNIT_NOUNS.has(t.key)) unit = k;
  }
  if (unit < 0) return -1;
  if (unitCloses(toks[unit + 1])) return unit;
  if (!REMITS.has(toks[unit + 1]?.key ?? "")) return -1;
  // The remit opens on a lower-case word ("on the return …", never "on Monday") and closes on punctuation.
  if (toks[unit + 2]?.kind !== "word" || toks[unit + 2]?.cap) return unit;
  for (let k = unit + 2; k < unit + 2 + REMIT_TOKENS && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.kind !== "word") return t.text === "," || t.text === "." || t.text === ";" ? k - 1 : unit;
    if (REMIT_STOPS.has(t.key)) return unit;
  }
  return unit;
}
