import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ChanceryDatabase, openDatabase } from "../open.js";
import { partnershipLevels } from "../schema/constants.js";
import { articleToStore } from "../testing.js";
import type { EntityToStore, IndicatorToStore, PartnershipToStore } from "./types.js";
import { writerFor } from "./writer.js";

/*
 * The summaries the writer keeps (store/summaries.ts; filled by migrations 0015, 0017, 0020, 0022) against the same
 * aggregates recomputed here from the findings themselves, after random ingests in commit groups of one to four
 * articles (copies included), deletions, reanalyses and corrections.
 */

let dir: string;
let database: ChanceryDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-summaries-"));
  database = openDatabase({ path: join(dir, "test.db") });
});

afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;

const SENTENCE = "The index rose to 3 percent of output.";
const BODY = `Vietnam and Japan met. ${SENTENCE} Trade grew.`;

const indicator = fc.record({
  key: fc.constantFrom("gdp_growth", "fdi", null),
  value: fc.constantFrom(2.5, 1e10),
  of: fc.constantFrom(null, 10),
  unit: fc.constantFrom(null, "%"),
});
const partnership = fc.record({
  countryCode: fc.constantFrom("JP", "KR", "US"),
  level: fc.constantFrom(...partnershipLevels),
  year: fc.constantFrom(null, 2010, 2015, 2020),
});
const entity = fc.record({
  name: fc.constantFrom("Japan", "Nguyen Van A"),
  mentions: fc.integer({ min: 0, max: 2 }),
});
const findings = fc.record({
  indicators: fc.array(indicator, { maxLength: 6 }),
  partnerships: fc.array(partnership, { maxLength: 3 }),
  entities: fc.array(entity, { maxLength: 3 }),
  themes: fc.subarray(["trade", "defence_security"]),
});
const date = fc.constantFrom(null, "2021", "2021-03", "2021-03-05", "2021-11-30", "2019-07-01", "2024-02-29");
const toStoreArticle = fc.record({
  findings,
  date,
  outlet: fc.constantFrom(null, "Outlet A", "Outlet B"),
  /** Joins the story of an article stored before, when there is one. */
  story: fc.option(fc.nat()),
  /** Repeats the content of the article before it in the same group: stored once, sighted twice. */
  copy: fc.boolean(),
});
const operation = fc.oneof(
  // A commit group of one to four articles: the summaries are brought up to date once per group.
  fc.record({ op: fc.constant("store" as const), articles: fc.array(toStoreArticle, { minLength: 1, maxLength: 4 }) }),
  fc.record({ op: fc.constant("delete" as const), which: fc.nat() }),
  fc.record({ op: fc.constant("reanalyze" as const), which: fc.nat(), findings, date }),
  fc.record({ op: fc.constant("reject" as const), which: fc.nat(), pick: fc.nat() }),
  fc.record({ op: fc.constant("add" as const), which: fc.nat(), indicator }),
);

type Findings = {
  indicators: Array<Of<typeof indicator>>;
  partnerships: Array<Of<typeof partnership>>;
  entities?: Array<Of<typeof entity>>;
  themes?: string[];
};

const toStore = (found: Findings) => ({
  themes: (found.themes ?? []).map((key) => ({ key, score: 0.5 })),
  entities: (found.entities ?? []).map(
    ({ name, mentions }): EntityToStore => ({
      type: name === "Japan" ? "country" : "person",
      key: name.toLowerCase(),
      name,
      code: name === "Japan" ? "JP" : null,
      acronym: null,
      mentions: Array.from({ length: mentions }, () => ({
        sentenceIndex: 0,
        start: BODY.indexOf("Japan"),
        end: BODY.indexOf("Japan") + 5,
        surface: "Japan",
      })),
      roles: [],
    }),
  ),
  indicators: found.indicators.map(
    (i): IndicatorToStore => ({
      ...i,
      qualifier: null,
      about: null,
      sentence: SENTENCE,
      sentenceIndex: 1,
      start: BODY.indexOf(SENTENCE),
      end: BODY.indexOf(SENTENCE) + SENTENCE.length,
    }),
  ),
  partnerships: found.partnerships.map(
    (p): PartnershipToStore => ({
      ...p,
      countryName: p.countryCode,
      yearSource: p.year === null ? null : "sentence",
      sentence: SENTENCE,
      sentenceIndex: 1,
      start: 0,
      end: 5,
    }),
  ),
});

const precisionOf = (published: string | null) =>
  published === null ? null : published.length === 4 ? "year" : published.length === 7 ? "month" : "day";

