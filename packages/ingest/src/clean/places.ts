import { z } from "zod";
import datelinesJson from "./data/datelines.json" with { type: "json" };
import { memoByLine } from "./line-memo.js";

const Places = z.object({
  places: z.array(z.string().min(2)).min(1),
  aliases: z.record(z.string().min(2), z.string().min(2)),
  provinces: z.array(z.string().min(2)),
  notPlaces: z.array(z.string().min(2)),
  translatedDispatchTags: z.array(z.string().min(2)),
});
const data = Places.parse(datelinesJson);
/** A Chinese paper's dispatch word as a browser's translation renders it ("Electric" for 电): see datelines.json. */
export const translatedDispatchTags: readonly string[] = data.translatedDispatchTags;

// A line of printable ASCII only: no diacritic to strip and no letter outside a–z, so it folds without normalising.
// Without u: any code unit outside the class is there exactly when a code point outside it is, and the class is
// searched about four times faster.
const BEYOND_ASCII = /[^\t\n\r -~]/;
const ASCII_GAPS = /[^a-z0-9]+/g;
// The same line is folded by several readers (headings, tool bars, menus): a folding is kept for the next.
const foldedByLine = memoByLine(foldAny);

/** Lower case, no diacritics, single spaces: "HÀ NỘI" and "Ha Noi" both fold to "ha noi". */
export function foldPlace(place: string): string {
  if (!BEYOND_ASCII.test(place)) return place.toLowerCase().replace(ASCII_GAPS, " ").trim();
  return foldedByLine(place);
}

/**
 * A folding of the text's opening that agrees with `foldPlace(text)` on its first `length + 1` characters: either the
 * whole folding, or that of a printable ASCII head when it already folds longer than `length` (a head's folding opens
 * the whole text's, since ASCII folds character by character and what follows the head cannot change it). Lets a
 * reader asking whether a long sentence opens on one of a few short folded phrases fold a few dozen characters.
 */
export function foldedOpening(text: string, length: number): string {
  const cut = 2 * length + 2;
  if (text.length > cut) {
    const head = text.slice(0, cut);
    if (!BEYOND_ASCII.test(head)) {
      const folded = head.toLowerCase().replace(ASCII_GAPS, " ").trim();
      if (folded.length > length) return folded;
    }
  }
  return foldPlace(text);
}

/**
 * Whether `foldPlace(text)` is surely longer than `max` characters, told without folding: every ASCII letter and
 * figure stays one character of the folded text (the rest only adds to it), so a line holding more of them than `max`
 * folds longer. Lets a reader that looks a line up among short folded phrases pass over the story's sentences.
 */
export function foldsLongerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39)) {
      if (++units > max) return true;
    }
  }
  return false;
}

function foldAny(place: string): string {
  return place
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gi, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const byKey = new Map<string, string>();
for (const place of [...data.places, ...data.provinces]) byKey.set(foldPlace(place), place);
for (const [alias, name] of Object.entries(data.aliases)) byKey.set(foldPlace(alias), name);

const notPlaces = new Set(data.notPlaces.map(foldPlace));
const provinces = new Set(data.provinces.map(foldPlace));

/** Whether the text names one of Vietnam's provinces or cities ("Tay Ninh", "Quảng Trị", "HCM City"). */
export function isHomeProvince(text: string): boolean {
  return provinces.has(foldPlace(text));
}

/** A page's label or section in capitals ("EXCLUSIVE", "POLITICS"), which a dash after it does not make a place. */
export function isLabelWord(text: string): boolean {
  return notPlaces.has(foldPlace(text));
}

/** Every word of a known place name, folded: lets a line of province names be told from a sentence. */
export const placeWords: ReadonlySet<string> = new Set([...byKey.keys()].flatMap((key) => key.split(" ")));

/** The recorded name of a listed place ("HÀ NỘI" gives "Hanoi"), or null when it is not listed. */
export function knownPlace(text: string): string | null {
  return byKey.get(foldPlace(text)) ?? null;
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s'-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The place a dateline names, as it is recorded: listed spelling, else title case ("KUALA LUMPUR" gives "Kuala Lumpur"). */
export function placeName(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, " ");
  const known = knownPlace(trimmed);
  if (known) return known;
  return trimmed === trimmed.toUpperCase() ? titleCase(trimmed) : trimmed;
}
