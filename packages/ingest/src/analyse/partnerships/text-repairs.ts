// The sentences as read: lines a cleaner left wrapped joined again, and the marked "Việt Nam" folded to plain letters.
import type { PlaceMention } from "../gazetteer.js";
import type { Sentence } from "../sentences.js";

/** Vietnam's partnership level with each country named next to a level phrase; one finding per listed country. */
// A copy of a PDF or a printed column breaks its sentences at every line ("As of April 2024, Vietnam had
// Comprehensive" / "Strategic Partnerships with China (2008), Russia (2012),"): each line reaches the splitter as a
// sentence. A page where many lines end with no closing mark and run on into the next line is read with those lines
// joined again; offsets stay those of the body (the gap between two lines becomes spaces).
// Same answer as /[^.!?…"”’)\]:]\s*$/ (a white-space end is open too, as the class takes a space), without running
// a pattern over the whole sentence to reach its last character.
const CLOSING = '.!?…"”’)]:';
const openEnd = (text: string) => text.length > 0 && !CLOSING.includes(text.charAt(text.length - 1));
const WRAP_SHARE = 0.4;
const WRAP_MIN = 8;
const WRAP_RUN = 12;
export function rewrapped(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
): { sentences: readonly Sentence[]; places: readonly PlaceMention[] } {
  const runsOn = (k: number) => {
    const a = sentences[k] as Sentence;
    const b = sentences[k + 1];
    return b !== undefined && b.line === a.line + 1 && openEnd(a.text);
  };
  let open = 0;
  for (let k = 0; k < sentences.length; k++) if (runsOn(k)) open++;
  if (open < WRAP_MIN || open < sentences.length * WRAP_SHARE) return { sentences, places };
  const joined: Sentence[] = [];
  const moved = new Map<number, number>();
  for (let k = 0; k < sentences.length; k++) {
    const a = sentences[k] as Sentence;
    let text = a.text;
    let end = a.end;
    const tokens = [...a.tokens];
    moved.set(a.index, joined.length);
    let n = 1;
    while (runsOn(k) && n < WRAP_RUN) {
      const b = sentences[k + 1] as Sentence;
      text += " ".repeat(Math.max(1, b.start - end)) + b.text;
      end = b.end;
      tokens.push(...b.tokens);
      k++;
      n++;
      moved.set(b.index, joined.length);
    }
    joined.push({ ...a, index: joined.length, text, end, tokens });
  }
  return {
    sentences: joined,
    places: places.map((p) => ({ ...p, sentenceIndex: moved.get(p.sentenceIndex) ?? p.sentenceIndex })),
  };
}

// Vietnamese outlets write the home names with their tone marks ("Việt Nam's comprehensive strategic partners",
// "Hà Nội"); every home pattern here is written without them. Each marked letter is one UTF-16 unit, like the letter
// it folds to, so a folded copy keeps every offset.
const MARKED_HOME = /\b(?:Vi[eệ]t(?=\s?Nam\b)|H[aà](?=\s?N[oộ]i\b)|N[oộ](?=i\b))/g;
const MARKED_ANY = /Việt\s?Nam|Hà\s?Nội/;
const unmark = (m: string) => m.normalize("NFD").replace(/\p{M}/gu, "");

// Both marked names hold a precomposed "ệ" or "à": a plain string search spares unmarked sentences the pattern.
const marked = (text: string) => (text.includes("ệ") || text.includes("à")) && MARKED_ANY.test(text);
export function unmarkedHome(sentences: readonly Sentence[]): readonly Sentence[] {
  if (!sentences.some((s) => marked(s.text))) return sentences;
  return sentences.map((s) => (marked(s.text) ? { ...s, text: s.text.replace(MARKED_HOME, unmark) } : s));
}
