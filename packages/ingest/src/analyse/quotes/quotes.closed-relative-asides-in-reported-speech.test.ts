import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 31: partial quotations at the end of reported speech. A relative clause closed by its comma before the
 * reported clause's own verb ("said the two ports, which opened a direct route last spring, would …") is an aside: it
 * parts the quotation from its verb of saying by no more than a short aside does. One left open before the quotation
 * ("…, which will help “…”") still keeps the shorter distance. Written fresh in the project's own words.
 */
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-06-21" }).quotes.map((q) => ({ speaker: q.speaker, text: q.text }));

describe("reported speech with a closed relative aside", () => {
  it("credits a partial quotation after a long relative clause closed by its comma", () => {
    const found = quotes(
      'Chilean President Gabriel Boric met Vietnamese President Vo Van Thuong in Santiago on Monday. Boric said the two economies, which have traded under a free trade agreement for more than a decade now, must "open the next chapter to investment in clean energy and minerals," adding that firms were ready.',
    );
    expect(found).toEqual([
      { speaker: "Gabriel Boric", text: "open the next chapter to investment in clean energy and minerals" },
    ]);
  });

  it("leaves a partial after a relative clause still open before the marks to the shorter distance", () => {
    const found = quotes(
      'Chilean President Gabriel Boric met Vietnamese President Vo Van Thuong in Santiago on Monday. Boric said the two sides had agreed on a new plan for the copper trade, which the ministries of both countries expect will bring "a steady flow of orders to the ports of the two countries".',
    );
    expect(found).toEqual([]);
  });
});
