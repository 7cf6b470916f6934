import { describe, expect, it } from "vitest";
import { eachPartnership } from "../../testing/partnership-keys.js";

/** A run of dated holders set before the group it completes. Own sentences. */
const read = (body: string) => eachPartnership(body, { publishedAt: "2031-05-02" }).sort();

describe("a dated run before the group it completes", () => {
  it("gives each name of the run the level of the group named after it, with its own year", () => {
    const body =
      "Counting the older ones - Chile since 2011, Peru since 2019, and Mexico and Cuba in March 2024 - the number of comprehensive partners Vietnam has rose to nine.";
    expect(read(body)).toEqual(["CL|CP|2011", "CU|CP|2024", "MX|CP|2024", "PE|CP|2019"]);
  });

  it("reads no run in a hedged sentence", () => {
    const body =
      "With Chile since 2011 and Peru since 2019, the number of comprehensive partners Vietnam has could rise to nine.";
    expect(read(body)).toEqual([]);
  });

  it("reads no run when a country outside it owns the group", () => {
    const body = "Brazil has added Chile (2011) and Peru (2019) to its own list of comprehensive partners.";
    expect(read(body)).toEqual([]);
  });

  it("reads a run on Vietnam's own list even beside the country that joins it", () => {
    const body =
      "Cuba now follows Chile (2011), Peru (2019) and Mexico (2024) on Vietnam's list of comprehensive partners.";
    expect(read(body)).toEqual(expect.arrayContaining(["CL|CP|2011", "MX|CP|2024", "PE|CP|2019"]));
  });
});
