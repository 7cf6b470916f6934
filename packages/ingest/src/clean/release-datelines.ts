import { monthNamePatternAnyCase } from "../metadata/months.js";
import type { Dateline } from "./datelines.js";
import { knownPlace, placeName } from "./places.js";

// "<Agency Name>-London-12 May 2020: <Agency Name> has …": a rating agency's or a firm's release opens on its own
// name, the city and the day joined by hyphens with no spaces, and a colon. The firm issues its own release, as a
// ministry does, so the line names no outlet (test/READING.md); the city is the dateline's place when a list holds it.
const NAME = String.raw`\p{Lu}[\p{L}'’&.]*(?:\s+\p{Lu}[\p{L}'’&.]*){0,3}`;
const DAY = String.raw`\d{1,2}\s+(?:${monthNamePatternAnyCase})\.?,?\s+\d{4}|(?:${monthNamePatternAnyCase})\.?\s+\d{1,2},?\s+\d{4}`;
const HYPHENED_RELEASE = new RegExp(
  String.raw`^(?<issuer>${NAME})-(?<place>${NAME})-(?<day>${DAY})\s*:\s+(?=\p{Lu})`,
  "u",
);

/** A release's hyphened dateline opening its lead; null when the lead opens otherwise or the city is unlisted. */
export function readHyphenedRelease(paragraph: string): Dateline | null {
  const match = HYPHENED_RELEASE.exec(paragraph);
  const place = match?.groups?.place ?? "";
  if (!match || !knownPlace(place)) return null;
  return { prefix: match[0].trim(), rest: paragraph.slice(match[0].length), outlet: null, place: placeName(place) };
}
