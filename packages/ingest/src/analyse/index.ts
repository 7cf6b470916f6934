// First: how V8 runs the patterns every reader below compiles.
import "./native-regexps.js";
import { inferDate } from "./dates.js";
import { findIndicators, storyDollar } from "./figures/indicators.js";
import { fold } from "./fold.js";
import { findPlaces, isListedCountry } from "./gazetteer.js";
import { findPartnerships } from "./partnerships/read.js";
import { completeNamesFromAsides, findPeople, type Person, speakerLabels } from "./people/index.js";
import { findQuotes, headingOf } from "./quotes/index.js";
import { splitSentences } from "./sentences.js";
import { scoreThemes } from "./themes.js";
import type { Analysis, AnalysisContext, EntityFinding, QuoteFinding } from "./types.js";

export type * from "./types.js";

/** Bump when extraction rules or data files change, so stored analyses can be recomputed. */
export const ANALYZER_VERSION = "1.63.0";

/** A headline that names one year ("Vietnam's diplomacy in 2024 in numbers") dates an article nothing else dates. */
function yearOfHeadline(title: string | null | undefined): number | null {
  const years = new Set(title?.match(/\b(?:19[5-9]\d|20\d\d)\b/g) ?? []);
  return years.size === 1 ? Number([...years][0]) : null;
}

/**
 * A briefing's spokesperson named only in its headline (or a caption set aside as one) speaks every answer: the quotes'
 * speaker is a person of the page, listed under people as every speaker is, with no mention in the body.
 */
function listSpeakersNamedOutsideTheBody(
  entities: EntityFinding[],
  quotes: readonly QuoteFinding[],
  headingPeople: () => readonly Person[],
): void {
  const listed = new Set(entities.filter((e) => e.type === "person").map((e) => e.name));
  let named: readonly Person[] | null = null;
  for (const { speaker } of quotes) {
    if (speaker === null || listed.has(speaker)) continue;
    named ??= headingPeople();
    if (!named.some((p) => p.name === speaker)) continue;
    listed.add(speaker);
    entities.push({
      type: "person",
      name: speaker,
      key: fold(speaker),
      code: null,
      acronym: null,
      mentions: [],
      roles: [],
    });
  }
}

/**
 * Reads people, countries, organisations, indicators, partnerships, quotes, themes and a date out of a cleaned body.
 * Pure and synchronous; offsets point into `body`.
 * @example analyseArticle("Foreign Minister Bui Thanh Son said ...", { publishedAt: "2025-01-02" })
 */
export function analyseArticle(body: string, context: AnalysisContext): Analysis {
  const sentences = splitSentences(body);
  const places = findPlaces(sentences);
  const coveredBy = new Map<number, Set<number>>();
  // The same tokens as flags by sentence and token index: the people reader asks of nearly every word, and two array
  // reads are cheaper than a Map and a Set.
  const coveredAt: Array<boolean[] | undefined> = [];
  for (const p of places) {
    let set = coveredBy.get(p.sentenceIndex);
    let flags = coveredAt[p.sentenceIndex];
    if (!set || !flags) {
      set = new Set();
      flags = [];
      coveredBy.set(p.sentenceIndex, set);
      coveredAt[p.sentenceIndex] = flags;
    }
    for (let k = p.from; k < p.to; k++) {
      set.add(k);
      flags[k] = true;
    }
  }
  // A transcript's speaker labels may be the only place its host or reporter is named ('SABRA LANE:').
  // A briefing's spokesperson may be named only in the byline and labelled 'MR MILLER:' in the transcript.
  const people = findPeople(
    sentences,
    (s, k) => coveredAt[s]?.[k] === true,
    speakerLabels(body),
    context.byline ?? null,
  );
  // "Foreign Minister Wong said …" with "Senator the Hon Penny Wong" printed only in a heading set aside.
  // 'Press Conference by Foreign Minister X Y' over turns labelled 'Minister Y:': the page's heading names in full the
  // speaker its transcript calls by the surname, as a heading set aside does.
  completeNamesFromAsides(people, context.title ? [...(context.asides ?? []), context.title] : context.asides);

  const entities: EntityFinding[] = people.map((p) => ({
    type: "person",
    name: p.name,
    key: p.key,
    code: null,
    acronym: null,
    mentions: p.mentions.map((m) => ({ ...m })),
    roles: p.roles,
  }));
  const placeEntities = new Map<string, EntityFinding>();
  for (const m of places) {
    const { place } = m;
    if (place.kind === "country" && !isListedCountry(place.code)) continue;
    const id = place.kind === "country" ? `c:${place.code}` : `o:${place.org.name}`;
    let e = placeEntities.get(id);
    if (!e) {
      const name = place.kind === "country" ? place.name : place.org.name;
      e = {
        type: place.kind === "country" ? "country" : place.org.type,
        name,
        key: fold(name),
        code: place.kind === "country" ? place.code : null,
        acronym: place.kind === "org" ? place.org.acronym : null,
        mentions: [],
        roles: [],
      };
      placeEntities.set(id, e);
    }
    e.mentions.push({ sentenceIndex: m.sentenceIndex, start: m.start, end: m.end, surface: m.surface });
  }
  entities.push(...placeEntities.values());

  // Quotes first: a count inside a quotation the quote reader found printed without marks (a transcript's answer turn, a
  // quotation running on over several sentences) is the speaker's, as one inside quotation marks is.
  const unmarked: Array<{ start: number; end: number }> = [];
  const quotes = findQuotes(body, people, context.title, unmarked, context.asides);
  listSpeakersNamedOutsideTheBody(entities, quotes, () => {
    const heading = headingOf(context.title, people, context.asides);
    return [...(heading?.people ?? []), ...(heading?.aside ? [heading.aside] : [])];
  });
  const inferredDate = inferDate(sentences);
  const known = context.publishedAt ?? inferredDate?.date ?? context.fallbackDate ?? null;
  const year = known ? Number(known.slice(0, 4)) : yearOfHeadline(context.title);
  return {
    version: ANALYZER_VERSION,
    entities,
    indicators: findIndicators(
      sentences,
      coveredBy,
      storyDollar(context.localDollar ?? null, body),
      unmarked,
      context.title ?? null,
    ),
    partnerships: findPartnerships(sentences, places, {
      year: Number.isFinite(year) ? year : null,
      month: known && /^\d{4}-\d\d/.test(known) ? Number(known.slice(5, 7)) : null,
      title: context.title ?? null,
    }),
    quotes,
    themes: scoreThemes(sentences),
    inferredDate,
  };
}
