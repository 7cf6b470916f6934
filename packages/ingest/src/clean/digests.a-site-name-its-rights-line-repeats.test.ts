import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";
import { digestSectionAbove } from "./digests.js";

// Round 53: a trade weekly's name over its story is no digest's section line. Lines are written for the tests.
describe("a site's name with a digest's cue word", () => {
  const above = ["Skip to main content", "Harbour Trade Weekly", "Subscribe | Log in | Advertise"];

  it("is no section line when the page's rights line names its holder", () => {
    const page = [...above, "Story text.", "© 2020 Harbour Trade Weekly Ltd. All rights reserved."];
    expect(digestSectionAbove(above, page)).toBe(false);
    expect(digestSectionAbove(above)).toBe(true);
  });

  it("leaves a story's crossheaded sections in its body", () => {
    const page = [
      "Skip to main content",
      "Harbour Trade Weekly",
      "Subscribe | Log in | Advertise",
      "Ports   Shipping   Markets   Events",
      "Danang bets on Korean cranes to win transshipment trade",
      "Analysis: the port's new owners want a share of the cargo that now passes through Singapore",
      "By Jane Roe, 2 June 2020",
      "",
      "New gantry cranes on the Tien Sa quay. Credit: Harbour Trade Weekly",
      "Vietnam's Danang port has ordered six gantry cranes from a South Korean maker as it courts shipping lines that now call at Singapore.",
      "The order follows a visit to Seoul by the city's leaders in April, when the two sides discussed port investment.",
      "Cargo first",
      "The port's director said the cranes would let it handle the largest container ships calling in Vietnam by 2022.",
      "A question of depth",
      "Pilots say the channel into the port must be dredged before the largest ships can reach the new quay, and Hanoi has yet to approve the work.",
      "Ends",
      "© 2020 Harbour Trade Weekly Ltd. All rights reserved.",
    ].join("\n");
    const cleaned = cleanArticle(page);
    expect(cleaned.hints.title).toBe("Danang bets on Korean cranes to win transshipment trade");
    expect(cleaned.body).toContain("would let it handle the largest container ships");
    expect(cleaned.body).toContain("must be dredged before the largest ships");
  });
});
