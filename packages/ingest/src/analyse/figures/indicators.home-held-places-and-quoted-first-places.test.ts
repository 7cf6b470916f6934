import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const ranks = (body: string) =>
  analyseArticle(body, {})
    .indicators.filter((f) => f.unit === "rank")
    .map((f) => f.value);

describe("a region's first place held by the home country", () => {
  it("reads a first place among a region's investors when the home country is the sentence's subject", () => {
    expect(ranks("Vietnam is the largest African investor in Chile, with 30 projects.")).toEqual([1]);
  });

  it("reads it after a first ranked clause with the same subject", () => {
    expect(ranks("Vietnam is Peru's third-largest trading partner and the biggest European investor there.")).toEqual([
      3, 1,
    ]);
  });

  it("leaves a region's first place held by another country", () => {
    expect(ranks("Brazil, which set up ties in 2010, remains the largest African investor in the country.")).toEqual(
      [],
    );
  });
});

describe("first places inside a quotation", () => {
  it("reads a speaker's unnumbered first place as a rank, as a numbered one is", () => {
    expect(ranks('"Norway is now Vietnam\'s largest investor in the Nordics," the minister said.')).toEqual([1]);
  });

  it("still leaves a speaker's counts out", () => {
    expect(
      analyseArticle('"We have sent 40 doctors and two ships," the minister said.', {}).indicators.map((f) => f.unit),
    ).toEqual([]);
  });
});

describe("counts in a transcript's question turns", () => {
  it("leaves a count a reporter gives in a question turn to the reporter", () => {
    const body = [
      "The spokesperson answered questions at the regular briefing.",
      "Q: Reports say 20 fishermen were held at sea last week. Will they be freed?",
      "A: We are checking the details with the relevant side.",
    ].join("\n\n");
    expect(analyseArticle(body, {}).indicators.map((f) => f.unit)).toEqual([]);
  });

  it("still reads the same count written in the report's own line", () => {
    const body = ["Reports say 20 fishermen were held at sea last week.", "Q: Will they be freed?"].join("\n\n");
    expect(analyseArticle(body, {}).indicators.map((f) => [f.value, f.unit])).toEqual([[20, "fishermen"]]);
  });
});
