import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

describe("partnerships: an 'and with' group after a dated level", () => {
  it("gives every member of the group the level and the group's year", () => {
    expect(
      read("Hanoi lifted ties with Chile to a strategic partnership in May 2031 and with Peru and Mexico in 2032."),
    ).toEqual(["CL|Strategic Partnership|2031", "MX|Strategic Partnership|2032", "PE|Strategic Partnership|2032"]);
  });

  it("still reads the group when a later clause names another level", () => {
    expect(
      read(
        "Hanoi lifted ties with Chile to a strategic partnership in May 2031 and with Peru and Mexico in 2032, and has held a comprehensive partnership with Brazil since 2029.",
      ),
    ).toEqual([
      "BR|Comprehensive Partnership|2029",
      "CL|Strategic Partnership|2031",
      "MX|Strategic Partnership|2032",
      "PE|Strategic Partnership|2032",
    ]);
  });
});

describe("partnerships: a partner's own name for the strategic level, as a partner", () => {
  it("reads 'extensive' and 'enhanced' strategic partners in apposition at the strategic level", () => {
    expect(
      read("Peru sent doctors, while Chile, Vietnam's Extensive Strategic Partner, sent engineers.", "2031-06-01"),
    ).toEqual(["CL|Strategic Partnership|-"]);
    expect(
      read("Peru sent doctors, while Chile, Vietnam's enhanced strategic partner, sent engineers.", "2031-06-01"),
    ).toEqual(["CL|Strategic Partnership|-"]);
  });
});
