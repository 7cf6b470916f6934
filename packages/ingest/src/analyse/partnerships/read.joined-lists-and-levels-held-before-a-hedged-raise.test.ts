import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 26 shapes (foreign outlets' prose): a holder that "joins" a list of Vietnam's holders shares its level with
// them; a level possessed before a hedged raise ("may raise their 2013 comprehensive partnership …") is held now.
// In a dated timeline, "last year" dates a group as a year does. Own sentences.

describe("partnerships: a holder joins a list", () => {
  it("reads the list after 'It joins' at the level the sentence before reached", () => {
    const got = read(
      "Spain and Vietnam on Tuesday lifted their ties to a comprehensive strategic partnership. The step comes sixteen years after the two signed a strategic partnership in 2009. Spain becomes the second EU member to reach the top tier of Hanoi's ladder. It joins China, India and New Zealand.",
      "2026-04-14",
    );
    expect(got).toContain("ES|Comprehensive Strategic Partnership|2026");
    for (const c of ["CN", "IN", "NZ"]) expect(got).toContain(`${c}|Comprehensive Strategic Partnership|-`);
  });

  it("reads 'joins a list that … runs to N countries, including …' at the level named before it", () => {
    const got = read(
      'Canada and Vietnam agreed to raise their relationship to a comprehensive strategic partnership. Vietnam becomes Ottawa\'s first "comprehensive strategic partner" in the region, and Canada joins a group that for Hanoi already counts 14 countries, including Russia, Japan and Singapore.',
      "2026-05-20",
    );
    for (const c of ["RU", "JP", "SG"]) expect(got).toContain(`${c}|Comprehensive Strategic Partnership|-`);
  });

  it("does not share a level with countries joined in doing something", () => {
    const got = read(
      "Vietnam and Italy raised their ties to a comprehensive strategic partnership on Monday. Italy joins Germany and Austria in calling for restraint in the South China Sea.",
      "2026-01-12",
    );
    expect(got.filter((g) => g.startsWith("DE|") || g.startsWith("AT|"))).toEqual([]);
  });
});

describe("partnerships: the level held before a hedged raise", () => {
  it("reads a possessed level with its year before 'may raise … to'", () => {
    const got = read(
      "Vietnam and Canada may raise their 2017 comprehensive partnership by two steps, to a comprehensive strategic partnership, but nothing has been announced.",
      "2026-03-01",
    );
    expect(got).toEqual(["CA|Comprehensive Partnership|2017"]);
  });

  it("reads a quoted own name of the level before 'consider raising … to a higher level'", () => {
    const got = read(
      'Japanese Prime Minister Ishiba met Vietnam\'s prime minister in Hanoi, and the two sides agreed to consider raising their "Extensive Strategic Partnership" to a higher level.',
    );
    expect(got).toEqual(["JP|Strategic Partnership|-"]);
  });
});

describe("partnerships: a timeline group dated 'last year'", () => {
  it("reads both members of 'the United States and Japan last year' between dated groups", () => {
    const got = read(
      "Vietnam and Malaysia raised ties to a comprehensive strategic partnership in November. The top rung has grown crowded: India in 2016, South Korea in 2022, the United States and Japan last year, and Australia in March.",
      "2024-12-02",
    );
    expect(got).toContain("US|Comprehensive Strategic Partnership|2023");
    expect(got).toContain("JP|Comprehensive Strategic Partnership|2023");
    expect(got).toContain("AU|Comprehensive Strategic Partnership|2024");
  });
});
