import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

/*
 * Round 51: parliamentary news refers back to a speaker of a house or a member by the seat ("the Speaker said", "the
 * Vietnamese parliamentarian said", "the French senator said", "the top legislator said"). Written in our own words.
 */
describe("a legislator referred to by the seat", () => {
  it("gives 'the Speaker' to the one whose office is a speaker's", () => {
    const body = [
      "House Speaker Maria Lindqvist on Tuesday received Nguyen Van Tam, Chairman of the National Assembly of Vietnam, in Stockholm.",
      '"Our committees can learn from each other on budget oversight and on climate laws," the Speaker said.',
    ].join("\n\n");
    expect(read(body)).toEqual([["Maria Lindqvist", "Our committees can learn"]]);
  });

  it("gives 'the Vietnamese parliamentarian' and 'the Danish senator' to the members of those countries", () => {
    const body = [
      "Chairman of the National Assembly of Vietnam Nguyen Van Tam met Senator Karen Holm, head of the Danish delegation, on Friday.",
      '"We welcome every partner that respects the rule of law in the region," the Vietnamese parliamentarian said.',
      '"Our wind farms need partners who think in decades, not in quarters," the Danish senator said.',
    ].join("\n\n");
    expect(read(body)).toEqual([
      ["Nguyen Van Tam", "We welcome every partner"],
      ["Karen Holm", "Our wind farms need"],
    ]);
  });
});
