import { z } from "zod";
import { parsePublishedDate } from "../metadata/dates.js";
import { monthNamePattern, monthNamePatternAnyCase } from "../metadata/months.js";
import { canonicalOutlet, knownOutlet, outletNames } from "../metadata/outlets.js";
import datelinesJson from "./data/datelines.json" with { type: "json" };
import { alternation } from "./patterns.js";

const Datelines = z.object({ places: z.array(z.string().min(2)).min(1) });
const places = new Set(Datelines.parse(datelinesJson).places.map((p) => foldPlace(p)));

function foldPlace(place: string): string {
  return place.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase().replace(/\s+/g, " ").trim();
}

const DASH = "(?:--?|–|—)";
const PLACE = String.raw`[\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*){0,3}(?:,\s+[\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*){0,2})?`;
const DAY = String.raw`(?:(?:${monthNamePatternAnyCase})\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:${monthNamePatternAnyCase})\.?(?:\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)`;
// "HANOI, Nov 12 (Reuters) - ", "Hanoi (VNA) – ", "(VOVWORLD) - ", "HÀ NỘI — ", "NDO/VNA – "
const DATELINE = new RegExp(
  String.raw`^(?:(?<place>${PLACE})(?:,\s+(?<day>${DAY}))?\s+)?(?:\((?<bracketed>[^()\n]{1,40})\)\s*)?${DASH}\s+(?=\S)`,
  "u",
);
const OUTLET_DATELINE = new RegExp(
  String.raw`^(?<outlet>${alternation(outletNames)})(?:\s*/\s*(?:${alternation(outletNames)}))?\s*${DASH}\s+(?=\S)`,
  "iu",
);

export interface Dateline {
  prefix: string;
  rest: string;
  outlet: string | null;
}

function isPlace(place: string): boolean {
  const city = place.split(",")[0] ?? place;
  if (places.has(foldPlace(city))) return true;
  // Capitals mark a dateline; a lone unlisted ASCII word in capitals may be an acronym ("ASEAN - ").
  const letters = city.replace(/[^\p{L}]/gu, "");
  return letters === letters.toUpperCase() && (/\P{ASCII}/u.test(city) || /\s/.test(city.trim()));
}

/**
 * The dateline opening a story, removed while the sentence after it stays. A bracketed outlet
 * ("(VNA)") is the outlet of the story; a bare place ("HÀ NỘI —") tells no outlet.
 */
export function readDateline(paragraph: string): Dateline | null {
  const byOutlet = OUTLET_DATELINE.exec(paragraph);
  if (byOutlet?.groups?.outlet) {
    return {
      prefix: byOutlet[0].trim(),
      rest: paragraph.slice(byOutlet[0].length),
      outlet: knownOutlet(byOutlet.groups.outlet),
    };
  }
  const match = DATELINE.exec(paragraph);
  const groups = match?.groups;
  if (!match || !groups) return null;
  const { place, day, bracketed } = groups;
  if (!bracketed && !(place && (day || isPlace(place)))) return null;
  const outletName = bracketed?.split("/")[0]?.trim();
  return {
    prefix: match[0].trim(),
    rest: paragraph.slice(match[0].length),
    outlet: outletName ? canonicalOutlet(outletName) : null,
  };
}

// Words a publication date line may carry besides the date: labels, time zones, weekdays (English and Vietnamese).
const DATE_LINE_WORD =
  /^(?:published|updated|posted|last|on|at|am|pm|gmt|ict|utc|hrs|(?:mon|tues|wednes|thurs|fri|satur|sun)day|cập|nhật|ngày|lúc|thứ|chủ|hai|ba|tư|năm|sáu|bảy)$/iu;
const MONTH_NAMES = new RegExp(String.raw`\b(?:${monthNamePattern})\b\.?`, "giu");

/** A line that only states when the story was published ("Monday, 23/11/2026 14:05 (GMT+7)", "November 12, 2026"). */
export function isPublicationDateLine(line: string): boolean {
  if (line.length > 60 || !parsePublishedDate(line)) return false;
  const words = line.replace(MONTH_NAMES, " ").match(/\p{L}+/gu) ?? [];
  return words.every((w) => DATE_LINE_WORD.test(w));
}
