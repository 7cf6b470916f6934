import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown-text.js";

describe("markdownToText", () => {
  it("keeps the words of headings, emphasis, links and lists and drops the markers", () => {
    const markdown = [
      "## Vietnam, Japan upgrade ties",
      "",
      "**Hanoi** – Vietnam and [Japan](https://example.org/japan) elevated ties to a *Comprehensive Strategic Partnership*.",
      "",
      "- Trade reached 50 billion USD",
      '> "We are partners," the minister said.',
      "![Photo of the leaders](photo.jpg)",
    ].join("\n");
    expect(markdownToText(markdown)).toBe(
      [
        "Vietnam, Japan upgrade ties",
        "",
        "Hanoi – Vietnam and Japan elevated ties to a Comprehensive Strategic Partnership.",
        "",
        "Trade reached 50 billion USD",
        '"We are partners," the minister said.',
        "",
      ].join("\n"),
    );
  });

  it("leaves snake_case words and arithmetic alone", () => {
    expect(markdownToText("the fta_partners key and 3 * 4 = 12")).toBe("the fta_partners key and 3 * 4 = 12");
  });

  it("keeps a pipe table's rows as marked rows for the cleaner and drops its rule row", () => {
    const markdown = [
      "Viet Nam's foreign relations at the end of 2024:",
      "",
      "| Measure | Count |",
      "|---|:---:|",
      "| Countries with diplomatic relations | 194 |",
      "| Strategic partners | 17 |",
    ].join("\n");
    expect(markdownToText(markdown)).toBe(
      [
        "Viet Nam's foreign relations at the end of 2024:",
        "",
        "| Measure | Count |",
        "",
        "| Countries with diplomatic relations | 194 |",
        "| Strategic partners | 17 |",
      ].join("\n"),
    );
  });

  it("marks a row of one filled cell as plain text, and a bar inside a cell as a slash", () => {
    const markdown = ["| Partner | Year | Level |", "|---|---|---|", "| Japan |  |  |", "| Laos | 1962 | A/B |"].join(
      "\n",
    );
    expect(markdownToText(markdown)).toBe(
      ["| Partner | Year | Level |", "", "Japan", "| Laos | 1962 | A/B |"].join("\n"),
    );
  });
});
