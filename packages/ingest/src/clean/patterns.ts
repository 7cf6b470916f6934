/** One expression matching any of the given regex sources (each a pattern of its own, not a literal phrase). */
export function anyPattern(sources: readonly string[], flags: string): RegExp {
  return new RegExp(sources.map((source) => `(?:${source})`).join("|"), flags);
}

// The ASCII letters a regex with the i and u flags also matches outside ASCII ("k" the Kelvin sign, "s" the long s):
// left out of a literal looked up in the line's lower case.
const UNICODE_FOLDED = /[ks]/i;
const LITERAL_LETTER = /[a-z ]/i;
const MIN_LITERAL = 4;

/**
 * A run of letters (and spaces) that every match of the pattern holds at its top level, in lower case, so a line whose
 * lower case lacks it cannot match; null when the pattern has none of MIN_LITERAL letters or more, or alternatives at
 * its top level. Groups, classes, escapes and quantified letters are skipped: the literal is read only where the
 * pattern must match it as written (`unicode`: the pattern has the u flag, under which "k" and "s" match more).
 */
export function requiredLiteral(source: string, unicode: boolean): string | null {
  const runs: string[] = [];
  let run = "";
  let depth = 0;
  const flush = () => {
    if (run.trim()) runs.push(run.trim());
    run = "";
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === "\\") {
      flush();
      const escaped = source[++i];
      const braced = source[i + 1] === "{" && (escaped === "p" || escaped === "P" || escaped === "u");
      if (braced) i = source.indexOf("}", i);
      else if (escaped === "u") i += 4;
      else if (escaped === "x") i += 2;
      else if (escaped === "c") i += 1;
      else if (escaped === "k" && source[i + 1] === "<") i = source.indexOf(">", i);
      if (i < 0) return null;
    } else if (c === "[") {
      flush();
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (c === "(" || c === ")") {
      flush();
      depth += c === "(" ? 1 : -1;
    } else if (c === "|") {
      if (depth === 0) return null;
      flush();
    } else if (c === "?" || c === "*" || c === "+" || c === "{") {
      // The quantified letter may be missing from a match: it leaves the run.
      run = run.slice(0, -1);
      flush();
      if (c === "{") i = Math.max(i, source.indexOf("}", i));
    } else if (depth === 0 && LITERAL_LETTER.test(c) && !(unicode && UNICODE_FOLDED.test(c))) run += c.toLowerCase();
    else flush();
  }
  flush();
  const longest = runs.reduce((best, literal) => (literal.length > best.length ? literal : best), "");
  return longest.length >= MIN_LITERAL ? longest : null;
}

/** Where the group or class opening at `at` closes (escapes skipped); -1 when it never does. */
function closeOf(source: string, at: number): number {
  if (source[at] === "[") {
    for (let i = at + 1; i < source.length; i++) {
      if (source[i] === "\\") i++;
      else if (source[i] === "]") return i;
    }
    return -1;
  }
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** The parts of a source between its top-level bars. */
function topLevelParts(source: string): string[] {
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[" || c === "(") {
      i = closeOf(source, i);
      if (i < 0) return [source];
    } else if (c === "|") {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/**
 * The literals of a group every match must pass through, one of which each match holds: "(?:full|whole|complete)"
 * standing unquantified at the pattern's top level, each alternative with a required literal of its own (read as
 * requiredLiteral reads it). Null when the pattern has no such group; a pattern with no single required literal may
 * still be gated by these.
 */
export function requiredAlternatives(source: string, unicode: boolean): string[] | null {
  if (topLevelParts(source).length > 1) return null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[" || c === "(") {
      const close = closeOf(source, i);
      if (close < 0) return null;
      const quantified = "?*+{".includes(source[close + 1] ?? "");
      if (c === "(" && source.startsWith("(?:", i) && !quantified) {
        const literals = topLevelParts(source.slice(i + 3, close)).map((part) => requiredLiteral(part, unicode));
        if (literals.every((literal) => literal !== null)) return literals as string[];
      }
      i = close;
    }
  }
  return null;
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

// V8 runs \b under the i and u flags together as a look-around over Unicode's case-folded word characters, which
// turns off its quick searches: such a pattern scans a line about ten times slower than the same one without u. A
// pattern written in ASCII (typographic punctuation aside) means the same without u on a text holding neither "ſ" nor
// the Kelvin sign (the only letters outside ASCII that fold to ASCII ones, and so word characters under i with u) nor
// a surrogate (half of an astral character, which u reads whole): on such a text its copy without u is searched.
const FOLDS_OR_ASTRAL = /[\u017F\u212A\uD800-\uDFFF]/;
// What only u reads: a property class, a braced code point, an escaped surrogate.
const UNICODE_ONLY_SYNTAX = /\\[pP]\{|\\u\{|\\u[dD][89a-fA-F]/;
// ASCII, and the dashes, quotes and spaces of general punctuation, none of which has a case.
const isCaselessSource = (source: string): boolean => {
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code >= 0x80 && (code < 0x2000 || code > 0x206f)) return false;
  }
  return true;
};
const twins = new WeakMap<RegExp, RegExp | null>();

/** `re`, or its copy without the u flag where that finds the same matches in `text` faster (see above). */
export function quickFor(re: RegExp, text: string): RegExp {
  let twin = twins.get(re);
  if (twin === undefined) {
    const { source, flags } = re;
    twin =
      flags.includes("i") &&
      flags.includes("u") &&
      source.includes("\\b") &&
      isCaselessSource(source) &&
      !UNICODE_ONLY_SYNTAX.test(source)
        ? new RegExp(source, flags.replace("u", ""))
        : null;
    twins.set(re, twin);
  }
  return twin === null || FOLDS_OR_ASTRAL.test(text) ? re : twin;
}

/** `re.test(text)`, by its copy without u where that is quicker (quickFor); for a pattern without the g or y flag. */
export function quickTest(re: RegExp, text: string): boolean {
  return quickFor(re, text).test(text);
}
