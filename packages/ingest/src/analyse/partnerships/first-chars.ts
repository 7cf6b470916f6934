// A long alternation of phrases, tried the way V8 runs it, costs every alternative at nearly every position of the text:
// the hedges, clause hedges and references cost 20–40 µs a sentence, most of a partnership-heavy page's analysis.
// `firstCharDispatch` gives the same pattern a search that only tries, at each position, the alternatives that can start
// with the character found there.

/** Every code unit that can start a match of `alt` (one alternative of the pattern), or null when that is not known. */
function firstUnits(alt: string, ignoreCase: boolean): Set<number> | null {
  let i = 0;
  // zero-width assertions before the first character: \b and lookarounds do not consume it
  for (;;) {
    if (alt.startsWith("\\b", i)) i += 2;
    else if (/^\(\?<?[=!]/.test(alt.slice(i))) {
      const close = groupEnd(alt, i);
      if (close < 0) return null;
      i = close + 1;
    } else break;
  }
  if (i >= alt.length) return null;
  const c = alt.charAt(i);
  let units: Set<number> | null;
  let next: number;
  if (c === "(") {
    if (!alt.startsWith("(?:", i)) return null; // a capturing group would renumber the groups
    const close = groupEnd(alt, i);
    if (close < 0) return null;
    units = new Set();
    for (const inner of topAlternatives(alt.slice(i + 3, close)) ?? []) {
      const u = firstUnits(inner, ignoreCase);
      if (!u) return null;
      for (const x of u) units.add(x);
    }
    if (units.size === 0) return null;
    next = close + 1;
  } else {
    // one character, a class or an escape: read as elementAt reads the second element
    const element = elementAt(alt, i, ignoreCase);
    if (!element) return null;
    units = element.units;
    next = element.next;
  }
  const q = alt.charAt(next);
  let after = next + 1;
  let optional = q === "?" || q === "*";
  if (q === "{") {
    // "{2}", "{1,3}": the element is there; "{0,2}": it may be left out
    const count = /^\{(\d+)(?:,\d*)?\}/.exec(alt.slice(next));
    if (!count) return null;
    optional = Number(count[1]) === 0;
    after = next + count[0].length;
  }
  // a first element that may be left out: what follows it may start the match too
  if (optional) {
    const rest = firstUnits(alt.slice(alt.charAt(after) === "?" ? after + 1 : after), ignoreCase);
    if (!rest) return null;
    for (const x of rest) units.add(x);
  }
  return units;
}

// What \s and \d match (the white space and line terminators of the language, and the ASCII digits).
const SPACES = [
  ..."\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff",
  ...Array.from({ length: 11 }, (_, k) => String.fromCharCode(0x2000 + k)),
].map((ch) => ch.charCodeAt(0));
const DIGITS = Array.from({ length: 10 }, (_, k) => 48 + k);

function addUnit(units: Set<number>, ch: string, ignoreCase: boolean): boolean {
  const code = ch.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (ignoreCase) {
    // without the u flag, case-insensitive matching pairs an ASCII letter with its other case only
    if (code > 127) return false;
    units.add(ch.toLowerCase().charCodeAt(0));
    units.add(ch.toUpperCase().charCodeAt(0));
  } else units.add(code);
  return true;
}

/**
 * Every code unit the second character of a match of `alt` can be, or null when that is not known (a match may be one
 * character long, or an element is more than a single character: a capturing group, a counted repeat, \w, a range).
 */
function secondUnits(alt: string, ignoreCase: boolean): Set<number> | null {
  const i = alt.startsWith("\\b") ? 2 : 0;
  const units = new Set<number>();
  const add = (more: Set<number> | null): boolean => {
    if (more) for (const x of more) units.add(x);
    return more !== null;
  };
  if (alt.startsWith("(?:", i)) {
    // "(?:tier|rung) above": each alternative of the group, followed by the rest
    const close = groupEnd(alt, i);
    const inner = close < 0 ? null : topAlternatives(alt.slice(i + 3, close));
    if (!inner || "?*+{".includes(alt.charAt(close + 1) || "|")) return null;
    for (const a of inner) if (!add(secondUnits(a + alt.slice(close + 1), ignoreCase))) return null;
    return units;
  }
  const first = elementAt(alt, i, ignoreCase);
  if (!first) return null;
  const q = alt.charAt(first.next);
  if (q === "{") return null;
  const quantified = q !== "" && "?*+".includes(q);
  const rest = alt.slice(quantified ? first.next + (alt.charAt(first.next + 1) === "?" ? 2 : 1) : first.next);
  // what follows the first character: the rest, or the element again when it may repeat
  if (!add(firstUnits(rest, ignoreCase))) return null;
  if (q === "*" || q === "+") add(first.units);
  // an element that may be left out: the match may open on the rest
  if ((q === "?" || q === "*") && !add(secondUnits(rest, ignoreCase))) return null;
  return units;
}

/** The code units one single-character element at `i` matches and where it ends, or null for any other element. */
function elementAt(alt: string, i: number, ignoreCase: boolean): { units: Set<number>; next: number } | null {
  const c = alt.charAt(i);
  const units = new Set<number>();
  if (c === "[") {
    let k = i + 1;
    if (alt.charAt(k) === "^") return null;
    for (; k < alt.length && alt.charAt(k) !== "]"; k++) {
      const ch = alt.charAt(k);
      if (ch === "\\" || (ch === "-" && k > i + 1 && alt.charAt(k + 1) !== "]")) return null;
      if (!addUnit(units, ch, ignoreCase)) return null;
    }
    return k < alt.length && units.size > 0 ? { units, next: k + 1 } : null;
  }
  if (c === "\\") {
    const e = alt.charAt(i + 1);
    if (e === "s") return { units: new Set(SPACES), next: i + 2 };
    if (e === "d") return { units: new Set(DIGITS), next: i + 2 };
    if (!e || /[0-9A-Za-z_]/.test(e) || !addUnit(units, e, ignoreCase)) return null;
    return { units, next: i + 2 };
  }
  if (!c || ".^$|()?*+{}]".includes(c) || !addUnit(units, c, ignoreCase)) return null;
  return { units, next: i + 1 };
}

/** Index of the parenthesis closing the group that opens at `open`, or -1. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  for (let k = open; k < src.length; k++) {
    const ch = src.charAt(k);
    if (ch === "\\") k++;
    else if (ch === "[") {
      for (k++; k < src.length && src.charAt(k) !== "]"; k++) if (src.charAt(k) === "\\") k++;
    } else if (ch === "(") depth++;
    else if (ch === ")") {
      depth--;
      if (depth === 0) return k;
    }
  }
  return -1;
}

/** The alternatives of `src` at its top level, or null when its brackets do not balance. */
function topAlternatives(src: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < src.length; k++) {
    const ch = src.charAt(k);
    if (ch === "\\") k++;
    else if (ch === "[") {
      for (k++; k < src.length && src.charAt(k) !== "]"; k++) if (src.charAt(k) === "\\") k++;
    } else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) {
      out.push(src.slice(from, k));
      from = k + 1;
    }
    if (depth < 0) return null;
  }
  if (depth !== 0) return null;
  out.push(src.slice(from));
  return out;
}

