import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 58: a story's key points set as bullets under its headline, then a listen widget with its player's clock over
// the lead. The widget is the page's furniture: it never becomes the story's headline. Text made up for the test.
describe("a player's widget between the key points and the lead", () => {
  it("is no headline: the story keeps its own", () => {
    const headline = "Laos opens its first solar panel plant with Thai and Korean partners";
    const page = [
      "Energy Wire Asia",
      "Solar   Wind   Grid   Storage   Events   Newsletter",
      "",
      headline,
      "",
      "AFP | 12 March, 2031 | 3 min read",
      headline,
      "",
      "• The plant aims to ship its first panels in 2032",
      "• The government wants ten such plants by 2040",
      "• Engineers warn of shortages of skilled staff",
      "",
      "Listen to this article ▶ 00:00 / 03:05",
      "",
      "VIENTIANE, March 12 (AFP) - Laos opened its first solar panel plant on Thursday, built with Thai and Korean partners, as the country looks to sell more power to its neighbours.",
      "The plant near the capital will make about two million panels a year once it runs at full capacity, the energy ministry said in a statement.",
      "Officials said most of the output would go to projects in Thailand and Vietnam under power purchase deals signed last year.",
    ].join("\n");
    const cleaned = cleanArticle(normaliseText(page), { author: null, outlet: null, title: null });
    expect(cleaned.hints.itemTitle ?? cleaned.hints.title).not.toMatch(/listen/iu);
    expect(cleaned.body).toContain("first solar panel plant");
  });
});
