// A holder read for a level made a finding: names that hold nothing themselves left out, and the year it reached the level.
import { MONTH_NAMES } from "../dates.js";
import type { PlaceMention } from "../gazetteer.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { comparedMember } from "./comparisons.js";
import {
  CHANGE_VERB,
  CLAUSES,
  chain,
  DATED_AFTER,
  ELLIPSIS,
  FUTURE_AFTER,
  LEAD,
  type Level,
  MONTH,
  PARTNERS_WHICH,
  RELATIONS_WORDS,
  RELATIVE_DATED,
  RELATIVE_STEP,
  TIES_WORDS,
  YEAR_SERIES_AFTER,
} from "./vocabulary.js";
import {
  announcedHere,
  localWord,
  othersYear,
  relativeYear,
  respectiveYears,
  spanYears,
  spokenYear,
  type YearContext,
} from "./years.js";

const LEVEL_NOW = new RegExp(
  `^\\s*(?:since|in)\\s+(?:(?:${MONTH_NAMES.join("|")})\\s+)?(?:last|this|earlier\\s+this)\\s+year\\b`,
  "i",
);
// "Mongolia (October 2024)", "Japan (in November 2023)": a month may stand before the year; "(both 2023)" and ", both
// in 2023" date a group.
const OWN_YEAR = new RegExp(
  `^\\s*(?:,\\s*(?=(?:in|since)\\s+(?:${MONTH}\\s+)?(?:19|20)\\d\\d\\s*,|(?:both|all|each)\\s+(?:in|since)\\s))?\\(?\\s*(?:(?:both|all|each)\\s+)?(?:in\\s+|since\\s+)?(?:${MONTH}\\s+(?:\\d{1,2},?\\s+)?)?((?:19|20)\\d\\d)\\b`,
  "i",
);
// a relative clause whose verb is plural: it speaks of the whole group before it
const PLURAL_WHICH = /^\s*,\s*(?:which|who)\s+(?:both\s+|all\s+)?(?:have|were|are)\b/i;
const LOOSE_SPAN_AFTER =
  /\b(?:less|more)\s+than\s+(?:a|one|two|three|\d{1,2})\s+(?:years?|decades?)\s+(?:after|since)\b[^.;]{0,80}$/i;
const TITLED = /\b(?:entitled|titled|called|named|dubbed)\s*[:,]?\s*["“][^"”]{0,120}$/i;
// "…, which upgraded last month", "…, which jumped two grades in September": a time word with no year dates the step.
const NOW_WORDS =
  "(?:(?:last|this|earlier\\s+this)\\s+(?:week|month|year)|(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|(?:in|last)\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)(?!\\s*,?\\s*\\d))";
// "…, Japan and Australia, the last of which joined the list in March": the last member's own step.
const RELATIVE_NOW = new RegExp(
  `^\\s*,\\s*(?:which|who|the\\s+(?:last|latest|newest)\\s+of\\s+(?:which|whom|them))\\s+([^,;.()]{1,40}?\\b${NOW_WORDS})\\b`,
  "i",
);
// "South Korea, which reached that level a year earlier, …": a step counted back from the last dated holder of the
// level, in this sentence or the one before.
const RELATIVE_EARLIER =
  /^\s*,\s*(?:which|who)\b[^,;.()]{0,60}?\b(a\s+year|a\s+decade|\d{1,2}\s+years|[a-z]+\s+years)\s+(?:earlier|before)\b/i;
// "…, and the United States and Japan, both of which joined last year": the same, for a whole group.
const GROUP_NOW = new RegExp(
  `^\\s*,\\s*(?:both|all|each)\\s+of\\s+(?:which|whom|them)\\s+([^,;.()]{1,40}?\\b${NOW_WORDS})\\b`,
  "i",
);
// the steps such a clause reports beside the change verbs: "joined", "jumped two grades", "reached it".
const STEP_NOW = /\b(?:joined|jumped|reached|climbed|moved\s+up|got\s+there)\b/i;
// "…, and the United Kingdom, which is expected to follow later this year": a member's own hedged relative clause.
const RELATIVE_ASIDE = /^\s*,\s*(?:which|who)\b[^,;.]*/i;
const PLUPERFECT =
  /\b(?:previously|already|had\s+(?:already\s+|previously\s+|until\s+now\s+|so\s+far\s+|hitherto\s+)?(?:been|\w+ed|set up|made|given|held))\b/i;
