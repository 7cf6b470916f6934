import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

// Round 43 (issue 11): a trade pact is a treaty, not a body (test/READING.md), but a body it set up makes it one here,
// as the seeds' gold reads "the Industry Cooperation Committee of the Regional Comprehensive Economic Partnership".
// Sentences are the tests' own.
const organizations = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.name);

describe("a treaty that owns a body", () => {
  it("reads the treaty as an organisation when a committee of it is named", () => {
    const body =
      "Ms Lan, who chairs the Joint Committee of the Regional Comprehensive Economic Partnership (RCEP), met the minister.";
    expect(organizations(body)).toContain("Regional Comprehensive Economic Partnership");
  });

  it("a treaty named as an agreement alone stays no body", () => {
    const body =
      "Both countries are parties to the Regional Comprehensive Economic Partnership, which took effect in 2022.";
    expect(organizations(body)).not.toContain("Regional Comprehensive Economic Partnership");
  });
});
