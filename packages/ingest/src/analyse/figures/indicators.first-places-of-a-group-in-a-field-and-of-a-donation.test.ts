import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const figures = (text: string) => analyseArticle(text, {}).indicators.map((i) => `${i.value} ${i.unit}`);

// Own sentences (test/READING.md: a place is a rank). "the largest group in the scheme" places as "the largest group
// of …" does, and the largest donation a country has had is a first place.
describe("first places of a group in its field and of a donation", () => {
  it("reads the largest group placed 'in' its field as first", () => {
    expect(
      figures("Vietnamese in Finland make up the largest group in the nursing scheme, the agency in Helsinki said."),
    ).toContain("1 rank");
  });

  it("reads the largest donation a country received as first", () => {
    expect(
      figures("The batch from Norway is the largest single medical donation Vietnam has received this year."),
    ).toContain("1 rank");
  });

  it("still places nothing with one of the largest groups", () => {
    expect(
      figures("Vietnamese in Finland are one of the largest groups in the nursing scheme, the agency said."),
    ).not.toContain("1 rank");
  });
});
