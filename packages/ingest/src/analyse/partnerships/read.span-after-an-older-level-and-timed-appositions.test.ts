import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/** Own sentences. */
describe("a new level counted on from the older level it replaces", () => {
  it("dates the new level the span after the older level's year when the page gives no date", () => {
    const body =
      "Chile and Vietnam on Tuesday lifted their relations to a comprehensive strategic partnership, seven years after the two sides became strategic partners in 2019.";
    expect(eachPartnership(body, { publishedAt: null })).toContain("CL|CSP|2026");
    expect(eachPartnership(body, { publishedAt: null })).not.toContain("CL|CSP|2019");
  });

  it("counts from the span nearest the older level's year", () => {
    const body =
      "Chile and Vietnam lifted their relations to a comprehensive strategic partnership on Tuesday, 40 years after opening embassies and seven years after becoming strategic partners in 2019.";
    expect(eachPartnership(body, { publishedAt: null })).toContain("CL|CSP|2026");
  });

  it("leaves a span counted from something other than the older level alone", () => {
    const body =
      "Chile and Vietnam on Tuesday lifted their relations to a comprehensive strategic partnership, seven years after a trade deal signed in 2019.";
    expect(eachPartnership(body, { publishedAt: null })).not.toContain("CL|CSP|2026");
  });
});

describe("a group in apposition with a time word before its level", () => {
  it("reads 'all currently' before the level as 'all'", () => {
    const body = "Officials say Chile, Peru and Mexico, all currently comprehensive partners of Vietnam, sent envoys.";
    expect(eachPartnership(body, { publishedAt: "2031-05-02" }).sort()).toEqual([
      "CL|CP|null",
      "MX|CP|null",
      "PE|CP|null",
    ]);
  });
});
