import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const parts = (body: string, publishedAt: string | null = null) =>
  analyseArticle(body, { publishedAt }).partnerships.map((p) => [p.countryName, p.level, p.year]);

describe("a level an official calls 'our'", () => {
  it("gives 'our' level in a quote to the story's one foreign partner", () => {
    const body = [
      "Canada sent two planes of medical supplies to Viet Nam on Friday, the embassy in Hanoi said.",
      'Canada has given more than C$5 million to the effort so far. "Our Comprehensive Partnership is about deeds," the ambassador said.',
      "Canada and Viet Nam will hold further talks next month, officials in Ottawa added.",
    ].join("\n\n");
    expect(parts(body, "2021-03-05")).toEqual([["Canada", "Comprehensive Partnership", null]]);
  });
});
