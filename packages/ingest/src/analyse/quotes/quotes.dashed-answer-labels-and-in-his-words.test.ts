import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 54: a ministry's briefing printed as dashed items ('- Q: …?', '- Answer: "…"') gives each answer to the
 * spokesperson from its own first words, the label and the opening mark left out; an 'Answer:' straight after another
 * answer (its question left out) is a reply of its own. And a phrase before the marks that says whose words they are
 * ('in his words', 'in the words of X') credits a partial quotation with no verb of speech. Written in our own words.
 */
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-03-01" }).quotes.map((q) => `${q.speaker}: ${q.text.slice(0, 24)}`);

describe("a briefing printed as dashed question and answer items", () => {
  const body = [
    "Spokesperson Tran Minh Chau chaired the regular press conference of the ministry on Thursday afternoon.",
    "- Q: Could you comment on the reports of a research vessel near the southern islands this week?",
    '- Answer: "We are following the vessel closely and have raised the matter through diplomatic channels."',
    "- Q: What does the ministry expect from the coming round of talks with its neighbours?",
    '- Answer: "We hope the talks will bring practical results for fishermen on both sides of the gulf."',
    '- Answer: "According to our consulate, no citizens were hurt in the storm that struck the capital."',
  ].join("\n\n");
  it("reads each answer from its own words, the label and mark left out", () => {
    expect(quotes(body)).toEqual([
      "Tran Minh Chau: We are following the ves",
      "Tran Minh Chau: We hope the talks will b",
      "Tran Minh Chau: According to our consula",
    ]);
  });
});

describe("'in his words' before a partial quotation", () => {
  it("credits the words to the one the pronoun points back to", () => {
    const body =
      'Deputy Minister Hoang Van Long led the delegation. The envoy also raised recent incidents at sea that, in his words, "undermine the trust both sides have built over years".';
    expect(quotes(body)).toEqual(["Hoang Van Long: undermine the trust both"]);
  });
  it("credits the words to the one 'in the words of' names", () => {
    const body =
      'Deputy Minister Hoang Van Long led the delegation. The meeting was, in the words of Hoang Van Long, "a useful step towards a binding code".';
    expect(quotes(body)).toEqual(["Hoang Van Long: a useful step towards a "]);
  });
});
