import { countryCode } from "../analyse/countries.js";
import { organizationByAcronym } from "../analyse/organizations.js";
import { isDateLineWord, isMastheadReading, isPageTool } from "../metadata/date-words.js";
import { dayInYear, parsePublishedDate, parseWholeDay } from "../metadata/dates.js";
import { monthNamePattern, monthNamePatternAnyCase, monthNamePatternCapitalised } from "../metadata/months.js";
import { canonicalOutlet, isAgency, knownOutlet, outletNames } from "../metadata/outlets.js";
import { memoByLine } from "./line-memo.js";
import { alternation } from "./patterns.js";
import { isLabelWord, knownPlace, placeName, translatedDispatchTags } from "./places.js";

// A place's name may join its words with a lower-case particle: "Rio de Janeiro", "Dar es Salaam".
// A story filed from several places names them joined by slashes: "MELBOURNE/HANOI (Reuters) –", or by "and" as
// American papers set it: "SEOUL and TOKYO —".
const PLACE = String.raw`[\p{Lu}][\p{L}.'-]*(?:\s+(?:(?:de|da|do|dos|das|del|di|la|el|es|al)\s+)?[\p{Lu}][\p{L}.'-]*){0,3}(?:(?:\s?\/\s?|\s+and\s+)[\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*){0,2}){0,3}(?:,\s+[\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*){0,2})?`;
// "29th October, 2024" as Gulf agencies write the day; "April 22/2021" as Ethiopia's does.
const DAY = String.raw`(?:(?:${monthNamePatternAnyCase})\.?\s+\d{1,2}(?:,\s*\d{4}|/\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:${monthNamePatternAnyCase})\.?,?(?:\s+\d{4})?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)`;
/*
 * "HANOI, Nov 12 (Reuters) - ", "Tokyo June 6 (Kyodo) -", "(VOVWORLD) -President", "HÀ NỘI — ", "KUALA LUMPUR—",
 * "HANOI: ", "MOSCOW, March 5. /TASS/. ". A hyphen after a bare place needs spaces ("HANOI-based" is a word).
 */
// "Rome, 26 Jul 18:12 - (Nova) - ": some wires print the clock time after the day, and a dash before the agency too.
// "Hanoi [Vietnam], June 8 (ANI): ": some wires name the country in square brackets after the city.
const BRACKETED_COUNTRY = String.raw`(?:\s+\[\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}\])?`;
const DAY_TIME = String.raw`${DAY}(?:,?\s+\d{1,2}[:.]\d{2})?`;
const DATELINE = new RegExp(
  // "Mar 23 (NHK) - ": a day alone before a bracketed agency, as aggregators copy wire stories.
  String.raw`^(?:(?<place>${PLACE})${BRACKETED_COUNTRY}(?:,?\s+(?<day>${DAY_TIME}))?|(?<dayOnly>${DAY})(?=\s*\())?(?:` +
    // "Metro Manila (CNN Philippines, November 13) — ": the outlet and its day in one bracket after the place, and
    // "PHNOM PENH (FN), July 11 - ": the outlet's initials in brackets, then the day, as some live pages and
    // national wires set their datelines.
    String.raw`\s*\((?<datedOutlet>[^()\n,]{2,40}),\s+(?<outletDay>${DAY})\)\s*(?:--?|[–—―])\s*` +
    String.raw`|\s*\((?<outletFirst>[^()\n,]{2,40})\),\s+(?<dayAfter>${DAY})\s*(?:--?|[–—―])\s*|` +
    // "(EFE).- ", "(ANI): " as some wires set the mark after the agency.
    // A scraper's copy may set an emoji between the agency and its dash: "Hanoi (VNA) 🐼– ".
    String.raw`(?:\s+[-–—―])?\s*\((?<bracketed>[^()\n]{1,40})\)\s*(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:\.?--?|[–—―]|(?<colon>:))\s*` +
    // "Ulaanbaatar, May 3 (MONTSAME). The …", "Lima, Feb. 2 (ANDINA). The …": a full stop after the
    // agency, as some national agencies close their dateline; only after a place and its day, before a capital.
    String.raw`|\s*\((?<stopped>[^()\n]{1,40})\)\.\s+(?=\p{Lu})` +
    // "HANOI, Jan. 16, Kyodo": a line of its own closed by the agency after the day, as some wires set it.
    String.raw`|,\s+(?<lineAgency>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})\s*$` +
    // "Hanoi, November 21 (PTI)": a line of its own closed by the listed agency in brackets after the day.
    String.raw`|\s*\((?<lineBracketed>[^()\n]{2,40})\)\s*$` +
    // "New Delhi, Aug 1 (PTI) India and …": a listed agency after a place and day needs no dash.
    String.raw`|\s*\((?<undashed>[^()\n]{1,40})\)\s+(?=\p{Lu})` +
    String.raw`|\.?\s*/(?<slashed>[^/\n]{2,30})/\.?\s+` +
    // "Accra, April 9, GNA - ": an agency's initials after the day, set off by a comma and a dash; some wires set
    // no comma between the day's number or the year and the initials ("SYDNEY, May 4 AAP - ", "Phnom Penh, May 4,
    // 2021 AKP -- ").
    String.raw`|(?:,|(?<=\d))\s+(?<commaAgency>\p{Lu}{2,6})\s+(?:--?|[–—―])\s+` +
    // "TOKYO, March 18, Kyodo — ": a listed agency's name in title case after the day, then the dash; some wires
    // set no comma between the day's number and the name ("HANOI, Nov 15 Asia Pulse - ").
    String.raw`|(?:,|(?<=\d))\s+(?<titledAgency>\p{Lu}\p{Ll}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]+){0,2})\s*(?:\s--?|[–—―])\s+` +
    // "ISLAMABAD, (UrduPoint / Pakistan Point News / APP - 14th May, 2024) ": the sites that carried the story, then
    // the agency and its day, all in one bracket.
    String.raw`|,?\s*\((?<carried>(?:[^()/\n]{1,40}\s/\s){1,3})(?<carrier>[^()/\n]{2,40}?)\s+[-–—]\s+(?:${DAY})\)\s+(?=\p{Lu})` +
    // "TOKYO : ": old templates set a space before the colon.
    String.raw`|(?<bare>\s*[–—―]\s*|\s+--?\s+| ?:\s+))(?=\S|$)`,
  "u",
);
// "VGP - ", "NDO/VNA –", "WVR/VNA -": the outlet alone opens the story.
// After the slash may stand a paper the list does not know, in capitals: "ANN/PHILIPPINE DAILY INQUIRER – ".
// The outlet may name its place after a comma: "TEMPO.CO, Jakarta - ", "CoreNews.id, Jakarta – ".
const OUTLET_DATELINE = new RegExp(
  String.raw`^(?<outlet>${alternation(outletNames)})(?:\s*/\s*(?<second>[^\s/–—―-]+(?:\s+[^\s/–—―-]+){0,4}))?(?:,\s*(?<at>\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}))?\s*(?:[–—―]\s*|--?\s+)(?=\S)`,
  "iu",
);
// "JAKARTA, KOMPAS.com - ", "Jakarta, detikNews – ": a listed place, then the outlet's name as its dateline credit,
// as Indonesian sites set their own and their wire's stories.
const PLACE_OUTLET_DATELINE = new RegExp(
  String.raw`^(?<at>\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}),\s+(?<outlet>${alternation(outletNames)})\s*(?:[–—―]|--?)\s+(?=\S)`,
  "iu",
);
// What OUTLET_DATELINE and PLACE_OUTLET_DATELINE close on: a dash, or a hyphen before a space.
const DATELINE_DASH = /[–—―]|-\s/;
// "WVRN. The minister …": a listed outlet's initials closed by a full stop open its lead, as a paper sets its own tag
// in bold before the standfirst; no dash follows them. Only initials, so no sentence's first word is taken for one.
const STOPPED_OUTLET_TAG = /^(\p{Lu}{2,6})\.\s+(?=\p{Lu}\p{Ll})/u;
// "Africa-Press – Angola. The minister …": a portal's name, a dash and the country it files from, closed by a full
// stop before the story's first capital, as regional aggregators open each story.
const PORTAL_DATELINE =
  /^(?<name>\p{Lu}[\p{L}\p{N}.'’]*(?:[\s-]\p{Lu}[\p{L}\p{N}.'’]*){0,2})\s+[–—―-]\s+(?<at>\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\.\s+(?=\p{Lu})/u;
const AGENCY_INITIALS = /^\p{Lu}{2,6}$/u;
// A place in capitals, a full stop and an agency's name in capitals: "ASTANA. KAZINFORM".
const DOTTED_AGENCY =
  /^(\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){0,2})\.\s+(\p{Lu}[\p{Lu}\p{N}&-]+(?:\s+\p{Lu}[\p{Lu}\p{N}&-]+){0,2})$/u;