function apply(operations: ReadonlyArray<Of<typeof operation>>): void {
  const writer = writerFor(database);
  const stored: Array<{ id: number; hash: string }> = [];
  let made = 0;
  const pick = (which: number) => stored[which % stored.length];
  for (const step of operations) {
    if (step.op === "store") {
      const items = step.articles.map((spec) => {
        const item = articleToStore(
          {
            contentHash: `summaries-${spec.copy && made > 0 ? made - 1 : made}`,
            body: BODY,
            outlet: spec.outlet,
            publishedAt: spec.date,
            publishedPrecision: precisionOf(spec.date),
          },
          toStore(spec.findings),
        );
        if (!spec.copy || made === 0) made++;
        const joined = spec.story === null ? undefined : pick(spec.story);
        const storyId = joined
          ? (database.sqlite.prepare("SELECT story_id FROM articles WHERE id = ?").pluck().get(joined.id) as
              | number
              | null)
          : null;
        return { ...item, storyId };
      });
      const outcomes = writer.storeArticles(items, (item) => item.storyId);
      for (const [i, outcome] of outcomes.entries()) {
        const hash = items[i]?.article.contentHash;
        if (outcome.status === "new" && hash) stored.push({ id: outcome.id, hash });
      }
      continue;
    }
    const target = pick(step.which);
    if (!target) continue;
    if (step.op === "delete") {
      writer.deleteArticle(target.id);
      stored.splice(stored.indexOf(target), 1);
    } else if (step.op === "reanalyze") {
      writer.replaceAnalysis({
        articleId: target.id,
        article: {
          body: BODY,
          removedNoise: "[]",
          wordCount: 12,
          analyzerVersion: "test",
          source: null,
          datelinePlace: null,
          publishedAt: step.date,
          publishedPrecision: precisionOf(step.date),
          publishedSource: step.date === null ? null : "metadata",
          publishedEvidence: null,
        },
        findings: { quotes: [], ...toStore(step.findings) },
      });
    } else if (step.op === "reject") {
      const found = database.sqlite
        .prepare(`SELECT key, value, unit FROM indicators WHERE article_id = ? ORDER BY id`)
        .all(target.id) as Array<{ key: string | null; value: number; unit: string | null }>;
      const finding = found[step.pick % Math.max(found.length, 1)];
      if (!finding) continue;
      writer.correct([
        {
          kind: "reject_finding",
          target: { finding: "indicator", article: target.hash, ...finding, sentence: SENTENCE },
          author: "test",
          reason: "",
        },
      ]);
    } else {
      writer.correct([
        {
          kind: "add_finding",
          target: { article: target.hash },
          payload: { finding: "indicator", ...step.indicator, sentence: SENTENCE },
          author: "test",
        },
      ]);
    }
  }
}

/** The period of a date on the one time model, written out again here: '' when undated. */
function periodOf(published: string | null, granularity: string): string {
  if (published === null) return "";
  if (granularity === "year") return published.slice(0, 4);
  if (published.length < 7) return published;
  if (granularity === "month") return published.slice(0, 7);
  return `${published.slice(0, 4)}-Q${Math.floor((Number(published.slice(5, 7)) + 2) / 3)}`;
}

const count = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);
const sorted = (map: Map<string, number | Set<number>>) =>
  [...map].map(([k, v]) => [k, typeof v === "number" ? v : v.size] as const).sort(([a], [b]) => a.localeCompare(b));

/** Every kept indicator aggregate, and the same recomputed from the findings, as comparable lists. */
/** Every summary table equals the aggregate recomputed from the findings it summarises. */
function expectSummariesMatchFindings() {
  const indicators = indicatorAggregates();
  expect(indicators.kept).toEqual(indicators.expected);
  const partnerships = partnershipAggregates();
  expect(partnerships.kept).toEqual(partnerships.expected);
  expect(partnerships.undatedCopies).toEqual([]);
  const entities = entityAggregates();
  expect(entities.kept).toEqual(entities.expected);
  const themes = themeAggregates();
  expect(themes.kept).toEqual(themes.expected);
}

