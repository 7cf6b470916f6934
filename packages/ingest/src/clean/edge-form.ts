import { z } from "zod";
import { countryCode } from "../analyse/countries.js";
import formJson from "./data/edge-form.json" with { type: "json" };
import { splitSentences } from "./sentences.js";

// Rounds of noise rules named the furniture of pages already seen and did not carry to the next. This judges a line
// at the story's edges by its FORM: a sentence of the story is made of lower-case words (its verbs, nouns and
// pronouns); a page's record (breadcrumb, stamp, credit, reference) is names, dates and counters glued by "of", ";",
// ">" and "|". Thresholds and glue words are data (data/edge-form.json).
const Form = z.object({
  glueWords: z.array(z.string().min(1)).min(1),
  minStoryWords: z.number().int().positive(),
  minStoryProse: z.number().int().positive(),
  minStoryShare: z.number().min(0).max(1),
  maxRecordProse: z.number().int().nonnegative(),
  maxRecordShare: z.number().min(0).max(1),
  maxBracketedWords: z.number().int().positive(),
  listVerbs: z.array(z.string().min(1)).min(1),
});
const form = Form.parse(formJson);
const glue = new Set(form.glueWords);
const LIST_VERBS = new Set(form.listVerbs);

// A word is a token of /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/u, read by shapeOf below.
const LETTER = /\p{L}/u;
const LOWER_INITIAL = /^\p{Ll}/u;
const QUOTED = /["“][^"“”]{1,300}["”]/gu;
const QUOTATION = /["“”]/u;
const SENTENCE_END = /[.!?]["'’”)\]]?$/u;
// A figure with its measure is a finding of the story ("$4.7 billion", "13.6%"), never a page's counter.
const MEASURED = /[$€£¥₫%]|\bUS\$|\d\s*(?:per\s?cent|percent)\b/iu;
const BRACKETED = /^[[(][^[\]()]+[\])]$/u;
// Parts joined by ";", "|", ">", "•" or "»", or a link's arrow opening the line ("> Accessions gateway").
const RECORD_JOINT = /;|(?:^|\s)[|>•·»›]\s/u;
// A mail address under the story is the page's contact ("Please contact webmaster@… giving details …"), however
// it reads: the story's people are quoted, not written to.
const MAIL_ADDRESS = /[\w.-]+@[\w-]+(?:\.[\w-]+)+/u;
// "> Accessions gateway", "» Related documents": a link's arrow opening a short line that no stop ends.
const ARROW_LINK = /^[>»›→]\s*\S[^.!?]{0,80}$/u;
// "^ "<Title>". <Outlet>. 28 August 2025. Retrieved 29 August 2025.": a reference is three fragments or more.
const MIN_FRAGMENTS = 3;
// An entry opens on its date or figure within its first words: "2008 - China", "Dec 2022 — South Korea".
const FIGURE_OPEN = /^[^\d]{0,12}\d/u;
const MIN_RECORD_WORDS = 2;
const LEAD_IN = /[:：]$/u;
const DASH_OPEN = /^[-–—―]/u;
// "— Mauro Vieira, Minister …": a dash, then a name of two capitalised words or more; "— With reports from …" is
// a credit, not a speaker.
const DASHED_NAME = /^[-–—―]\s*\p{Lu}[\p{L}\p{M}.'’-]*\s+\p{Lu}/u;
const STOP_INSIDE = /[.!?]\s/u;

interface Shape {
  /** Words with a letter, figures aside ("4th", "2024" are not words). */
  words: number;
  /** Of them, lower-case words other than the glue between names: the words prose is made of. */
  prose: number;
}

// The token's two classes, read by code point: ASCII by its code, any other by the regexes.
const OPENS_TOKEN = /^[\p{L}\p{N}]/u;
const IN_TOKEN = /^[\p{L}\p{M}\p{N}'’.-]/u;
const isAsciiAlnum = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
const opensToken = (text: string, at: number, code: number): boolean =>
  code < 128 ? isAsciiAlnum(code) : OPENS_TOKEN.test(text.slice(at, at + 2));
const inToken = (text: string, at: number, code: number): boolean =>
  code < 128
    ? isAsciiAlnum(code) || code === 39 || code === 46 || code === 45
    : code === 0x2019 || IN_TOKEN.test(text.slice(at, at + 2));
const GLUE_LENGTH = Math.max(...form.glueWords.map((word) => word.length));

/**
 * The words in `text`, each token read code point by code point rather than by matchAll: asked of most paragraphs at
 * the story's edges, the matches allocated were most of its cost.
 */
function shapeOf(text: string): Shape {
  let words = 0;
  let prose = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const code = text.codePointAt(i) as number;
    const width = code > 0xffff ? 2 : 1;
    if (!opensToken(text, i, code)) {
      i += width;
      continue;
    }
    const start = i;
    i += width;
    while (i < n) {
      const next = text.codePointAt(i) as number;
      if (!inToken(text, i, next)) break;
      i += next > 0xffff ? 2 : 1;
    }
    // An ASCII initial is read by its code: a letter, lower-case or not, or a digit. Any other goes to the regexes.
    const first = text.charCodeAt(start);
    const lower = first >= 97 && first <= 122;
    const ascii = first < 128;
    if (ascii ? !lower && !(first >= 65 && first <= 90) : !LETTER.test(text[start] as string)) continue;
    words++;
    const isLower = ascii ? lower : LOWER_INITIAL.test(text.slice(start, i));
    if (isLower && !(i - start <= GLUE_LENGTH && glue.has(text.slice(start, i).toLowerCase()))) prose++;
  }
  return { words, prose };
}

/** Whether a paragraph reads as a sentence of the story: it ends like one and is made of prose's words. */
export function isStorySentence(text: string): boolean {
  if (!SENTENCE_END.test(text)) return false;
  const whole = shapeOf(text);
  const { words } = whole;
  // A quoted title ("… diplomacy?". The Diplomat. 2023.) is a name in a reference; prose is read outside quotes.
  // A paragraph with nothing quoted is its own unquoted text: its shape is not read twice.
  const unquotedText = text.replace(QUOTED, " ");
  const unquoted = unquotedText === text ? whole : shapeOf(unquotedText);
  const { prose } = unquoted.words >= 2 ? unquoted : whole;
  return words >= form.minStoryWords && prose >= form.minStoryProse && prose / words >= form.minStoryShare;
}

// A word joined to the next by a hyphen is one name with it: "Agence France-Presse" names no country.
const NAME_WORD = /\p{Lu}[\p{L}\p{M}.]*(?:-\p{L}[\p{L}\p{M}.]*)*/gu;
const MAX_COUNTRY_WORDS = 4;

/**
 * The countries a text names, as written: runs of capitalised words ("Viet Nam", "South Korea") looked up in the
 * analysis' own gazetteer, the longest run first.
 */
function countriesIn(text: string): string[] {
  const words = [...text.matchAll(NAME_WORD)];
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(MAX_COUNTRY_WORDS, words.length - i); n >= 1; n--) {
      const first = words[i] as RegExpMatchArray;
      const last = words[i + n - 1] as RegExpMatchArray;
      const phrase = text.slice(first.index, (last.index as number) + last[0].length);
      // Only words in a row, one space apart, make a name: "Viet Nam", not "Viet, Nam".
      if (n > 1 && !/^[\p{L}\p{M}.]+(?: [\p{L}\p{M}.]+)*$/u.test(phrase)) continue;
      if (countryCode(phrase) !== null) {
        found.push(phrase);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/**
 * "Accompanying the NA Chairman were A, Chairman of …; B, …; and C, ….": a sentence whose opening clause has its verb
 * before the first ";" lists people with their offices. Names and titles leave it few lower-case words, and the ";"
 * between its items looks like a record's joint, but a breadcrumb or a stamp has no verb.
 */
function listOfPeople(text: string): boolean {
  if (!SENTENCE_END.test(text) || !/^\p{Lu}/u.test(text)) return false;
  const clause = text.split(";")[0] as string;
  // Whole lower-case words only: the tail of a capitalised word ("Was" → "as") is no verb.
  return [...clause.matchAll(/(?<!\p{L})\p{Ll}+(?!\p{L})/gu)].some(([w]) => LIST_VERBS.has(w));
}

/**
 * Whether a line is a record of the page rather than the story: not a story sentence, its words names, dates and
 * counters (a quoted title counts as a name), no measured figure, and no country the rest of the page leaves unnamed.
 * A line that is mostly a quotation is someone's words, never the page's.
 */
export function isPageRecord(text: string, rest: string): boolean {
  return pageRecord(text, () => rest);
}

// The rest of the page is joined only for a line that gets as far as naming a country: most never do.
function pageRecord(text: string, restOf: () => string): boolean {
  if (isStorySentence(text) || MEASURED.test(text)) return false;
  if (BRACKETED.test(text) && !STOP_INSIDE.test(text))
    return shapeOf(text).words <= form.maxBracketedWords && !countriesIn(text).some((c) => !restOf().includes(c));
  // A sentence ("<Name> left <Place> for <Place>.", "<Speaker>: Good news for <Place>.") is the story's however few
  // its lower-case words; a record that ends on a stop is a list ("Subjects: A; B; C.") or a chain of fragments.
  if (SENTENCE_END.test(text) && !RECORD_JOINT.test(text) && splitSentences(text).length < MIN_FRAGMENTS) return false;
  if (listOfPeople(text)) return false;
  const unquoted = text.replace(QUOTED, " ");
  if (QUOTATION.test(text) && shapeOf(unquoted).words < 2) return false;
  const { words, prose } = shapeOf(unquoted);
  // One word beside a figure ("13:00 ET", "4th") is too little to tell a record from a story's stamp or callout.
  if (words < MIN_RECORD_WORDS || prose > form.maxRecordProse || prose / words > form.maxRecordShare) return false;
  // Names alone are no proof: a signature block, a speaker's name, a dateline's place are the story's. A record
  // carries a page's marks as well: a date or a counter, parts joined by ";", "|", ">" or "•", or the dash a
  // sign-off opens on ("— With reports from <Agency> and <Agency>"; under a quotation it names the speaker instead).
  if (!/\d/u.test(text) && !RECORD_JOINT.test(text) && !DASH_OPEN.test(text)) return false;
  const countries = countriesIn(text);
  if (countries.length === 0) return true;
  const rest = restOf();
  return !countries.some((country) => !rest.includes(country));
}

/**
 * The paragraphs at the story's edges that are the page's records: above its first story sentence and under its
 * last. A table row is data wherever it stands. With no story sentence at all, only the runs of records opening and
 * closing the text are taken.
 */
export function edgeRecords(texts: readonly string[], rows: readonly boolean[] = []): number[] {
  // Each paragraph is judged only when asked: the story's first and last pairs are sought from the two ends, so a
  // long story's middle is never read (a judgement is pure, so reading it late changes nothing).
  const judged: (boolean | undefined)[] = new Array(texts.length);
  const isStory = (i: number): boolean => {
    if (i < 0 || i >= texts.length) return false;
    judged[i] ??= !rows[i] && isStorySentence(texts[i] as string);
    return judged[i] as boolean;
  };
  // The story runs from its first two sentences in a row to its last two: a standfirst alone over a credit and a
  // stamp ("Interview conducted by …", "19.01.2024 • from …") does not start it.
  const pair = (i: number) => isStory(i) && isStory(i + 1);
  const opening = texts.findIndex((_, i) => pair(i));
  const closing = opening < 0 ? -1 : texts.findLastIndex((_, i) => i > 0 && pair(i - 1));
  const first = opening >= 0 ? opening : texts.findIndex((_, i) => isStory(i));
  const last = closing >= 0 ? closing : texts.findLastIndex((_, i) => isStory(i));
  const restOf = (i: number) => texts.filter((_, k) => k !== i).join(" ");
  // "— <Name>, <office>, <occasion>" under a quotation names its speaker: the story's, however it reads. A line
  // ending on a colon leads into what follows ("<Name> said:"), and a line under an unfinished one ("… set out a")
  // is the rest of a sentence a column wrapped.
  const speaker = (i: number) => QUOTATION.test(texts[i - 1] ?? "") && DASHED_NAME.test(texts[i] as string);
  const leadIn = (i: number) => LEAD_IN.test(texts[i] as string);
  const wrapped = (i: number) => glue.has(/(\p{L}+)$/u.exec(texts[i - 1] ?? "")?.[1] ?? "");
  // "2008 - China" over "Dec 2022 — …": entries of a timeline or a list open on figures line after line.
  const listed = (i: number) =>
    FIGURE_OPEN.test(texts[i] as string) &&
    [texts[i - 1], texts[i + 1]].some((t) => t !== undefined && FIGURE_OPEN.test(t));
  const record = (i: number) =>
    !rows[i] &&
    !speaker(i) &&
    !leadIn(i) &&
    !wrapped(i) &&
    !listed(i) &&
    pageRecord(texts[i] as string, () => restOf(i));
  const found: number[] = [];
  if (first < 0) {
    for (let i = 0; i < texts.length && record(i); i++) found.push(i);
    for (let i = texts.length - 1; i > (found.at(-1) ?? -1) && record(i); i--) found.push(i);
    return found.sort((a, b) => a - b);
  }
  for (let i = 0; i < first; i++) if (record(i)) found.push(i);
  for (let i = last + 1; i < texts.length; i++)
    if (record(i) || (!rows[i] && (MAIL_ADDRESS.test(texts[i] as string) || ARROW_LINK.test(texts[i] as string))))
      found.push(i);
  return found;
}

// "Home » News » <Section>": a trail of sections joined by one separator standing between spaces. A guillemet the
// normaliser made a straight quote stands between spaces there too, which no quotation mark in prose does.
const TRAIL_STEP = /\s([/>»›|"])\s/gu;
const MIN_TRAIL_STEPS = 2;

/** Whether a line is a trail of sections: the same separator, between spaces, at least twice. */
export function isSectionTrail(text: string): boolean {
  const steps = new Map<string, number>();
  for (const [, separator] of text.matchAll(TRAIL_STEP)) {
    const count = (steps.get(separator as string) ?? 0) + 1;
    if (count >= MIN_TRAIL_STEPS) return true;
    steps.set(separator as string, count);
  }
  return false;
}
