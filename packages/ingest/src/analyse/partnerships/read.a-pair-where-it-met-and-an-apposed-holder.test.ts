import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 57: a tour's stops in one sentence. "<Country>, where the two countries agreed to a <level>" is Vietnam's pair
// with that country; "<Country>, a <level> of Vietnam" is held by the apposed country, not by the story's main partner
// that the pair words elsewhere in the sentence would otherwise point at.
const parts = (body: string, publishedAt: string | null = null) =>
  analyseArticle(body, { publishedAt }).partnerships.map((p) => [p.countryName, p.level, p.year]);

const LEAD =
  "Vietnam and Mongolia on Tuesday signed a joint statement establishing a comprehensive partnership between the two countries.";
const MIDDLE = [
  "The statement was signed in Ulaanbaatar after talks between the Vietnamese President and his Mongolian host.",
  "Mongolia and Vietnam agreed to open more flights, and Mongolia pledged to buy more Vietnamese rice and coffee.",
  "Mongolian officials said exports of meat to Vietnam could grow once the new flights start.",
].join(" ");
const TOUR =
  "The stop in Ulaanbaatar follows a visit to Japan, where the two countries also agreed to a strategic partnership, and precedes one to France, a comprehensive strategic partner of Vietnam, and Italy.";

describe("a tour's stops with their own levels", () => {
  it("gives the level of a 'where the two countries' clause to the place before it, dated as the news", () => {
    expect(parts(`${LEAD}\n\n${MIDDLE}\n\n${TOUR}`, "2030-04-02")).toEqual([
      ["Mongolia", "Comprehensive Partnership", 2030],
      ["Japan", "Strategic Partnership", 2030],
      ["France", "Comprehensive Strategic Partnership", null],
    ]);
  });
});

describe("a level only considered", () => {
  it("holds back a level the sides considered raising ties to", () => {
    expect(
      parts(
        "The two presidents also considered raising relations between Vietnam and Chile to a strategic partnership, which officials said would take time.",
      ),
    ).toEqual([]);
  });
});

describe("a partnership declared in a year", () => {
  it("dates the level by the year of a relative clause that declared it", () => {
    expect(
      parts(
        "The minister said Vietnam prized the strategic partnership with Brazil, which the two countries declared in 2007.",
      ),
    ).toEqual([["Brazil", "Strategic Partnership", 2007]]);
  });
});

describe("Vietnam as the antecedent of a relative with an aside of saying", () => {
  it("reads the holders after 'Vietnam, which, as he noted, has …' even after a foreign side named before", () => {
    expect(
      parts(
        "The envoy briefed the Russian side on the foreign policy of Vietnam, which, as he noted, has comprehensive strategic partnerships with China and Japan.",
      ).map((p) => p[0]),
    ).toEqual(["China", "Japan"]);
  });
});
