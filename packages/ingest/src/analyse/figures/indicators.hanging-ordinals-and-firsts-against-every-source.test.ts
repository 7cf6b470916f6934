import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const ranks = (body: string) =>
  analyseArticle(body, {})
    .indicators.filter((f) => f.unit === "rank")
    .map((f) => f.value);

describe("ordinals sharing one superlative across a hanging hyphen", () => {
  it("gives each ordinal its own place", () => {
    expect(ranks("As the world's second- and third-largest copper producers, Chile and Peru agreed to talk.")).toEqual([
      2, 3,
    ]);
    expect(ranks("Spain and Italy are the first- and fourth-biggest investors in Morocco.")).toEqual([1, 4]);
  });

  it("leaves a hanging hyphen with no superlative after the pair", () => {
    expect(ranks("It was the second- and third meeting of the panel.")).toEqual([]);
  });
});

describe("a first place set against every source or a whole field", () => {
  it("reads 'the most from any' and 'the largest amount from any' as first place", () => {
    expect(ranks("Chile received 2.1 million Peruvian visitors last year, the most from any single market.")).toEqual([
      1,
    ]);
    expect(ranks("Norway pledged $300 million, the largest amount from any donor.")).toEqual([1]);
  });

  it("reads the largest group among a field as first place", () => {
    expect(
      ranks("Some 90,000 Bolivians live in Chile, making them the largest group among foreign residents."),
    ).toEqual([1]);
  });

  it("leaves 'the most from any of them' and a largest number with no field", () => {
    expect(ranks("He said the most from any of them was small.")).toEqual([]);
    expect(ranks("The team had twelve engineers, the largest number of divers the navy has sent.")).toEqual([]);
  });
});
