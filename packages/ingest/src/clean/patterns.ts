/** One expression matching any of the given regex sources (each a pattern of its own, not a literal phrase). */
export function anyPattern(sources: readonly string[], flags: string): RegExp {
  return new RegExp(sources.map((source) => `(?:${source})`).join("|"), flags);
}

/** The text as a regex source that matches it literally (every syntax character escaped). */
export function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** Regex source matching any of the phrases literally (longest first, any run of spaces between words). */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeLiteral(phrase).replace(/\s+/g, "\\s+"))
    .join("|");
}

const LOWER_LETTER = /\p{Ll}/u;
const UPPER_LETTERS = /\p{Lu}/gu;

/** A line set in capitals ("IN BRIEF", "4 | THE STAR NATION"): two capitals or more and no lower-case letter. */
export function isInCapitals(line: string): boolean {
  return !LOWER_LETTER.test(line) && (line.match(UPPER_LETTERS)?.length ?? 0) >= 2;
}
