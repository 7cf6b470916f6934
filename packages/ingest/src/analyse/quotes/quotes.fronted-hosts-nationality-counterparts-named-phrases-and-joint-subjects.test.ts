import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 49: "the Prime Minister said" after a sentence whose other prime minister stands only in a phrase opening it
 * ("With Prime Minister B, she co-chaired …") is the visitor the clause is about; "her Vietnamese counterpart" is the
 * one of that nationality named with an office; "she" opening the sentence after a credit ('…," said X') is X; words
 * the page calls a phrase, and words two people said together, have no one speaker; a quotation opening on the
 * participle after "had" is what the speaker said a document did.
 */
const speakers = (body: string) =>
  analyseArticle(body, { publishedAt: "2025-03-10" }).quotes.map(
    (q) => `${q.speaker}: ${q.text.split(" ").slice(0, 3).join(" ")}`,
  );

describe("the office holder a reference points back to", () => {
  const visit =
    "Prime Minister Sofia Lindgren paid an official visit to Viet Nam this week. With Prime Minister Pham Minh Chinh, she opened a business forum in Hanoi.";

  it("is the visitor, not the host standing in a fronted phrase", () => {
    const body = `${visit}\n\n"Our two peoples share more than a coastline," the Prime Minister said at the press conference.`;
    expect(speakers(body)).toEqual(["Sofia Lindgren: Our two peoples"]);
  });

  it("is the one of the nationality a counterpart is given", () => {
    const body = `${visit}\n\nHer Vietnamese counterpart said the forum met "a real need of firms on both sides of the sea," and asked for more flights.`;
    expect(speakers(body)).toEqual(["Pham Minh Chinh: a real need"]);
  });

  it("is no one for a counterpart given no nationality", () => {
    const body = `${visit}\n\nHer counterpart said the forum met "a real need of firms on both sides of the sea," and asked for more flights.`;
    expect(speakers(body)).toEqual([]);
  });
});

describe("'she' after a credit that follows the quotation", () => {
  it("is the woman just credited, not one named before", () => {
    const body = [
      "Foreign ministry spokeswoman Le Thi Hoa said envoys of 40 countries had attended.",
      '"The city has become a meeting place for the region," said Karin Moberg, a fellow at a research institute in Oslo. She said Norway was following the talks "with both hope and some caution about costs."',
    ].join("\n\n");
    expect(speakers(body)).toEqual(["Karin Moberg: The city has", "Karin Moberg: with both hope"]);
  });
});

describe("words no one person said", () => {
  it("skips words the page itself calls a phrase", () => {
    const body =
      'President Jonas Berg, in a letter to Hanoi, called the two nations "a family bound by one shared future", a phrase his office uses often.';
    expect(speakers(body)).toEqual([]);
  });

  it("keeps words the page calls a phrase that others only welcomed", () => {
    const body =
      'President Jonas Berg told reporters he hoped to return "before the end of my second term", a phrase his hosts welcomed.';
    expect(speakers(body)).toEqual(["Jonas Berg: before the end"]);
  });

  it("keeps words the page calls a cautious formula", () => {
    const body =
      'President Jonas Berg said his country was open to "any closer tie that both sides find useful" — a cautious formula that stopped short of an upgrade.';
    expect(speakers(body)).toEqual(["Jonas Berg: any closer tie"]);
  });

  it("gives words two people said together to neither, an apposition between them and the verb", () => {
    const body =
      'Prime Minister Sofia Lindgren and Pham Minh Chinh, Vietnam\'s prime minister, said the two sides would build "a bridge of trust for the coming decades".';
    expect(speakers(body)).toEqual([]);
  });

  it("gives words two people said together to neither", () => {
    const body =
      'Prime Minister Pham Minh Chinh met Prime Minister Sofia Lindgren. Lindgren and Chinh spoke of raising ties further "when both sides are ready for it".';
    expect(speakers(body)).toEqual([]);
  });
});

describe("what a document did, in the speaker's words", () => {
  it("keeps a quotation that opens on the participle after 'had'", () => {
    const body =
      'Foreign Minister Bui Thanh Son said the charter had "kept weaker states safe through eight decades of change," and urged restraint.';
    expect(speakers(body)).toEqual(["Bui Thanh Son: kept weaker states"]);
  });
});
