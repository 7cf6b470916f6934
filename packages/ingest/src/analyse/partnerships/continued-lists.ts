// A list of holders that runs on into the next sentence or line after the level was named.
import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import {
  BARE_LIST_GAP,
  CLAUSE_HEDGE,
  FUTURE_AFTER,
  hedgeAnywhere,
  levelOf,
  NOT_HOLDER_AFTER,
  namedLevelsIn,
  REPORTED_AFTER,
} from "./vocabulary.js";
import { timeWordYear, type YearContext } from "./years.js";

// The stretch between two holders of one list: short, no sentence end, and no second framework or other talk
// ("against", "from", "of" make the next country something else).
const HOLDER_GAP = /^[^.!?:()]{0,60}$/;
const CONTINUES = /(?:,|;|\band\b|\bas\s+well\s+as\b)/i;
const NOT_HOLDER_TAIL =
  /\b(?:of|amid|against|from|in|to|by|over|between|than|unlike|except|like|including\s+\w+\s+with)\s+(?:the\s+)?$/i;
const TURN = /\b(?:while|whereas|but|although|though|yet|unlike|except)\b/i;
// "Unlike the partnerships Vietnam holds with China, Russia and India, its ties with Laos are …": an opening contrast
// runs to the comma a lower-case word follows (its list's commas are followed by names); the countries after it are
// set against the holders, not added to them.
const CONTRAST_OPENER = /\b[Uu]nlike\b[^;.]*?,(?=\s+(?!and\b|or\b)\p{Ll})/u;
// After the level: its own name-word or date, then "and with" the next party ("… level in 2023 and with Australia").
const COORDINATED_WITH =
  /^\s*(?:level|status|tier|framework)?\s*(?:(?:in|on|since|during)\s+[^,;.()]{0,40}?)?\s*,?\s*and\s+(?:then\s+|later\s+|also\s+|subsequently\s+)?with\s+(?:the\s+)?$/i;
