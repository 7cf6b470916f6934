import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/** Round 30 (issue 11): a count a relative clause gives its antecedent, and Pacific currencies written by name. */
const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("a count given by a relative clause", () => {
  it("counts the plural before 'who number', not a noun carried over from an earlier figure", () => {
    expect(
      figures(
        "The ministers signed nine agreements and urged easier visas for Vietnamese workers, who number about 40,000 in Taiwan.",
      ),
    ).toEqual(["9 agreements", "40000 workers"]);
  });
});

describe("Pacific currencies written by name", () => {
  it("reads tala, kina and vatu as their codes", () => {
    expect(
      figures(
        "Vietnam pledged 18 million tala to Samoa, 40 million kina to Papua New Guinea and 2 billion vatu to Vanuatu.",
      ),
    ).toEqual(["18000000 WST", "40000000 PGK", "2000000000 VUV"]);
  });
});
