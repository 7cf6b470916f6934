import { describe, expect, it } from "vitest";
import { partnershipKeys } from "../../testing/partnership-keys.js";

// Own sentences. A list of holders that the main pass reads runs on past its connector (continued-lists.ts); two
// shapes end it or keep its year to itself.
const read = (body: string) => partnershipKeys(body, "2019-11-20");

describe("partnerships: a list of holders inside an opening contrast", () => {
  it("does not hand its level to the countries the main clause sets against it", () => {
    expect(
      read(
        "Unlike the strategic partnerships Vietnam holds with Chile, Peru and Mexico, its ties with Cuba are called a fraternal bond by both sides.",
      ),
    ).toEqual(["CL|Strategic Partnership|-", "MX|Strategic Partnership|-", "PE|Strategic Partnership|-"]);
  });

  it("still reads a list that follows a contrast with one country", () => {
    expect(read("Unlike Brazil, Vietnam holds strategic partnerships with Chile, Peru and Mexico.")).toEqual([
      "CL|Strategic Partnership|-",
      "MX|Strategic Partnership|-",
      "PE|Strategic Partnership|-",
    ]);
  });
});

describe("partnerships: a year 'all' or 'both' give the group before the next holder", () => {
  it("is the group's own; the next holder takes the time its own stretch names", () => {
    expect(
      read(
        "Hanoi already has strategic partnerships with Chile, Peru and Mexico, all set up in 2016, and with Cuba since March this year.",
      ),
    ).toEqual([
      "CL|Strategic Partnership|2016",
      "CU|Strategic Partnership|2019",
      "MX|Strategic Partnership|2016",
      "PE|Strategic Partnership|2016",
    ]);
  });
});
