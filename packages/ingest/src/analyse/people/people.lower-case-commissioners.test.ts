import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";
import { peopleOf, rolesOf } from "../testing/people-readings.js";

// Round 56: "commissioner" is written in lower case before a name as "minister" is ("Trade commissioner A B",
// "the energy commissioner, A B,"), and "the commissioner" later refers back to that person.
describe("a commissioner written in lower case", () => {
  it("opens a name whose particle is kept", () => {
    const body = "Energy commissioner Pieter De Wolf and his Thai counterpart opened the talks in Bangkok.";
    expect(peopleOf(body).map((p) => p.name)).toContain("Pieter De Wolf");
    expect(rolesOf(body, "Pieter De Wolf").map((r) => r.toLowerCase())).toEqual(["energy commissioner"]);
  });

  it("is the speaker 'the commissioner' names later", () => {
    const quotes = analyseArticle(
      'Energy commissioner Pieter De Wolf opened the talks in Bangkok on Monday. The commissioner added that the plan would also cover grids, "which are where the real savings will come from".',
      {},
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(["Pieter De Wolf"]);
  });
});
