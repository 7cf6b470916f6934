import { describe, expect, it } from "vitest";
import { cleanArticle } from "./index.js";

// Round 25: a table pasted as text loses its tabs; its rows are not a promotion set twice.
describe("cleaning: the rows of a table copied as text", () => {
  it("keeps consecutive rows that share their level and year", () => {
    const text = [
      "Vietnam now counts a dozen comprehensive strategic partners, and the latest are listed below for readers.",
      "Partner Level Year",
      "Australia Comprehensive Strategic Partnership 2024",
      "France Comprehensive Strategic Partnership 2024",
      "Malaysia Comprehensive Strategic Partnership 2024",
      "Officials in Hanoi say the action plans that follow each upgrade matter more than the labels themselves.",
    ].join("\n");
    const body = cleanArticle(text, {}).body;
    expect(body).toContain("France Comprehensive Strategic Partnership 2024");
    expect(body).toContain("Malaysia Comprehensive Strategic Partnership 2024");
  });
});
