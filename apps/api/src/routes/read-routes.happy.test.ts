import {
  ArticleDetail,
  ArticlePage,
  Changes,
  EntityDetail,
  EntityPage,
  IndicatorList,
  OverviewMetrics,
  PartnershipList,
  QuoteGroupPage,
  QuotePage,
  SchemaDescription,
  SearchResult,
  ThemeList,
  Timeline,
} from "@chancery/query";
import { afterAll, describe, expect, it } from "vitest";
import { testApp } from "../testing/test-app.js";
import { Health } from "./health.js";

const { client, app, dispose } = testApp();
afterAll(dispose);

describe("read routes", () => {
  it("GET /api/health", async () => {
    const res = await client.api.health.$get();
    expect(res.status).toBe(200);
    expect(Health.parse(await res.json()).articles).toBe(5);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
  });

  it("GET /api/articles pages newest first", async () => {
    const res = await client.api.articles.$get({ query: { limit: "2" } });
    expect(res.status).toBe(200);
    const page = ArticlePage.parse(await res.json());
    expect(page.items).toHaveLength(2);
    const next = await client.api.articles.$get({ query: { limit: "2", cursor: page.nextCursor ?? "" } });
    expect(ArticlePage.parse(await next.json()).items[0]?.publishedAt).toBe("2023-11-27");
  });

  it("GET /api/articles with filters and stories=true", async () => {
    const res = await client.api.articles.$get({
      query: { stories: "true", outlet: "VietnamPlus", from: "2024-01-01" },
    });
    expect(ArticlePage.parse(await res.json()).items).toHaveLength(1);
  });

  it("GET /api/articles/:id", async () => {
    const res = await client.api.articles[":id"].$get({ param: { id: "1" } });
    expect(res.status).toBe(200);
    expect(ArticleDetail.parse(await res.json()).findings.mentions.length).toBeGreaterThan(0);
  });

  it("GET /api/metrics/overview with ETag and 304", async () => {
    const res = await client.api.metrics.overview.$get();
    expect(res.status).toBe(200);
    const metrics = OverviewMetrics.parse(await res.json());
    expect(metrics).toMatchObject({
      articles: 5,
      stories: 4,
      outlets: 3,
      people: 2,
      countries: 4,
      organisations: 1,
      partnerships: 2,
      quotes: 2,
    });
    const etag = res.headers.get("etag");
    expect(etag).toBeTruthy();
    expect(res.headers.get("cache-control")).toBeTruthy();
    const again = await app.request("/api/metrics/overview", { headers: { "If-None-Match": etag ?? "" } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("GET /api/changes", async () => {
    const res = await client.api.changes.$get();
    expect(Changes.parse(await res.json())).toEqual({ lastChangedAt: expect.any(String), articles: 5 });
  });

  it("GET /api/entities and /api/entities/:id", async () => {
    const res = await client.api.entities.$get({ query: { type: "country", sort: "mentions" } });
    const page = EntityPage.parse(await res.json());
    expect(page.items[0]?.name).toBe("Vietnam");
    const vietnam = page.items[0]?.id ?? 0;
    const detail = EntityDetail.parse(
      await (await client.api.entities[":id"].$get({ param: { id: String(vietnam) } })).json(),
    );
    expect(detail.coMentioned.map((e) => e.name)).toContain("Australia");
    const son = EntityPage.parse(await (await client.api.entities.$get({ query: { q: "bui" } })).json()).items[0];
    const person = EntityDetail.parse(
      await (await client.api.entities[":id"].$get({ param: { id: String(son?.id) } })).json(),
    );
    expect(person.roles.map((r) => r.role)).toContain("Minister of Foreign Affairs");
    expect(person.quotes.quotes).toBe(2);
    expect(person.mentions.groups[0]?.context).toContain("Bui Thanh Son");
  });

  it("GET /api/indicators flags disagreeing sources", async () => {
    const list = IndicatorList.parse(await (await client.api.indicators.$get({ query: {} })).json());
    const relations = list.items.find((item) => item.key === "diplomatic_relations");
    expect(relations?.latest.value).toBe(193);
    expect(relations?.values).toHaveLength(4);
    expect(relations?.disagree).toBe(true);
    expect(list.items.find((item) => item.key === "trade_value")?.disagree).toBe(false);
  });

  it("GET /api/partnerships keeps the highest level per country", async () => {
    const list = PartnershipList.parse(await (await client.api.partnerships.$get({ query: {} })).json());
    const australia = list.items.find((p) => p.countryCode === "AU");
    expect(australia).toMatchObject({ level: "Comprehensive Strategic Partnership", since: 2024 });
    expect(australia?.evidence).toHaveLength(3);
  });

  it("GET /api/quotes, /api/themes, /api/timeline, /api/schema", async () => {
    const quotes = QuotePage.parse(await (await client.api.quotes.$get({ query: {} })).json()).items;
    expect(quotes).toHaveLength(2);
    const themes = ThemeList.parse(await (await client.api.themes.$get({ query: {} })).json());
    expect(themes.items[0]).toMatchObject({ key: "economic_diplomacy", stories: 2, share: 0.5 });
    const timeline = Timeline.parse(await (await client.api.timeline.$get({ query: { granularity: "year" } })).json());
    expect(timeline.buckets.map((b) => b.period)).toEqual(["2022", "2023", "2024"]);
    const speaker = String(quotes[0]?.speakerEntityId);
    const groups = QuoteGroupPage.parse(await (await client.api.quotes.groups.$get({ query: { speaker } })).json());
    expect(groups).toMatchObject({ window: null, nextOffset: null });
    expect(groups.items.every((group) => group.speakerEntityId === quotes[0]?.speakerEntityId)).toBe(true);
    const schema = SchemaDescription.parse(await (await client.api.schema.$get()).json());
    expect(schema.tables.find((t) => t.name === "articles")?.rowCount).toBe(5);
  });

  it("GET /api/search", async () => {
    const res = await client.api.search.$get({ query: { q: '"strategic partnership" NOT Assembly', stories: "true" } });
    expect(res.status).toBe(200);
    const result = SearchResult.parse(await res.json());
    expect(result.total).toBe(2);
    expect(result.facets.year.length).toBeGreaterThan(0);
  });
});
