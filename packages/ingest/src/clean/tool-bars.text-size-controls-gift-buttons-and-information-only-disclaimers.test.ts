import { describe, expect, it } from "vitest";
import { isBoilerplate } from "./boilerplate.js";
import { cleanArticle } from "./clean.js";
import { isGluedToolBar } from "./tool-bars.js";

// Round 53: a paywalled paper's tool row under the byline closed by its text-size buttons ("… Gift article  A A"),
// and an adviser's disclaimer under its alert. Sentences are the tests' own.
describe("a tool row closed by a text-size control", () => {
  it("is a bar with its gift button and capital A's, with or without signs", () => {
    expect(isGluedToolBar("Share  Save  Print  Gift article  A A")).toBe(true);
    expect(isGluedToolBar("Share Print Gift this article A- A+")).toBe(true);
  });

  it("leaves words that merely end on capital A's", () => {
    expect(isGluedToolBar("Plan A A")).toBe(false);
    expect(isGluedToolBar("Share Save A A")).toBe(false);
  });

  it("goes from the top of a copied page, the standfirst above it staying", () => {
    const page = [
      "Port operators brace for slower orders",
      "",
      "Freight rates fell for a third month as shippers cut bookings",
      "Share   Save   Print   Gift article   A A",
      "",
      "HAIPHONG -- Container volumes at the northern port dropped by a tenth in May, operators said on Monday, as buyers in Europe delayed orders.",
    ].join("\n");
    const body = cleanArticle(page, { author: null, outlet: null, title: null }).body;
    expect(body).not.toContain("Gift article");
    expect(body).toContain("Freight rates fell");
  });
});

describe("an information-only disclaimer under an alert", () => {
  it("goes with the short notices run on after it", () => {
    expect(
      isBoilerplate(
        "This update is for general information only and is not legal advice. Attorney Advertising. Past outcomes do not predict future ones.",
      ),
    ).toBe(true);
    expect(
      isBoilerplate("The material in this briefing is provided for informational purposes only and is not tax advice."),
    ).toBe(true);
  });

  it("leaves a story's sentence about information given for reference", () => {
    expect(
      isBoilerplate("The ministry said the figures were released for general information only, pending a final audit."),
    ).toBe(false);
  });
});
