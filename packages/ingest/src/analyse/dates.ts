import { numberWords } from "./numbers.js";
import { allMatches } from "./partnerships/all-matches.js";
import type { Sentence } from "./sentences.js";
import type { PublicationDate } from "./types.js";

export const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH = `(${numberWords.months.join("|")})\\.?`;
const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+((?:19|20)\\d\\d)\\b`, "gi");
const MONTH_FIRST = new RegExp(
  `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2})?,?\\s+((?:19|20)\\d\\d)\\b`,
  "gi",
);
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\s+((?:of\\s+)?(?:19|20)\\d\\d)\\b`, "gi");
const YEAR = /(?<![-–\d/])\b((?:19|20)\d\d)\b(?![-–]\d|\d)/g;
// Words just before a year that make it a target, a plan or a name rather than the time written about.
const FUTURE = new Set([
  "since",
  "by",
  "to",
  "toward",
  "towards",
  "until",
  "till",
  "before",
  "vision",
  "goal",
  "goals",
  "target",
  "targets",
  "plan",
  "plans",
  "strategy",
  "agenda",
  "will",
  "post",
  "beyond",
  "through",
  "period",
  "term",
]);
const future = (before: string) => (before.toLowerCase().match(/[a-z]+/g) ?? []).slice(-3).some((w) => FUTURE.has(w));
// "… on its preparations to assume the ASEAN chairmanship in 2010", "ahead of the summit it will host in 2027": an
// event being prepared for is still to come, however far back in the clause the cue stands.
const PREPARING = /\b(?:preparations?|preparing|prepares|ahead\s+of|upcoming|forthcoming)\b[^.;:!?]{0,90}$/i;
// "recalled that on …", "remembering how in …": the words before a date that send it into the past being told.
const RECALLED = /\b(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|reminisc(?:es|ed|ing))\b[^.;:!?]{0,40}$/i;
const NAME_YEAR = /^\s+[A-Z][a-z]/;
// "the 2019 defence white paper", "its 2013 fiscal year", "before the 2026 congress": a year set before a noun names a
// thing (a document, a budget, an event) by its year; it is not the time the text is written in.
const ATTRIBUTIVE = /\b(?:the|its|their|his|her|our|a|an)\s+$/i;
const NOUN_AFTER = /^[-\s]+(?!and\b|or\b|to\b|through\b)[a-z]/;
// "China (2008), Russia (2012)", "South Korea and Spain (both 2009)": a year in brackets labels the thing before it
// with the year of an event; a list of such labels says nothing of when the text was written.
const LABEL_OPEN = /\(\s*(?:both|all|each|since|from|in)?\s*$/i;
const LABEL_CLOSE = /^\s*[),;]/;
// "up 24.5 percent on 2019", "compared with 2019", "higher than in 2019": the base of a comparison is an earlier year.
const COMPARED = /\b(?:on|over|than|versus|vs\.?|(?:compared|relative)\s+(?:with|to)|than\s+in)\s+$/i;
const ANY_YEAR = /(?:19|20)\d\d/;
// "Two-way trade: £1.5 billion in 2009": a scaled amount's year dates the figure, a year of the past the page reports.
const FIGURE_YEAR = /\d\s*(?:billion|million|trillion|bn|mn)\s+in\s+$/i;

interface Candidate {
  date: string;
  precision: PublicationDate["precision"];
  evidence: string;
  /** Counted from a dated event ("30 years after … in 1992"), not written. */
  derived?: boolean;
}

const COUNT_WORDS = `\\d{1,3}|${Object.keys(numberWords.units).join("|")}`;
const ORDINAL_WORDS = `\\d{1,3}(?:st|nd|rd|th)|${Object.keys(numberWords.ordinals).join("|")}`;
const ELAPSED = new RegExp(
  `\\b(?:comes?|came|coming|marks?|marked|marking)\\s+(?:just\\s+|some\\s+|nearly\\s+|exactly\\s+)?(${COUNT_WORDS})[-\\s]years?\\s+(?:after|since)\\b[^.;]{0,100}?\\bin\\s+((?:19|20)\\d\\d)\\b(?![-–]\\d)`,
  "i",
);
const ANNIVERSARY_OF = new RegExp(
  `\\b(?:marks?|marked|marking|celebrat\\w*|commemorat\\w*)\\s+(?:the\\s+|their\\s+|its\\s+)(${ORDINAL_WORDS})\\s+anniversary\\s+of\\b[^.;]{0,100}?\\b(?:in|since)\\s+((?:19|20)\\d\\d)\\b(?![-–]\\d)`,
  "i",
);

// "exports reached $77 billion last year, up 24 percent on 2019": a year-on-year change measures "last year" against
// the year before it, so the text is written two years after the base ("this year … from 2024": one year after).
const RELATIVE_BASE =
  /\b(last|this)\s+year\b(?:[^.;]|\.\d){0,40}?\b(?:up|down|rose|fell|grew|increased?|decreased?|higher|lower)\b(?:[^.;]|\.\d){0,40}?\b(?:on|from|over|against|compared\s+(?:with|to))\s+((?:19|20)\d\d)\b(?![-–]\d)/i;
// "… reached nearly $5 billion in the first nine months of 2024 alone", "so far in 2024": a period still running is of
// the story's own year, even written once ("the first half of 2010" may be a term still to come: not read).
const RUNNING_PERIOD =
  /\b(?:(?:in|during|over|for)\s+the\s+first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\s+of|so\s+far\s+(?:in|this\s+year,?)|year[-\s]to[-\s]date\s+in)\s+((?:19|20)\d\d)\b(?![-–]\d)(?![^.;]{0,30}\b(?:compared|against|versus|from)\b)/i;

