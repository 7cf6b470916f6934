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
