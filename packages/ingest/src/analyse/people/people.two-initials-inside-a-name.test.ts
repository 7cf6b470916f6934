import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";
import { peopleOf } from "../testing/people-readings.js";

const names = (body: string) => peopleOf(body).map((p) => p.name);

// Round 49: Indonesian copy writes a middle name as two capital initials with no full stops ("Dewi KS Pratiwi").
describe("two capital initials inside a name", () => {
  it("are kept in the name, as written", () => {
    expect(names("Trade Minister Dewi KS Pratiwi opened the forum in Bandung on Monday.")).toContain("Dewi KS Pratiwi");
  });

  it("give the speaker of a quote named that way", () => {
    const quotes = analyseArticle(
      'Trade Minister Dewi KS Pratiwi said the bloc "must keep its markets open to every partner". The forum closed on Tuesday.',
      {},
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toContain("Dewi KS Pratiwi");
  });

  it("leave a body's acronym after a name alone", () => {
    expect(names("Minister Dewi Pratiwi told the UN General Assembly on Monday that talks would go on.")).toContain(
      "Dewi Pratiwi",
    );
  });
});
