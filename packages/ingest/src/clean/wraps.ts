// A PDF or a plain-text release breaks its paragraphs at a fixed width: every line but the last is about as long.
const MIN_WRAPPED = 45;
const MAX_WRAPPED = 110;
const MIN_WRAPPED_LINES = 3;
const SENTENCE_END = /[.!?:;"'”’)]$/;
// "approx-" + "imately": a word split at the margin.
const SPLIT_WORD = /\p{L}-$/u;

function isWrapped(lines: readonly string[]): boolean {
  if (lines.length < MIN_WRAPPED_LINES) return false;
  const inner = lines.slice(0, -1);
  if (!inner.every((line) => line.length >= MIN_WRAPPED && line.length <= MAX_WRAPPED)) return false;
  // Lines that each end a sentence are paragraphs of their own, not one paragraph wrapped.
  return inner.filter((line) => !SENTENCE_END.test(line)).length * 2 > inner.length;
}

/**
 * Joins the lines of a hard-wrapped block (between blank lines) into one paragraph, mending words split at the
 * margin. Other blocks, where each line is a paragraph, a heading or furniture, are left as they are.
 * @example unwrapLines("On July 26 for approx-\nimately 30 minutes, ...") // => "On July 26 for approximately 30 minutes, ..."
 */
export function unwrapLines(text: string): string {
  return text
    .split(/\n[^\S\n]*\n/)
    .map((block) => {
      const lines = block.split("\n").map((line) => line.trim());
      if (!isWrapped(lines.filter(Boolean))) return block;
      let joined = "";
      for (const line of lines.filter(Boolean)) {
        if (!joined) joined = line;
        else if (SPLIT_WORD.test(joined) && /^\p{Ll}/u.test(line)) joined = joined.slice(0, -1) + line;
        else joined += ` ${line}`;
      }
      return joined;
    })
    .join("\n\n");
}
