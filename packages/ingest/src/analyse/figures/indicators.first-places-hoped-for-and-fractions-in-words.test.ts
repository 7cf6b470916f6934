import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const figures = (body: string) => analyseArticle(body, {}).indicators.map((f) => `${f.value} ${f.unit}`);

/* Round 54: an unnumbered first place the speaker only hopes a partner will become is no rank (test/READING.md). */
describe("a first place hoped for", () => {
  it("reads no rank from a hope that a partner becomes the largest investor", () => {
    expect(figures("The governor said he hoped Canada would one day become the province's largest investor.")).toEqual(
      [],
    );
  });

  it("reads no rank from an aim to be the biggest buyer", () => {
    expect(figures("The cooperative aims to become Vietnam's biggest buyer of Australian beef.")).toEqual([]);
  });

  it("still reads a first place the partner has become", () => {
    expect(figures("Canada has become the province's largest investor.")).toEqual(["1 rank"]);
  });
});

/* Round 54: a fraction written in words counts no thirds or quarters (test/READING.md reads no such figure). */
describe("fractions written in words", () => {
  it("reads no count of thirds or quarters", () => {
    expect(figures("Nearly two thirds of the exporters surveyed plan to hire more staff.")).toEqual([]);
    expect(figures("About three quarters of the shipments went by sea.")).toEqual([]);
  });
});
