import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

const titleOf = (text: string) => cleanArticle(normaliseText(text)).hints.title;
const turns = [
  "SPOKESPERSON: Good morning. The minister met her counterpart this week, and the two sides agreed to widen their work on fisheries and port security.",
  "QUESTION: Will the two sides sign a new agreement on coastal patrols before the end of the year?",
  "SPOKESPERSON: Officials are still working on the text, and I have nothing to announce on a date for the signing today.",
].join("\n\n");

describe("a transcript's page headed by its document's kind, under the office's letterhead", () => {
  it("takes the occasion and its place over the minister's style and office above it", () => {
    const page = [
      "National Government",
      "Minister for Trade",
      "The Hon Jane Citizen MP",
      "Press conference, Lima, Peru",
      "4 July 2021",
      turns,
    ].join("\n\n");
    expect(titleOf(page)).toBe("Press conference, Lima, Peru");
  });

  it("takes a numbered conference's dated heading over the ministry's menu entries", () => {
    const page = [
      "Consular Matters",
      "Partner Countries",
      "The 9th Regular Press Conference (2nd June, 2021)",
      turns,
    ].join("\n\n");
    expect(titleOf(page)).toBe("The 9th Regular Press Conference (2nd June, 2021)");
  });

  it("takes a bulletin's heading in capitals that gives its hour and its day", () => {
    const page = [
      "Programmes",
      "MORNING REPORT – 07:00 BULLETIN, MONDAY JUNE 7, 2021",
      "Presenter: Jane Roe",
      turns,
    ].join("\n\n");
    expect(titleOf(page)).toBe("MORNING REPORT – 07:00 BULLETIN, MONDAY JUNE 7, 2021");
  });
});
