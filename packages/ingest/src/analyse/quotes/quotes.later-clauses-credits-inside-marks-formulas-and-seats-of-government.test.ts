import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Speakers of quotations in wire stories and government releases: a role reference after a sentence of two clauses is
 * the later clause's subject; a credit whose comma stands inside the marks still credits a partial; a motto of three
 * items after an article is no quotation; a seat of government speaking is no named person; "reminded" is speech; a
 * name under a quotation that runs on from the speaker's own paragraph is no new credit.
 */
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-06-21" }).quotes.map((q) => ({ speaker: q.speaker, text: q.text }));

describe("who speaks a quotation", () => {
  it("gives a role reference to the subject of the later clause, after 'but'", () => {
    const found = quotes(
      'Russian President Vladimir Putin visited Hanoi. He met President To Lam.\n\nPutin also called on General Secretary Nguyen Phu Trong, but it was To Lam, who had taken office a month earlier, who struck a different note. Vietnam, the President said, valued "the support of the Soviet Union during our struggle for independence".',
    );
    expect(found.map((q) => q.speaker)).toEqual(["To Lam"]);
  });

  it("credits a partial whose credit's comma stands inside the marks", () => {
    const found = quotes(
      'Vietnamese President Vo Van Thuong met the press. Vietnam was ready to work with Japan "so that the partnership brings concrete benefits to the people of both countries," he added.',
    );
    expect(found).toEqual([
      {
        speaker: "Vo Van Thuong",
        text: "so that the partnership brings concrete benefits to the people of both countries",
      },
    ]);
  });

  it("reads a three-item motto after 'the' as the relationship's name, not a quotation", () => {
    const found = quotes(
      'Prime Minister Pham Minh Chinh said the "great friendship, special solidarity and comprehensive cooperation" between the two countries would grow.',
    );
    expect(found).toEqual([]);
  });

  it("reads a range of short pieces ('from … to …') in reported speech as the speaker's words, not a motto", () => {
    const found = quotes(
      'Prime Minister Narendra Modi met President Luong Cuong.\n\nModi said the two sides would deepen the partnership they set up in 2016 "in every field, from trade and energy to defence, science and culture".',
    );
    expect(found.map((q) => [q.speaker, q.text.split(",")[0]])).toEqual([["Narendra Modi", "in every field"]]);
  });

  it("still reads a motto of four virtues in reported speech as no quotation", () => {
    const found = quotes(
      'President Luong Cuong said the two peoples would keep "peace, friendship, cooperation and development" in view.',
    );
    expect(found).toEqual([]);
  });

  it("gives no speaker to words a seat of government said, though a role opens the sentence", () => {
    const found = quotes(
      'Prime Minister Keir Starmer hosted To Lam in London. The Prime Minister hosted the guest at Downing Street for talks that Number 10 said would "open the door to billions of pounds" of trade.',
    );
    expect(found).toEqual([]);
  });

  it("reads 'reminded' as a verb of speech in a credit", () => {
    const found = quotes(
      'The Prime Minister, Petr Fiala, held talks in Hanoi.\n\n"For us, Vietnam is not a distant country, and many Vietnamese were born here," the Prime Minister reminded.',
    );
    expect(found.map((q) => q.speaker)).toEqual(["Petr Fiala"]);
  });

  it("keeps a quotation running on into the next paragraph as one, though an embedded post's name stands below", () => {
    const found = quotes(
      '"This is a relationship that has come a very long way," Prime Minister Anthony Albanese told reporters.\n\n"When I first went to Vietnam as a young backpacker, I could not have imagined this day."\n\nAnthony Albanese\n\n@AlboMP\n\nProud to welcome the Prime Minister to Parliament House.',
    );
    expect(found.map((q) => q.speaker)).toEqual(["Anthony Albanese"]);
    expect(found[0]?.text).toMatch(/backpacker/);
  });
});
