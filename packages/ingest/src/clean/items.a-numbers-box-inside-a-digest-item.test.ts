import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { itemHeading } from "./items.js";

// Round 59: a newsletter's item may carry its own box of key figures ("By the numbers" over bulleted rows of a label
// and a hedged amount). The box is the item's: its heading opens no other item and its rows are no headlines.
const clean = (text: string) => cleanArticle(normaliseText(text));

describe("a box of figures inside a digest's item", () => {
  it("keeps the box's heading and bulleted rows with the item about foreign relations", () => {
    const page = clean(
      [
        "ISTHMUS LETTER",
        "IN THIS ISSUE",
        "1. Vietnam and Panama open a new chapter",
        "2. Harbour works in Colon",
        "",
        "1. VIETNAM AND PANAMA OPEN A NEW CHAPTER",
        "",
        "Vietnam and Panama on Tuesday agreed to deepen their partnership during talks between the two foreign ministers in Hanoi, and to widen trade in seafood and coffee.",
        "",
        "By the numbers",
        "- Two-way trade: about US$900 million in 2024, up from the year before",
        "- Panamanian students in Vietnam: about 1,200",
        "- People of Vietnamese origin in Panama: some 4,500",
        "",
        "The two ministers also agreed to open a consulate in Ho Chi Minh City next year, the ministry said.",
        "",
        "2. HARBOUR WORKS IN COLON",
        "",
        "Dredging at the port of Colon will close one berth for three weeks from Monday, the port authority said on its website.",
      ].join("\n"),
    );
    expect(page.body).toContain("By the numbers");
    expect(page.body).toContain("- Two-way trade: about US$900 million in 2024");
    expect(page.body).toContain("- Panamanian students in Vietnam: about 1,200");
    expect(page.body).toContain("- People of Vietnamese origin in Panama: some 4,500");
    expect(page.body).toContain("open a consulate");
    expect(page.body).not.toContain("Dredging");
  });

  it("reads a bulleted label with a hedged amount as a row, not an item's heading", () => {
    expect(itemHeading("- Coffee exports: nearly US$2 billion last year")).toBeNull();
    expect(itemHeading("- Residents in the province: about 12,000")).toBeNull();
    expect(itemHeading("- Panama opens a consulate in Ho Chi Minh City")).not.toBeNull();
  });
});
