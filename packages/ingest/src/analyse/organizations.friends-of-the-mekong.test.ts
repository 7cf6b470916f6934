import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

/**
 * The donors' forum that meets on the Mekong ("the Friends of the Mekong") is an international forum, as READING.md
 * lists the Mekong frameworks. Sentences of our own.
 */
const organizations = (body: string) =>
  analyseArticle(body, { publishedAt: "2022-03-01", title: null })
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.name)
    .sort();

describe("the Friends of the Mekong", () => {
  it("reads the forum, with or without 'group' after it", () => {
    expect(organizations("Donors in the Friends of the Mekong group will meet again in June.")).toEqual([
      "Friends of the Mekong",
    ]);
    expect(organizations("The Friends of the Mekong pledged more aid.")).toEqual(["Friends of the Mekong"]);
  });
});
