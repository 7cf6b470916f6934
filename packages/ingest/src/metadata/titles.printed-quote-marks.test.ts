import { describe, expect, it } from "vitest";
import { withPrintedQuotes } from "./titles.js";

// Headlines written for the tests.
describe("a headline keeps the quotation marks the page prints", () => {
  it("takes back curly marks the normal form made straight", () => {
    const page = "Home | World\nHarbour ministers pledge “steady partnership” at talks\nThe two ministers met.";
    expect(withPrintedQuotes('Harbour ministers pledge "steady partnership" at talks', [page])).toBe(
      "Harbour ministers pledge “steady partnership” at talks",
    );
  });

  it("takes back guillemets set apart by fixed spaces, with the title's own spaces", () => {
    const page = "Le Port\nIn the capital, the minister offers « a partner\u00A0that listens »\nThe minister spoke.";
    expect(withPrintedQuotes('In the capital, the minister offers " a partner that listens "', [page])).toBe(
      "In the capital, the minister offers « a partner that listens »",
    );
  });

  it("reads apostrophes as printed when it looks the headline up", () => {
    const page = "Minister’s «quiet path» for the river’s towns";
    expect(withPrintedQuotes(`Minister's "quiet path" for the river's towns`, [null, page])).toBe(
      "Minister's «quiet path» for the river's towns",
    );
  });

  it("leaves the title as it is when no text prints it", () => {
    expect(withPrintedQuotes('A "new chapter" opens', ["A different headline altogether"])).toBe(
      'A "new chapter" opens',
    );
    expect(withPrintedQuotes("No marks here", ["No “marks” here"])).toBe("No marks here");
  });
});
