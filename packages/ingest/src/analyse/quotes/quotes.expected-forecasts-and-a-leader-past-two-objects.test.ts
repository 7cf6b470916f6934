import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

/*
 * Round 24, from wire copy and embassy releases:
 * - 'The Ambassador added that he expected the Mekong programme to “show what partnership looks like …”': what the
 *   speaker expects a document to do is his forecast, as "the programme would …" is; the words are his.
 * - 'Luxon was due to meet General Secretary To Lam and call on President Luong Cuong. The Vietnamese leader described
 *   New Zealand as “…”': two who fit "the Vietnamese leader", both objects of the latest sentence, leave the reference
 *   to the one the story had as its subject before (the host of the talks).
 */
describe("a document the speaker expects to do something", () => {
  it("credits the partial after 'expected the programme to'", () => {
    const body =
      "Australia's Ambassador to Viet Nam, Andrew Goledzinowski, visited Can Tho on Thursday.\n\n" +
      'The Ambassador added that he expected the Mekong programme to "show what partnership looks like on the ground."';
    expect(read(body)).toEqual([["Andrew Goledzinowski", "show what partnership looks"]]);
  });

  it("still leaves a document's own wording after 'the plan commits the sides to'", () => {
    const body =
      "Foreign Minister Bui Thanh Son met his Australian counterpart Penny Wong in Hanoi on Thursday.\n\n" +
      'Son said the action plan commits the two sides to "deepen cooperation in trade, defence and education."';
    expect(read(body)).toEqual([]);
  });
});

describe("'the Vietnamese leader' after a sentence with two leaders as objects", () => {
  it("points to the host the story had as its subject", () => {
    const body =
      "New Zealand Prime Minister Christopher Luxon and Vietnamese Prime Minister Pham Minh Chinh agreed on Wednesday to lift ties to a comprehensive strategic partnership.\n\n" +
      "Luxon, who travelled with about 40 business leaders, was also due to meet General Secretary To Lam and call on President Luong Cuong.\n\n" +
      'The Vietnamese leader described New Zealand as "a trusted friend with whom we share many values," noting their work in APEC.';
    expect(read(body)).toEqual([["Pham Minh Chinh", "a trusted friend with"]]);
  });

  it("keeps the latest one when only one leader is named as an object", () => {
    const body =
      "New Zealand Prime Minister Christopher Luxon and Vietnamese Prime Minister Pham Minh Chinh agreed on Wednesday to lift ties to a comprehensive strategic partnership.\n\n" +
      "Luxon was also due to call on President Luong Cuong.\n\n" +
      'The Vietnamese president described New Zealand as "a trusted friend with whom we share many values," noting their work in APEC.';
    expect(read(body)).toEqual([["Luong Cuong", "a trusted friend with"]]);
  });
});
