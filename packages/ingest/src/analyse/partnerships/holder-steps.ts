// The time of each holder's step: dated steps, days and months printed beside holders, "our countries"' upgrade.
import { MONTH_NAMES } from "../dates.js";
import type { PlaceMention } from "../gazetteer.js";
import { HOME_CODE } from "../home-country.js";
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { datedHolders } from "./dated-holders.js";
import { pairUpgradeYears } from "./pair-upgrades.js";
import { openingYear } from "./paragraph-time.js";
import { LAST_YEAR, levelOf, namedLevels, namedLevelsIn, THIS_YEAR } from "./vocabulary.js";
import { timeWordYear, type YearContext } from "./years.js";

// ── Dated steps: the year a holder's own words give (round 26) ──────────────────────────────────────────────────
const STEP_MONTH = `(?:${MONTH_NAMES.map((m) => m[0]?.toUpperCase() + m.slice(1)).join("|")})`;
// "… with Germany last year and …", "… with Italy in January, France in September …", "the United States, which
// reached the same tier in September": a time word right after the holder, or in a relative clause hung on it.
const HOLDER_TIME_AFTER = new RegExp(
  `^\\s*(?:,\\s*(?:which|who)\\b[^,;.()]{0,40}?\\s)?(?:(?:in|since)\\s+)?(?:(?:early|mid|late)[\\s-]+)?((?:last\\s+)?${STEP_MONTH}\\b(?:\\s+(?:of\\s+)?last\\s+year)?|last\\s+year|this\\s+year)(?=\\s*(?:[,;.)]|and\\b|$))`,
);
// "…, Thailand and, since October, the United Kingdom": a time word set off just before the holder.
// The time word is set off after a comma or "and": "… in February, Indonesia and Singapore in March" gives February
// to the holder before it.
const HOLDER_TIME_BEFORE = new RegExp(
  `(?:,|\\band)\\s*(?:since|in)\\s+((?:last\\s+)?${STEP_MONTH}(?:\\s+(?:of\\s+)?last\\s+year)?|last\\s+year)\\s*,\\s*(?:the\\s+)?$`,
);
// "… with China itself, signed in 2008, and …": the holder's own framework dated by a participle set off after it.
const HOLDER_SIGNED_AFTER =
  /^\s*(?:itself\s*)?,\s*(?:(?:which\s+was|first)\s+)?(?:signed|established|set\s+up|agreed|forged|launched)\s+(?:in|since)\s+((?:19|20)\d\d)\s*(?:[,;.)]|and\b|$)/i;
