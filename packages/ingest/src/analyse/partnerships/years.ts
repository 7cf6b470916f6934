// The year a level was reached, read from the words around it: dates, time words, spans, "a year later", timelines.
import { MONTH_NAMES } from "../dates.js";
import type { PlaceMention } from "../gazetteer.js";
import type { Sentence } from "../sentences.js";
import { allMatches } from "./all-matches.js";
import {
  CHANGE_VERB,
  CLAUSES,
  chain,
  config,
  DATED_AFTER,
  ELLIPSIS,
  LAST_YEAR,
  type Level,
  MONTH_ITEM,
  PAREN_YEAR,
  PREVIOUS_LEVEL,
  SERIES_MONTH,
  SPAN_WORDS,
  THIS_YEAR,
  YEAR_SERIES_AFTER,
  yearsIn,
} from "./vocabulary.js";

// "…; Japan in 2009; South Korea and Spain later the same year": a group dated by the year written before it.
const SAME_YEAR_AFTER = /^\s*,?\s*(?:(?:later|earlier|also)\s+)?(?:in\s+)?(?:that|the)\s+same\s+year\b/i;

export interface YearContext {
  /** Year the article speaks from ("this year"), from metadata or the text; null when unknown. */
  year: number | null;
  /** Month (1–12) the article speaks from, when its date is known to the month: "last October" depends on it. */
  month?: number | null;
  /** The article's headline; "Vietnam, Malaysia elevate ties to …" names the level a lead's "the upgrade" means. */
  title?: string | null;
}
// A month opening an entry as its label, before a colon: "June: …", "- September: …" (lower case, as read).
export const MONTH_LABEL =
  /^\s*(?:[-–—•*·]\s*)?(january|february|march|april|may|june|july|august|september|october|november|december)\s*:\s/;
const AGO = /\b(\d{1,2}\s+years|[a-z]+\s+years|a\s+year|a\s+decade|[a-z]+\s+decades)\s+ago\b/i;
const MONTHS_AFTER =
  /\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?\s+(?:after|since)\b/i;
const TO_NEXT = /^\d{4}\s+(?:\w+\s+)?(?:to|into)\s+(?:a|an|the)?\s*["“‘']?\s*$/i;
const JOINED =
  /\b(?:began\s+with|started\s+with|joined|followed|(?:was|were)\s+(?:added|admitted)|(?:became|was|got\s+there|came)\s+(?:the\s+)?(?:first|latest|newest))\b/i;

/** The levels each mention of `year` stands nearest to, in text order. */
export function nearestLevel(text: string, offset: number, levels: readonly Level[], year: number): Level[] {
  const out: Level[] = [];
  for (const m of text.matchAll(new RegExp(`(?<![-–\\d])\\b${year}\\b`, "g"))) {
    const at = offset + (m.index ?? 0);
    // "from a strategic partnership, set up in 2015, to a …": a year in a comma aside is the level's before it.
    // "moving from the comprehensive partnership they set up in 2013 straight to a …": a year closing the "from"
    // level's own words, right before "to", is that level's.
    // "upgrade the strategic partnership established in 2007 to a …": a year between two levels, closing the first
    // one's own words right before "to", is the first one's too.
    const fromBefore = levels.some(
      (o) =>
        o.end <= at &&
        (PREVIOUS_LEVEL.test(text.slice(Math.max(0, o.start - offset - 12), o.start - offset)) ||
          (at - o.end <= 60 && !/[.;,]/.test(text.slice(o.end - offset, at - offset)))),
    );
    const gap = (l: Level) =>
      at < l.start
        ? l.start -
          at -
          4 +
          (text.slice(at - offset, l.start - offset).includes(",") ||
          (fromBefore && TO_NEXT.test(text.slice(at - offset, l.start - offset)))
            ? 100
            : 0)
        : at - l.end;
    const best = [...levels].sort((a, b) => gap(a) - gap(b))[0];
    if (best) out.push(best);
  }
  return out;
}

/** "nine years", "a decade", "12": how many years a span or an "ago" counts. */
export function spanYears(words: string): number | undefined {
  const w = words
    .toLowerCase()
    .replace(/\s+years?$/, "")
    .replace(/\s+/g, " ")
    .trim();
  const n = config.spanWords[w] ?? Number(w);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

// "this year", "last month", "in April", "a decade ago": a time word that dates the news without naming its year.
// "… to the same level last November": a month said "last" is dated like "last year" (localWord reads which year).
const LOCAL_TIME =
  /\b(?:this|last|earlier this)\s+(?:year|month|week)\b|\blast\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:in|since)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!,?\s*\d)|\bago\b/i;