function indicatorAggregates() {
  const all = <T>(sql: string) => database.sqlite.prepare(sql).all() as T[];
  const rows = all<{
    key: string;
    value: number;
    of: number | null;
    unit: string | null;
    publishedAt: string | null;
    articleDate: string | null;
    articleId: number;
    outlet: string | null;
  }>(
    `SELECT i.key, i.value, i."of", i.unit, i.published_at AS publishedAt, a.published_at AS articleDate,
       i.article_id AS articleId, a.outlet
     FROM indicators i JOIN articles a ON a.id = i.article_id WHERE i.key IS NOT NULL`,
  );
  const figureOf = (row: { key: string; value: number; of: number | null; unit: string | null }) =>
    JSON.stringify([row.key, row.value, row.of, row.unit]);
  const sets = () => new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, key: string, id: number) =>
    map.set(key, (map.get(key) ?? new Set()).add(id));
  const expected = {
    keys: new Map<string, number>(),
    keyFigures: new Map<string, Set<string>>(),
    periods: new Map<string, number>(),
    figures: sets(),
    undated: sets(),
    figurePeriods: sets(),
    outlets: sets(),
  };
  for (const row of rows) {
    const figure = figureOf(row);
    count(expected.keys, row.key);
    expected.keyFigures.set(row.key, (expected.keyFigures.get(row.key) ?? new Set()).add(figure));
    add(expected.figures, figure, row.articleId);
    if (row.publishedAt === null) add(expected.undated, figure, row.articleId);
    add(expected.outlets, JSON.stringify([figure, row.outlet]), row.articleId);
    for (const granularity of ["month", "quarter", "year"]) {
      const period = periodOf(row.publishedAt, granularity);
      count(expected.periods, JSON.stringify([row.key, granularity, period]));
      add(expected.figurePeriods, JSON.stringify([figure, granularity, period]), row.articleId);
    }
  }
  const figures = all<{
    id: number;
    key: string;
    value: number;
    of: number | null;
    unit: string | null;
    articles: number;
    undated: number;
  }>(`SELECT id, key, value, "of", unit, articles, undated FROM indicator_figures`);
  const figureById = new Map(figures.map((row) => [row.id, figureOf(row)]));
  const kept = {
    keys: all<{ key: string; findings: number; figures: number }>("SELECT key, findings, figures FROM indicator_keys"),
    periods: all<{ key: string; granularity: string; period: string; findings: number }>(
      "SELECT key, granularity, period, findings FROM indicator_periods",
    ).map((row) => [JSON.stringify([row.key, row.granularity, row.period]), row.findings] as const),
    figures: figures.map((row) => [figureOf(row), row.articles, row.undated] as const),
    figurePeriods: all<{
      figureId: number;
      key: string;
      value: number;
      of: number | null;
      unit: string | null;
      granularity: string;
      period: string;
      articles: number;
    }>(
      `SELECT figure_id AS figureId, key, value, "of", unit, granularity, period, articles FROM indicator_figure_periods`,
    ).map((row) => {
      expect(figureOf(row)).toBe(figureById.get(row.figureId));
      return [JSON.stringify([figureOf(row), row.granularity, row.period]), row.articles] as const;
    }),
    outlets: all<{ figureId: number; outlet: string | null; articles: number }>(
      "SELECT figure_id AS figureId, outlet, articles FROM indicator_figure_outlets",
    ).map((row) => [JSON.stringify([figureById.get(row.figureId), row.outlet]), row.articles] as const),
  };
  for (const row of rows) expect(row.publishedAt).toBe(row.articleDate);
  return {
    expected: {
      keys: sorted(expected.keys).map(([key, findings]) => ({
        key,
        findings,
        figures: expected.keyFigures.get(key)?.size ?? 0,
      })),
      periods: sorted(expected.periods),
      figures: sorted(expected.figures).map(([figure, articles]) => [
        figure,
        articles,
        expected.undated.get(figure)?.size ?? 0,
      ]),
      figurePeriods: sorted(expected.figurePeriods),
      outlets: sorted(expected.outlets),
    },
    kept: {
      keys: kept.keys.sort((a, b) => a.key.localeCompare(b.key)),
      periods: kept.periods.sort(([a], [b]) => a.localeCompare(b)),
      figures: kept.figures.sort(([a], [b]) => a.localeCompare(b)),
      figurePeriods: kept.figurePeriods.sort(([a], [b]) => a.localeCompare(b)),
      outlets: kept.outlets.sort(([a], [b]) => a.localeCompare(b)),
    },
  };
}

function entityAggregates() {
  const all = <T>(sql: string) => database.sqlite.prepare(sql).all() as T[];
  return {
    expected: all(
      `SELECT m.entity_id AS entityId, coalesce(a.published_at, '') AS publishedAt, count(DISTINCT m.article_id) AS articles
       FROM mentions m JOIN articles a ON a.id = m.article_id GROUP BY 1, 2 ORDER BY 1, 2`,
    ),
    kept: all("SELECT entity_id AS entityId, published_at AS publishedAt, articles FROM entity_dates ORDER BY 1, 2"),
  };
}