// "Last year was especially productive: we set up … with Italy in January": a month under a sentence that opens on
// "last year" is last year's, whatever the calendar order.
// A holder stands after "with", "and", a comma, a colon or "the": the way a list or a pair names it.
const HOLDER_LEAD = /(?:\bwith|\band|,|:|\bthe)\s*$/i;
const BARE_MONTH = new RegExp(`^${STEP_MONTH}$`);
const OPENS_LAST_YEAR = /^\W*(?:last\s+year|in\s+the\s+past\s+year)\b/i;
// "…, which in 2012 was raised to a …", "… and upgraded to an \"extensive\" strategic partnership in 2014": a level
// named as the goal of a step up (or a renaming at its rank), with the step's year beside it.
const STEP_TO_BEFORE =
  /\b(?:raised|upgraded|elevated|lifted|promoted|turned)\s+(?:(?:to|into)\s+)(?:a|an|the)?\s*(?:["“‘']?[a-z-]+["”’']?\s+)?["“‘']?$/i;
const STEP_YEAR_AFTER = /^["”’']?\s+(?:in|since)\s+((?:19|20)\d\d)\b/;
const STEP_YEAR_IN_CLAUSE = /\b(?:in|since)\s+((?:19|20)\d\d)\b/g;

/** The year of a time word said of one holder: a month or "last year", resolved from the story's date. */
function holderStepYear(word: string, underLastYear: boolean, ctx: YearContext): number | null {
  if (ctx.year === null) return null;
  if (underLastYear && !/\blast\b/i.test(word) && !THIS_YEAR.test(word)) return ctx.year - 1;
  return timeWordYear("", word, ctx);
}

/**
 * A holder's year that the words around that holder give, over one the sentence gives some other holder or the
 * story's date: "signed a strategic partnership with Germany last year and … its 2001 strategic partnership with
 * Russia" dates Germany by "last year", not by Russia's 2001. And a single holder's level reached by a later step
 * takes that step's year ("set up in 2001, …, which in 2012 was raised to a comprehensive strategic partnership").
 */
/**
 * The dated steps, then the days and months printed beside holders still undated, then the time of an upgrade whose
 * holder is only "our countries" for the story's partner.
 */
export function stepsAndHolders(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
): PartnershipFinding[] {
  const dated = datedHolders(datedSteps(out, sentences, places, ctx), sentences, places, ctx);
  return pairUpgradeYears(dated, sentences, places, ctx, (s) =>
    namedLevelsIn(s).flatMap((m) => {
      const level = levelOf(m);
      return level ? [{ level, index: m.index ?? 0, length: m[0].length }] : [];
    }),
  );
}

function datedSteps(
  out: PartnershipFinding[],
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  ctx: YearContext,
): PartnershipFinding[] {
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  for (const p of out) {
    const s = byIndex.get(p.sentenceIndex);
    if (!s || s.text !== p.sentence) continue;
    const here = places.filter((m) => m.sentenceIndex === s.index && m.place.kind === "country");
    const own = here.filter((m) => m.place.kind === "country" && m.place.code === p.countryCode);
    if (own.length !== 1) continue;
    const m = own[0] as PlaceMention;
    const before = s.text.slice(0, m.start - s.start);
    // "… harassment by Chinese vessels this year": a mention that is no list's or pair's holder says nothing of it
    const holder = HOLDER_LEAD.test(before);
    const after = s.text.slice(m.end - s.start);
    const signed = holder ? HOLDER_SIGNED_AFTER.exec(after) : null;
    if (signed?.[1]) {
      if (p.year !== Number(signed[1])) Object.assign(p, { year: Number(signed[1]), yearSource: "sentence" });
      continue;
    }
    const timeAfter = holder ? HOLDER_TIME_AFTER.exec(after) : null;
    const timeBefore = !holder || timeAfter ? null : HOLDER_TIME_BEFORE.exec(before);
    const word = timeAfter?.[1] ?? timeBefore?.[1];
    if (word) {
      // "… then in 2023 you had a busy year, with the United States in September", "…, and then, weeks apart last
      // year, the United States in September": a bare month falls in the year said before it, which the holder's
      // reader already gave
      const headed =
        new RegExp(`\\bin\\s+${p.year}\\b`).test(before) ||
        (ctx.year !== null && p.year === ctx.year - 1 && LAST_YEAR.test(before));
      if (p.yearSource === "sentence" && BARE_MONTH.test(word) && headed) continue;
      // "Last year was the busiest. … Singapore in January, …": the paragraph's opening frames its next sentence's months
      const prev = byIndex.get(s.index - 1);
      const framed = prev && prev.line === s.line && BARE_MONTH.test(word) ? openingYear(prev, ctx) : null;
      const year =
        framed !== null && ctx.year !== null && framed < ctx.year
          ? framed
          : holderStepYear(word, OPENS_LAST_YEAR.test(before), ctx);
      if (year !== null && year !== p.year) Object.assign(p, { year, yearSource: "context" });
      continue;
    }
    // one holder in the sentence: a step's year is that holder's
    if (new Set(here.map((x) => (x.place.kind === "country" ? x.place.code : ""))).size > 2) continue;
    if (here.some((x) => x.place.kind === "country" && x.place.code !== p.countryCode && x.place.code !== HOME_CODE))
      continue;
    for (const lv of namedLevels(s.text)) {
      if (levelOf(lv) !== p.level) continue;
      const at = lv.index ?? 0;
      const lead = s.text.slice(0, at);
      if (!STEP_TO_BEFORE.test(lead)) continue;
      const clause = lead.slice(Math.max(lead.lastIndexOf(","), lead.lastIndexOf(";")) + 1);
      const step =
        STEP_YEAR_AFTER.exec(s.text.slice(at + lv[0].length))?.[1] ??
        [...clause.matchAll(STEP_YEAR_IN_CLAUSE)].at(-1)?.[1];
      const later = p.year === null || p.yearSource === "context" || Number(step) > p.year;
      if (step && later) Object.assign(p, { year: Number(step), yearSource: "sentence" });
    }
  }
  return out;
}