// Every time word of a stretch: the global pattern built once, not for each level read.
const LOCAL_TIME_ALL = new RegExp(LOCAL_TIME.source, "gi");

// "Trudeau and Phuc announced the establishment of a comprehensive partnership": a launch reported as news; so is
// "adopted a joint statement on …", "signed a joint declaration establishing …" (any joint document in
// config.jointDocuments) or "welcomed the establishment of …".
const ANNOUNCED_HERE = new RegExp(
  `\\b(?:announced|unveiled|launched|inaugurated|(?:agreed|decided)\\s+to\\s+establish|(?:signed|adopted|issued)\\s+(?:a|an|the)\\s+joint\\s+(?:${config.jointDocuments.join("|")})\\s+(?:on|establishing)|(?:welcomed|hailed|celebrated|witnessed)\\s+the\\s+establishment\\s+of)\\b[^.;]{0,40}?(?:the\\s+establishment\\s+of\\s+)?(?:a|an|the)?\\s*(?:\\S+\\s+){0,3}$`,
  "i",
);
export function announcedHere(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 90), at);
  return (
    ANNOUNCED_HERE.test(before) &&
    !/\b(?:had|has|have)\s+(?:\w+\s+)?$/i.test(
      before.split(/\b(?:announced|unveiled|launched|inaugurated|agreed|decided|signed)\b/i)[0] ?? "",
    )
  );
}

