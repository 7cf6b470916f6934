import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 31: copy that breaks a quotation across two paragraphs without the news-style opening mark on the second one.
 * The first paragraph opens a mark it never closes; the next closes a mark it never opened, then credits the speaker.
 * The two are one quotation from its first words, not a second quotation read from the start of the next paragraph.
 * Written fresh in the project's own words.
 */
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-06-21" }).quotes.map((q) => ({ speaker: q.speaker, text: q.text }));

describe("a paragraph that closes a mark it never opened", () => {
  it("carries on the quotation the paragraph before left open", () => {
    const found = quotes(
      'Chilean Foreign Minister Alberto van Klaveren met his Vietnamese counterpart in Hanoi on Monday.\n\n"Our two economies are complements, not rivals.\n\nChile sells what Vietnam needs and buys what Vietnam makes, and that will not change," van Klaveren told reporters after the talks.',
    );
    expect(found).toEqual([
      {
        speaker: "Alberto van Klaveren",
        text: "Our two economies are complements, not rivals. Chile sells what Vietnam needs and buys what Vietnam makes, and that will not change",
      },
    ]);
  });
});

describe("a paragraph that lost one of its marks around a credit in mid-paragraph", () => {
  const body = [
    "Foreign Minister Retno Marsudi and her counterpart Bui Thanh Son signed the plan in Jakarta on Monday.",
    'The plan gives our navies a hotline for the first time, Marsudi said after the signing. It is a practical step."',
    '"Vietnam counts Indonesia among its closest partners in the region, Son told reporters. He said patrols would begin next year.',
  ].join("\n\n");
  it("credits the words before the comma to the name after it, whichever mark is missing", () => {
    expect(quotes(body).map((q) => [q.speaker, q.text.split(" ").slice(0, 4).join(" ")])).toEqual([
      ["Retno Marsudi", "The plan gives our"],
      ["Bui Thanh Son", "Vietnam counts Indonesia among"],
    ]);
  });
});

describe("British single marks over paragraphs", () => {
  it("reads a paragraph whose opening single mark is missing, credited after the closing one", () => {
    const found = quotes(
      "Deputy Foreign Minister Nguyen Thi Mai arrived in Lusaka on Sunday.\n\nVietnam is ready to share its experience in rice farming with our Zambian friends,' said Ms Mai, who leads a delegation of officials.",
    );
    expect(found.map((q) => [q.speaker, q.text.split(" ").slice(0, 4).join(" ")])).toEqual([
      ["Nguyen Thi Mai", "Vietnam is ready to"],
    ]);
  });

  it("reads one quotation over two paragraphs that each open a single mark and close it only at the end", () => {
    const found = quotes(
      "Telecom chief Tran Van Hieu told reporters the firm would expand.\n\n'We came to Zambia to stay. Our network already reaches every province.\n\n'Next year we want 4G in every district, and we will keep hiring local staff,' he said.",
    );
    expect(found.map((q) => [q.speaker, q.text.split(" ").slice(0, 4).join(" ")])).toEqual([
      ["Tran Van Hieu", "We came to Zambia"],
    ]);
  });
});
