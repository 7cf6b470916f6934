import { describe, expect, it } from "vitest";
import { printedHeadline } from "./titles.js";

// Round 50: a page saved after a browser translated it keeps the head's title in the original language.
describe("a translated page's printed headline", () => {
  it("takes the translated <h1> over a title in another script", () => {
    expect(
      printedHeadline(
        '라오스-태국 외교장관 회담…"새 교량 건설"',
        'Laos - Thailand foreign ministers meet... "Build a new bridge"',
      ),
    ).toBe('Laos - Thailand foreign ministers meet... "Build a new bridge"');
  });

  it("keeps a title in Latin letters when the <h1> is in another script", () => {
    expect(printedHeadline("Laos and Thailand plan a second bridge", "라오스-태국 외교장관 회담 새 교량 건설")).toBe(
      "Laos and Thailand plan a second bridge",
    );
  });
});
