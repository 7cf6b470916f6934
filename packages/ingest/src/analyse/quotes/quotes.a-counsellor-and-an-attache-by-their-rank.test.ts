import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

// Round 58: mission staff quoted after their introduction by their rank alone ('…," the counsellor said', '…," the
// attache said') are the one named earlier with that rank, as "the ambassador" is. Written fresh.
describe("a mission's staff quoted by their rank", () => {
  it("gives a counsellor's words to the counsellor named before", () => {
    expect(
      read(
        'Lee Jae-won, a counsellor of the Korean Embassy in Hanoi, met the families on Friday.\n\nThe embassy would "check every licence of every agency, from the smallest to the largest", the counsellor said.',
      ),
    ).toEqual([["Lee Jae-won", "check every licence of"]]);
  });

  it("gives an attache's words to the attache named before", () => {
    expect(
      read(
        'Bui Van Tien, a labour attache at the trade office, received the letter.\n\n"Cheaper flights are coming soon," the attache said, "but nobody can promise a date yet."',
      ),
    ).toEqual([["Bui Van Tien", "Cheaper flights are coming"]]);
  });
});
