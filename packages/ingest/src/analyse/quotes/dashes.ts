import type { Line, QuoteContext } from "./context.js";
import type { Span } from "./marks.js";
import { refer } from "./references.js";
import { MIN_WORDS, VERB, wordCount } from "./rules.js";

// Quotations introduced by a dash instead of marks, as French, Spanish and Russian copy (and translations of it) print
// them: '– Vietnam considers France a partner of trust, said Luong Cuong.' The paragraph opens with the dash; the
// attribution closes it after a comma, inverted ('said X') or not ('X said', 'he added'). Russian copy also closes the
// quotation with a second dash before the attribution and may carry on after it with a third ('— Our ties are old, —
// the minister said. — We will widen them.'), and may open the quotation after a sentence of the writer's own.

const DASH_OPENING = /^\s*[–—]\s+(?=\p{Lu})/u;
// A dash after a sentence's end opens a quotation in mid-paragraph, when a closing dash follows it.
const INNER_DASH_OPENING = /(?<=[.!?]["”»]?\s+)[–—]\s+(?=\p{Lu})/gu;
const CLOSING_DASH = /,\s+[–—]\s+/u;
// The attribution after a closing dash runs to its sentence's end.
const SENTENCE_END = /[.!?](?=\s|$)/u;

/** The paragraphs that open with a dash and close on an attribution, each as one quote of the speaker it names. */
export function dashQuotes(ctx: QuoteContext): void {
  const { lines, spansByLine } = ctx;
  lines.forEach((line: Line, li: number) => {
    if ((spansByLine[li] as Span[]).length > 0) return;
    const opening = DASH_OPENING.exec(line.text);
    if (opening) {
      if (!closedByDash(ctx, line, opening[0].length)) openingParagraph(ctx, line, opening[0].length);
      return;
    }
    // Only a line holding a dash can open a quotation with one (most lines hold none): the pattern's look-behind
    // would otherwise be tried at every position of the line.
    if (!line.text.includes("–") && !line.text.includes("—")) return;
    for (const inner of line.text.matchAll(INNER_DASH_OPENING)) {
      if (closedByDash(ctx, line, inner.index + inner[0].length)) return;
    }
  });
}

/** '— Words, — X said. — More words.': the words up to the closing dash, when the clause after it credits them. */
function closedByDash(ctx: QuoteContext, line: Line, from: number): boolean {
  const rest = line.text.slice(from);
  const close = CLOSING_DASH.exec(rest);
  if (!close) return false;
  const afterClose = close.index + close[0].length;
  const end = SENTENCE_END.exec(rest.slice(afterClose));
  const clause = rest.slice(afterClose, end ? afterClose + end.index : rest.length);
  return credit(ctx, line, from, rest.slice(0, close.index), line.start + from + afterClose, clause);
}

/** '– Words, said X.': the paragraph's last clause credits the words before its comma. */
function openingParagraph(ctx: QuoteContext, line: Line, from: number): void {
  const rest = line.text.slice(from).trimEnd();
  const comma = rest.lastIndexOf(", ");
  if (comma < 0) return;
  const clause = rest.slice(comma + 2).replace(/^[–—]\s+/, "");
  const clauseAt = line.start + from + rest.length - clause.length;
  credit(ctx, line, from, rest.slice(0, comma), clauseAt, clause);
}

/** One quote of the speaker the attribution names, when it is one: a few words at most before its verb. */
function credit(ctx: QuoteContext, line: Line, from: number, words: string, clauseAt: number, clause: string): boolean {
  const verb = VERB.exec(clause);
  // ', said Luong Cuong during …' / ', Luong Cuong said.' / ', he added.'
  if (!verb || wordCount(clause.slice(0, verb.index)) > 4 || /[;:!?]|\.\s/.test(clause)) return false;
  const text = words.trim();
  if (wordCount(text) < MIN_WORDS) return false;
  const verbAt = clauseAt + verb.index;
  const subject = clause.slice(0, verb.index);
  const speaker = subject.trim()
    ? (ctx.inRange(clauseAt, verbAt)[0]?.person ?? refer(ctx, subject, clauseAt, clauseAt))
    : (ctx.inRange(verbAt, clauseAt + clause.length).find((x) => !ctx.isObject(x))?.person ??
      refer(ctx, clause.slice(verb.index + verb[0].length), clauseAt, clauseAt));
  if (!speaker) return false;
  const start = line.start + from;
  ctx.out.push({ speaker: speaker.name, text, start, end: start + text.length });
  return true;
}
