import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";
import { rolesOf } from "../testing/people-readings.js";

// Round 56: a parliament's rapporteur is titled before the name as a minister is ("said rapporteur A B (EPP, DE)"),
// on pages about a treaty's passage through a legislature.
describe("a rapporteur titled before a name", () => {
  it("is the office of the name after it", () => {
    expect(rolesOf("Rapporteur Marta Lindholm said the committee would vote in May.", "Marta Lindholm")).toEqual([
      "Rapporteur",
    ]);
  });

  it("credits a quotation to the name after it, a bracketed group after the name too", () => {
    const quotes = analyseArticle(
      '"This deal ties market access to rules that can be checked on the ground," said rapporteur Marta Lindholm (EPP, SE).',
      {},
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(["Marta Lindholm"]);
  });
});