/** "… the strategic partnerships Hanoi signed this year with Italy": only the stretch after the level dates it. */
export function othersYear(text: string, end: number, ctx: YearContext): number | null {
  // "…, a framework Vietnam set up with the UAE this week": the stretch starts past a comma right after the level.
  const lead = /^\s*["”’']?\s*,/.exec(text.slice(end))?.[0].length ?? 0;
  end += lead;
  const comma = text.slice(end).search(/[,;]/);
  const seg = text.slice(end, comma < 0 ? text.length : end + comma);
  const year = yearsIn(seg, 0)[0];
  if (year !== undefined) return year;
  return LOCAL_TIME.test(seg) ? localWord(seg, ctx) : null;
}

// "The visit is her first since she took office last October and comes … after the two lifted ties to a …": the time
// a first is counted from dates the office, not the level in the same stretch ("partner" between them makes the first
// a partner's, whose time is read).
const FIRST_SINCE_BEFORE = /\bfirst\b(?:(?!partner)[^.;,]){0,90}?\bsince\b[^.;,]{0,40}$/i;

/** The year of a time word in the level's own comma-delimited stretch, when that stretch names no year itself. */
export function localYear(text: string, start: number, end: number, ctx: YearContext): number | null {
  const a = Math.max(text.lastIndexOf(",", start), text.lastIndexOf(";", start)) + 1;
  const commaAfter = text.slice(end).search(/[,;]/);
  const b = commaAfter < 0 ? text.length : end + commaAfter;
  const seg = text.slice(a, b);
  if (yearsIn(seg, 0).length > 0 || ctx.year === null) return null;
  // The time word nearest the level: "… last year and with Australia in March" dates the level by "last year".
  const at = (start + end) / 2 - a;
  const near = allMatches(LOCAL_TIME_ALL, seg)
    .filter((m) => !FIRST_SINCE_BEFORE.test(seg.slice(0, m.index ?? 0)))
    .sort((x, y) => Math.abs((x.index ?? 0) - at) - Math.abs((y.index ?? 0) - at))[0];
  if (!near) return null;
  const word = seg.slice(Math.max(0, (near.index ?? 0) - 12), (near.index ?? 0) + near[0].length + 12);
  return localWord(word, ctx);
}

export function localWord(seg: string, ctx: YearContext): number | null {
  if (ctx.year === null) return null;
  const lastMonth =
    /\blast\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.exec(seg);
  if (lastMonth) return relativeYear(seg, ctx);
  // "in March", and "a strategic partnership since March": held from that month of the story's year (or the year before)
  const inMonth =
    /\b(?:in|since)\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.exec(
      seg,
    );
  // "in January last year": the month of the year before, whatever the article's month.
  if (
    inMonth &&
    /^\s+(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+year\b/i.test(
      seg.slice((inMonth.index ?? 0) + inMonth[0].length),
    )
  )
    return ctx.year - 1;
  // "in November" read in a story of May is the November before.
  if (inMonth?.[1] && ctx.month && MONTH_NAMES.indexOf(inMonth[1].toLowerCase()) + 1 > ctx.month) return ctx.year - 1;
  if (inMonth) return ctx.year;
  const rel = relativeYear(seg, ctx);
  return rel;
}

// "her first to the country since taking office last August", "the first such visit since last year": a first and
// the time it is counted from; a partner's first ("the first strategic partner since …") is left to be read.
const FIRST_SINCE_TIME =
  /\b(?:the|its|his|her|their|[a-z]+['’]s)\s+first\b(?![^.;,]*\bpartner)[^.;,]{0,90}?\bsince\b[^.;,]*/g;
export function relativeYear(text: string, ctx: YearContext): number | null {
  if (ctx.year === null) return null;
  // "…, her first visit since taking office last August": the time a first is counted from is not the level's.
  const lower = text.toLowerCase().replace(FIRST_SINCE_TIME, "");
  // "set up a decade ago", "established five years ago": counted back from the article's year.
  const ago = AGO.exec(lower);
  const back = ago ? spanYears(ago[1] ?? "") : undefined;
  if (back) return ctx.year - back;
  // "The visit comes three months after Vietnam lifted …": months back from the article's month.
  const monthsAfter = MONTHS_AFTER.exec(lower);
  const months = monthsAfter ? spanYears(monthsAfter[1] ?? "") : undefined;
  if (months && months < 12) return ctx.month && ctx.month - months < 1 ? ctx.year - 1 : ctx.year;
  if (/\b(last|previous|past) year\b/.test(lower)) return ctx.year - 1;
  // "set up last October" in a story of May is the October of the year before; in a story of November, this year's.
  const lastMonth =
    /\blast\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/.exec(lower);
  if (lastMonth?.[1] && ctx.month) return MONTH_NAMES.indexOf(lastMonth[1]) + 1 >= ctx.month ? ctx.year - 1 : ctx.year;
  // Known to the year only: "added last July" most often names the July of the year before (a month of the same
  // year is usually written "in July").
  if (lastMonth?.[1]) return ctx.year - 1;
  // "- June: Indonesia – strategic partnership": an entry of a list keyed by month is of the year the page speaks
  // from (a month later than the page's is the year before), like "in June".
  const label = MONTH_LABEL.exec(lower);
  if (label?.[1]) return ctx.month && MONTH_NAMES.indexOf(label[1]) + 1 > ctx.month ? ctx.year - 1 : ctx.year;
  // "Last month's upgrade": news of the weeks before the article.
  if (/\blast (?:month|week)\b/.test(lower)) return ctx.year;
  // "… were added during the year": the year the article reviews; "signed … earlier in the week": the story's days.
  if (/\b(?:during|earlier in) the (?:year|month|week)\b/.test(lower)) return ctx.year;
  if (/\b(this|earlier this) (year|month|week)\b/.test(lower)) return ctx.year;
  // A day names the news only when the sentence reports a change; "met on Wednesday as the two countries mark their
  // first year as partners" dates the meeting, not the framework; "Indonesia followed on March 10" repeats a change.
  if (!CHANGE_VERB.test(text) && !ELLIPSIS.test(text)) return null;
  // "on September 10", "on 10 September": a day of the article's own year when no year follows.
  if (
    /\b(?:on|from|since)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\b(?!,?\s*\d{4})/.test(
      lower,
    )
  )
    return ctx.year;
  // "upgraded … in September": a month with no year after it is of the article's own year.
  if (
    /\bin\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!,?\s*\d)/.test(
      lower,
    ) &&
    /\b(?:upgrad|elevat|rais|lift|establish|forg|set up)/.test(lower)
  ) {
    // "upgraded its ties … in October" read in a story of January is the October before.
    const named =
      /\bin\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b/.exec(lower);
    const month = named?.[1] ? MONTH_NAMES.indexOf(named[1]) + 1 : 0;
    return ctx.month && month > ctx.month ? ctx.year - 1 : ctx.year;
  }
  // News of the day ("on Thursday", "today"): the year the article speaks from.
  if (/\b(today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(lower)) return ctx.year;
  return null;
}

/** `others`: a level the news level is compared with ("one rung below the strategic partnerships … with Japan"). */
// "since 2011 and 2013", "in 2013, 2016 and 2018, respectively": one year per member of the group before the level.
const YEAR_SERIES =
  /^\s*["”’']?\s*(?:[^;.]{0,40}?(?:,\s*|\s))?(?:(?:agreed|established|signed|set up|forged|reached)\s+)?(?:since|in)\s+((?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s*,?\s*and\s+(?:19|20)\d\d)\b(?:\s*,?\s*respectively\b)?/i;
export function respectiveYears(after: string, n: number, ctx?: YearContext): number[] | null {
  if (n < 2) return null;
  const m = YEAR_SERIES.exec(after);
  const years = m?.[1]?.match(/(?:19|20)\d\d/g)?.map(Number) ?? [];
  if (years.length === n) return years;
  return ctx ? respectiveMonths(after, n, ctx) : null;
}

// "… with Japan and Australia to the highest level since the U.S. deal, in November and March respectively": a series
// of months bound to the group by "respectively", each dated against the article (a month later than the article's
// is last year's). "respectively" is required, so the clause before it may run longer and hold an initialism's stops.
const MONTH_SERIES = new RegExp(
  `^\\s*(?:[^;.]|\\.(?=[A-Z]\\.)|(?<=\\b[A-Z]\\.[A-Z])\\.){0,80}?\\b(?:since|in)\\s+(${MONTH_ITEM}(?:\\s*,\\s*${MONTH_ITEM})*\\s*,?\\s*and\\s+${MONTH_ITEM})\\s*,?\\s*respectively\\b`,
  "i",
);
function respectiveMonths(after: string, n: number, ctx: YearContext): number[] | null {
  if (ctx.year === null || !/respectively/i.test(after)) return null;
  const series = MONTH_SERIES.exec(after)?.[1];
  if (!series) return null;
  const items = [...series.matchAll(new RegExp(`(${SERIES_MONTH})(?:\\s+((?:19|20)\\d\\d))?`, "gi"))];
  if (items.length !== n) return null;
  return items.map((it) => {
    if (it[2]) return Number(it[2]);
    const month = MONTH_NAMES.indexOf((it[1] as string).toLowerCase()) + 1;
    return ctx.month && month > ctx.month ? (ctx.year as number) - 1 : (ctx.year as number);
  });
}

/** The year of a time word without a year ("this year", "in February"): a month later than the article's is last year's. */
export function spokenYear(phrase: string, ctx: YearContext): number | null {
  if (ctx.year === null) return null;
  // "added last July": the month before the article's, however far back.
  if (/^last\s+[a-z]{3,}/i.test(phrase)) return relativeYear(phrase, ctx);
  const month = /^in\s+([a-z]+)/i.exec(phrase)?.[1]?.toLowerCase().slice(0, 3);
  const at = month ? MONTH_NAMES.findIndex((m) => m.startsWith(month)) + 1 : 0;
  return at > 0 && ctx.month && at > ctx.month ? ctx.year - 1 : ctx.year;
}

// "India in 2016, South Korea in 2022, the United States and Japan last year, and Australia in March": inside a
// dated timeline, "last year" closes a group like a year does (a bare "last year" elsewhere is too loose to date).
const LAST_YEAR_ITEM = /^\s+last\s+year\b(?=\s*(?:[,;.]|and\b|$))/i;
/** Groups of a dated timeline between `from` and `to`, each country with the year closing its group. */
export function timeline(
  text: string,
  offset: number,
  countries: readonly PlaceMention[],
  from: number,
  to: number,
  ctx: YearContext,
  minGroups = 2,
) {
  const out = new Map<PlaceMention, number>();
  let groups = 0;
  for (let k = 0; k < countries.length; k++) {
    const c = countries[k] as PlaceMention;
    if (c.start < from || c.end > to || out.has(c)) continue;
    const whole = chain(text, offset, countries, k, 1).filter((g) => g.end <= to);
    // "China (2008), Russia (2012), …": a member dated right after itself closes its own group.
    const closes = (g: PlaceMention) => {
      const next = text.slice(g.end - offset, g.end - offset + 60);
      return DATED_AFTER.test(next) || SAME_YEAR_AFTER.test(next) || LAST_YEAR_ITEM.test(next);
    };
    const cut = whole.findIndex(closes);
    const group = cut < 0 ? whole : whole.slice(0, cut + 1);
    const tail = group.at(-1) as PlaceMention;
    const dated = DATED_AFTER.exec(text.slice(tail.end - offset, tail.end - offset + 60));
    const same = dated ? null : SAME_YEAR_AFTER.exec(text.slice(tail.end - offset, tail.end - offset + 60));
    const prior = same
      ? [...text.slice(0, (group[0] as PlaceMention).start - offset).matchAll(/\b(?:19|20)\d\d\b/g)].at(-1)
      : undefined;
    const year = dated?.[1]
      ? Number(dated[1])
      : dated?.[2]
        ? spokenYear(dated[2], ctx)
        : prior
          ? Number(prior[0])
          : LAST_YEAR_ITEM.test(text.slice(tail.end - offset)) && ctx.year !== null
            ? ctx.year - 1
            : null;
    if (year === null) continue;
    groups++;
    // "South Korea, the United States and Japan in 2022, 2023 and 2023": a series gives each member its own year.
    const after = text.slice(tail.end - offset);
    const each = YEAR_SERIES_AFTER.test(after) ? respectiveYears(after, group.length) : null;
    group.forEach((g, i) => {
      out.set(g, each?.[i] ?? year);
    });
    k = countries.indexOf(tail);
  }
  // "The club began with China in 2008.": one dated group is enough when the clause says someone joined.
  const joined = groups === 1 && JOINED.test(text.slice(from - offset, to - offset));
  return groups >= minGroups || joined ? out : new Map<PlaceMention, number>();
}

/** [start, end) of each clause that begins after `from`, split at the data file's clause breaks. */
export function clausesAfter(text: string, from: number): [number, number][] {
  const out: [number, number][] = [];
  let at = CLAUSES.around(text, from)[1];
  while (at < text.length) {
    const [, end] = CLAUSES.around(text, at + 1);
    out.push([at, end]);
    if (end <= at + 1) break;
    at = end;
  }
  return out;
}

const REVIEW = new RegExp(`\\b(?:${config.reviewWords.join("|")})\\b`, "i");
// "The week in review", "our monthly recap": a look back at days or weeks speaks from its own date, however many
// earlier years its stories name ("trade of $16.7 billion in 2024").
const SHORT_REVIEW = new RegExp(`\\b(?:${config.shortReviews.join("|")})\\b`, "i");

/**
 * A look back at the year before ("2025 in review", published in January 2026) speaks from the year it reviews:
 * its "this year" and "in March" are that year's.
 */
export function reviewedYear(sentences: readonly Sentence[], ctx: YearContext): YearContext {
  if (ctx.year === null) return ctx;
  const head = [ctx.title ?? "", ...sentences.slice(0, 3).map((s) => s.text)].join(" ");
  const before = new RegExp(`\\b${ctx.year - 1}\\b`);
  // Early in the new year a review is of the year just ended even when it does not name it.
  if (!REVIEW.test(head) || !(before.test(head) || (ctx.month && ctx.month <= 1))) return ctx;
  if (SHORT_REVIEW.test(head)) return ctx;
  return { ...ctx, year: ctx.year - 1, month: 12 };
}
// capitalised, so the modal "may" is no month
const MONTH_WORD = new RegExp(
  `\\b(?:([Ll]ast)\\s+)?(${MONTH_NAMES.map((m) => m[0]?.toUpperCase() + m.slice(1)).join("|")})\\b(\\s+(?:of\\s+)?last\\s+year)?`,
);

/**
 * The year of a time word around a list's later holder ("…, since July last year, the United States", "… with
 * Singapore, in early September"): a month is this story's year, or the year before when it is later in the calendar
 * than the story or said "last".
 */
export function timeWordYear(before: string, after: string, ctx: YearContext): number | null {
  for (const text of [after, before]) {
    if (ctx.year === null) continue;
    const m = MONTH_WORD.exec(text);
    if (m?.[2]) {
      const month = MONTH_NAMES.indexOf(m[2].toLowerCase()) + 1;
      if (m[3] || (m[1] && ctx.month && month >= ctx.month) || (ctx.month && month > ctx.month)) return ctx.year - 1;
      return ctx.year;
    }
    if (THIS_YEAR.test(text)) return ctx.year;
    if (LAST_YEAR.test(text)) return ctx.year - 1;
  }
  return null;
}
const GROUP_JOIN = /^\s*,?\s*(?:and\s+|&\s+)?(?:the\s+)?$/i;

/** The countries of a sentence, in order, and each one's year as its position gives it (or null). */
export function positionalYears(
  s: Sentence,
  countries: readonly PlaceMention[],
  ctx?: YearContext,
): Map<PlaceMention, number | null> {
  const years = new Map<PlaceMention, number | null>();
  const rest = (to: number) => s.text.slice(to - s.start);
  for (let i = 0; i < countries.length; i++) {
    const c = countries[i] as PlaceMention;
    const own = PAREN_YEAR.exec(rest(c.end));
    if (own) {
      years.set(c, Number(own[1]));
      continue;
    }
    // the group this country closes or belongs to: members joined by commas and "and" with nothing else between
    let k = i;
    while (k + 1 < countries.length) {
      const a = countries[k] as PlaceMention;
      const b = countries[k + 1] as PlaceMention;
      if (!GROUP_JOIN.test(s.text.slice(a.end - s.start, b.start - s.start))) break;
      k++;
    }
    let j = i;
    while (j > 0) {
      const a = countries[j - 1] as PlaceMention;
      const b = countries[j] as PlaceMention;
      if (!GROUP_JOIN.test(s.text.slice(a.end - s.start, b.start - s.start)) || PAREN_YEAR.test(rest(a.end))) break;
      j--;
    }
    const last = countries[k] as PlaceMention;
    const shared = PAREN_YEAR.exec(rest(last.end));
    if (shared && k > i) {
      years.set(c, Number(shared[1]));
      continue;
    }
    const series = respectiveYears(rest(last.end), k - j + 1, ctx);
    years.set(c, series ? (series[i - j] ?? null) : null);
  }
  return years;
}

/** The year a time phrase names, against the article's date and the year the clause named before (`prev`). */
export function timeYear(m: RegExpMatchArray, ctx: YearContext, prev: number | null): number | null {
  if (m[1] || m[2]) return Number(m[1] ?? m[2]);
  if (m[3]) {
    if (m[4]) return Number(m[4]);
    if (ctx.year === null) return null;
    if (m[5]) return m[5].toLowerCase() === "last" ? ctx.year - 1 : ctx.year;
    const month = MONTH_NAMES.indexOf(m[3].toLowerCase()) + 1;
    // "in November" read in a story of May is the November before.
    return ctx.month && month > ctx.month ? ctx.year - 1 : ctx.year;
  }
  if (m[6]) return ctx.year === null ? null : m[6].toLowerCase() === "last" ? ctx.year - 1 : ctx.year;
  if (m[7]) {
    // "last November" in a story of April is the November before; in a story of December, this year's.
    if (ctx.year === null) return null;
    const month = MONTH_NAMES.indexOf(m[7].toLowerCase()) + 1;
    return ctx.month && month >= ctx.month ? ctx.year - 1 : ctx.year;
  }
  if (m[8]) return prev === null ? null : prev + (SPAN_WORDS[m[8].toLowerCase()] ?? 0);
  return prev;
}
