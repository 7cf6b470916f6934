import { describe, expect, it } from "vitest";
import { eachPartnership } from "./testing/readings.js";

// Round 49: a summit round-up notes two other countries' own framework in apposition to the pair.
const read = (body: string) => eachPartnership(body, { publishedAt: "2031-03-02" }).sort();

describe("two foreign countries set beside a bare plural level", () => {
  it("are partners of each other, not of Vietnam", () => {
    const body =
      "Vietnam's premier attended the summit in Lima. Chile and Peru, strategic partners since 2019, signed three agreements on the margins.";
    expect(read(body)).toEqual([]);
  });

  it("still gives a listed group the level when the sentence names Vietnam", () => {
    const body = "Chile and Peru, strategic partners of Vietnam since 2019, sent large delegations.";
    expect(read(body).some((r) => r.startsWith("CL|SP"))).toBe(true);
  });

  it("still gives one country in apposition the level", () => {
    const body = "Vietnam's premier attended the summit. Chile, a strategic partner since 2019, sent its president.";
    expect(read(body)).toContain("CL|SP|2019");
  });
});
