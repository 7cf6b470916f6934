import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 44: a leader with no honorific and a name that says nothing of sex is still told a woman by "her" in the
 * sentence her name opens ("Sirikit told reporters after talks with her Lao counterpart …"); a later "she said" after a
 * sentence opened by her role then finds her, not a man quoted just before. Written fresh in the project's own words.
 */
const speakers = (body: string) =>
  analyseArticle(body, { publishedAt: "2025-05-16" }).quotes.map((q) => `${q.speaker}: ${q.text.slice(0, 12)}`);

describe("'her' after a name that opens its sentence marks a woman", () => {
  it("gives 'she said' after her role's sentence to her, not to the man quoted last", () => {
    const body = [
      'Prime Minister Arunee Wattana of Thailand arrived in Hanoi on Thursday. "Our rivers bind us more than any treaty," Arunee told reporters after meeting her Vietnamese counterpart.',
      'Party General Secretary To Lam said Vietnam saw Thailand as "a trusted friend for the long road ahead."',
      'The Thai leader also promoted a joint tourism route and spoke of the Thai community in central Vietnam. "Our families have traded across these hills for centuries," she said.',
    ].join("\n\n");
    expect(speakers(body)).toContain("Arunee Wattana: Our families");
    expect(speakers(body)).not.toContain("To Lam: Our families");
  });

  it("does not take 'her' for the named person when someone else is named before it", () => {
    const body =
      'Minister Somchai Dee met Deputy Minister Lan Anh and praised her plan for the border road. "We will build the road together," he said.';
    expect(speakers(body)).toEqual(["Somchai Dee: We will buil"]);
  });
});

describe("'she' crediting the quotation right after a name's sentence", () => {
  it("marks the named analyst a woman, so the quotation is hers and not an earlier woman's", () => {
    const body = [
      '"Orders held up well," Deputy Minister Tran Thi Ngoc told reporters in Hanoi.',
      'Asha Kumar, an economist at a regional bank, said strong demand for phones explained the jump. "This surplus will draw attention in Washington next year," she said.',
    ].join("\n\n");
    expect(speakers(body)).toContain("Asha Kumar: This surplus");
  });
});
