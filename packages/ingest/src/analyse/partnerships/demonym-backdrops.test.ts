import { describe, expect, it } from "vitest";
import { eachPartnership } from "./testing/readings.js";

// Round 53: a country written as a demonym before its forces or conduct ("Chinese coast guard ships", "Russian
// military drills") is the backdrop, as "China's coast guard" is: never the pair "the two countries" refers to.
const read = (body: string) => eachPartnership(body, { publishedAt: "2031-05-04" }).sort();

describe("a demonym before a country's forces, just before 'the two countries'", () => {
  it("leaves 'the two countries' to the story's pair", () => {
    const body =
      "Chile and Vietnam signed a fisheries deal on Monday.\n\nSantiago has faced warnings from Chinese coast guard ships near the reef. The two countries set up a strategic partnership in 2019.";
    expect(read(body)).not.toContain("CN|SP|2019");
  });

  it("still reads the country named by its name before 'the two countries'", () => {
    const body =
      "The foreign minister of Chile arrived in Hanoi on Monday. The two countries set up a strategic partnership in 2019.";
    expect(read(body)).toEqual(["CL|SP|2019"]);
  });
});
