import { glued, type Token } from "./tokens.js";

/**
 * "a researcher at the Institute for International Relations", "an economist at Maybank", "a lecturer in international
 * relations at the University of Indonesia": a lower-case title names no office of its own, so the place where its
 * holder works, named after "at", is part of the title as the page gives it. Optionally a field first ("in …", "of …",
 * "on …", up to five words). The body's name is a run of capitalised words (joined by "of", "for", "and", "&" or a
 * hyphen) that the phrase closes after; a place after it ("in Ha Noi") says where the body is, not what the title is.
 */

// Words that join two capitalised parts of one body's name.
const JOINS = new Set(["of", "for", "and", "&"]);
// What may follow the body's name: the end of the apposition, a place, a relative clause, a speech verb.
const CLOSES = new Set([",", ".", ";", ":", ")", "in", "who", "whose", "said", "says", "told", "and"]);
// Grammar that ends a field before any "at": a field is a few content words.
const FIELD_STOPS = new Set(["a", "an", "who", "which", "that", "said", "says", ",", ".", ";", "to", "with", "from"]);

const capWord = (t: Token | undefined) => t?.kind === "word" && t.cap;

/** Token index after the body's name that opens at k (after "at"), or -1 when no closed run of capitals is there. */
function bodyEnd(toks: readonly Token[], k: number): number {
  let j = toks[k]?.key === "the" ? k + 1 : k;
  if (!capWord(toks[j])) return -1;
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
    break;
  }
  if (last < 0) return -1;
  const after = toks[last + 1];
  return !after || CLOSES.has(after.key) || CLOSES.has(after.text) ? last + 1 : -1;
}

/** Where a lower-case title ending at `end` runs to with its field and workplace, or -1 when it names none. */
export function workplaceEnd(toks: readonly Token[], end: number): number {
  let at = end;
  const opener = toks[end]?.key;
  // "director general of the customs department at the Ministry": after "of the" a body is headed, not a field.
  if (opener === "of" && toks[end + 1]?.key === "the") return -1;
  if (opener === "in" || opener === "of" || opener === "on") {
    let k = end + 1;
    while (k < end + 6 && toks[k] && toks[k]?.key !== "at" && !FIELD_STOPS.has(toks[k]?.key ?? "")) k++;
    if (toks[k]?.key !== "at" || k === end + 1) return -1;
    at = k;
  }
  if (toks[at]?.key !== "at") return -1;
  return bodyEnd(toks, at + 1);
}
