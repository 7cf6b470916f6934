/** Where a sentence ends: a full stop, question or exclamation mark before a space, or a line break. */
const END = /[.!?]["”’)]?(?=\s)|\n/g;

/**
 * The sentence of `body` that holds `[start, end)`, exactly as the body writes it (an added finding is located by
 * its sentence, so it must be a piece of the body, not retyped).
 */
export function sentenceAround(body: string, start: number, end: number): string {
  let from = 0;
  let to = body.length;
  for (const match of body.matchAll(END)) {
    const stop = (match.index ?? 0) + match[0].length;
    if (stop <= start) from = stop;
    else if ((match.index ?? 0) >= end - 1 || stop >= end) {
      to = stop;
      break;
    }
  }
  const text = body.slice(from, to);
  const lead = text.length - text.trimStart().length;
  return body.slice(from + lead, from + lead + text.trim().length);
}