// An agency name in brackets: capitalised words ("Khmer Times", "Business in Cameroon"), not "(C)" or "(AFP files)".
const AGENCY_LIKE =
  /^[\p{Lu}\p{N}][\p{L}\p{N}.&+-]*(?:\s+(?:(?:of|in|the|and|for|de|du|des|la|le)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}.&+-]*){0,3}$/u;

export interface Dateline {
  prefix: string;
  rest: string;
  /** The agency or outlet it names, canonically ("VNA"); null for a bare place ("HÀ NỘI —"). */
  outlet: string | null;
  /** The agency named after the outlet and a slash: "VNA" in "NDO/VNA –". */
  agency?: string | null;
  /** The place it names as recorded ("Tokyo", "Hanoi"); null for an outlet alone ("VGP -"). */
  place: string | null;
}

function isPlace(place: string, dashed: boolean): boolean {
  const city = place.split(",")[0] ?? place;
  if (knownPlace(city)) return true;
  // "HANOI/BEIJING -- ": a story filed from two places names both, each a listed one.
  // "SEOUL and TOKYO — ": or joined by "and", each a listed one in capitals ("Vietnam and Japan — the two …" opens a
  // sentence).
  const joined = /\s+and\s+/u.test(city);
  const parts = city.split(/\s*\/\s*|\s+and\s+/u);
  if (parts.length > 1 && parts.every((part) => knownPlace(part.trim()) !== null && (!joined || isCapitals(part))))
    return true;
  // Capitals mark a dateline; a lone unlisted ASCII word in capitals may be an acronym ("ASEAN - ").
  const letters = city.replace(/[^\p{L}]/gu, "");
  if (letters !== letters.toUpperCase()) return false;
  if (/[\x80-\uFFFF]/.test(city) || /\s/.test(city.trim())) return true;
  // "BURABAY – The union …": a longer word before a dash is a place no list holds, unless it names a body
  // ("UNESCO –") or is the page's label ("EXCLUSIVE –").
  return dashed && city === letters && letters.length >= 5 && !organizationByAcronym(letters) && !isLabelWord(letters);
}

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase();
}

function agencyOf(named: string): string | null {
  const parts = named.split("/");
  const first = parts[0]?.trim() ?? "";
  // "(CPV/VNA) -", "(VNA/QDND) -": a paper carrying an agency's copy names both, in either order; the agency is the
  // source (test/READING.md: "VOV/VNA" makes the agency the source).
  if (parts.length > 1) {
    const agency = parts.map((part) => knownOutlet(part.trim())).find((outlet) => outlet !== null && isAgency(outlet));
    if (agency) return agency;
  }
  // "WASHINGTON (REUTERS, AFP) -": a story pooled from two wires names both, the main one first (test/READING.md's
  // field holds one name). Every part must be a listed outlet: "(Hanoi, Jan 3)" is a place and a day.
  if (named.includes(",")) {
    const pooled = named.split(",").map((part) => knownOutlet(part.trim()));
    if (pooled.length > 1 && pooled.every((outlet) => outlet !== null)) return pooled[0] ?? null;
  }
  if (knownOutlet(first)) return knownOutlet(first);
  return AGENCY_LIKE.test(first) && /\p{L}{2}/u.test(first) ? canonicalOutlet(first) : null;
}

