import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 46 shapes from explainers and think-tank pieces. Own sentences.

describe("partnerships: a member's bracket that reports its own later raise", () => {
  it("holds the member at the rung it was raised to, dated by the raise", () => {
    const got = read(
      "Vietnam set up strategic partnerships with Japan (2006), Russia (2001, upgraded to comprehensive in 2012) and Spain (2009).",
      "2014-02-01",
    );
    expect(got).toEqual([
      "ES|Strategic Partnership|2009",
      "JP|Strategic Partnership|2006",
      "RU|Comprehensive Strategic Partnership|2012",
    ]);
  });

  it("keeps a plain bracketed year as the listed level's", () => {
    const got = read("Vietnam set up strategic partnerships with Japan (2006) and Spain (2009).", "2014-02-01");
    expect(got).toEqual(["ES|Strategic Partnership|2009", "JP|Strategic Partnership|2006"]);
  });
});

describe("partnerships: sectoral arrangements named after a level", () => {
  it("reads no framework from a 'Strategic Partnership Arrangement' or one 'on Sustainable …'", () => {
    const got = read(
      "Vietnam and Denmark run a Strategic Partnership Arrangement for Water Management, signed in 2011, and a Strategic Partnership on Sustainable Fisheries, signed in 2015.",
      "2016-01-01",
    );
    expect(got).toEqual([]);
  });
});
