import type { PostgresDatabase, ThrowawayCluster } from "@chancery/db/postgres";
import { copySqliteToPostgres, openPostgres, postgresSuitesRun, startThrowawayCluster } from "@chancery/db/postgres";
import { temporaryFixtureDatabase } from "@chancery/fixtures";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchPostgres, toTsQuery } from "./postgres-search.js";
import { type SearchInput, SearchResult, search } from "./search.js";

/*
 * The same search cases on both backends: the fixture database, built through the writer on SQLite, copied into a
 * throwaway PostgreSQL with `chancery migrate`'s copy; every case must find the same articles, totals and facets.
 */
const serverTests = postgresSuitesRun() ? describe : describe.skip;

const cases: Array<[string, SearchInput]> = [
  ["one word", { q: "Australia" }],
  ["a prefix", { q: "partner*" }],
  ["a phrase", { q: '"comprehensive strategic partnership"' }],
  ["NOT", { q: "Australia NOT Assembly" }],
  ["folded diacritics", { q: "lam" }],
  ["OR with an outlet filter", { q: "Vietnam OR Viet", outlet: "VietnamPlus" }],
  ["an indicator filter", { q: "countries", indicator: "trade_value" }],
  ["a theme filter", { q: "countries", theme: "sovereignty_borders_maritime" }],
  ["a date range", { q: "Vietnam", from: "2024-01-01", to: "2024-12-31" }],
  ["stories collapsed", { q: "chapter", stories: true }],
  ["not collapsed", { q: "chapter" }],
  ["a title-only word", { q: "title:Vietnam" }],
  ["parentheses and implicit AND", { q: "(Japan OR Korea) partnership" }],
  ["newest first", { q: "Vietnam", order: "newest" }],
  ["repaired input", { q: 'AND "East Sea' }],
];

serverTests("search on PostgreSQL answers as search on SQLite", () => {
  const sqlite = temporaryFixtureDatabase();
  let cluster: ThrowawayCluster;
  let pg: PostgresDatabase;
  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    pg = await openPostgres(cluster.url);
    await copySqliteToPostgres(sqlite.sqlite, pg);
  }, 60_000);
  afterAll(async () => {
    await pg?.close();
    cluster?.stop();
    sqlite.dispose();
  });

  const comparable = (result: SearchResult) => ({
    total: result.total,
    totalEstimated: result.totalEstimated,
    order: result.order,
    notes: result.notes,
    ids: result.items.map((item) => item.articleId).sort((a, b) => a - b),
    facets: Object.fromEntries(
      Object.entries(result.facets).map(([name, values]) => [name, values.map((v) => `${v.label}:${v.count}`).sort()]),
    ),
  });

  it.each(cases)("finds the same articles, totals and facets: %s", async (_, input) => {
    const onSqlite = search(sqlite, input);
    const onPostgres = SearchResult.parse(await searchPostgres(pg, input));
    expect(onSqlite.total).toBeGreaterThan(0);
    expect(comparable(onPostgres)).toEqual(comparable(onSqlite));
    if (onSqlite.order === "newest")
      expect(onPostgres.items.map((i) => i.articleId)).toEqual(onSqlite.items.map((i) => i.articleId));
    for (const item of onPostgres.items) {
      expect(
        [...item.snippet, ...item.titleSegments].some((s) => s.hit),
        `hit marked in ${item.articleId}`,
      ).toBe(true);
    }
  });

  it("ranks a title match above body-only matches, as bm25 with the title weighted does", async () => {
    const onSqlite = search(sqlite, { q: "Australia" });
    const onPostgres = await searchPostgres(pg, { q: "Australia" });
    expect(onPostgres.items[0]?.articleId).toBe(onSqlite.items[0]?.articleId);
    expect(onPostgres.items[0]?.titleSegments.some((s) => s.hit && /Australia/.test(s.text))).toBe(true);
  });

  it("refuses a search with no words on both backends", async () => {
    expect(() => search(sqlite, { q: "?!" })).toThrow(/no words/);
    await expect(searchPostgres(pg, { q: "?!" })).rejects.toThrow(/no words/);
  });
});

describe("the tsquery a search becomes", () => {
  it("quotes every word so no user text is read as tsquery syntax", () => {
    expect(toTsQuery("it's & (x)").expression).toBe("'it''s' & ( 'x' )");
  });
  it("reads NOT, OR, prefixes and columns as FTS5 does", () => {
    expect(toTsQuery("partner* NOT China").expression).toBe("'partner':* & ! 'China'");
    expect(toTsQuery('title:Vietnam OR body:"East Sea"').expression).toBe("'Vietnam':A | 'East Sea':B");
  });
});