/** Whether the pattern holds a capturing group (plain or named) anywhere: the dispatched parts would renumber it. */
function capturing(src: string): boolean {
  for (let k = 0; k < src.length; k++) {
    const ch = src.charAt(k);
    if (ch === "\\") k++;
    else if (ch === "[") {
      for (k++; k < src.length && src.charAt(k) !== "]"; k++) if (src.charAt(k) === "\\") k++;
    } else if (
      ch === "(" &&
      (src.charAt(k + 1) !== "?" || (src.charAt(k + 2) === "<" && !"=!".includes(src.charAt(k + 3))))
    )
      return true;
  }
  return false;
}

/** The pattern as prefix, alternatives and suffix: "\b(?:a|b)\b", "(?:a|b)" or "a|b"; null for any other shape. */
function shapeOf(source: string): { prefix: string; alts: string[]; suffix: string } | null {
  for (const [prefix, suffix] of [
    ["\\b(?:", ")\\b"],
    ["(?:", ")"],
  ] as const) {
    if (!source.startsWith(prefix) || !source.endsWith(suffix)) continue;
    const open = prefix.length - 3;
    if (groupEnd(source, open) !== source.length - suffix.length) continue;
    const alts = topAlternatives(source.slice(prefix.length, source.length - suffix.length));
    return alts ? { prefix: prefix.slice(0, -3), alts, suffix: suffix.slice(1) } : null;
  }
  const alts = topAlternatives(source);
  return alts && alts.length > 1 ? { prefix: "", alts, suffix: "" } : null;
}

/** A character \b counts as a word's (without the u and i flags together): an ASCII letter, a digit or "_". */
function isWordUnit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/**
 * The pattern's search, trying at each position only the alternatives that can start with its character, in their own
 * order: the same matches as the pattern's own search (leftmost, then the first alternative that matches there).
 */
class FirstCharPattern extends RegExp {
  // matchAll and split copy the pattern: a plain copy searches as the pattern itself does
  static override get [Symbol.species]() {
    return RegExp;
  }

