import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const figures = (text: string) => analyseArticle(text, {}).indicators.map((i) => `${i.value} ${i.unit}`);

describe("a span of seconds (test/READING.md: periods are not indicators)", () => {
  it("is a duration like minutes and hours, not a count", () => {
    expect(figures("The two leaders shook hands for the cameras for roughly 20 seconds before the talks.")).toEqual([]);
    expect(figures("The two leaders talked for 45 minutes and signed 12 agreements.")).toEqual(["12 agreements"]);
  });
});
