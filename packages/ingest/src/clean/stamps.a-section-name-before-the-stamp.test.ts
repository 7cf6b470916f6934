import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { isSectionedStamp } from "./stamps.js";

// Round 49: a news site sets its section's name in capitals before the story's stamp, on one line above the headline.
const read = (lines: readonly string[]) => cleanArticle(normaliseText(lines.join("\n")));

const headline = "Chile and Peru agree to widen their trade deal to services";
const lead =
  "Chile and Peru agreed on Wednesday to widen their free trade agreement to services and investment, the two trade ministers said after talks in Lima.";
const more =
  "The ministers also discussed copper, fruit and fishmeal, which make up most of the goods the two countries trade with each other.";

describe("a section's name before the date and clock of the stamp", () => {
  it("is a stamp line", () => {
    expect(isSectionedStamp("BUSINESS   MAR. 03, 2026 - 09:40PM JST")).toBe(true);
    expect(isSectionedStamp("WORLD NEWS Mar. 3, 2026 - 9:40 PM")).toBe(true);
  });

  it("is never the title, and goes as the page's stamp", () => {
    const cleaned = read([
      "LIMA DAILY",
      "Menu  Search  Log in",
      "",
      "BUSINESS   MAR. 03, 2026 - 09:40PM JST",
      "",
      headline,
      "",
      "(4) Comments",
      "",
      "LIMA —",
      "",
      lead,
      "",
      more,
    ]);
    expect(cleaned.hints.title).toBe(headline);
    expect(cleaned.noise).toContainEqual(
      expect.objectContaining({ kind: "dateline", text: "BUSINESS MAR. 03, 2026 - 09:40PM JST" }),
    );
  });

  it("leaves a headline in capitals with a date but no clock alone", () => {
    expect(isSectionedStamp("TALKS END MAR. 3, 2026")).toBe(false);
  });
});
