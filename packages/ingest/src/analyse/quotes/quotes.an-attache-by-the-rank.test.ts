import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

// Round 58: a mission's attache quoted after the introduction by the rank alone ('…," the attache said') is the one
// named earlier with that rank, as "the ambassador" is. Written fresh.
describe("a mission's attache quoted by the rank", () => {
  it("gives an attache's words to the attache named before", () => {
    expect(
      read(
        'Bui Van Tien, a labour attache at the trade office, received the letter.\n\n"Cheaper flights are coming soon," the attache said, "but nobody can promise a date yet."',
      ),
    ).toEqual([["Bui Van Tien", "Cheaper flights are coming"]]);
  });
});
