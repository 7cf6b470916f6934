// A person as the reader returns it, and the token spans and found readings its passes hand each other.
import type { Sentence } from "../sentences.js";
import type { Token } from "../tokens.js";

export interface PersonMention {
  sentenceIndex: number;
  start: number;
  end: number;
  surface: string;
}

export interface Person {
  name: string;
  key: string;
  roles: Array<{ role: string; start: number; end: number }>;
  mentions: PersonMention[];
}

export interface Span {
  from: number;
  to: number;
  /** "Ambassador to Vietnam": where the office ends before the state it is held to. */
  office?: number;
  /** "a researcher at the Institute …": where the title's own words end before the workplace read with it. */
  title?: number;
  /** "Prime Ministers A and B": the title is written in the plural, each holds it in the singular. */
  plural?: boolean;
}

/** Where a role's head word ends: the title's own words, before any workplace or the state an office is held to. */
export function headEnd(role: Span): number {
  return role.title ?? role.office ?? role.to;
}

/** Token i is covered by a country or organisation name. */
export type Covered = (sentenceIndex: number, tokenIndex: number) => boolean;

/** The name as the page writes it, with the style by birth written before its honorifics ("Tengku Zafrul …"). */
export function writtenName(f: Found): string {
  const name = textOf(f.sentence, f.name);
  return f.style ? `${f.style} ${name}` : name;
}

export function textOf(s: Sentence, span: Span): string {
  const a = s.tokens[span.from] as Token;
  const b = s.tokens[span.to - 1] as Token;
  return s.text.slice(a.start - s.start, b.end - s.start);
}

export interface Found {
  name: Span;
  roles: Span[];
  /** The first title with the state written before it ("Vietnamese Prime Minister"). */
  state?: Span;
  sentence: Sentence;
  /** Name came with a title or honorific (a bare surname then still names a person). */
  cued: boolean;
  /** A single name after "King", "Emperor": the monarch's own name, never another person's surname. */
  monarch?: boolean;
  /** Words of the honorifics written before the name ("samdech", "moha", "borvor", "thipadei"). */
  honorific?: string[];
  /** The honorific stands for the name ("Samdech Thipadei said"): whoever was introduced with those words. */
  honorificOnly?: boolean;
  /** A surname alone with its office after a comma ("Hu, general secretary of …"): only for a person named in full. */
  needsOwner?: boolean;
  /** A style by birth written before the honorifics ("Tengku"): part of the name, though the honorifics are not. */
  style?: string;
}
