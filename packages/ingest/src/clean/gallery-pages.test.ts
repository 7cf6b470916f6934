import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { countedCaptionLines, splitCaptionOverLoneDateline } from "./gallery-pages.js";
import { cleanArticle } from "./index.js";

const clean = (text: string) => cleanArticle(normaliseText(text));

const LEAD =
  "Vietnam's President attended the leaders' retreat on Saturday as one of six guests of this year's host, and held talks with the host's prime minister on energy and labour.";

describe("a photo gallery's captions on the story's lines", () => {
  it("reads captions that open on their slide's counter, counted in order, as the gallery's", () => {
    const lines = [LEAD, "1/4  Leaders walk to the retreat hall.", "2/4  The hosts greet their guests.", "Closing."];
    expect([...countedCaptionLines(lines)]).toEqual([1, 2]);
  });

  it("does not read a lone counted line or a run out of order as a gallery", () => {
    expect(countedCaptionLines([LEAD, "24/7 support lines opened for workers abroad."]).size).toBe(0);
    expect(countedCaptionLines(["3/9 first item", "1/9 second item"]).size).toBe(0);
  });

  it("splits a caption glued to a dateline standing alone at its line's end, the lead under it", () => {
    const split = splitCaptionOverLoneDateline(
      "Two leaders shake hands before the talks on Monday. (Pool)SAPPORO --",
      LEAD,
    );
    expect(split).toEqual({
      caption: "Two leaders shake hands before the talks on Monday. (Pool)",
      rest: "SAPPORO --",
    });
    expect(
      splitCaptionOverLoneDateline("Two leaders shake hands before the talks. (Pool)SAPPORO --", "Short."),
    ).toBeNull();
  });

  it("keeps the gallery's introduction as the story and its captions out of it", () => {
    const page = [
      "Leaders gather for the retreat",
      "",
      "The host greets the President at the retreat on Saturday. (Pool)SAPPORO --",
      LEAD,
      "",
      "1/3  Leaders walk to the retreat hall with their delegations.",
      "2/3  The host's prime minister greets a visiting president.",
      "3/3  Police boats patrol the bay during the retreat.",
    ].join("\n");
    const { body } = clean(page);
    expect(body).toContain("held talks with the host's prime minister");
    expect(body).not.toContain("Police boats");
    expect(body).not.toContain("(Pool)");
  });
});
