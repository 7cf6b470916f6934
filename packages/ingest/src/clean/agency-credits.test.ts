import { describe, expect, it } from "vitest";
import { withSiteSuffix } from "../read/html.js";
import { cleanArticle } from "./clean.js";
import { siteSuffixAgency } from "./title.js";

const STORY =
  "Delegations from the two countries met in the capital on Tuesday to discuss trade, investment and closer cooperation in education, health and farming over the coming five years.";

describe("agency credits and page noise", () => {
  it("reads the first agency of a contributor note as the source and drops the note", () => {
    const cleaned = cleanArticle(`${STORY}\n\nKyodo and Reuters contributed reporting.`);
    expect(cleaned.hints.source).toBe("Kyodo");
    expect(cleaned.body).not.toContain("contributed");
    expect(cleanArticle(`${STORY}\n\nReuters contributed to this report.`).hints.source).toBe("Reuters");
  });

  it("reads an agency and reporter sign-off after a dash", () => {
    const cleaned = cleanArticle(`${STORY}\n\n– ANN/Siti Aminah`);
    expect(cleaned.hints.source).toBe("ANN");
    expect(cleaned.body).not.toContain("Siti Aminah");
  });

  it("reads an agency tag closing the last sentence", () => {
    expect(cleanArticle(`${STORY.slice(0, -1)}.—MNA`).hints.source).toBe("MNA");
    expect(cleanArticle(`${STORY} (MNA)`).hints.source).toBe("MNA");
  });

  it("drops report notes, taglines, tag lines, visitor counters and a photo's domain credit", () => {
    const text = [
      "The Leading Newspaper of Somewhere Island",
      "Leaders agree to expand trade",
      "Officials at the signing in the capital. Example.ru",
      STORY,
      "(With a report from Jane Q. Writer)",
      "Read more about: Trade, Asia, Leaders",
      "Visitors: 1234567",
    ].join("\n\n");
    const { body } = cleanArticle(text);
    for (const noise of ["Leading Newspaper", "Example.ru", "With a report", "Read more about", "Visitors"])
      expect(body).not.toContain(noise);
    expect(body).toContain("Delegations from the two countries");
  });

  it("takes a title's site suffix as the source only when it names an agency", () => {
    expect(siteSuffixAgency("Leaders agree to expand trade - CNA")).toBe("CNA");
    expect(siteSuffixAgency("Leaders agree to expand trade | The Straits Times")).toBeNull();
    expect(siteSuffixAgency("Leaders agree to expand trade")).toBeNull();
  });

  it("keeps a page title that adds a known outlet's name to the share title", () => {
    expect(withSiteSuffix("Leaders agree", "Leaders agree - CNA")).toBe("Leaders agree - CNA");
    expect(withSiteSuffix("Leaders agree", "Leaders agree - Some Blog")).toBe("Leaders agree");
  });
});
