import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

// Reported speech that reaches a partial quotation: a credit set between commas inside the clause ("The matter, he
// said in a statement, should …"), and one clause closed by a comma just before the marks.
interface Case {
  shape: string;
  body: string;
  quotes: Array<[speaker: string, opening: string]>;
}

const cases: Case[] = [
  {
    shape: "a credit naming a statement posted somewhere, set between commas inside the reported clause",
    body: 'Foreign Minister Karl Brandt met his Vietnamese counterpart in Vienna.\n\nBrandt answered quickly. The dispute, he said in a statement posted on his office\'s website, must be settled "by talks between the parties themselves and nobody else."',
    quotes: [["Karl Brandt", "by talks between the"]],
  },
  {
    shape: "one long reported clause closed by a comma before the marks",
    body: 'Deputy Minister Somsack Vongsa spoke to reporters in Vientiane.\n\nHe said the cultural exchange year would hold more than eighty events in the two countries, "from the big cities to the smallest mountain villages."',
    quotes: [["Somsack Vongsa", "from the big cities"]],
  },
  {
    shape: "a document after the credit's comma is still no speaker's wording",
    body: 'Foreign Minister Karl Brandt met his Vietnamese counterpart in Vienna.\n\nThe dispute, he said on Monday, was covered by the joint statement, which calls for "talks between the parties themselves and nobody else."',
    quotes: [],
  },
  {
    shape: "the rest of a split quotation after its credit's comma is no quotation of its own",
    body: 'President Ana Ruiz arrived in Hanoi on Monday.\n\n"We did not come only to sign papers," Ruiz told a joint news conference after chairing the third round of political talks with her Vietnamese host, "we came to start a decade of work together."',
    quotes: [["Ana Ruiz", "We did not come"]],
  },
];

describe("quotes: credits set inside reported clauses and commas before the marks", () => {
  it.each(cases)("$shape", ({ body, quotes }) => {
    expect(read(body)).toEqual(quotes);
  });
});