  constructor(
    source: string,
    flags: string,
    private readonly slots: Uint8Array,
    private readonly byFirst: readonly RegExp[],
    /**
     * Per slot, four words of bits: the ASCII code units the match's second character can be; and whether it can be a
     * unit outside ASCII too (or is not known: then every bit is set as well).
     */
    private readonly seconds: Uint32Array,
    private readonly wideSecond: Uint8Array,
    /** The pattern opens on \b, outside its alternatives. */
    private readonly boundary: boolean,
  ) {
    super(source, flags);
  }

  override exec(input: string): RegExpExecArray | null {
    const text = String(input);
    const moving = this.global;
    let p = moving ? this.lastIndex : 0;
    const { slots, byFirst, boundary, seconds, wideSecond } = this;
    for (const n = text.length; p < n; p++) {
      const code = text.charCodeAt(p);
      const slot = slots[code] as number;
      if (slot === 0) continue;
      // "\b(?:…)": a position inside a word (or between two non-word characters) opens no match
      if (boundary && isWordUnit(p > 0 ? text.charCodeAt(p - 1) : -1) === isWordUnit(code)) continue;
      // a second character no alternative of the slot can have opens no match either (past the end: none, read as
      // a unit outside ASCII so that only a slot whose second character is known skips it)
      const second = p + 1 < n ? text.charCodeAt(p + 1) : 0x10000;
      if (
        second < 128
          ? ((seconds[(slot - 1) * 4 + (second >> 5)] as number) & (1 << (second & 31))) === 0
          : wideSecond[slot - 1] === 0
      )
        continue;
      const re = byFirst[slot - 1] as RegExp;
      re.lastIndex = p;
      const m = re.exec(text);
      if (m !== null) {
        if (moving) this.lastIndex = p + m[0].length;
        return m;
      }
    }
    if (moving) this.lastIndex = 0;
    return null;
  }
}

const LOOK_BEHIND = /^(?:\\b)?\(\?<[=!]/;

/**
 * `re` itself, or the same pattern searched by its first characters when its shape allows (an alternation, maybe in
 * "\b(?:…)\b", whose every alternative starts with a known character, and no capturing group); flags g, i, m, s and u
 * (not i with u). Of such a pattern only one with a look-behind opening an alternative is dispatched; any other is
 * returned as a plain copy, which the engine searches faster.
 */
export function firstCharDispatch(re: RegExp): RegExp {
  const { source, flags } = re;
  if (/[^gimsu]/.test(flags) || (flags.includes("i") && flags.includes("u")) || capturing(source)) return re;
  const shape = shapeOf(source);
  if (!shape || shape.alts.length < 2) return re;
  const ignoreCase = flags.includes("i");
  const units = shape.alts.map((a) => firstUnits(a, ignoreCase));
  if (units.some((u) => u === null)) return re;
  // V8 compiles every pattern to machine code (native-regexps.ts): its own search of an alternation of words is then
  // 1.5–3.5 times quicker than this dispatch (hedges, clause breaks, references, capitals). Only a look-behind opening
  // an alternative, which the engine tries at every position, still gains (the "May" of a date: 2.3 times quicker
  // dispatched). Any other pattern is searched by a plain copy of itself.
  if (!shape.alts.some((a) => LOOK_BEHIND.test(a))) return new RegExp(source, flags);
  // one sticky pattern per distinct list of alternatives a first character allows
  const slots = new Uint8Array(0x10000);
  const byFirst: RegExp[] = [];
  const byList = new Map<string, number>();
  const all = new Set(units.flatMap((u) => [...(u as Set<number>)]));
  const stickyFlags = `${flags.replace("g", "")}y`;
  for (const code of all) {
    const alts = shape.alts.filter((_, k) => (units[k] as Set<number>).has(code));
    const key = alts.join("|");
    let slot = byList.get(key);
    if (slot === undefined) {
      if (byFirst.length >= 255) return re;
      byFirst.push(new RegExp(`${shape.prefix}(?:${key})${shape.suffix}`, stickyFlags));
      slot = byFirst.length;
      byList.set(key, slot);
    }
    slots[code] = slot;
  }
  // and per slot the second characters its alternatives allow (a slot with one not known allows any)
  const seconds = new Uint32Array(byFirst.length * 4);
  const wideSecond = new Uint8Array(byFirst.length);
  for (const [key, slot] of byList) {
    const allowed = topAlternatives(key)?.map((a) => secondUnits(a, ignoreCase)) ?? [null];
    for (const set of allowed.some((u) => u === null) ? [null] : (allowed as Set<number>[])) {
      for (let code = 0; code < 128; code++) {
        const word = (slot - 1) * 4 + (code >> 5);
        if (set === null || set.has(code)) seconds[word] = (seconds[word] as number) | (1 << (code & 31));
      }
      if (set === null || [...set].some((code) => code >= 128)) wideSecond[slot - 1] = 1;
    }
  }
  return new FirstCharPattern(source, flags, slots, byFirst, seconds, wideSecond, shape.prefix === "\\b");
}
