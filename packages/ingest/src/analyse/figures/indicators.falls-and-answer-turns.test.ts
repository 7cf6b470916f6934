import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const ind = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => ({ value, unit }));
const percents = (body: string) => ind(body).filter((f) => f.unit === "percent");

describe("falls read as negative percentages", () => {
  it("reads a percentage right after a verb of falling as negative", () => {
    expect(percents("Exports to the bloc fell 8.1 per cent year on year.")).toEqual([{ value: -8.1, unit: "percent" }]);
    expect(percents("Shipments of wheat dropped by about 20 percent in 2009.")).toEqual([
      { value: -20, unit: "percent" },
    ]);
    expect(percents("Pledges reached $13 billion, down 16 per cent year-on-year.")).toEqual([
      { value: -16, unit: "percent" },
    ]);
  });

  it("reads a noun of falling before 'of' the same way", () => {
    expect(percents("The figures show a decline of 12% from last year.")).toEqual([{ value: -12, unit: "percent" }]);
  });

  it("leaves a level reached by a fall positive", () => {
    expect(percents("Inflation fell to 3% in May.")).toEqual([{ value: 3, unit: "percent" }]);
    expect(percents("Growth rose 7% last year.")).toEqual([{ value: 7, unit: "percent" }]);
  });

  it("reads a minus sign after a comma as the sign of a change", () => {
    expect(percents("Total startup funding: $529 million, -27% y/y.")).toEqual([{ value: -27, unit: "percent" }]);
  });
});

describe("counts in an interview's answer turns", () => {
  it("leaves a count the interviewee gives in an answer without quotation marks to the speaker", () => {
    const body = [
      "Before the minister's visit to Hanoi, Polish Ambassador Jan Kowalczyk sat down with our reporter.",
      "Q: What will the visit achieve?",
      "We hope to sign a strategic partnership, and Poland will send 40 teachers to Vietnamese universities next year.",
      "Q: And for students?",
      "Polish universities will welcome more Vietnamese students next year.",
    ].join("\n\n");
    expect(ind(body)).toEqual([]);
  });

  it("still reads a count the report states outside the answers", () => {
    const body = [
      "Poland has sent 40 teachers to Vietnamese universities, Polish Ambassador Jan Kowalczyk told our reporter.",
      "Q: What will the visit achieve?",
      "We hope to sign a strategic partnership.",
    ].join("\n\n");
    expect(ind(body)).toEqual([{ value: 40, unit: "teachers" }]);
  });
});
