import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

// Two people share a surname, but only one has been named in full when the surname stands alone: a surname alone
// refers back, so it is his, however many sentences ago he was introduced; the other is named only later.
describe("people: a shared surname used alone", () => {
  it("is the one of its sharers already named in full", () => {
    const body = [
      "Hyundai's chief Park Min-ho met President Luong Cuong in Seoul on Monday.",
      "The two leaders discussed trade. They also spoke of ships. Talks ran for two hours.",
      "He later received Park at the palace.",
      '"We will build our largest yard outside Korea in your country," Park was quoted as saying by the palace.',
      "Trade Minister Park Sung-ho told a forum that 300 firms operate in Vietnam.",
    ].join("\n\n");
    expect(read(body)).toEqual([["Park Min-ho", "We will build our"]]);
  });
});
