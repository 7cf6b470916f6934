import type { Line, QuoteContext } from "./context.js";
import type { Span } from "./marks.js";
import { refer } from "./references.js";
import { MIN_WORDS, VERB, wordCount } from "./rules.js";

// Quotations introduced by a dash instead of marks, as French, Spanish and Russian copy (and translations of it) print
// them: '– Vietnam considers France a partner of trust, said Luong Cuong.' The paragraph opens with the dash; the
// attribution closes it after a comma, inverted ('said X') or not ('X said', 'he added').

const DASH_OPENING = /^\s*[–—]\s+(?=\p{Lu})/u;
/** The paragraphs that open with a dash and close on an attribution, each as one quote of the speaker it names. */
export function dashQuotes(ctx: QuoteContext): void {
  const { lines, spansByLine } = ctx;
  lines.forEach((line: Line, li: number) => {
    if ((spansByLine[li] as Span[]).length > 0) return;
    const opening = DASH_OPENING.exec(line.text);
    if (!opening) return;
    const rest = line.text.slice(opening[0].length).trimEnd();
    // The attribution is the paragraph's last clause: the comma before it ends the quotation.
    const comma = rest.lastIndexOf(", ");
    if (comma < 0) return;
    const clause = rest.slice(comma + 2).replace(/^[–—]\s+/, "");
    const verb = VERB.exec(clause);
    // ', said Luong Cuong during …' / ', Luong Cuong said.' / ', he added.': a few words at most before the verb.
    if (!verb || wordCount(clause.slice(0, verb.index)) > 4 || /[;:!?]|\.\s/.test(clause)) return;
    const text = rest.slice(0, comma).trim();
    if (wordCount(text) < MIN_WORDS) return;
    const clauseAt = line.start + opening[0].length + rest.length - clause.length;
    const verbAt = clauseAt + verb.index;
    const subject = clause.slice(0, verb.index);
    const speaker = subject.trim()
      ? (ctx.inRange(clauseAt, verbAt)[0]?.person ?? refer(ctx, subject, clauseAt, clauseAt))
      : (ctx.inRange(verbAt, clauseAt + clause.length).find((x) => !ctx.isObject(x))?.person ??
        refer(ctx, clause.slice(verb.index + verb[0].length), clauseAt, clauseAt));
    if (!speaker) return;
    const start = line.start + opening[0].length;
    ctx.out.push({ speaker: speaker.name, text, start, end: start + text.length });
  });
}