/** "30", "thirty", "30th", "thirtieth" as a number; null when it is none of them. */
function countOf(word: string): number | null {
  const w = word.toLowerCase();
  const digits = /^(\d{1,3})/.exec(w);
  if (digits) return Number(digits[1]);
  return numberWords.units[w] ?? numberWords.ordinals[w] ?? null;
}

function monthNumber(name: string): string {
  const key = name.toLowerCase().replace(/\.$/, "");
  const idx = MONTH_NAMES.findIndex((m) => m.startsWith(key.slice(0, 3)));
  return String(idx + 1).padStart(2, "0");
}

function rank(c: Candidate): string {
  return c.date.padEnd(10, c.precision === "year" ? "-00-00" : "-00");
}

/**
 * The latest date the text writes about as past or present ("on November 12, 2024", "in 2024", "The year 2025"),
 * with the sentence as evidence. Targets ("by 2030"), terms ("2023-2025") and names ("2030 Agenda") are skipped;
 * congress numbers are never dates. Null when the text gives nothing.
 */
export function inferDate(sentences: readonly Sentence[]): PublicationDate | null {
  const found: Candidate[] = [];
  // Every expression below writes a year: a sentence without four digits from 19xx or 20xx cannot match any.
  const dated = sentences.filter((s) => ANY_YEAR.test(s.text));
  for (const s of dated) {
    const taken: Array<[number, number]> = [];
    const push = (m: RegExpMatchArray, c: Candidate) => {
      const at = m.index ?? 0;
      if (taken.some(([a, b]) => at < b && at + m[0].length > a)) return;
      taken.push([at, at + m[0].length]);
      const before = s.text.slice(Math.max(0, at - 40), at);
      if (PREPARING.test(s.text.slice(Math.max(0, at - 100), at))) return;
      // "Terzi recalled that on 23 March 1973 Italy became the first …": a date recalled is history, not the story's.
      if (RECALLED.test(s.text.slice(Math.max(0, at - 60), at))) return;
      // "from 25 to 27 February 2025": the "to" of a range of days is no target.
      if (future(before) && !(c.precision === "day" && /\b\d{1,2}\s+(?:to|until|till)\s+$/i.test(before))) return;
      found.push(c);
    };
    // allMatches, not matchAll, which copies each pattern (its months' alternation) at every call
    for (const m of allMatches(MONTH_FIRST, s.text)) {
      push(m, {
        date: `${m[3]}-${monthNumber(m[1] ?? "")}-${(m[2] ?? "").padStart(2, "0")}`,
        precision: "day",
        evidence: s.text,
      });
    }
    for (const m of allMatches(DAY_FIRST, s.text)) {
      push(m, {
        date: `${m[3]}-${monthNumber(m[2] ?? "")}-${(m[1] ?? "").padStart(2, "0")}`,
        precision: "day",
        evidence: s.text,
      });
    }
    for (const m of allMatches(MONTH_YEAR, s.text)) {
      const year = (m[2] ?? "").replace(/^of\s+/, "");
      push(m, { date: `${year}-${monthNumber(m[1] ?? "")}`, precision: "month", evidence: s.text });
    }
    for (const m of allMatches(YEAR, s.text)) {
      const at = (m.index ?? 0) + m[0].length;
      const before = s.text.slice(Math.max(0, (m.index ?? 0) - 5), m.index ?? 0);
      if (/\bthe\s+$/i.test(before) && NAME_YEAR.test(s.text.slice(at))) continue;
      const wider = s.text.slice(Math.max(0, (m.index ?? 0) - 20), m.index ?? 0);
      if (ATTRIBUTIVE.test(wider) && NOUN_AFTER.test(s.text.slice(at))) continue;
      if (COMPARED.test(wider) || FIGURE_YEAR.test(wider)) continue;
      // "… in 2007, 2009, 2009, 2010 and 2011 respectively": a series of years dates a list of events, not the story.
      if (/(?:19|20)\d\d\s*,\s*(?:and\s+)?$/.test(wider) || /^\s*,\s*(?:19|20)\d\d\b/.test(s.text.slice(at, at + 8)))
        continue;
      if (LABEL_OPEN.test(wider) && LABEL_CLOSE.test(s.text.slice(at))) continue;
      push(m, { date: m[1] ?? "", precision: "year", evidence: s.text });
    }
  }
  // "The upgrade came 30 years after … in 1992", "This year marks the 30th anniversary of ties set up in 1992": the
  // story's own year, counted from a dated event.
  for (const s of dated) {
    for (const re of [ELAPSED, ANNIVERSARY_OF]) {
      const m = re.exec(s.text);
      const n = m ? countOf(m[1] ?? "") : null;
      if (m && n !== null)
        found.push({ date: String(Number(m[2]) + n), precision: "year", evidence: s.text, derived: true });
    }
    const running = RUNNING_PERIOD.exec(s.text);
    if (running) found.push({ date: running[1] ?? "", precision: "year", evidence: s.text, derived: true });
    const base = RELATIVE_BASE.exec(s.text);
    if (base) {
      const gap = base[1]?.toLowerCase() === "last" ? 2 : 1;
      found.push({ date: String(Number(base[2]) + gap), precision: "year", evidence: s.text, derived: true });
    }
  }
  // A year written once is usually an event in the past ("set up in 2013"); the article's own year recurs.
  const yearCount = new Map<string, number>();
  for (const c of found) if (c.precision === "year") yearCount.set(c.date, (yearCount.get(c.date) ?? 0) + 1);
  let best: Candidate | null = null;
  for (const c of found) {
    if (c.precision === "year" && !c.derived && (yearCount.get(c.date) ?? 0) < 2) continue;
    if (!best || rank(c) > rank(best)) best = c;
  }
  return best ? { date: best.date, precision: best.precision, evidence: best.evidence } : null;
}
