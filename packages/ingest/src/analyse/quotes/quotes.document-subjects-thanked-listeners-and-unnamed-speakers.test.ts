import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 48: shapes of wire copy and analysis pages, written fresh in the project's own words.
 */
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2019-04-02" }).quotes.map((q) => `${q.speaker}: ${q.text}`);

describe("words that open on a verb after a document as their subject", () => {
  it("are what the speaker holds of the document, not its wording", () => {
    expect(
      quotes(
        'Kara Lindqvist, a lecturer in maritime law, said the talks had gone well. She added that the agreement "does not settle who owns the reefs, and neither side claims that it does."',
      ),
    ).toEqual(["Kara Lindqvist: does not settle who owns the reefs, and neither side claims that it does."]);
  });

  it("still leaves out a document's own wording after it", () => {
    expect(
      quotes(
        'Kara Lindqvist, a lecturer in maritime law, said the talks had gone well. She added that the agreement "commits both navies to restraint at sea".',
      ),
    ).toEqual([]);
  });
});

describe("a pronoun subject whose verb names the one spoken to", () => {
  it("gives the words to the pronoun's person, not to the listener", () => {
    expect(
      quotes(
        'Prime Minister Nguyen Xuan Phuc chaired the meeting. New Zealand Prime Minister Jacinda Ardern said the deal was a good one. She thanked Phuc for "keeping the bloc together through a very hard year for every member".',
      ),
    ).toEqual(["Jacinda Ardern: keeping the bloc together through a very hard year for every member"]);
  });
});

describe("words in the first person after thanks for something", () => {
  it("are the thanker's own, though the marks do not follow 'for'", () => {
    expect(
      quotes(
        'President Tran Dai Quang arrived in Minsk. Quang thanked Belarus for the aid it had sent "in the years when our country had nothing left to give".',
      ),
    ).toEqual(["Tran Dai Quang: in the years when our country had nothing left to give"]);
  });

  it("still leave a gift's name in the third person unquoted", () => {
    expect(
      quotes(
        'President Tran Dai Quang arrived in Minsk. Quang thanked Belarus for the aid it had sent as "great and generous help to the people".',
      ),
    ).toEqual([]);
  });
});

describe("a speaker the sentence leaves unnamed", () => {
  it("keeps the words from the credit of the sentence after them", () => {
    expect(
      quotes(
        'Foreign Minister Pham Binh Minh spoke in May. A senior official told this writer that Hanoi "will not choose between its two largest partners." The minister, Minh said, "wants friends everywhere and enemies nowhere at all."',
      ),
    ).toEqual(["Pham Binh Minh: wants friends everywhere and enemies nowhere at all."]);
  });

  it("does not take a bracketed aside after the stop for a credit", () => {
    expect(
      quotes(
        'President Donald Trump raised tariffs in April. A diplomat in Hanoi put it simply: "We move with the wind so that we never break." (He spoke on condition of anonymity.)',
      ),
    ).toEqual([]);
  });
});

describe("a state councilor named by the title alone", () => {
  it("is the person named earlier with that title", () => {
    expect(
      quotes(
        'State Councilor Wang Yi arrived in Hanoi on Sunday. The state councilor told reporters that both sides "must keep the sea calm whatever happens next".',
      ),
    ).toEqual(["Wang Yi: must keep the sea calm whatever happens next"]);
  });
});

describe("'framed … as' and a long object before a judging verb's 'as'", () => {
  it("gives the framer the words after 'as'", () => {
    expect(
      quotes(
        'Prime Minister Scott Morrison visited in August. Morrison framed the partnership in March as "one of the closest we have anywhere in the region".',
      ),
    ).toEqual(["Scott Morrison: one of the closest we have anywhere in the region"]);
  });

  it("reads a programme described as a verdict, however many words name it", () => {
    expect(
      quotes(
        'Defence Minister Ngo Xuan Lich met his host. Lich described the joint training programme as a "sign of the trust between our two armies".',
      ),
    ).toEqual(["Ngo Xuan Lich: sign of the trust between our two armies"]);
  });
});
