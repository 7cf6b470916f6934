import { describe, expect, it } from "vitest";
import { peopleOf, rolesOf } from "./testing/people-readings.js";

/*
 * A full name with the body it speaks from named straight before the speech verb ("Jane Roe of Oxfam said"), and a
 * body's acronym with its organ before the head of a title ("IMF Board Chair …"). Sentences of our own.
 */
describe("a body spoken from, before the speech verb", () => {
  it("reads a full name with 'of' and a body before 'said'", () => {
    expect(
      peopleOf(
        'Farmers protested. Anong Srisuk of the Chiang Rai-based group RiverLink said: "We were never asked."',
      ).map((p) => p.name),
    ).toEqual(["Anong Srisuk"]);
    expect(
      peopleOf("Talks stalled. Martha Greene from Oxfam told reporters the plan was late.").map((p) => p.name),
    ).toEqual(["Martha Greene"]);
  });

  it("reads no one in a body's own name", () => {
    expect(peopleOf("The Bank of Thailand said rates would hold.")).toEqual([]);
  });
});

describe("an organ between a body's acronym and the head", () => {
  it("keeps the acronym and the organ in the title", () => {
    expect(rolesOf("ICRC Secretariat CEO Anna Berg opened the session.", "Anna Berg")).toEqual([
      "ICRC Secretariat CEO",
    ]);
    expect(rolesOf("IAEA Board Chair Anna Berg opened the session.", "Anna Berg")).toEqual(["IAEA Board Chair"]);
  });

  it("leaves a bloc before a portfolio's title out, as before", () => {
    expect(rolesOf("EU Trade Commissioner Anna Berg opened the session.", "Anna Berg")).toEqual(["Trade Commissioner"]);
  });
});
