import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { isBoilerplate } from "./boilerplate.js";
import { cleanArticle } from "./index.js";
import { isSiteNotice } from "./site-notices.js";

// Round 47: a site's notices on its own data and content, each a sentence, several often sharing one box. Sentences
// are written for the tests.
describe("a site's notices on its data and content", () => {
  it.each([
    "Market data provided by Acme Quotes. Quotes delayed at least 20 minutes.",
    "Intraday data provided by QUOTEHUB and subject to terms of use. Historical and current end-of-day data provided by QUOTEHUB.",
    "Stock data supplied by Harbour Exchange Feeds.",
    "Prices delayed by at least 15 minutes.",
    "Wirex content is the intellectual property of Wirex Media Group. Any copying or redistribution of Wirex content is expressly prohibited without its written consent.",
    "Daily Pile aggregates headlines from news sites. All content is property of its respective owners.",
    "Saved 32 times between March 2, 2021 and June 9, 2024.",
    "Tradeline Pro subscribers get the full table of shipments by port and by month.",
    "Unlock with Tradeline Pro",
  ])("reads %j as the site's", (line) => {
    expect(isSiteNotice(line)).toBe(true);
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    "Market data provided by the exchange showed that shares of the two carriers rose sharply on Tuesday.",
    "Analysts said the data provided by the ministry understated the fall in exports. Prices delayed by at least 15 minutes.",
    "Netflix subscribers get the full season on Friday, the company said.",
    "The ministry aggregates figures from provincial offices every quarter.",
    "Unlock with care, officials told the port operators.",
  ])("keeps the story's sentence %j", (line) => {
    expect(isSiteNotice(line)).toBe(false);
  });

  it("drops a market site's data box under the story and keeps the story", () => {
    const text = [
      "Vietnam and Chile agree to widen trade",
      "",
      "Vietnam and Chile agreed on Monday to lift two-way trade to 3 billion dollars by 2030, the two trade ministers said after talks in Santiago.",
      "",
      "The ministers also agreed to study a review of their free trade agreement, which took effect in 2014.",
      "",
      "Market data provided by Acme Quotes. Quotes delayed at least 20 minutes.",
    ].join("\n");
    const cleaned = cleanArticle(normaliseText(text));
    expect(cleaned.body).toContain("study a review of their free trade agreement");
    expect(cleaned.body).not.toContain("Market data provided");
  });
});