const YEARS_AFTER = /^\W*(a\s+year|a\s+decade|\d{1,2}\s+years|[a-z]+\s+years)\s+(?:after|since)\b/i;
const MEMBERS_AFTER = /^\s+(?:member\s+(?:states|countries|nations)|members)\b/i;

// "Thailand now joins Malaysia, which took the step last November, and …": another member's own relative clause dated
// by a time word dates that member, not the sentence, so it is blanked (offsets kept) before the sentence's time is
// read for this one.
// An aside after the last member of this one's own group ("Indonesia and Singapore, which joined …") is the group's.
function othersAsidesOut(s: Sentence, c: PlaceMention, countries: readonly PlaceMention[], ownEnd: number): string {
  if (!/\b(?:which|who)\b/i.test(s.text)) return s.text;
  let text = s.text;
  for (const o of countries) {
    if (o === c || o.end === ownEnd) continue;
    if (o.place.kind === "country" && c.place.kind === "country" && o.place.code === c.place.code) continue;
    const at = o.end - s.start;
    const m = RELATIVE_NOW.exec(text.slice(at));
    if (m) text = text.slice(0, at) + " ".repeat(m[0].length) + text.slice(at + m[0].length);
  }
  return text;
}

/** What adding a holder needs from the reading of its sentence (readPartnerships). */
export interface HolderScope {
  s: Sentence;
  seen: Set<string>;
  out: PartnershipFinding[];
  ctx: YearContext;
  groupEnd: (c: PlaceMention) => number;
  countries: PlaceMention[];
  relativeAsides: () => { year: number; code: string; aboutTies: boolean; elsewhere: boolean }[];
}

