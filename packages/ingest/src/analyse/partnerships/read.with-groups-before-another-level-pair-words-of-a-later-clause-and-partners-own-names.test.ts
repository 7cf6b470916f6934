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

describe("partnerships: a pair word in a later coordinated clause", () => {
  it("leaves a holder in apposition its level when 'both sides' are another clause's", () => {
    const body =
      "Peru dismissed the claim, and President Carlos Ruiz said Peru would not budge. Chile, a comprehensive partner since 2030, said the same, and Mexico urged both sides to talk.";
    expect(read(body, "2031-06-01")).toEqual(["CL|Comprehensive Partnership|2030"]);
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
