import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const figures = (text: string) => analyseArticle(text, {}).indicators.map((i) => `${i.value} ${i.unit}`);

describe("a first place with the names ahead of it after 'that of' (test/READING.md: a place is a rank)", () => {
  it("reads 'the largest X after that of Y' as second, like 'after Y'", () => {
    expect(
      figures("Some 80,000 Peruvians live in Chile, the largest foreign community after that of Bolivia."),
    ).toContain("2 rank");
    expect(
      figures(
        "Some 9,000 Chileans study there, the largest group of foreign students after those of Peru and Bolivia.",
      ),
    ).toContain("3 rank");
  });

  it("still reads a first place with nobody ahead as first", () => {
    expect(figures("Some 80,000 Peruvians live in Chile, the largest foreign community there.")).toContain("1 rank");
  });
});
