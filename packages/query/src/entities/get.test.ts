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
    expect(son.mentions).toHaveLength(2);
    expect(son.mentions[0]?.context).toMatch(/Minister .*Bui Thanh Son said/);
    expect(son.coMentioned.map((e) => e.name)).toEqual(expect.arrayContaining(["Vietnam", "Australia"]));
    expect(son.roles.find((r) => r.role === "Deputy Prime Minister")).toMatchObject({
      firstSeen: "2024-03-07",
      lastSeen: "2024-03-07",
    });
    expect(son.quotes).toHaveLength(2);
  });

  it("counts co-mentions by shared articles", () => {
    const vietnam = getEntity(database, { id: idOf("vietnam") });
    expect(vietnam.coMentioned.find((e) => e.name === "Australia")?.articles).toBe(3);
  });

  it("throws not_found for an unknown id", () => {
    expect(() => getEntity(database, { id: 12345 })).toThrow(expect.objectContaining({ code: "not_found" }));
  });
});
