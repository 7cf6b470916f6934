import { describe, expect, it } from "vitest";
import { partnershipKeys as read } from "../../testing/partnership-keys.js";

// Round 57: the other side named as one of a pair with Vietnam inside the level's own clause, after another country
// earlier in the sentence; and the level an aside says the ties have now, inside a hedged raise. Own sentences.

describe("partnerships: a pair with Vietnam in the level's own clause", () => {
  it("gives the level to the capital paired with Hanoi, though another country was named before", () => {
    expect(
      read(
        "Russia's premier flew on to Moscow, and Ottawa and Hanoi reviewed the Comprehensive Partnership they set up in 2017.",
        "2019-03-02",
      ),
    ).toEqual(["CA|Comprehensive Partnership|2017"]);
  });

  it("gives the level to the country paired with Vietnam in that clause", () => {
    expect(
      read(
        "The Thai leader left for Bangkok, while Chile and Vietnam reviewed the strategic partnership they formed in 2015.",
        "2019-03-02",
      ),
    ).toEqual(["CL|Strategic Partnership|2015"]);
  });
});

describe("partnerships: a level the ties have now, in an aside inside a hedged raise", () => {
  it("reads the aside's level as held, dated by its own year", () => {
    expect(
      read(
        'Chinh met Canadian Prime Minister Mark Carney. The two leaders agreed to work towards lifting their relationship, currently called a "comprehensive partnership" and set up in 2017, to a higher level later this year.',
        "2025-06-16",
      ),
    ).toEqual(["CA|Comprehensive Partnership|2017"]);
  });

  it("still holds back the level the raise is aimed at", () => {
    expect(
      read(
        "Chinh met Canadian Prime Minister Mark Carney. The two leaders agreed to work towards lifting their relationship, currently a comprehensive partnership, to a strategic partnership.",
        "2025-06-16",
      ),
    ).toEqual(["CA|Comprehensive Partnership|-"]);
  });
});
