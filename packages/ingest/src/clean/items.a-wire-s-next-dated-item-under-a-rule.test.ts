import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 59: a national wire's page prints its next item under the story, set off by a rule and opening on its own
// dateline with the wire's tag ("<City>, <day> <WIRE> -- …"). That item is another story, even when it shares the
// story's city and a ministry's name; the rule with a second dated lead under it marks the page a feed of items.
const page = (tail: string[]) =>
  cleanArticle(
    normaliseText(
      [
        "Lao Minister Receives Vietnamese Trade Delegation",
        "Share f t in",
        "",
        "Vientiane, May 6, 2022 KPL -- The Lao Minister of Industry received a Vietnamese trade delegation here on Thursday, as the two countries prepare new talks on border trade.",
        "",
        "The two sides agreed to step up bilateral cooperation on power lines, fertiliser plants and cross-border markets this year.",
        "",
        "Trade between Laos and Vietnam reached 1.3 billion dollars last year, the Ministry of Industry said. --KPL",
        "",
        "By SOUK Phet",
        "",
        ...tail,
      ].join("\n"),
    ),
  );

describe("a wire's next item under a rule", () => {
  it("drops the dated item under the rule and keeps the story's headline", () => {
    const read = page([
      "-------------------",
      "",
      "KPL/02",
      "",
      "Laos, Myanmar Open Talks on Mekong Ferry Link",
      "",
      "Vientiane, May 6, 2022 KPL -- Laos and Myanmar opened talks on a ferry link across the Mekong, the Ministry of Industry said, adding that a survey will start in June.",
      "",
      '"The ferry will shorten the trip for traders by a day," an official said. --KPL',
    ]);
    expect(read.body).toContain("1.3 billion dollars");
    expect(read.body).not.toContain("ferry link");
    expect(read.body).not.toContain("shorten the trip");
    expect(read.hints.itemTitle ?? read.hints.title).toBe("Lao Minister Receives Vietnamese Trade Delegation");
  });

  it("keeps a dated paragraph of the story itself when no rule stands over it", () => {
    const read = page([
      "Vientiane, May 6, 2022 KPL -- Laos and Myanmar opened talks on a ferry link across the Mekong, the Ministry of Industry said, adding that a survey will start in June.",
    ]);
    expect(read.body).toContain("ferry link");
  });
});
