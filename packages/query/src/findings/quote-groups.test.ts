import { openDatabase, writerFor } from "@chancery/db";
import { articleToStore } from "@chancery/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { listQuoteGroups, QuoteGroupPage } from "./quote-groups.js";

const wire = "Trade between the two countries will reach new heights in the coming years";
const other = "Our people share a long friendship";

describe("listQuoteGroups", () => {
  const database = openDatabase({ path: ":memory:" });
  afterAll(() => database.close());
  const speaker = { type: "person" as const, key: "le van a", name: "Le Van A", code: null, acronym: null };
  const article = (n: number, text: string, publishedAt: string | null, outlet: string) => {
    const body = `Le Van A said: "${text}." Story ${n}.`;
    const start = body.indexOf(text);
    return articleToStore(
      { body, publishedAt, publishedPrecision: publishedAt ? "day" : null, outlet },
      {
        entities: [{ ...speaker, mentions: [{ sentenceIndex: 0, start: 0, end: 8, surface: "Le Van A" }], roles: [] }],
        quotes: [{ text, start, end: start + text.length, speaker: "Le Van A" }],
      },
    );
  };
  writerFor(database).storeArticles(
    [
      article(1, wire, "2024-02-01", "VNA"),
      article(2, `${wire}.`, "2024-02-03", "Nhan Dan"),
      article(3, "Trade between the two countries will reach new heights", "2024-02-05", "VnExpress"),
      article(4, wire, null, "VNA"),
      article(5, other, "2023-05-01", "VNA"),
    ],
    () => null,
    "2026-11-30T00:00:00.000Z",
  );
  const speakerId = (database.sqlite.prepare("SELECT id FROM entities WHERE key = 'le van a'").get() as { id: number })
    .id;

  it("shows a republished quote once with its articles, outlets, first and latest dates and undated copies", () => {
    const page = QuoteGroupPage.parse(listQuoteGroups(database, { speaker: speakerId }));
    expect(page.total).toBe(2);
    expect(page.quotes).toBe(5);
    expect(page.items[0]).toMatchObject({
      text: `${wire}.`,
      articles: 4,
      outlets: 3,
      firstPublishedAt: "2024-02-01",
      lastPublishedAt: "2024-02-05",
      undated: 1,
    });
    expect(page.items[0]?.sources.map((s) => s.publishedAt)).toEqual(["2024-02-05", "2024-02-03", "2024-02-01", null]);
    expect(page.items[1]).toMatchObject({ text: other, articles: 1, outlets: 1 });
  });

  it("pages through the groups and says where the list ends", () => {
    const first = listQuoteGroups(database, { speaker: speakerId, limit: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.nextOffset).toBe(1);
    const second = listQuoteGroups(database, { speaker: speakerId, limit: 1, offset: 1 });
    expect(second.items[0]?.text).toBe(other);
    expect(second.nextOffset).toBeNull();
  });
});
