import { openDatabase, writerFor } from "@chancery/db";
import { articleToStore } from "@chancery/db/testing";
import { temporaryFixtureDatabase } from "@chancery/fixtures";
import { afterAll, describe, expect, it } from "vitest";
import { EntityDetail, getEntity } from "./get.js";

const database = temporaryFixtureDatabase();
afterAll(() => database.dispose());
const idOf = (key: string) =>
  (database.sqlite.prepare("SELECT id FROM entities WHERE key = ?").get(key) as { id: number }).id;

describe("getEntity", () => {
  it("answers mentions in context, co-mentioned entities, roles over time and quotes", () => {
    const son = EntityDetail.parse(getEntity(database, { id: idOf("bui thanh son") }));
    expect(son.mentions.total).toBe(2);
    expect(son.mentions.groups.reduce((n, g) => n + g.articles, 0)).toBe(2);
    expect(son.mentions.groups.map((g) => g.context).join(" ")).toMatch(/Bui Thanh Son said/);
    expect(son.coMentioned.map((e) => e.name)).toEqual(expect.arrayContaining(["Vietnam", "Australia"]));
    expect(son.roles.find((r) => r.role === "Deputy Prime Minister")).toMatchObject({
      firstSeen: "2024-03-07",
      lastSeen: "2024-03-07",
    });
    expect(son.quotes.quotes).toBe(2);
  });

  it("counts co-mentions by shared articles", () => {
    const vietnam = getEntity(database, { id: idOf("vietnam") });
    expect(vietnam.coMentioned.find((e) => e.name === "Australia")?.articles).toBe(3);
  });

  it("throws not_found for an unknown id", () => {
    expect(() => getEntity(database, { id: 12345 })).toThrow(expect.objectContaining({ code: "not_found" }));
  });
});

describe("getEntity over republished and undated articles", () => {
  const database = openDatabase({ path: ":memory:" });
  afterAll(() => database.close());
  const sentence = "Minister Tran Van B said the two countries would open a new consulate in Da Nang next year.";
  const article = (n: number, publishedAt: string | null) => {
    const body = `Lead paragraph number ${n} differs from copy to copy. ${sentence} Closing line ${n}.`;
    const start = body.indexOf("Tran Van B");
    const person = { type: "person" as const, key: "tran van b", name: "Tran Van B", code: null, acronym: null };
    return articleToStore(
      { body, publishedAt, publishedPrecision: publishedAt ? "day" : null },
      {
        entities: [
          {
            ...person,
            mentions: [{ sentenceIndex: 1, start, end: start + 10, surface: "Tran Van B" }],
            roles: [{ role: "Minister", start: start - 9, end: start - 1 }],
          },
        ],
      },
    );
  };
  // Ingested long after publication: an ingest date must never show as first or last seen.
  writerFor(database).storeArticles(
    [article(1, "2021-04-02"), article(2, "2021-04-03"), article(3, "2025-10-29"), article(4, null)],
    () => null,
    "2026-11-30T09:00:00.000Z",
  );
  const id = (database.sqlite.prepare("SELECT id FROM entities WHERE key = 'tran van b'").get() as { id: number }).id;

  it("dates first and last seen by publication only and counts the undated mentions beside them", () => {
    const detail = EntityDetail.parse(getEntity(database, { id }));
    expect(detail.seen).toEqual({ firstSeen: "2021-04-02", lastSeen: "2025-10-29", undated: 1 });
    expect(detail.roles).toEqual([
      { role: "Minister", articles: 4, firstSeen: "2021-04-02", lastSeen: "2025-10-29", undated: 1 },
    ]);
  });

  it("shows a sentence repeated by republished copies once, with how many articles carry it", () => {
    const { mentions } = getEntity(database, { id });
    expect(mentions.groups).toHaveLength(1);
    expect(mentions.groups[0]).toMatchObject({ context: sentence, articles: 4, undated: 1, lastSeen: "2025-10-29" });
  });
});
