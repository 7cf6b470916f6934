import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

// Round 58: an instruction's words quoted after its object ('instructed the embassy to "…"') are the issuer's
// quotation, as they are after "urged" or "asked". Written fresh.
describe("the quoted words of an instruction", () => {
  it("are the quotation of the one who instructed", () => {
    expect(
      read(
        'Deputy Prime Minister Dao Minh Chau has instructed the provinces to "get every fishing boat back into harbour before the storm arrives".',
      ),
    ).toEqual([["Dao Minh Chau", "get every fishing boat"]]);
  });

  it("are the quotation of the one who instructed, also after a long object", () => {
    expect(
      read(
        'Prime Minister Dao Minh Chau had instructed the coast guard and the border posts along the coast to "keep searching until the last missing sailor is found".',
      ),
    ).toEqual([["Dao Minh Chau", "keep searching until the"]]);
  });
});
