/** One expression matching any of the given regex sources (each a pattern of its own, not a literal phrase). */
export function anyPattern(sources: readonly string[], flags: string): RegExp {
  return new RegExp(sources.map((source) => `(?:${source})`).join("|"), flags);
}

/** Regex source matching any of the phrases literally (longest first, any run of spaces between words). */
export function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/\s+/g, "\\s+"))
    .join("|");
}
