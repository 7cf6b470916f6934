// A foreign official speaking for their country calls the framework "our" one: '"Our Comprehensive Partnership has
// never been about words," Kritenbrink said', 'said U.S. Ambassador Jane Roe: "… raised our relationship to a
// Comprehensive Strategic Partnership"', '…, saying the US would stand by "our Comprehensive Strategic Partner"'. The
// speaker's country is one side of that "our" and Vietnam the other, so the level is the speaker's country's, though a
// country that only modifies a speaker ("a US official said") is otherwise never a holder.
import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { titledCountry } from "./counterparts.js";
import { CLAUSE_HEDGE, FUTURE_AFTER, HEDGE_ANY, levelOf, namedLevels, REPORTED_STEP } from "./vocabulary.js";
import { timeWordYear, type YearContext } from "./years.js";

type CountryMention = PlaceMention & { place: { kind: "country" } };
const isCountry = (p: PlaceMention | null): p is CountryMention => p?.place.kind === "country";

// a quotation inside the sentence, marks of either kind
const QUOTED = /["“]([^"“”]{8,})["”]/g;
// "our <level>", "our new <level>", "raised our relationship to a <level>": the speaker's own side holds the level
const OURS_BEFORE = /\bour\s+(?:[\p{L}-]+\s+){0,3}["“‘']?$/iu;
// the name of the person who speaks: right before or after a verb of saying, outside the quotation
const SAID_ALL = /\b(?:said|says|told|added|noted|stressed|announced|saying|declared|remarked)\b/g;
const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]+)\s*,?\s*$/u;
const NAME_AFTER = /^\s*(?:(?:\p{Lu}[\p{L}.'’-]*|the|a)\s+){0,6}?(\p{Lu}[\p{L}'’-]+)(?=\s*[,.:;]|\s*$)/u;
// "Six weeks ago", "ten days ago": a step the story's own weeks date
const WEEKS_AGO = /\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:days?|weeks?)\s+ago\b/i;

export function spokenHolders(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  published: YearContext,
): PartnershipFinding[] {
  for (const s of sentences) {
    // cheap gates: most sentences have no quotation, no "our" and no level
    if (!/\bour\b/i.test(s.text) || !/["“”]/.test(s.text) || !/partner/i.test(s.text)) continue;
    for (const q of s.text.matchAll(QUOTED)) {
      const quote = q[1] ?? "";
      const at = (q.index ?? 0) + 1;
      for (const lv of namedLevels(quote)) {
        const level = levelOf(lv);
        const before = quote.slice(0, lv.index);
        const after = quote.slice((lv.index ?? 0) + lv[0].length);
        // the framework's own name, capitalised as officials print it: "our only strategic partner in the region" in
        // lower case is praise as often as a framework
        if (!level || !OURS_BEFORE.test(before) || !/^\p{Lu}/u.test(lv[0])) continue;
        // "we hope to raise our ties to …", "our strategic partnership next year": a wish, not a framework held
        if (CLAUSE_HEDGE.test(before) || HEDGE_ANY.test(before.toLowerCase()) || FUTURE_AFTER.test(after)) continue;
        const holder = speakerCountry(s, at, at + quote.length, sentences, places);
        if (!holder) continue;
        const start = s.start + at + (lv.index ?? 0);
        const year = REPORTED_STEP.test(before) ? stepYear(quote, published) : null;
        const held = out.filter((p) => p.countryCode === holder.place.code);
        if (held.length > 0) {
          for (const p of held) if (p.level === level && p.year === null && year !== null) p.year = year;
          continue;
        }
        out.push({
          countryCode: holder.place.code,
          countryName: holder.place.name,
          level,
          year,
          yearSource: year === null ? null : "sentence",
          sentence: s.text,
          sentenceIndex: s.index,
          start,
          end: start + lv[0].length,
        });
      }
    }
  }
  return out;
}

/** The year of a step a quotation reports by the story's own time words ("this year", "six weeks ago"). */
function stepYear(quote: string, published: YearContext): number | null {
  const said = timeWordYear("", quote, published);
  if (said !== null) return said;
  return WEEKS_AGO.test(quote) ? published.year : null;
}

/**
 * The one foreign country the speaker stands for: a country in the sentence outside the quotation (its title, "U.S.
 * Ambassador …", or the clause the quotation closes, "saying the US would …"), else the country of the speaker's
 * titled mention earlier in the text. None when the quotation names another foreign country or the speaker is
 * Vietnam's.
 */
function speakerCountry(
  s: Sentence,
  from: number,
  to: number,
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
): CountryMention | null {
  const own = places.filter((p): p is CountryMention => p.sentenceIndex === s.index && isCountry(p));
  const inside = own.filter((p) => p.start - s.start >= from && p.end - s.start <= to);
  const outside = own.filter((p) => !inside.includes(p));
  if (outside.some((p) => p.place.code === HOME_CODE)) return null;
  const codes = new Set(outside.map((p) => p.place.code));
  const found = codes.size === 1 ? (outside[0] ?? null) : null;
  const text = `${s.text.slice(0, from - 1)} ${s.text.slice(to + 1)}`;
  const named = found ?? (codes.size === 0 ? namedSpeakerCountry(text, s, sentences, places) : null);
  if (!isCountry(named) || named.place.code === HOME_CODE) return null;
  // "our partnership with Japan", said by an American: the two foreign countries' own framework
  if (inside.some((p) => p.place.code !== HOME_CODE && p.place.code !== named.place.code)) return null;
  return named;
}

/**
 * The country of a speaker named alone ("…," Kritenbrink said): the country of the speaker's titled mention ("U.S.
 * Ambassador Daniel Kritenbrink"), else the one foreign country of the sentence that first names the speaker ("In a
 * message to the U.S. community, Ambassador Daniel J. Kritenbrink thanked …"), unless Vietnam's name stands right
 * before the speaker's there ("Vietnamese Ambassador …").
 */
function namedSpeakerCountry(
  text: string,
  s: Sentence,
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
): PlaceMention | null {
  const names = [...text.matchAll(SAID_ALL)].flatMap((m) => {
    const i = m.index ?? 0;
    const pre = NAME_BEFORE.exec(text.slice(0, i))?.[1];
    const post = NAME_AFTER.exec(text.slice(i + m[0].length))?.[1];
    return [pre, post].filter((n): n is string => !!n && n.length > 2);
  });
  if (names.length === 0) return null;
  const titled = titledCountry(names, s.index, sentences, places);
  if (titled) return titled;
  const name = new RegExp(`\\b(?:${names.join("|")})\\b`, "u");
  const first = sentences.find((x) => x.index <= s.index && name.test(x.text));
  if (!first || first.index === s.index) return null;
  const at = name.exec(first.text)?.index ?? 0;
  const own = places.filter((p): p is CountryMention => p.sentenceIndex === first.index && isCountry(p));
  if (own.some((p) => p.place.code === HOME_CODE && p.end - first.start <= at && at - (p.end - first.start) < 40)) {
    return null;
  }
  const foreign = own.filter((p) => p.place.code !== HOME_CODE);
  return new Set(foreign.map((p) => p.place.code)).size === 1 ? (foreign[0] ?? null) : null;
}
