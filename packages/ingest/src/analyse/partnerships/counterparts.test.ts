import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/** A roundup names the counterpart with a country title once, then by name alone beside the pair's level. */
const read = (body: string) => eachPartnership(body, { publishedAt: "2031-03-02" }).sort();

describe("a counterpart named by name alone gives the pair its country", () => {
  it("reads the level with the country of the counterpart's earlier title", () => {
    const body =
      "The premier spoke at the forum in Lima. He later saw Chilean President Ana Fuentes and Peruvian Prime Minister Luis Paredes. With Fuentes, he discussed the trade deal. With Paredes, he reviewed the strategic partnership the two countries set up in 2019.";
    expect(read(body)).toContain("PE|SP|2019");
    expect(read(body)).not.toContain("CL|SP|2019");
  });

  it("reads an upgrade made with the counterpart named after 'with whom'", () => {
    const body =
      "Leaders gathered in Oslo on Monday. Mexican President Rosa Ibarra arrived late. The premier later held talks with Ibarra, with whom he raised bilateral ties to a Comprehensive Partnership in May last year.";
    expect(read(body)).toContain("MX|CP|2030");
  });

  it("reads nothing when no earlier title gives the name a country", () => {
    const body =
      "Leaders gathered in Oslo on Monday. The premier later held talks with Ibarra, with whom he raised bilateral ties to a Comprehensive Partnership in May last year.";
    expect(read(body).some((r) => r.includes("|CP|"))).toBe(false);
  });
});

// Round 49: a summit round-up recalls the pair's level, dated by when it was set up, with no pair words at all.
describe("a recalled level dated as set up, beside a counterpart", () => {
  it("gives the level to the country of the counterpart named by 'with' alone", () => {
    const body =
      "At the forum in Lima the premier met Chilean President Ana Fuentes and Peruvian Prime Minister Luis Paredes. With Paredes, the premier went over the strategic partnership set up in June last year.";
    expect(read(body)).toContain("PE|SP|2030");
    expect(read(body).some((r) => r.startsWith("CL|"))).toBe(false);
  });

  it("gives the level to a known leader's country when the sentence names the two leaders", () => {
    const body =
      "Prime Minister Pham Minh Chinh and Prime Minister Narendra Modi agreed to broaden the comprehensive strategic partnership forged in 2016.";
    expect(read(body)).toContain("IN|CSP|2016");
  });

  it("reads no holder for a dated level when nobody is named beside it", () => {
    const body = "The premier flew home on Sunday. He said the strategic partnership set up in 2018 had served well.";
    expect(read(body).some((r) => r.includes("|SP|"))).toBe(false);
  });
});
