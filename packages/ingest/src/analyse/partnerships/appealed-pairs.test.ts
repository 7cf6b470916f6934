import { describe, expect, it } from "vitest";
import { eachPartnership } from "./testing/readings.js";

// Round 53: the pair an appeal is made to ("called on both sides to …") is a dispute's two parties; a level named in
// the same sentence is held by the country set beside it, never by the story's main partner.
const read = (body: string) => eachPartnership(body, { publishedAt: "2031-03-02" }).sort();

describe("a pair named only as the addressees of an appeal", () => {
  it("leaves the level to the country in apposition before it", () => {
    const body =
      "Laos rejected the finding. Laos said the ruling had no force, and Laos has since sent boats to the reef.\n\nCanada, a comprehensive partner since 2017, welcomed the ruling, and Chile, with which Vietnam has a comprehensive partnership, urged both sides to respect it.";
    expect(read(body)).toEqual(["CA|CP|2017", "CL|CP|null"]);
  });

  it("still reads a level the two sides themselves set up", () => {
    const body =
      "Peru and Vietnam held talks in Lima on Monday. The two countries set up a comprehensive partnership in 2019.";
    expect(read(body)).toEqual(["PE|CP|2019"]);
  });
});
