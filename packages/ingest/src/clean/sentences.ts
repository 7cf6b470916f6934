import { z } from "zod";
import abbreviationsJson from "./data/abbreviations.json" with { type: "json" };

const Abbreviations = z.object({ abbreviations: z.array(z.string().min(1)).min(1) });
const abbreviations = new Set(Abbreviations.parse(abbreviationsJson).abbreviations.map((a) => a.toLowerCase()));

// A full stop, ! or ?, closing quotes or brackets, then space before a capital, digit or opening quote.
const BOUNDARY = /[.!?]+["')\]]*\s+(?=["'([]?[\p{Lu}\p{N}])/gu;

function endsWithAbbreviation(text: string, stop: number): boolean {
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, stop - 12), stop))?.[1] ?? "";
  return abbreviations.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word);
}

/** Offsets where sentences start in `text` (after the first), skipping "Mr.", "U.S." and initials. */
export function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(BOUNDARY)) {
    if (!endsWithAbbreviation(text, match.index)) starts.push(match.index + match[0].length);
  }
  return starts;
}

/** Start of the sentence that ends just before `end`, not looking before `floor`. */
export function sentenceStartBefore(text: string, end: number, floor = 0): number {
  const segment = text.slice(floor, end).replace(/[\s.!?"')\]—–-]+$/, "");
  const starts = sentenceStarts(segment);
  return floor + (starts.at(-1) ?? 0);
}

/**
 * The first of `text`'s sentences (splitSentences(text)[0] for a text with one), found without reading past its end:
 * a reader that needs every sentence to pass settles most lines on the first one alone.
 */
export function firstSentence(text: string): string {
  BOUNDARY.lastIndex = 0;
  let end = text.length;
  for (let match = BOUNDARY.exec(text); match !== null; match = BOUNDARY.exec(text)) {
    if (!endsWithAbbreviation(text, match.index)) {
      end = match.index + match[0].length;
      break;
    }
  }
  BOUNDARY.lastIndex = 0;
  return text.slice(0, end).trim();
}

/** The sentences of a paragraph, trimmed. */
export function splitSentences(text: string): string[] {
  const starts = [0, ...sentenceStarts(text), text.length];
  const sentences: string[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    const sentence = text.slice(starts[i], starts[i + 1]).trim();
    if (sentence) sentences.push(sentence);
  }
  return sentences;
}
