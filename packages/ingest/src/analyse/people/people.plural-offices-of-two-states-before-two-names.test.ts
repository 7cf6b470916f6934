import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";
import { peopleOf } from "../testing/people-readings.js";

// Round 56: a plural office owned by two states, then the two holders between commas ("the foreign ministers of
// Chile and Vietnam, A and B, signed …"): each holds the office, as after "the foreign ministers, A and B,".
describe("a plural office of two states before two names set off by commas", () => {
  it("reads both names with the office in the singular", () => {
    const people = peopleOf(
      "The foreign ministers of Chile and Vietnam, Ignacia Varela and Bui Thanh Son, signed the plan in Santiago on Monday.",
    );
    expect(people.find((p) => p.name === "Ignacia Varela")?.roles.map((r) => r.toLowerCase())).toEqual([
      "foreign minister",
    ]);
    expect(people.map((p) => p.name)).toContain("Bui Thanh Son");
  });

  it("gives a later quote to the holder named by surname", () => {
    const quotes = analyseArticle(
      'The foreign ministers of Chile and Vietnam, Ignacia Varela and Bui Thanh Son, signed the plan on Monday. "Our ports can carry far more of this trade," Varela said.',
      {},
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toContain("Ignacia Varela");
  });

  it("leaves a list of places with no names after it alone", () => {
    const people = peopleOf("The prime ministers of Chile and Peru, Santiago and Lima, were named as hosts.");
    expect(people.map((p) => p.name)).not.toContain("Santiago");
  });
});
