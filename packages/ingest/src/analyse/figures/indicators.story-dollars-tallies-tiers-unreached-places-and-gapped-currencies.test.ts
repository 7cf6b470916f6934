import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";
import { storyDollar } from "./indicators.js";

/**
 * Round 46 (issue 11): the dollar of a copy that names the US one, tallies, delegations, tiers of a ladder, places
 * denied, compared multiples, amounts gapping their currency and earlier levels spelled in words.
 */
const figures = (body: string, localDollar: string | null = null) =>
  analyseArticle(body, { localDollar }).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("the dollar a bare sign stands for", () => {
  it("reads a bare dollar as the US one on a copy that names the US dollar in words only", () => {
    expect(
      figures(
        "Exports to Canada reached nearly nine billion US dollars. Canadian investment stands at about $3.2 billion.",
        "SGD",
      ),
    ).toEqual(expect.arrayContaining(["9000000000 USD", "3200000000 USD"]));
  });

  it("keeps the outlet's dollar when the copy marks the US one with its own sign", () => {
    expect(figures("Trade rose to US$9 billion, and the port will cost $2 billion.", "SGD")).toEqual(
      expect.arrayContaining(["9000000000 USD", "2000000000 SGD"]),
    );
  });

  it("keeps the outlet's dollar when the copy names it too", () => {
    expect(storyDollar("AUD", "The grant of A$5 million joins aid worth 3 million US dollars.")).toBe("AUD");
    expect(storyDollar("AUD", "The grant of $5 million joins aid worth 3 million US dollars.")).toBeNull();
    expect(storyDollar("AUD", "The grant of $5 million was announced.")).toBe("AUD");
  });

  it("reads the forint by name", () => {
    expect(figures("The loan is worth about 90 billion forints.")).toEqual(["90000000000 HUF"]);
  });
});

describe("a vote's tally", () => {
  it("counts the abstentions in votes, as the ayes and noes are", () => {
    expect(figures("The assembly passed the bill by 300 votes to 120, with 25 abstentions.")).toEqual([
      "300 votes",
      "120 votes",
      "25 votes",
    ]);
  });
});

describe("a delegation sized by a hyphened count", () => {
  it("counts its members as people", () => {
    expect(figures("The minister led a 45-member delegation of officials and business leaders to Lima.")).toEqual([
      "45 people",
    ]);
  });
});

describe("an ordinal before a tier", () => {
  it("names the rung of a ladder, not a place, even after a rank verb", () => {
    expect(figures("Canberra ranks Lima among nine partners at its second tier of ties.")).not.toContain("2 rank");
  });
});

describe("a place at the top that is denied", () => {
  it("gives no rank and no count", () => {
    expect(figures("Chilean firms have invested little, leaving Chile far outside the top 40 investors.")).toEqual([]);
    expect(figures("Peru is not yet among the top 15 trading partners of the bloc.")).toEqual([]);
  });

  it("keeps a place the clause claims", () => {
    expect(figures("Peru is among the top 15 trading partners of the bloc.")).toEqual(["15 rank"]);
  });
});

describe("a multiple compared with an earlier level", () => {
  it("is growth in times", () => {
    expect(figures("Exports reached $40 million in the first quarter, 2.6 times higher than a year earlier.")).toEqual([
      "40000000 USD",
      "2.6 times",
    ]);
  });
});

describe("a scaled amount joined to a sum before it", () => {
  it("shares the sum's currency", () => {
    expect(figures("Both aim to lift trade from 3 billion euros now to 5 billion by 2030.")).toEqual([
      "3000000000 EUR",
      "5000000000 EUR",
    ]);
  });

  it("restates an amount the page already gave in that currency", () => {
    expect(
      figures("Trade should reach 9 billion euros by 2030. They aim to lift it from 3 billion euros to 9 billion."),
    ).toEqual(["9000000000 EUR", "3000000000 EUR"]);
  });

  it("leaves a count of something else alone", () => {
    expect(figures("The bank lent 3 billion euros and 5 million families benefited.")).toEqual([
      "3000000000 EUR",
      "5000000 families",
    ]);
  });
});

describe("an earlier level after up from or down from", () => {
  it("shares the count's noun when spelled in words", () => {
    expect(figures("Trade grew. Peru now has nine free trade partners, up from five in 2015.")).toEqual([
      "9 partners",
      "5 partners",
    ]);
  });
});
