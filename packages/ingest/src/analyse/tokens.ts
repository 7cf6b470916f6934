import { fold } from "./fold.js";

export type TokenKind = "word" | "number" | "punct";

export interface Token {
  text: string;
  /** Folded lower-case form used for every lookup. */
  key: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First character is an upper-case letter. */
  cap: boolean;
}

// Numbers keep thousands separators and decimals ("1,200.5"); words split at hyphens and apostrophes
// so that gazetteer phrases and possessives ("Vietnam's") line up token by token.
const TOKEN = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}\p{M}]+|\S/gu;

const LETTER = /[\p{L}\p{M}]/u;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const first = t.charAt(0);
    const code = t.charCodeAt(0);
    const kind: TokenKind =
      code >= 48 && code <= 57
        ? "number"
        : first.toLowerCase() !== first.toUpperCase() || LETTER.test(first)
          ? "word"
          : "punct";
    const start = (m.index ?? 0) + offset;
    tokens.push({
      text: t,
      key: fold(t),
      start,
      end: start + t.length,
      kind,
      cap: kind === "word" && first !== first.toLowerCase(),
    });
  }
  return tokens;
}

/** True when nothing separates the two tokens ("G" + "20", "4" + "th"). */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}