// "(Seoul=Yonhap News) Reporter Kim Ji-hyun = ": Korean wires set the place and the agency joined by "=" in brackets,
// then the reporter's line closed by "=" before the story. The place is the part before "=", the agency after it.
// Newsis and others set the same tag in square brackets: "[Hanoi = Newsis] Reporter Kim = ".
const EQUALS_DATELINE =
  /^[([](?<place>\p{Lu}[\p{L}\p{M}.'’ -]{1,30}?)\s*=\s*(?<agency>[^()[\]=\n]{2,40}?)[)\]]\s*(?:(?<staff>[^=\n.!?"“”]{2,60}?)\s*=\s*)?(?=\p{Lu}|\p{Lo}|["“])/u;
// "Xinhua News Agency, Hanoi, December 12 (Reporters Yang Yijun and Hu Jiali) On the afternoon …": an agency opens
// the story on its name, the place and the day, its reporters in brackets after, as Chinese wires set their
// datelines ("新华社河内12月12日电（记者…）") and translations keep them.
// The agency's name is looked up first (up to the first comma), so that only such a paragraph is matched further.
const AFTER_AGENCY = new RegExp(
  String.raw`^,\s+(?<place>${PLACE}),\s+(?<day>${DAY})(?:\s*[(（](?<staff>[^()（）\n]{2,80})[)）])?(?:\s*(?:[-–—―:]|--)\s*|\s+)(?=\p{Lu})`,
  "u",
);
const MAX_AGENCY_NAME = 40;

/** The Korean and Chinese wires' datelines: the agency named, the place kept when it is known. */
function readWireForms(paragraph: string): Dateline | null {
  const equals = paragraph.startsWith("(") || paragraph.startsWith("[") ? EQUALS_DATELINE.exec(paragraph) : null;
  const agency = equals ? agencyOf(equals.groups?.agency ?? "") : null;
  if (equals && agency) {
    const place = equals.groups?.place?.trim() ?? "";
    return {
      prefix: equals[0].trim(),
      rest: paragraph.slice(equals[0].length),
      outlet: agency,
      place: knownPlace(place) ? placeName(place) : null,
    };
  }
  const comma = paragraph.indexOf(",");
  if (comma < 2 || comma > MAX_AGENCY_NAME) return null;
  const named = knownOutlet(paragraph.slice(0, comma));
  if (!named) return null;
  const after = AFTER_AGENCY.exec(paragraph.slice(comma));
  // A paper's own copy is set the same way, its reporters in the bracket ("People's Daily Online, Beijing, May 3
  // (Reporter …) "): a listed outlet other than a wire opens such a dateline only with its staff named.
  if (!after || !(isAgency(named) || after.groups?.staff)) return null;
  const place = after.groups?.place?.split(",")[0]?.trim() ?? "";
  const prefix = paragraph.slice(0, comma + after[0].length);
  return {
    prefix: prefix.trim(),
    rest: paragraph.slice(prefix.length),
    outlet: named,
    place: knownPlace(place) ? placeName(place) : null,
  };
}

// "[HANOI] Vietnam will …", "[SINGAPORE] The …": a listed place in capitals inside square brackets, as some business
// papers open a wire story; "[VIDEO]" or "[UPDATED]" are no places and stay for the other readers.
const BRACKETED_PLACE = /^\[(?<place>\p{Lu}[\p{Lu}\p{M}.'’ -]{1,30})\]\s+(?=[\p{Lu}\p{N}"“])/u;

function readBracketedPlace(paragraph: string): Dateline | null {
  const match = BRACKETED_PLACE.exec(paragraph);
  const place = match?.groups?.place ?? "";
  if (!match || !(knownPlace(place) || countryCode(place))) return null;
  return {
    prefix: match[0].trim(),
    rest: paragraph.slice(match[0].length),
    outlet: null,
    place: knownPlace(place) ? placeName(place) : null,
  };
}

// "Jakarta. Indonesia and …": some regional papers open the lead on the city alone, closed by a full stop in bold; a
// listed city never makes a sentence by itself, so the stop ends a dateline. A country's name is left: "Vietnam." may
// close a heading run into its text.
const STOPPED_CITY = /^(?<place>\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){0,2})\.\s+(?=\p{Lu})/u;

// "Tunis, 5 August 2014. In view of …": a notice or a letter opens on its city and its full day, closed by a stop, as
// a letter's head is written; a listed city and a day with its year make no sentence of the story.
const STOPPED_CITY_AND_DAY = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+){0,2}),\s+(?:(?:${monthNamePatternAnyCase})\.?\s+\d{1,2},\s*\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:${monthNamePatternAnyCase})\.?,?\s+\d{4})\.\s+(?=\p{Lu})`,
  "u",
);

function readStoppedCity(paragraph: string): Dateline | null {
  const match = STOPPED_CITY.exec(paragraph) ?? (paragraph.includes(",") ? STOPPED_CITY_AND_DAY.exec(paragraph) : null);
  const place = match?.groups?.place ?? "";
  if (!match || !knownPlace(place) || countryCode(place)) return null;
  return { prefix: match[0].trim(), rest: paragraph.slice(match[0].length), outlet: null, place: placeName(place) };
}

// "(July 25, 2023 / JNS) Israel and …": a syndicate's own tag opening its copy, the day and its name in one bracket.
const DATED_TAG = new RegExp(String.raw`^\((?:${DAY})\s*\/\s*(?<outlet>[^()/\n]{2,30})\)\s+(?=\p{Lu})`, "u");

function readDatedTag(paragraph: string): Dateline | null {
  const match = paragraph.startsWith("(") ? DATED_TAG.exec(paragraph) : null;
  const outlet = match ? agencyOf(match.groups?.outlet ?? "") : null;
  if (!match || !outlet) return null;
  return { prefix: match[0].trim(), rest: paragraph.slice(match[0].length), outlet, place: null };
}

// "[Hanoi Jiji] Prime Minister …", "[Beijing Kyodo] …": Japanese wires set the place and the agency in one lenticular
// bracket ("【ハノイ時事】"), which a translation renders in square brackets, the two names side by side. Only a listed
// place followed by a listed agency counts: "[HANOI]" alone is the bracketed place's, "[VIDEO]" no dateline.
const PLACE_AGENCY_TAG =
  /^[[【](?<inside>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){1,4})[\]】]\s*(?=[\p{Lu}"“])/u;

function readPlaceAgencyTag(paragraph: string): Dateline | null {
  const match = PLACE_AGENCY_TAG.exec(paragraph);
  if (!match) return null;
  const words = (match.groups?.inside ?? "").split(" ");
  for (let cut = 1; cut < words.length; cut++) {
    const place = words.slice(0, cut).join(" ");
    const agency = knownOutlet(words.slice(cut).join(" "));
    if (!agency || !isAgency(agency) || !knownPlace(place)) continue;
    return { prefix: match[0].trim(), rest: paragraph.slice(match[0].length), outlet: agency, place: placeName(place) };
  }
  return null;
}

// "(Hanoi Comprehensive Electric) Vietnam has …": a Chinese-language paper's dispatch tag ("河内综合电", "the
// wires from Hanoi, compiled") as a browser's translation renders it, the character for a dispatch read as
// "Electric". The tag names the place and no agency, so the story's source stays unread.
const DISPATCH_TAG = new RegExp(
  String.raw`^\((?<place>\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,2}?)\s+(?:${alternation(translatedDispatchTags)})\)\s*(?=[\p{Lu}"“])`,
  "iu",
);

function readDispatchTag(paragraph: string): Dateline | null {
  const match = paragraph.startsWith("(") ? DISPATCH_TAG.exec(paragraph) : null;
  const place = match?.groups?.place ?? "";
  if (!match || !knownPlace(place)) return null;
  return { prefix: match[0].trim(), rest: paragraph.slice(match[0].length), outlet: null, place: placeName(place) };
}

// "МОСКВА, 3 мая — РИА Новости. ", "СОЧИ, 19 мая — Sputnik. ": Russian wires set the place, the day before the month
// in lower case, a dash and the agency closed by a full stop; a bilingual page keeps it before its English dateline.
// Only a listed outlet closes it, so a sentence's dash is never read as one.
const DAY_MONTH_AGENCY =
  /^(?<place>\p{Lu}[\p{Lu}\p{M}-]+(?:\s\p{Lu}[\p{Lu}\p{M}-]+){0,2}),\s+\d{1,2}\s+\p{Ll}{3,10}\.?\s+[–—―-]\s+(?<agency>\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*){0,2})\.\s+(?=\p{Lu})/u;

function readDayMonthAgency(paragraph: string): Dateline | null {
  const match = DAY_MONTH_AGENCY.exec(paragraph);
  const outlet = match ? knownOutlet(match.groups?.agency ?? "") : null;
  if (!match || !outlet) return null;
  const place = match.groups?.place ?? "";
  return {
    prefix: match[0].trim(),
    rest: paragraph.slice(match[0].length),
    outlet,
    place: knownPlace(place) ? placeName(place) : null,
  };
}

// "BAKU, Azerbaijan, May 8. President …", "TASHKENT, Uzbekistan, April 10. The …": some wires close a dateline of a
// place in capitals, its country and the day with a full stop, and credit themselves at the paragraph's end ("…, Trend
// reports"); a place in capitals and a day make no sentence of the story. Only a listed place, or a place in capitals
// beside a country's name, counts.
const STOPPED_DAY = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{Lu}\p{M}'’-]+(?:\s\p{Lu}[\p{Lu}\p{M}'’-]+){0,2})(?:,\s+(?<country>\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}))?,\s+(?:(?:${monthNamePatternCapitalised})\.?\s+\d{1,2}|\d{1,2}\s+(?:${monthNamePatternCapitalised}))\.\s+(?=\p{Lu})`,
  "u",
);

function readStoppedDay(paragraph: string): Dateline | null {
  const match = STOPPED_DAY.exec(paragraph);
  const place = match?.groups?.place ?? "";
  const country = match?.groups?.country;
  if (!match || !(knownPlace(place) || (country && countryCode(country)))) return null;
  if (country && !countryCode(country)) return null;
  return { prefix: match[0].trim(), rest: paragraph.slice(match[0].length), outlet: null, place: placeName(place) };
}

function readOne(paragraph: string): Dateline | null {
  const wire = readWireForms(paragraph);
  if (wire) return wire;
  const placeAgency = paragraph.startsWith("[") || paragraph.startsWith("【") ? readPlaceAgencyTag(paragraph) : null;
  if (placeAgency) return placeAgency;
  const dispatch = readDispatchTag(paragraph);
  if (dispatch) return dispatch;
  const inSquareBrackets = readBracketedPlace(paragraph);
  if (inSquareBrackets) return inSquareBrackets;
  const stoppedCity = readStoppedCity(paragraph);
  if (stoppedCity) return stoppedCity;
  const stoppedDay = paragraph.includes(".") ? readStoppedDay(paragraph) : null;
  if (stoppedDay) return stoppedDay;
  const dayMonth = paragraph.includes("—") || paragraph.includes("–") ? readDayMonthAgency(paragraph) : null;
  if (dayMonth) return dayMonth;
  const datedTag = readDatedTag(paragraph);
  if (datedTag) return datedTag;
  const stoppedTag = STOPPED_OUTLET_TAG.exec(paragraph);
  const stoppedOutlet = stoppedTag ? knownOutlet(stoppedTag[1] ?? "") : null;
  if (stoppedTag && stoppedOutlet) {
    return {
      prefix: stoppedTag[0].trim(),
      rest: paragraph.slice(stoppedTag[0].length),
      outlet: stoppedOutlet,
      place: null,
    };
  }
  // Both outlet datelines close on a dash before the story: a paragraph without one opens on neither (most).
  const dashed = DATELINE_DASH.test(paragraph);
  const byOutlet = dashed ? OUTLET_DATELINE.exec(paragraph) : null;
  const second = byOutlet?.groups?.second;
  const at = byOutlet?.groups?.at;
  const atPlace = at ? knownPlace(at) : null;
  if (byOutlet?.groups?.outlet && (!second || knownOutlet(second) || isCapitals(second)) && (!at || atPlace)) {
    return {
      prefix: byOutlet[0].trim(),
      rest: paragraph.slice(byOutlet[0].length),
      outlet: knownOutlet(byOutlet.groups.outlet),
      ...(second && isAgency(knownOutlet(second) ?? "") ? { agency: knownOutlet(second) } : {}),
      place: atPlace ? placeName(at ?? "") : null,
    };
  }
  const placeFirst = dashed ? PLACE_OUTLET_DATELINE.exec(paragraph) : null;
  const firstAt = placeFirst?.groups?.at ?? "";
  if (placeFirst && knownPlace(firstAt)) {
    return {
      prefix: placeFirst[0].trim(),
      rest: paragraph.slice(placeFirst[0].length),
      outlet: knownOutlet(placeFirst.groups?.outlet ?? ""),
      place: placeName(firstAt),
    };
  }
  const portal = PORTAL_DATELINE.exec(paragraph);
  const portalAt = portal?.groups?.at ?? "";
  const portalName = portal?.groups?.name ?? "";
  // The place after the dash is a listed city or a country; the name before it is neither.
  const portalCity = portal ? knownPlace(portalAt) : null;
  if (portal && (portalCity || countryCode(portalAt)) && !knownPlace(portalName) && !countryCode(portalName)) {
    return {
      prefix: portal[0].trim(),
      rest: paragraph.slice(portal[0].length),
      outlet: knownOutlet(portalName),
      place: portalCity ? placeName(portalAt) : null,
    };
  }
  const match = DATELINE.exec(paragraph);
  const groups = match?.groups;
  if (!match || !groups) return null;
  const { place, dayOnly, bracketed, slashed, bare, undashed, colon, commaAgency, carrier, stopped, lineAgency } =
    groups;
  const datedOutlet = groups.datedOutlet ?? groups.outletFirst;
  const day = groups.day ?? dayOnly;
  const credited = commaAgency ?? carrier;
  const city = place?.split(",")[0];
  const read = (outlet: string | null): Dateline => ({
    prefix: match[0].trim(),
    rest: paragraph.slice(match[0].length),
    outlet,
    place: city ? placeName(city) : null,
  });
  if (datedOutlet !== undefined) {
    // Only after a place, and only a name shaped like an outlet's (an unlisted one kept as printed, "FN").
    const outlet = place ? agencyOf(datedOutlet) : null;
    return outlet ? read(outlet) : null;
  }
  const agencyAfterDay = lineAgency ?? groups.titledAgency ?? groups.lineBracketed;
  if (agencyAfterDay !== undefined) {
    const named = place && day ? knownOutlet(agencyAfterDay) : null;
    return named && isAgency(named) ? read(named) : null;
  }
  if (stopped !== undefined) {
    const outlet = place && day ? agencyOf(stopped) : null;
    return outlet ? read(outlet) : null;
  }
  if (credited !== undefined) {
    // Only after a place (and, for the initials, its day) and only a name shaped like an agency's.
    const outlet = place && (day || carrier !== undefined) ? agencyOf(credited) : null;
    return outlet ? read(outlet) : null;
  }
  // "Question (Reuters): …", "KUALA LUMPUR (Nov 21): …": after a colon only a place, a day and a listed agency, or a
  // listed place in capitals and a listed agency ("HANOI (Reuters): …", as The Star sets wire copy).
  const listedCapitals = !!place && isCapitals(place) && knownPlace(place.split(",")[0] ?? "") !== null;
  if (colon !== undefined && !(place && (day || listedCapitals) && knownOutlet(bracketed ?? ""))) return null;
  let outlet: string | null = null;
  if (undashed !== undefined) {
    // An unlisted agency counts by its initials in capitals: "HAVANA, Cuba, Sep 26 (ACN) In a post …".
    const initials = AGENCY_INITIALS.test(undashed) ? canonicalOutlet(undashed) : null;
    // "(Dtinews) Vietnam became …", "(VNA) The President …": an old template or a print view opens the story on the
    // outlet's bracketed tag alone, with no place or day; only a listed outlet's name counts there. The tag is
    // stripped either way, but names the story's source only when it is a wire's: a paper's own tag is its masthead.
    if (!place && !day && paragraph.startsWith("(")) {
      const tagged = knownOutlet(undashed);
      if (!tagged) return null;
      return read(isAgency(tagged) ? tagged : null);
    }
    // "HONG KONG (CNN) The …": with no day, a listed place and a listed outlet only, as some broadcasters set it.
    const listedPlace = place ? knownPlace(place.split(",")[0] ?? "") !== null : false;
    outlet = place && day ? (knownOutlet(undashed) ?? initials) : listedPlace ? knownOutlet(undashed) : null;
    if (!outlet) return null;
  } else if (bracketed !== undefined || slashed !== undefined) {
    outlet = agencyOf(bracketed ?? slashed ?? "");
    if (!outlet || (slashed !== undefined && !place)) return null;
  } else {
    // "ASTANA. KAZINFORM – …": the place, a full stop, then the agency in capitals before the dash.
    const dotted = bare && place ? DOTTED_AGENCY.exec(place) : null;
    const dottedAgency = dotted ? knownOutlet(dotted[2] ?? "") : null;
    if (dotted && dottedAgency && !day) {
      return {
        prefix: match[0].trim(),
        rest: paragraph.slice(match[0].length),
        outlet: dottedAgency,
        place: placeName(dotted[1] ?? ""),
      };
    }
    if (!place || !(day || isPlace(place, bare !== undefined && bare.trim() !== ":"))) return null;
    // "HANOI:" and "New Delhi: Defence minister …" but not "BREAKING NEWS:" or "Hanoi: a city of lakes": a colon
    // follows only a listed place, in capitals or before a capital.
    const listed = knownPlace(place.split(",")[0] ?? "");
    const capitalAfter = /^\p{Lu}/u.test(paragraph.slice(match[0].length));
    if (bare?.trim() === ":" && !(listed && (isCapitals(place) || capitalAfter))) return null;
  }
  return read(outlet);
}

/**
 * The dateline opening a story, removed while the sentence after it stays. A bracketed outlet
 * ("(VNA)") is the outlet of the story; a bare place ("HÀ NỘI —") tells no outlet. A wire copy
 * republished abroad may carry two ("VIETNAM, December 5 - SEOUL — "): the inner one names the place.
 * Read once per paragraph's text: the caption, item and dateline passes each ask of the same paragraphs.
 */
export const readDateline: (paragraph: string) => Dateline | null = memoByLine(readDatelineOnce);

// "Hanoi (CNN)US President …": a web copy drops the space between the bracketed tag and the lead's first word.
const TOUCHING_TAG = /^[^()]{2,40}\([^()]{2,20}\)(?=\p{Lu})/u;

// "BURABAI (Kazakhstan), May 29 (Sputnik) — ": some wires name the country in round brackets after a town few
// readers know; read as the comma form ("BURABAI, Kazakhstan, May 29"), only when the bracket holds a country's name.
const BRACKETED_COUNTRY_AFTER_PLACE =
  /^(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,2})\s\(([^()\n]{3,30})\)(?=,\s)/u;

function withCommaCountry(paragraph: string): string {
  const match = paragraph.startsWith("(") ? null : BRACKETED_COUNTRY_AFTER_PLACE.exec(paragraph);
  if (!match || !countryCode(match[2] ?? "")) return paragraph;
  return `${match[1]}, ${match[2]}${paragraph.slice(match[0].length)}`;
}

function readDatelineOnce(paragraph: string): Dateline | null {
  const touching = TOUCHING_TAG.exec(paragraph)?.[0];
  const commaCountry = touching ? paragraph : withCommaCountry(paragraph);
  const read = readOne(touching ? `${touching} ${paragraph.slice(touching.length)}` : commaCountry);
  // The rest is the paragraph's own tail, so the prefix is what comes before it in the paragraph as printed.
  const outer =
    read && commaCountry !== paragraph
      ? { ...read, prefix: paragraph.slice(0, paragraph.length - read.rest.length).trim() }
      : read;
  if (!outer) return null;
  const inner = readOne(outer.rest);
  if (!inner) return outer;
  return {
    prefix: `${outer.prefix} ${inner.prefix}`,
    rest: inner.rest,
    outlet: inner.outlet ?? outer.outlet,
    place: inner.place ?? outer.place,
  };
}

// "13/03/2016 - On 11 March …", "March 13, 2016 – The …": a site that prints no place opens the lead on the day it ran,
// in full with its year, and a spaced dash. The day alone ("March 13 – ") may open a timeline's entry and is left.
const DATE_ONLY_DATELINE = new RegExp(
  String.raw`^(?:\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{4}-\d{2}-\d{2}|(?:${monthNamePatternAnyCase})\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:${monthNamePatternAnyCase})\.?,?\s+\d{4})(?:,?\s+\d{1,2}:\d{2})?\s+(?:--?|[–—―])\s+(?=\p{Lu})`,
  "u",
);

/** The day-and-dash opening of a lead that names no place; null for any other paragraph. */
export function readDateOnlyDateline(paragraph: string): Dateline | null {
  const match = DATE_ONLY_DATELINE.exec(paragraph);
  return match ? { prefix: match[0].trim(), rest: paragraph.slice(match[0].length), outlet: null, place: null } : null;
}

// Where a dateline may follow a caption on the same line: after a bracket, a photo credit, a bar, or (once a
// photo credit or a copyright sign has been seen) any capitalised word: "… VNA/VNS Photo Lâm Khánh HÀ NỘI — …".
// A credit's last code may touch the dateline: "… ANTARA FOTO/Name/app/nym.Jakarta (ANTARA) -"; so may a
// photographer's name, its last small letter against the capitals of an agency's dateline: "… Photo: VGP/Nhat BacVGP -".
// A credit's site name may touch it too: "… Photo: Thanh Long/ Baoquocte.vnHanoi Times - ".
const GLUE =
  /\)|\bPhotos?\b|\||\s(?=[\p{Lu}(])|\.(?=\p{Lu}\p{Ll})|(?<=\p{Ll})(?=\p{Lu}{2})|(?<=\.[a-z]{2,4})(?=\p{Lu})/gu;
const PHOTO_SIGN =
  /©|photo|foto|ảnh|image|picture|courtesy|\b(?:VNA|VNS|TTXVN|AFP|AP|REUTERS|Reuters|Xinhua|XINHUA|Kyodo)\s*\//iu;
const MAX_GLUED_CAPTION = 500;
// A sentence's end inside the text before a stop: more than one sentence is a paragraph, not a caption.
const INNER_STOP = /[.!?]["'’”]?\s+\p{Lu}/u;
// Longer than any dateline two deep ("VIETNAM, December 5 - SEOUL — "): enough text to read one from.
const MAX_DATELINE = 200;

export interface GluedDateline extends Dateline {
  caption: string;
}

/**
 * "… the President. VNA/VNS Photo HÀ NỘI — Newly …": a caption glued to the dateline, both split from the story.
 * A photographer's name may read as the start of the place ("© <Agency> / <Name> SOCHI, July 27 –"): a later split
 * whose place is a listed one is the dateline then.
 */
export function readGluedDateline(paragraph: string): GluedDateline | null {
  const head = paragraph.slice(0, MAX_GLUED_CAPTION);
  const photo = PHOTO_SIGN.exec(head);
  let first: GluedDateline | null = null;
  for (const glue of head.matchAll(GLUE)) {
    const at = glue.index + glue[0].length;
    // A bracket closes a credit; a bar or a plain word ends a caption only after a photo credit. A stop touching the
    // capital of a listed place's dateline ("… in Hanoi on January 8.Hanoi – JETRO …") ends a one-sentence caption
    // that carries no credit: prose sets a space after its stop.
    const stopGlued = glue[0] === "." && !photo && !INNER_STOP.test(paragraph.slice(0, glue.index));
    if (!stopGlued && glue[0] !== ")" && glue[0] !== "Photo" && glue[0] !== "Photos" && (!photo || photo.index >= at))
      continue;
    const start = at + (/^\s*/.exec(paragraph.slice(at, at + 20))?.[0].length ?? 0);
    if (!/[\p{Lu}(]/u.test(paragraph.charAt(start))) continue;
    const read = datelineAfterCredit(paragraph, start);
    if (!read) continue;
    const consumed = Math.min(MAX_DATELINE, paragraph.length - read.start) - read.dateline.rest.length;
    const glued = {
      ...read.dateline,
      rest: paragraph.slice(read.start + consumed),
      caption: paragraph.slice(0, read.start).trim(),
    };
    // "… at the retreat in Cebu. Photo: VOV…": a place whose stop a photo's credit follows is the caption's last
    // word; the credit, and the dateline after it, are still to come.
    if (CREDIT_LABEL_START.test(glued.rest)) continue;
    if (stopGlued) {
      if (glued.place && knownPlace(glued.place) !== null) return glued;
      continue;
    }
    if (!glued.place || knownPlace(glued.place) !== null) return glued;
    first ??= glued;
  }
  return first;
}

/**
 * The dateline after a credit, and where it starts. A credit in capitals may run into the outlet's own tag with no
 * space ("Photo: LE MINHNDO – …", "Photo: VGPVGP – …"): the tag, a known outlet's, opens the dateline, not the word.
 */
function datelineAfterCredit(paragraph: string, start: number): { dateline: Dateline; start: number } | null {
  const dateline = readDateline(paragraph.slice(start, start + MAX_DATELINE));
  if (dateline?.outlet) return { dateline, start };
  // "VOVVOV.VN - …": a tag written as the site's domain reads as no place of its own once a credit touches it, so the
  // tag is looked for whether or not a place was read.
  const tag = gluedOutletTag(paragraph.slice(start, start + MAX_DATELINE));
  const tagged = tag === null ? null : readDateline(paragraph.slice(start + tag, start + tag + MAX_DATELINE));
  if (tagged?.outlet && tag !== null) return { dateline: tagged, start: start + tag };
  return dateline?.place ? { dateline, start } : null;
}

// A credit of a few words in capitals, its last word running on to a dash: "LE MINHNDO –"; the tag may be the site's
// domain in capitals ("Photo: VOVVOV.VN -").
const GLUED_OUTLET_TAG = /^(?:\p{Lu}[\p{Lu}'’.-]*\s+){0,3}(\p{Lu}{5,}(?:\.\p{Lu}{2,3})?)(?=\s*[–—―-]\s)/u;
// A photo's credit label opening what follows a caption's last word: "Photo: …", "Photos: …".
const CREDIT_LABEL_START = /^(?:Photos?|Ảnh|Foto)\s*[:：]/u;
const MIN_GLUED_CREDIT_END = 2;
const MIN_GLUED_TAG = 3;

/** Where a known outlet's tag starts inside the last word of a credit in capitals it is glued to, else null. */
function gluedOutletTag(text: string): number | null {
  const glue = GLUED_OUTLET_TAG.exec(text);
  const word = glue?.[1];
  if (!glue || !word || knownOutlet(word) !== null) return null;
  const wordStart = glue[0].length - word.length;
  for (let cut = MIN_GLUED_CREDIT_END; cut <= word.length - MIN_GLUED_TAG; cut++) {
    if (knownOutlet(word.slice(cut)) !== null) return wordStart + cut;
  }
  return null;
}

const ORDINAL_SUFFIX = /(?<=\d)(?:st|nd|rd|th)\b/giu;
const MONTH_NAMES = new RegExp(String.raw`\b(?:${monthNamePattern})\b\.?`, "giu");
// "3:05 p.m." is a clock time, not three words.
const MERIDIEM = /\b[ap]\.\s?m\./giu;

const PLACE_BEFORE_DATE = /^(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}),\s+/u;
// "HANOI Apr. 28 2025 - 08:42 pm JST": a template's place line sets the city in capitals before the stamp, with no
// comma; only a known place, and a stamp that gives the day, make it the page's date line.
const CAPITAL_PLACE_BEFORE_DATE = /^(\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2})\s+(?=\p{Lu}\p{Ll}|\d)/u;
// A label or a clock time marks a day without its year as the page's date: "UPDATED: April 21, 15:10".
const DATE_LABEL =
  /^(?:(?:first|originally)\s+)?(?:publish(?:ed)?|updated?|posted|written|created|(?:last|latest)\s+updated?|date)\b/iu;
// "(Latest Update September 6, 2012)": the stamp set in brackets.
const BRACKETED_STAMP = /^\((.{6,58})\)$/u;
// "06:00 Sydney time": a clock's zone named by the city it is kept in.
const CITY_TIME = /\s+(\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?)\s+time$/u;
const CLOCK = /\b\d{1,2}:\d{2}\b/;

/**
 * A line that only states when the story was published ("Monday, 23/11/2026 14:05 (GMT+7)", "November 12, 2026",
 * "Published: Dec 13, 2023", "Posted on", "Last updated", "Date:"), or a labelled or timed day without its year.
 */
const SPACED_COMMA = /\s,/u;
const SPACED_COMMAS = /\s+,/gu;

// "VOV.VN - Friday, 10/11/2017, 22:05 PM", "Xinhua | Updated: 2025-06-24 21:08", "October 30, 2025 | Xinhua": the
// outlet that ran the story, set before or after its stamp by a dash, a bar or a comma.
// "Jakarta / Hanoi ● Fri, January 12, 2024": the places a story was filed from may stand there instead.
const OUTLET_BEFORE_DATE = /^([^|,–—●•·]{2,40}?)(?:\s*[|–—●•·]|\s+-|,)\s+(?=\S)/u;
const OUTLET_AFTER_DATE = /(?:\s*[|–—●•·]|\s+-|,)\s+([^|,–—●•·]{2,40})$/u;
const PLACE_LIST = /\s+\/\s+/u;
// "13/07/2015 | Print | Email to friend": the page's tools between bars after the stamp.
const BARS = /\s*\|\s*/u;
// The last part after a spaced dash, where a date strip sets the weather.
const READING_AFTER_DASH = /\s[-–—]\s([^–—]{3,60})$/u;
const givesDay = (stamp: string) => parseWholeDay(stamp) !== null || dayInYear(stamp, 2000) !== null;
const outletOrPlaces = (head: string) =>
  knownOutlet(head) !== null || head.split(PLACE_LIST).every((place) => knownPlace(place) !== null);
// "at 7:14 pm (Paris)": a clock's zone named by the city it is kept in, in brackets.
const BRACKETED_CITY = /\s*\((\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)?)\)/gu;
// A labelled stamp may give the time it was first published and the time it was updated on one line.
const MAX_DATE_LINE = 60;
const MAX_LABELLED_DATE_LINE = 90;
const MAX_TOOLED_DATE_LINE = 140;

export function isPublicationDateLine(line: string): boolean {
  if (line.length <= MAX_TOOLED_DATE_LINE && line.includes("|")) {
    const [stamp = "", ...rest] = line.split(BARS);
    if (stamp && rest.length && rest.every(isPageTool)) return isPublicationDateLine(stamp);
  }
  // "Friday, November 27, 2020 - Weather: Hanoi 19-25°C": a masthead's date strip may set its weather after a dash.
  const reading = line.length <= MAX_TOOLED_DATE_LINE ? READING_AFTER_DASH.exec(line) : null;
  if (reading && isMastheadReading(reading[1] ?? "")) return isPublicationDateLine(line.slice(0, reading.index));
  if (line.length > (DATE_LABEL.test(line) ? MAX_LABELLED_DATE_LINE : MAX_DATE_LINE)) return false;
  const before = OUTLET_BEFORE_DATE.exec(line);
  // After a dash the rest is the stamp only when it holds no dash of its own: "KYODO NEWS - Nov 27, 2023 - 21:15"
  // is one credit whose parts the byline reader takes apart.
  const dashed = before?.[0].trimEnd().endsWith("-") && / [-–—] /u.test(line.slice(before[0].length));
  // The stamp after a name gives a day: "Singapore – 2025" is a row of a table of partners and their years.
  const named = before && !dashed ? line.slice(before[0].length) : "";
  if (before && named && outletOrPlaces(before[1] ?? "") && givesDay(named)) return isPublicationDateLine(named);
  const after = OUTLET_AFTER_DATE.exec(line);
  if (after && knownOutlet(after[1] ?? "")) return isPublicationDateLine(line.slice(0, after.index));

  if (line.includes("(") && CLOCK.test(line)) {
    const zoned = line.replace(BRACKETED_CITY, (whole, city: string) => (knownPlace(city) ? "" : whole));
    if (zoned !== line) return isPublicationDateLine(zoned);
  }
  // "Monday , May 14 , 2024": a template that sets a space before each comma prints the same date.
  if (SPACED_COMMA.test(line)) return isPublicationDateLine(line.replace(SPACED_COMMAS, ","));
  // "Montevideo, January 19th 2026 - 06:57 UTC": a site's header may set its city before the day and time.
  const bracketed = line.startsWith("(") ? BRACKETED_STAMP.exec(line)?.[1] : undefined;
  if (bracketed) return isPublicationDateLine(bracketed);
  const cityTime = CLOCK.test(line) ? CITY_TIME.exec(line) : null;
  if (cityTime && knownPlace(cityTime[1] ?? "")) return isPublicationDateLine(line.slice(0, cityTime.index));
  const placed = PLACE_BEFORE_DATE.exec(line);
  if (placed && knownPlace(placed[1] ?? "")) return isPublicationDateLine(line.slice(placed[0].length));
  const capital = CAPITAL_PLACE_BEFORE_DATE.exec(line);
  if (capital && knownPlace(capital[1] ?? "") && givesDay(line.slice(capital[0].length)))
    return isPublicationDateLine(line.slice(capital[0].length));
  if (!parsePublishedDate(line) && !((DATE_LABEL.test(line) || CLOCK.test(line)) && dayInYear(line, 2000)))
    return false;
  // "10th March 2025": an ordinal's letters belong to its number.
  const words =
    line
      .replace(MERIDIEM, " ")
      .replace(MONTH_NAMES, " ")
      .replace(ORDINAL_SUFFIX, "")
      .match(/\p{L}+/gu) ?? [];
  return words.every(isDateLineWord);
}

// "January 16, 2017 (Mainichi Japan)": the day a story ran, with the outlet in brackets after it.
const DATED_CREDIT = /^(.{6,40}?)\s*\(([^()]{2,40})\)$/u;

// "Philippine Daily Inquirer / 12:30 AM November 18, 2015": the outlet the story ran in, a slash, and the day.
const CREDIT_THEN_DATE = /^([^/()]{2,40}?)\s+\/\s+(.{6,50})$/u;

/**
 * The known outlet a date line credits ("March 2, 2017 (Mainichi Japan)", "Philippine Daily Inquirer / 12:30 AM
 * November 18, 2015"); null for any other line.
 */
export function readDatedCredit(line: string): string | null {
  if (line.length > 90) return null;
  const match = line.endsWith(")") ? DATED_CREDIT.exec(line) : null;
  if (match) return isPublicationDateLine(match[1] ?? "") ? knownOutlet(match[2] ?? "") : null;
  const slashed = line.includes(" / ") ? CREDIT_THEN_DATE.exec(line) : null;
  if (!slashed || !isPublicationDateLine(slashed[2] ?? "")) return null;
  return knownOutlet(slashed[1] ?? "");
}

// "2023年11月27日 19:42 (2023年11月27日 21:05 updated)", "2025년 8월 11일 16:05": a date in the figures and signs of
// Chinese, Japanese and Korean, with its clock time and the label of an update, is the page's stamp in any language.
const SCRIPT_DATE = /\d{4}\s*[年년]\s*\d{1,2}\s*[月월]\s*\d{1,2}\s*[日일]/gu;
const SCRIPT_DATED = new RegExp(SCRIPT_DATE.source, "u");
const STAMP_CLOCK = /\d{1,2}:\d{2}(?::\d{2})?/gu;
const STAMP_WORD = /[\p{L}\p{M}]+/gu;
// What a stamp says besides its dates and times: "updated", "更新", "입력 … 수정" — a label or two.
const MAX_STAMP_LABELS = 2;
const MAX_SCRIPT_STAMP = 80;

/** Whether a line is only a stamp of dates in Chinese, Japanese or Korean signs, clock times and a label or two. */
export function isScriptDateStamp(line: string): boolean {
  if (line.length > MAX_SCRIPT_STAMP || !SCRIPT_DATED.test(line)) return false;
  const rest = line.replace(SCRIPT_DATE, " ").replace(STAMP_CLOCK, " ");
  if (/\d/u.test(rest)) return false;
  return (rest.match(STAMP_WORD) ?? []).length <= MAX_STAMP_LABELS;
}
