import { capitals, countryCode } from "../analyse/countries.js";
import { monthNamePatternAnyCase } from "../metadata/months.js";
import { knownPlace } from "./places.js";

// A roundup by place (a column of member papers under country crossheads, a wire's daybook by city, a week in review
// whose paragraphs open on "Tokyo:", a gallery whose captions open on "Kochi, India —") heads each item with the place
// it comes from. Places are the gazetteers' own: dateline places, Vietnam's provinces, countries and their capitals.
const capitalNames = new Set([...capitals().keys()].map((name) => name.toLowerCase()));
const MAX_PLACE_WORDS = 4;
// An item's text after its place: a sentence, not a year or a figure.
const MIN_ITEM_WORDS = 5;
// At least so many words in a trimmed text, asked without splitting it into words: every line of a page is asked
// whether it is a place, and most are sentences.
const ITEM_WORDS = new RegExp(`^\\S+(?:\\s+\\S+){${MIN_ITEM_WORDS - 1}}`, "u");
const MORE_THAN_PLACE_WORDS = new RegExp(`^\\S+(?:\\s+\\S+){${MAX_PLACE_WORDS}}`, "u");
// "Tokyo: The Bank of Japan …": a place and its colon opening a paragraph.
const LEAD_IN = /^([^:：.!?"“”,]{2,40})[:：]\s+\S/u;
// "Kochi, India — Commuters wade …": a place (with its country) and a spaced dash opening a caption.
const DASHED = /^([^.!?"“”:]{2,50}?)\s+[—–]\s+\S/u;

// "04/6/2023 – Rome", "June 21, 2023 — Milan": a report's entry head, the day and the place of each activity.
const DATED_PLACE = new RegExp(
  `^(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4}|(?:${monthNamePatternAnyCase})\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+(?:${monthNamePatternAnyCase})\\.?\\s+\\d{4})\\s+[—–-]\\s+(.{2,40})$`,
  "u",
);

function isPlace(text: string): boolean {
  const name = text.trim();
  if (!name || !/^\p{Lu}/u.test(name) || MORE_THAN_PLACE_WORDS.test(name)) return false;
  return knownPlace(name) !== null || countryCode(name) !== null || capitalNames.has(name.toLowerCase());
}

/** "Kochi, India": every part a place, or a town before its country. */
function isPlaceWithCountry(text: string): boolean {
  const parts = text.split(/\s*,\s*/u);
  if (parts.length === 1) return isPlace(text);
  const country = parts.at(-1) ?? "";
  return parts.length === 2 && countryCode(country) !== null && /^\p{Lu}/u.test(parts[0] ?? "");
}

/**
 * The place a line heads an item with: alone on its line ("MALAYSIA", "KUALA LUMPUR"), before a colon opening the
 * paragraph ("Tokyo: …"), or before a spaced dash ("Kochi, India — …"); a dated entry's whole head ("04/6/2023 –
 * Rome"); null for any other line.
 */
export function placeHead(line: string): string | null {
  const text = line.trim();
  // After a colon or a dash the item's prose follows: "China – 2008" is a list's entry, not an item.
  const prose = (at: number) => {
    const rest = text.slice(at).trim();
    return /^["“]?\p{L}/u.test(rest) && ITEM_WORDS.test(rest);
  };
  // Each dated entry is an item of its own, at the same place or not: the head with its day tells them apart.
  const dated = DATED_PLACE.exec(text)?.[1]?.trim();
  if (dated && isPlaceWithCountry(dated)) return text;
  if (isPlace(text)) return text;
  const lead = LEAD_IN.exec(text);
  const leadPlace = lead?.[1]?.trim();
  if (lead && leadPlace && isPlace(leadPlace) && prose(lead[0].length - 1)) return leadPlace;
  const dashed = DASHED.exec(text);
  const dashedPlace = dashed?.[1]?.trim();
  if (dashed && dashedPlace && isPlaceWithCountry(dashedPlace) && prose(dashed[0].length - 1)) return dashedPlace;
  return null;
}
