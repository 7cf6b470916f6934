import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

const parts = (body: string, publishedAt: string | null = null) =>
  analyseArticle(body, { publishedAt }).partnerships.map((p) => [p.countryName, p.level, p.year, p.yearSource]);

describe("partnerships", () => {
  it("yields one partnership per listed country and resolves 'last year' from the publication date", () => {
    expect(
      parts(
        "Last year, it upgraded relations to the Comprehensive Strategic Partnership level with Australia, France, and Malaysia, and to a Strategic Partnership with Brazil.",
        "2025-01-03",
      ),
    ).toEqual([
      ["Australia", "Comprehensive Strategic Partnership", 2024, "context"],
      ["France", "Comprehensive Strategic Partnership", 2024, "context"],
      ["Malaysia", "Comprehensive Strategic Partnership", 2024, "context"],
      ["Brazil", "Strategic Partnership", 2024, "context"],
    ]);
  });

  it("takes the year written in the sentence, or right after the country", () => {
    expect(
      parts("Viet Nam and Japan elevated their relations to a Comprehensive Strategic Partnership in November 2023."),
    ).toEqual([["Japan", "Comprehensive Strategic Partnership", 2023, "sentence"]]);
    expect(
      parts("Viet Nam has Comprehensive Strategic Partnerships with China (2008) and Russia (2012).").map((p) => p[2]),
    ).toEqual([2008, 2012]);
  });

  it("never reads a partnership out of an agreement's name", () => {
    expect(parts("Viet Nam and China are members of the Regional Comprehensive Economic Partnership (RCEP).")).toEqual(
      [],
    );
  });

  it("ignores the level a relationship was upgraded from", () => {
    expect(parts("The US jumped two levels from the comprehensive partnership set up with Viet Nam in 2013.")).toEqual(
      [],
    );
  });

  it("ignores generic statements without a named country", () => {
    expect(
      parts(
        "Viet Nam established comprehensive strategic partnerships with all five permanent members of the UN Security Council.",
      ),
    ).toEqual([]);
  });
});

describe("partnership years", () => {
  it("takes the year nearest the level, not an older one in the same sentence", () => {
    expect(
      parts(
        "Viet Nam and Australia, which set up diplomatic ties in 1973, upgraded relations to a Comprehensive Strategic Partnership in March 2024.",
      ),
    ).toEqual([["Australia", "Comprehensive Strategic Partnership", 2024, "sentence"]]);
  });
});

describe("partnership names", () => {
  it("reads China's 'Comprehensive Strategic Cooperative Partnership' as the top level", () => {
    expect(
      parts("Viet Nam and China have shared a Comprehensive Strategic Cooperative Partnership since 2008."),
    ).toEqual([["China", "Comprehensive Strategic Partnership", 2008, "sentence"]]);
    expect(
      parts("Viet Nam has had a comprehensive strategic cooperative partnership with China since 2008.").map(
        (p) => p[1],
      ),
    ).toEqual(["Comprehensive Strategic Partnership"]);
  });
});