/** Distinct stories per theme ('' for every article) and period, kept and recomputed from the articles. */
function themeAggregates() {
  const all = <T>(sql: string) => database.sqlite.prepare(sql).all() as T[];
  const rows = all<{ key: string; publishedAt: string | null; story: number; id: number }>(
    `SELECT t.theme_key AS key, a.published_at AS publishedAt, coalesce(a.story_id, -a.id) AS story, a.id
     FROM article_themes t JOIN articles a ON a.id = t.article_id
     UNION ALL SELECT '', published_at, coalesce(story_id, -id), id FROM articles`,
  );
  const stories = new Map<string, Set<number>>();
  const versions = new Map<string, number>();
  for (const row of rows) {
    for (const granularity of ["month", "quarter", "year", "all"]) {
      const period = granularity === "all" ? "" : periodOf(row.publishedAt, granularity);
      const group = JSON.stringify([row.key, granularity, period]);
      stories.set(group, (stories.get(group) ?? new Set()).add(row.story));
      count(versions, JSON.stringify([row.key, granularity, period, row.story]));
    }
  }
  return {
    expected: { stories: sorted(stories), versions: sorted(versions) },
    kept: {
      stories: all<{ themeKey: string; granularity: string; period: string; stories: number }>(
        "SELECT theme_key AS themeKey, granularity, period, stories FROM theme_periods",
      )
        .map((row) => [JSON.stringify([row.themeKey, row.granularity, row.period]), row.stories] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
      versions: all<{ themeKey: string; granularity: string; period: string; story: number; articles: number }>(
        "SELECT theme_key AS themeKey, granularity, period, story, articles FROM theme_story_periods",
      )
        .map((row) => [JSON.stringify([row.themeKey, row.granularity, row.period, row.story]), row.articles] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    },
  };
}

function partnershipAggregates() {
  const all = <T>(sql: string) => database.sqlite.prepare(sql).all() as T[];
  return {
    expected: all("SELECT country_code AS countryCode, count(*) AS statements FROM partnerships GROUP BY 1 ORDER BY 1"),
    kept: all("SELECT country_code AS countryCode, statements FROM partnership_countries ORDER BY 1"),
    undatedCopies: all(
      `SELECT p.id FROM partnerships p JOIN articles a ON a.id = p.article_id WHERE p.published_at IS NOT a.published_at`,
    ),
  };
}

describe("findings summaries", () => {
  it("equal the aggregates recomputed from the findings after ingests, deletions, reanalyses and corrections", () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 30 }), (operations) => {
        database.close();
        database = openDatabase({ path: ":memory:" });
        apply(operations);
        expectSummariesMatchFindings();
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it("are filled from the findings already stored by the migrations that add them", () => {
    // The statements that fill the summaries, without the triggers that kept them afterwards until 0023.
    const fills = [
      "0015_indicator_summaries_kept.sql",
      "0017_partnership_summaries_kept.sql",
      "0020_entity_dates_kept.sql",
      "0022_theme_story_counts_kept.sql",
    ].flatMap((file) =>
      readFileSync(new URL(`../../drizzle/${file}`, import.meta.url), "utf8")
        .split("--> statement-breakpoint")
        .filter((statement) => !/CREATE TRIGGER/.test(statement)),
    );
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 30 }), (operations) => {
        database.close();
        database = openDatabase({ path: ":memory:" });
        apply(operations);
        database.sqlite.exec(
          `DELETE FROM indicator_keys; DELETE FROM indicator_periods; DELETE FROM indicator_figures;
           DELETE FROM indicator_figure_periods; DELETE FROM indicator_figure_outlets; DELETE FROM partnership_countries;
           DELETE FROM entity_dates; DELETE FROM theme_story_periods; DELETE FROM theme_periods; UPDATE partnerships SET published_at = NULL;`,
        );
        for (const statement of fills) database.sqlite.exec(statement);
        expectSummariesMatchFindings();
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it("count an article once for a figure it gives twice, and forget the figure when its last article goes", () => {
    const writer = writerFor(database);
    const twice = toStore({
      indicators: [
        { key: "fdi", value: 2.5, of: null, unit: "%" },
        { key: "fdi", value: 2.5, of: null, unit: "%" },
      ],
      partnerships: [],
    });
    const [stored] = writer.storeArticles([articleToStore({ body: BODY }, twice)]);
    expect(database.sqlite.prepare("SELECT articles FROM indicator_figures").all()).toEqual([{ articles: 1 }]);
    expect(database.sqlite.prepare("SELECT findings, figures FROM indicator_keys").all()).toEqual([
      { findings: 2, figures: 1 },
    ]);
    writer.deleteArticle(stored?.id ?? 0);
    for (const table of ["indicator_keys", "indicator_periods", "indicator_figures", "indicator_figure_periods"]) {
      expect(database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get()).toEqual({ n: 0 });
    }
    expect(database.sqlite.prepare("SELECT count(*) AS n FROM indicator_figure_outlets").get()).toEqual({ n: 0 });
  });
});
