import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/* Round 47: a place in a group that the clause only hopes for is no rank, as a denied one is not (test/READING.md). */
const ranks = (body: string) =>
  analyseArticle(body, {})
    .indicators.filter((f) => f.unit === "rank")
    .map((f) => f.value);

describe("places hoped for", () => {
  it("reads no rank from a wish to be in the top group", () => {
    expect(ranks('"We would like our firms to be in the top ten investors by 2030," the envoy said.')).toEqual([]);
  });

  it("still reads a place held in the top group", () => {
    expect(ranks("Korean firms are now in the top ten investors in the province.")).toEqual([10]);
  });
});
