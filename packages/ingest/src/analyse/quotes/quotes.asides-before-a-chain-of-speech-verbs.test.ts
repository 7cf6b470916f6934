import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

// A verb of speech inside what an earlier one reports ("told reporters the two sides shared the view that …") is no
// new speaker's: the subject set off before the first verb by an aside naming someone else still speaks.
interface Case {
  shape: string;
  body: string;
  quotes: Array<[speaker: string, opening: string]>;
}

const cases: Case[] = [
  {
    shape: "a name, an aside owned by another name, then two verbs of speech",
    body: 'Prime Minister Anna Lindqvist received Deputy Minister Do Hung Viet in Stockholm.\n\nErik Holm, Lindqvist\'s chief of staff, told reporters both sides shared the hope that "the new shipping line will open before the end of next year."',
    quotes: [["Erik Holm", "the new shipping line"]],
  },
  {
    shape: "a name in the reported clause between the verbs keeps the later verb's own subject",
    body: 'Prime Minister Anna Lindqvist received Deputy Minister Do Hung Viet in Stockholm.\n\nErik Holm, Lindqvist\'s chief of staff, told reporters that Do Hung Viet had said "the new shipping line will open before the end of next year."',
    quotes: [["Do Hung Viet", "the new shipping line"]],
  },
];

describe("quotes: an aside before a chain of speech verbs", () => {
  it.each(cases)("$shape", ({ body, quotes }) => {
    expect(read(body)).toEqual(quotes);
  });
});
