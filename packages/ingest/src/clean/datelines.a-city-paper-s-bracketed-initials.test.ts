import { describe, expect, it } from "vitest";
import { readDateline } from "./datelines.js";

// Round 43: Hanoi's city paper opens its stories on its initials in brackets and a dash, as Vietnamese papers set
// their own tags ("(HNM) - …"). The tag names the paper, as "NDO –" or "SGGP –" do.
describe("a city paper's bracketed initials opening the story", () => {
  it("names the paper and leaves the sentence", () => {
    expect(readDateline("(HNM) - The city opened two new metro stations on Sunday.")).toMatchObject({
      outlet: "HNM",
      rest: "The city opened two new metro stations on Sunday.",
    });
  });
});