/** Adds country `c` as a holder of `lv` with its year, unless the name holds nothing itself or the sentence has it. */
export function emitHolder(
  scope: HolderScope,
  c: PlaceMention,
  lv: Level,
  years: number[],
  dated?: number | null,
  news = false,
): void {
  const { s, seen, out, ctx, groupEnd, countries, relativeAsides } = scope;
  if (c.place.kind !== "country" || (lv.afterOnly && c.start < lv.end)) return;
  // "four EU member states – Spain, Germany …": a name used as a modifier of the members holds nothing itself.
  if (MEMBERS_AFTER.test(s.text.slice(c.end - s.start))) return;
  const aside = RELATIVE_ASIDE.exec(s.text.slice(c.end - s.start))?.[0];
  if (aside && FUTURE_AFTER.test(aside)) return;
  const id = `${c.place.code}|${lv.level}`;
  const again = seen.has(id);
  // Only a timeline's year may date a holder already read undated in this sentence; any other repeat stops here.
  const first = again
    ? out.find((p) => p.sentenceIndex === s.index && `${p.countryCode}|${p.level}` === id)
    : undefined;
  if (again && (dated === undefined || dated === null || !first || first.year !== null)) return;
  seen.add(id);
  // "Vietnam had previously established such relations only with China, …": older news, of no known year.
  // "… to the highest one, which Vietnam had until now granted to only four countries: China, …": holders named after
  // the news level in a pluperfect stretch held it before the news.
  const heldBefore = c.start >= lv.end && PLUPERFECT.test(s.text.slice(lv.end - s.start, c.start - s.start));
  const earlierNews = PLUPERFECT.test(s.text) && (!news || heldBefore);
  // "A year after Vietnam and Malaysia lifted ties to …, trade has doubled": a level in the opening "after"
  // clause is that many years older than the article.
  const opening = YEARS_AFTER.exec(s.text);
  const back = opening && lv.start - s.start < s.text.indexOf(",") ? spanYears(opening[1] ?? "") : undefined;
  // "…, while China stands above them all as a comprehensive strategic partner": a contrasting clause states what
  // is, and the time words and changes of the clause before it are not its own.
  const [ka, kb] = CLAUSES.around(s.text, lv.start - s.start);
  const ownText = othersAsidesOut(s, c, countries, groupEnd(c));
  const timeText = /\b(?:while|whereas)\s*$/i.test(s.text.slice(Math.max(0, ka - 9), ka))
    ? ownText.slice(ka, kb)
    : ownText;
  // "…, less than a year after the two neighbours elevated their ties to a …": an older step counted by a loose
  // span is of no known year; nor is a level named in a quoted document title ('a joint statement entitled "On
  // Developing the Comprehensive Strategic Partnership …"'), which names the framework, not its date.
  const headText = s.text.slice(0, lv.start - s.start);
  const undatable = LOOSE_SPAN_AFTER.test(headText) || TITLED.test(headText);
  // "The upgrade puts Japan on an equal footing with China, Russia …": the upgrade is Japan's news, not theirs
  const rel =
    undatable || comparedMember(s.text, c.start - s.start)
      ? null
      : ((back && ctx.year !== null ? ctx.year - back : null) ??
        relativeYear(timeText, ctx) ??
        (((s.index < LEAD && CHANGE_VERB.test(timeText)) || news || announcedHere(s.text, lv.start - s.start)) &&
        !earlierNews
          ? ctx.year
          : null));
  // "China (2008), Russia (2012)": a year right after the country is that country's own.
  // "the United States and Japan (2023)": a year after a group of the list is each member's own.
  // "China, Russia and India in 2008, 2012 and 2016": a series of years after the group is one per member, not
  // the first member's year for all.
  const after = s.text.slice(groupEnd(c) - s.start);
  const series = YEAR_SERIES_AFTER.test(after);
  const own = series ? null : OWN_YEAR.exec(after);
  // "… includes South Africa, which was given the same status in 2004, and Chile, which set one up in 2009": a
  // member's own dated relative clause about the ties dates that member alone.
  // "… among them Australia and New Zealand, which have held that status since 2009": a plural relative clause
  // after the whole group dates each of its members.
  const groupWhich =
    own || groupEnd(c) === c.end || !(PLURAL_WHICH.test(after) || PARTNERS_WHICH.test(after))
      ? null
      : RELATIVE_DATED.exec(after);
  const which = own ? null : (RELATIVE_DATED.exec(s.text.slice(c.end - s.start)) ?? groupWhich);
  const whichYear =
    which &&
    !RELATIONS_WORDS.test(which[0]) &&
    (TIES_WORDS.test(which[0]) || CHANGE_VERB.test(which[0]) || RELATIVE_STEP.test(which[0]))
      ? Number(which[1])
      : null;
  // "… the same framework with South Korea, the United States and Japan in 2022, 2023 and 2023 respectively":
  // "… as well as New Zealand, which upgraded last month, and Indonesia, which did so on Monday": a member's own
  // relative clause dated by a time word dates that member alone.
  const whichNow =
    own || which
      ? null
      : (RELATIVE_NOW.exec(s.text.slice(c.end - s.start)) ?? GROUP_NOW.exec(s.text.slice(groupEnd(c) - s.start)));
  const whichNowYear =
    whichNow?.[1] &&
    !RELATIONS_WORDS.test(whichNow[1]) &&
    (CHANGE_VERB.test(whichNow[1]) ||
      RELATIVE_STEP.test(whichNow[1]) ||
      ELLIPSIS.test(whichNow[1]) ||
      STEP_NOW.test(whichNow[1]))
      ? localWord(whichNow[1], ctx)
      : null;
  const earlierSpan =
    own || which ? undefined : spanYears(RELATIVE_EARLIER.exec(s.text.slice(c.end - s.start))?.[1] ?? "");
  const earlierFrom = earlierSpan
    ? out.findLast((p) => p.level === lv.level && p.year !== null && s.index - p.sentenceIndex <= 1)?.year
    : undefined;
  // the member's place in its group picks its year, whatever path found the level.
  if (series && dated === undefined) {
    const group = chain(s.text, s.start, countries, countries.indexOf(c), -1);
    const whole = [...group.slice(0, -1), ...chain(s.text, s.start, countries, countries.indexOf(c), 1)];
    const yearsOf = whole.at(-1)?.end === groupEnd(c) ? respectiveYears(after, whole.length, ctx) : null;
    if (yearsOf) dated = yearsOf[group.length - 1] ?? null;
  }
  // "… Malaysia (2024) and New Zealand earlier this year": a time word right after the group is its own too.
  const ownNow = own ? null : DATED_AFTER.exec(s.text.slice(groupEnd(c) - s.start, groupEnd(c) - s.start + 40));
  // "China (2008), Russia (2012), South Korea, Japan": in a list dated member by member, a year right after
  // another member is not this one's; nor is the 2024 of "Like France in 2024, Britain has …".
  const taken = new Set(
    countries
      .filter(
        (o) =>
          groupEnd(o) !== groupEnd(c) &&
          o.place.kind === "country" &&
          c.place.kind === "country" &&
          o.place.code !== c.place.code,
      )
      .map((o) => Number(OWN_YEAR.exec(s.text.slice(o.end - s.start))?.[1] ?? Number.NaN)),
  );
  // "Brazil, which hosted the G20 summit in 2024, and Argentina": a year in a relative clause after a country is
  // that country's own when the clause is about the ties, and dates no framework when it is not.
  for (const a of relativeAsides()) {
    const mine = a.aboutTies && c.place.kind === "country" && a.code === c.place.code;
    if (!mine && !a.elsewhere) taken.add(a.year);
  }
  const free = own ? years : years.filter((y) => !taken.has(y));
  // "comprehensive partner since 2009 and strategic partner since March last year": a time word written right
  // after the level dates that level, before any year the sentence gives another one.
  const nowWords = LEVEL_NOW.exec(s.text.slice(lv.end - s.start, lv.end - s.start + 40));
  const levelNow = nowWords ? localWord(nowWords[0], ctx) : null;
  // Holders of a level the news is compared with keep only a year written right after them.
  const year = own
    ? Number(own[1])
    : whichYear !== null
      ? whichYear
      : earlierFrom != null && earlierSpan !== undefined
        ? earlierFrom - earlierSpan
        : whichNowYear !== null
          ? whichNowYear
          : ownNow?.[2] && ctx.year !== null
            ? spokenYear(ownNow[2], ctx)
            : lv.others
              ? othersYear(s.text, lv.end - s.start, ctx)
              : dated !== undefined
                ? dated
                : levelNow !== null
                  ? levelNow
                  : free.length > 0
                    ? (free[0] ?? null)
                    : rel;
  // "…: China, which gained it in 2008, Russia in 2012": a second reading of the same holder in the same sentence
  // may only date what the first left undated.
  if (first) {
    if (year !== null) Object.assign(first, { year, yearSource: "sentence" });
    return;
  }
  // An undated repeat of a framework already found ("Germany joins … on the list") adds nothing.
  if (year === null && out.some((p) => p.countryCode === id.split("|")[0] && p.level === lv.level)) return;
  out.push({
    sentenceIndex: s.index,
    start: lv.start,
    end: lv.end,
    countryCode: c.place.code,
    countryName: c.place.name,
    level: lv.level,
    year,
    yearSource:
      own || dated || (dated === undefined && years.length > 0)
        ? "sentence"
        : dated === undefined && rel !== null
          ? "context"
          : null,
    sentence: s.text,
  });
}
