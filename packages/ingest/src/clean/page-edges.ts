import { z } from "zod";
import edgesJson from "./data/page-edges.json" with { type: "json" };
import { escapeLiteral, quickTest } from "./patterns.js";
import { splitSentences } from "./sentences.js";

// What a signed piece's page sets at the story's edges, by the shape of its sentences rather than any site's words:
// a note on the authors ("<Name> is a visiting fellow at …"), a disclaimer ("The views expressed are his own."), a
// contact ("Email: …"), and a press release's closing "About <Company>" blocks. Words are data (data/page-edges.json).
const Edges = z.object({
  titles: z.array(z.string().min(1)).min(1),
  bioVerbs: z.array(z.string().min(1)).min(1),
  bioNouns: z.array(z.string().min(1)).min(1),
  selfDescriptions: z.array(z.string().min(1)).min(1),
  disclaimers: z.array(z.string().min(1)).min(1),
  contactLabels: z.array(z.string().min(1)).min(1),
  maxClosingParagraphs: z.number().int().positive(),
  maxOpeningParagraphs: z.number().int().nonnegative(),
  maxBioSentenceLength: z.number().int().positive(),
  beatVerbs: z.array(z.string().min(1)).min(1),
  beatOnlyVerbs: z.array(z.string().min(1)).min(1),
  followPronouns: z.array(z.string().min(1)).min(1),
});
const edges = Edges.parse(edgesJson);

const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeLiteral)
    .join("|");