const WRITTEN_YEAR_AFTER = /^\s*(?:\(\s*|,?\s*(?:in|since)\s+|,?\s*(?:both|all)\s+(?:in|since)\s+)((?:19|20)\d\d)\b/i;

/**
 * A list of one level's holders often runs on past the connector the main pass reads: "… with Russia (2001), Japan
 * and India, and with Britain and Spain …", "… Argentina, since 2010, and added Peru …", "…; and the United States
 * and Japan, both in 2023". In a sentence that names ONE level and already gives it two or more holders, a country
 * after a holder, joined to it by a short run of commas, "and" or a semicolon (no sentence end, bracket or
 * preposition that makes it something else), holds the same level. Its year is the one written right after it, else
 * the time word of its own stretch.
 */
const SHARED_YEAR_AFTER =
  /^[^;.()]{0,60}?(?:\(\s*(?:all|both)\s+|,?\s*(?:all|both)\s+(?:in|since)\s+)((?:19|20)\d\d)\b/i;
// the rest of a group of names joined by commas and "and", then its year: " and Mexico in 2032"
const GROUP_YEAR_AFTER = /^(?:\s*(?:,|and\b|the\b|\p{Lu}[\p{L}.'’-]*))*\s*,?\s*(?:in|since)\s+((?:19|20)\d\d)\b/u;
const GAP_YEAR = /\b(?:in|since)\s+((?:19|20)\d\d)\b/gi;
const OWN_GROUP_YEAR =
  /^(?:\s*(?:,|and\b|the\b|\p{Lu}[\p{L}.'’-]*))*\s*,\s*(?:\p{Ll}+\s+){1,2}(?:in|since)\s+((?:19|20)\d\d)\b/u;
const GROUP_SHARED_YEAR = /\b(?:all|both)\b[^,;]{0,30}?\b(?:in|since)\s+(?:19|20)\d\d\b/i;
const SAME_TIME = /\b(?:the\s+)?same\s+(?:month|year|day|week)\b/i;

export function continuedLists(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
): PartnershipFinding[] {
  const bySentence = new Map<number, PartnershipFinding[]>();
  for (const p of out) bySentence.set(p.sentenceIndex, [...(bySentence.get(p.sentenceIndex) ?? []), p]);
  for (const [index, all] of bySentence) {
    const s = sentences.find((x) => x.index === index);
    if (!s || hedgeAnywhere(s)) continue;
    const named = namedLevelsIn(s);
    const first = named[0] ? levelOf(named[0]) : undefined;
    // "raised ties with A to a <level> in 2023 and with B and C in 2024, and has held a <lower level> with D since
    // 2015": a sentence naming a second level still lets its first level's "and with" groups run on, up to the
    // second level's clause.
    const other = named.find((n) => levelOf(n) !== first);
    const mixed = other !== undefined || all.some((p) => p.level !== first);
    const limit = other?.index ?? s.text.length;
    const found = mixed ? all.filter((p) => p.level === first && p.start - s.start < limit) : all;
    const codes = new Set(found.map((p) => p.countryCode));
    const single = codes.size < 2;
    const level = found[0]?.level;
    // "… and with Malaysia in November, bringing the number of its comprehensive strategic partners to nine": a
    // coordinated party may be followed by the same level named again.
    if (!level || named.length === 0) continue;
    const oneLevel = named.length === 1;
    const levelEnd = (named[0]?.index ?? 0) + (named[0]?.[0].length ?? 0);
    const here = places
      .filter((m) => m.sentenceIndex === index && m.place.kind === "country")
      .sort((a, b) => a.start - b.start);
    const contrast = CONTRAST_OPENER.exec(s.text);
    const contrastEnd = contrast ? contrast.index + contrast[0].length : -1;
    let last: PlaceMention | undefined;
    let lastAdded: PartnershipFinding | undefined;
    // the last holder was handed the level by "and with": a bare "and" or comma after it adds to its group
    let withGroup = false;
    for (const m of here) {
      if (m.place.kind !== "country") continue;
      const code = m.place.code;
      if (codes.has(code)) {
        last = m;
        lastAdded = undefined;
        withGroup = false;
        continue;
      }
      if (!last || code === HOME_CODE || m.start - s.start < levelEnd) continue;
      if (mixed && (m.end - s.start > limit || all.some((p) => p.countryCode === code))) continue;
      if (out.some((p) => p.countryCode === code && p.level === level)) continue;
      const gap = s.text.slice(last.end - s.start, m.start - s.start);
      const plain = gap.replace(/\(\s*(?:19|20)\d\d\s*\)/g, "");
      // "raised ties with A to the level in 2023 and with B in March": "and with" after the level and its own date
      // hands the level to one more party, however long the level's stretch, even after a single holder.
      const coordinated: boolean =
        (last.end - s.start <= levelEnd && COORDINATED_WITH.test(s.text.slice(levelEnd, m.start - s.start))) ||
        (withGroup && BARE_LIST_GAP.test(gap));
      if ((single || !oneLevel) && !coordinated) continue;
      if (!coordinated && (!HOLDER_GAP.test(plain) || !CONTINUES.test(plain) || NOT_HOLDER_TAIL.test(gap))) continue;
      // "…, while relations with Cuba rest on …", "… and it is set to sign one with France": the list has ended.
      // "…, and has proposed one with Chile": a hedged verb between the holders opens a clause of its own, whose
      // partner is only offered the level. "…, and officials in Suva say Fiji is …": the next country opens what
      // another party reports.
      if (
        contrast &&
        last.start - s.start >= contrast.index &&
        last.end - s.start <= contrastEnd &&
        m.start - s.start >= contrastEnd
      )
        continue;
      if (TURN.test(gap) || FUTURE_AFTER.test(gap) || CLAUSE_HEDGE.test(gap) || REPORTED_AFTER.test(gap)) continue;
      if (NOT_HOLDER_AFTER.test(s.text.slice(m.end - s.start))) continue;
      const after = s.text.slice(m.end - s.start);
      // "…, and Japan is expected to join them later in the year": a newcomer's own hedged clause holds nothing yet
      const ownClause = /^[^,;.]*/.exec(after)?.[0] ?? "";
      if (FUTURE_AFTER.test(ownClause) || CLAUSE_HEDGE.test(ownClause)) continue;
      const written = WRITTEN_YEAR_AFTER.exec(after);
      const tail = after.slice(0, 90).split(/[;.]|,\s*and\b/)[0] ?? "";
      const shared = SHARED_YEAR_AFTER.exec(tail);
      // "…, Germany (2011) and, in a burst of talks in 2013, with Italy, France and Spain": a year written in the
      // stretch before a holder dates it, and a bare comma or "and" hands the year of the holder before to the next.
      const before = gap.split(/[;]/).pop() ?? "";
      // the year right after the holder before is that holder's own ("Chile, since 2009, and added Peru …")
      const own = WRITTEN_YEAR_AFTER.exec(before);
      // the year in a coordinated stretch ("… level in 2023 and with B") is the level's date for the holders before
      // "…, Singapore and Thailand, all set up in 2013, and with Malaysia since August": a year "all" or "both" share
      // is the group's before, not the next holder's
      const ahead =
        coordinated || GROUP_SHARED_YEAR.test(before)
          ? undefined
          : [...before.slice(own ? own[0].length : 0).matchAll(GAP_YEAR)].at(-1);
      // "… and with Peru and Mexico in 2032": the year after the group an "and with" opens is each member's
      const grouped = coordinated ? GROUP_YEAR_AFTER.exec(tail) : null;
      // "…, all set up in 2013, and with Malaysia and the Philippines, set up in 2015": the next group's own year
      const ownGroup = GROUP_SHARED_YEAR.test(before) ? OWN_GROUP_YEAR.exec(tail) : null;
      const year = written?.[1]
        ? Number(written[1])
        : ownGroup?.[1]
          ? Number(ownGroup[1])
          : grouped?.[1]
            ? Number(grouped[1])
            : shared?.[1]
              ? Number(shared[1])
              : ahead?.[1]
                ? Number(ahead[1])
                : BARE_LIST_GAP.test(gap) && lastAdded
                  ? lastAdded.year
                  : timeWordYear(before, tail, ctx);
      // "… and added Peru during a stop in Lima the same month": the month is some event's the list does not date, and
      // an undated reading of a dated step is wrong either way.
      if (year === null && SAME_TIME.test(`${before} ${tail}`)) continue;
      const held = found[found.length - 1] as PartnershipFinding;
      const added: PartnershipFinding = {
        ...held,
        countryCode: code,
        countryName: m.place.name,
        year,
        yearSource: year === null ? null : written ? "sentence" : "context",
      };
      out.push(added);
      codes.add(code);
      last = m;
      lastAdded = added;
      withGroup = coordinated;
    }
  }
  return out;
}