// A name of two to six capitalised words or initials ("Robert K. Ashby", "CATHERINE ASHWELL", "Phan Thị Thu Hà"),
// after a title of address and a footnote's mark, with an e-mail or a handle in brackets after it.
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*";
const BIO_OPENING = new RegExp(
  `^[*†‡]?\\s*(?:(?:${alternation(edges.titles)})\\.?\\s+)*(?<who>${NAME_WORD}(?:\\s+${NAME_WORD}){1,5})(?:\\s*\\([^()]{1,80}\\))?,?\\s+(?:${alternation(edges.bioVerbs)})\\s`,
  "u",
);
// A reporter's beat note names the outlet, not an office: "<Name> covers mining and energy for <Outlet> from Perth",
// or only the place the reporter works from, closing the sentence: "<Name> covers diplomacy from Tokyo."
// A surname alone is enough there ("Park covers trade … for <Outlet>."): the verb and "for" or "from" make it a note.
const BEAT_OPENING = new RegExp(
  `^(?<who>${NAME_WORD}(?:\\s+${NAME_WORD}){0,5})\\s+(?:${alternation(edges.beatVerbs)})\\s[^.!?]{0,160}?(?:\\bfor\\s+(?:the\\s+)?\\p{Lu}|\\bfrom\\s+${NAME_WORD}(?:\\s+${NAME_WORD}){0,2}\\.?$)`,
  "u",
);
// Or the beat alone closes the note, in lower-case words: "<Name> writes on defence and strategic affairs." A full
// name and a writer's verb are needed there: "<Pact> covers a third of world trade." is the story's.
const BEAT_ONLY = new RegExp(
  `^(?<who>${NAME_WORD}(?:\\s+${NAME_WORD}){1,5})\\s+(?:${alternation(edges.beatOnlyVerbs)})(?:\\s+\\p{Ll}[\\p{Ll}\\p{M}'’-]*,?){1,10}\\.?$`,
  "u",
);
// A note's next sentence goes on about the same person: "She previously reported from Hanoi for five years."
const FOLLOW_PRONOUN = new RegExp(`^(?:${alternation(edges.followPronouns)})\\s`, "u");
const BIO_NOUN = new RegExp(`\\b(?:${alternation(edges.bioNouns)})s?\\b`, "iu");
const SELF_DESCRIPTION = new RegExp(`\\b(?:${alternation(edges.selfDescriptions)})\\b`, "iu");
const DISCLAIMER = new RegExp(`\\b(?:${alternation(edges.disclaimers)})`, "iu");
const CONTACT = new RegExp(`^(?:${alternation(edges.contactLabels)})\\s*:\\s*\\S+$`, "iu");
const QUOTATION = /["“”]/u;
const FOOTNOTE_MARK = /^[*†‡]/u;
const MAX_EDGE_NOTE = 700;

/** The person or body a bio sentence is about, or null when the sentence is not a note on who someone is. */
function bioSubject(sentence: string): string | null {
  if (sentence.length > edges.maxBioSentenceLength) return null;
  const beat = (BEAT_OPENING.exec(sentence) ?? BEAT_ONLY.exec(sentence))?.groups?.who;
  if (beat) return beat;
  const who = BIO_OPENING.exec(sentence)?.groups?.who;
  if (!who) return null;
  const rest = sentence.slice(sentence.indexOf(who) + who.length);
  return BIO_NOUN.test(rest) || SELF_DESCRIPTION.test(rest) ? who : null;
}

function isDisclaimer(sentence: string): boolean {
  return quickTest(DISCLAIMER, sentence);
}

/** Whether a text uses a word as a whole word, in any case. */
function namesWord(text: string, word: string): boolean {
  if (word.length < 2) return false;
  return new RegExp(`(?<![\\p{L}\\p{M}])${escapeLiteral(word)}(?![\\p{L}\\p{M}])`, "iu").test(text);
}

/**
 * Whether a paragraph is a note on the piece's authors or a disclaimer: every sentence a bio, a disclaimer or a
 * contact, and at least one bio on someone the rest of the story never names (by the name's last word) or one
 * disclaimer. A story's paragraph introducing someone it quotes names them elsewhere.
 */
export function isEdgeNote(paragraph: string, rest: string | (() => string), authors: readonly string[] = []): boolean {
  if (paragraph.length > MAX_EDGE_NOTE || QUOTATION.test(paragraph)) return false;
  const sentences = splitSentences(paragraph);
  let strangers = 0;
  let disclaimers = 0;
  let afterBio = false;
  for (const sentence of sentences) {
    const who = bioSubject(sentence);
    const follows: boolean = afterBio && FOLLOW_PRONOUN.test(sentence);
    afterBio = who !== null || follows;
    if (follows) continue;
    if (who) {
      const surname = who.split(/\s+/).at(-1) ?? "";
      // With a byline, a note counts only on its author: a note on anyone else may be the story's closing line.
      const own =
        authors.length === 0
          ? !namesWord(typeof rest === "string" ? rest : rest(), surname)
          : authors.some((name) => namesWord(name, surname));
      if (own) strangers++;
    } else if (isDisclaimer(sentence)) disclaimers++;
    else if (!CONTACT.test(sentence)) return false;
  }
  return strangers + disclaimers > 0;
}

// "About Hanul Materials" over "Hanul Materials Co., Ltd. (KRX: …) was founded …": a press release's closing block.
const ABOUT_HEADING = /^About\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*)(?:\s+[\p{L}\p{M}\p{N}&'’.,()-]+){0,7}$/u;

/** Whether a line heads a block on the company the paragraph under it opens on: "About <Company>" over "<Company> …". */
function headsAbout(heading: string | undefined, under: string): boolean {
  const name = heading === undefined ? undefined : ABOUT_HEADING.exec(heading)?.[1];
  return name !== undefined && under.replace(/^the\s+/iu, "").startsWith(name);
}

/**
 * Where a press release's closing "About <Company>" blocks begin among the story's paragraphs, or -1. The heading
 * may be a paragraph, or a line the cleaner took already for a short line under the story (`above` gives the page's
 * line over each paragraph).
 */
function aboutBlockStart(texts: readonly string[], above: readonly (string | undefined)[]): number {
  for (let i = Math.ceil(texts.length / 2); i < texts.length; i++) {
    const text = texts[i] as string;
    if (i + 1 < texts.length && headsAbout(text, texts[i + 1] as string)) return i;
    if (headsAbout(above[i], text)) return i;
  }
  return -1;
}

export interface EdgeFurniture {
  /** Paragraphs that are notes on the authors or disclaimers. */
  notes: number[];
  /** The first paragraph of a press release's closing blocks, or -1. */
  aboutFrom: number;
}

/**
 * The page's furniture at the story's edges: the notes among its first maxOpeningParagraphs and last
 * maxClosingParagraphs paragraphs, and where a release's "About" blocks begin.
 */
export function edgeFurniture(
  texts: readonly string[],
  above: readonly (string | undefined)[] = [],
  authors: readonly string[] = [],
): EdgeFurniture {
  const aboutFrom = aboutBlockStart(texts, above);
  const end = aboutFrom >= 0 ? aboutFrom : texts.length;
  const notes: number[] = [];
  for (let i = 0; i < end; i++) {
    const text = texts[i] as string;
    // A note marked as a footnote ("* <Name> is …") stands where a page of the copy ended, inside the story.
    const marked = FOOTNOTE_MARK.test(text);
    if (!marked && i >= edges.maxOpeningParagraphs && i < end - edges.maxClosingParagraphs) continue;
    // The rest of the story is joined only when a bio sentence asks whether it names its subject: most edge
    // paragraphs hold none, and joining the whole story for each of them was a copy of it per edge paragraph.
    const rest = () => texts.filter((_, k) => k !== i).join(" ");
    const closing = i >= end - edges.maxClosingParagraphs && i >= edges.maxOpeningParagraphs;
    // A disclaimer opening a closing paragraph ("<Series> commentaries represent the views of …. <Invitation>.")
    // makes it the page's note, whatever sentence of the site's follows it.
    const opener = closing && !QUOTATION.test(text) ? (splitSentences(text)[0] ?? "") : "";
    if (isEdgeNote(text, rest, authors) || (opener !== "" && bioSubject(opener) === null && isDisclaimer(opener)))
      notes.push(i);
  }
  return { notes, aboutFrom };
}

// A copy of a printed document sets its running head or foot on every page, its page number changing: "<Series>
// 2022/91 | 1", "<Bulletin> | Vol. 4, No. 9 Page 3 of 12". The same short line twice, up to its figures, is the page's.
const MAX_RUNNING_HEAD = 120;
const FIGURES = /\d+/gu;
const SENTENCE_STOP = /[.!?]["'’”)]?$/u;

// A replica marks the page a story jumps to after its number: "<Paper> <date> 2 (cont.)" heads the page that the
// same head without the mark ("<Paper> <date> 3") opened.
const CONTINUATION_MARK = /\s*\((?:cont(?:['’]?d)?|continued)\.?\)$/iu;

// The mark closes on ")": a line ending otherwise is left as it is without the pattern's search from every position.
const withoutContinuationMark = (line: string): string =>
  line.endsWith(")") ? line.replace(CONTINUATION_MARK, "") : line;

function figureless(line: string): string {
  return withoutContinuationMark(line).replace(FIGURES, "#").replace(/\s+/gu, " ").trim();
}

// A running head names its document in words; "2023: 5.1%" and "2024: 6.0%" are a table's or a timeline's figures.
const MIN_RUNNING_HEAD_WORDS = 2;
const LETTER_WORD = /\p{L}{2,}/gu;

/** Whether a line could be a running head: short, with a figure and two words, and not a sentence. */
function mayRun(marked: string): boolean {
  const line = withoutContinuationMark(marked);
  return (
    line.length <= MAX_RUNNING_HEAD &&
    /\d/u.test(line) &&
    !SENTENCE_STOP.test(line) &&
    (line.match(LETTER_WORD) ?? []).length >= MIN_RUNNING_HEAD_WORDS
  );
}

/** The page's running heads and feet: a short line with figures set at least twice, its figures aside. */
export function runningHeads(lines: readonly string[]): (line: string) => boolean {
  const seen = new Map<string, number>();
  for (const line of lines) {
    if (!mayRun(line)) continue;
    const key = figureless(line);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return (line: string) => mayRun(line) && (seen.get(figureless(line)) ?? 0) >= 2;
}
