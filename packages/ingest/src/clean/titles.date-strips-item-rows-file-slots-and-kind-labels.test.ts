import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { isPublicationDateLine } from "./datelines.js";
import { cleanArticle } from "./index.js";

// Round 45: lines above the headline that took its place — a masthead's date strip with the weather after a dash, a
// feed reader's item rows with their ages, a cache's lower-case stamp under the headline, a province menu under a
// label, a menu row whose sections run in lower case, a download slot's files with their sizes — and the kind of
// document a board sets in square brackets before the headline.
const read = (lines: readonly string[]) => cleanArticle(normaliseText(lines.join("\n")));

const headline = "Chile and Vietnam agree to widen their trade deal to services";
const lead =
  "Chile and Vietnam agreed on Wednesday to widen their free trade agreement to services and investment, the two trade ministers said after talks in Santiago.";
const more =
  "The ministers also discussed copper, wine and seafood, which make up most of the goods the two countries trade with each other.";

describe("a masthead's date strip with the weather after a dash", () => {
  it.each(["Tuesday, March 3, 2026 - Weather: Santiago 14-27°C", "Tuesday, March 3, 2026 – Santiago 21°C"])(
    "%s is a publication date line",
    (line) => {
      expect(isPublicationDateLine(line)).toBe(true);
    },
  );

  it("is a headline's words before the weather, not a date line", () => {
    expect(isPublicationDateLine("Chile and Vietnam talk trade - Weather: Santiago 14-27°C")).toBe(false);
  });

  it("is never the title", () => {
    const cleaned = read([
      "The Santiago Courier",
      "Tuesday, March 3, 2026 - Weather: Santiago 14-27°C",
      headline,
      "Chile and Vietnam agreed on Tuesday, March 3, to widen their free trade agreement to services and investment, the two trade ministers said after talks.",
      more,
    ]);
    expect(cleaned.hints.title).toBe(headline);
  });
});

describe("a feed reader's item rows closed by their age", () => {
  it("skips the rows for the headline above the lead and drops the other items", () => {
    const cleaned = read([
      "My Reader",
      `${headline} — 2 hours ago`,
      "Peru lifts copper exports to a record — 3 hours ago",
      "Feed Text Story",
      headline,
      lead,
      more,
    ]);
    expect(cleaned.hints.title).toBe(headline);
    expect(cleaned.body).not.toContain("Peru lifts copper");
  });
});

describe("a cache's stamp in lower case under the headline", () => {
  it("is no second line of the headline", () => {
    const cleaned = read(["Cached News", headline, " date 2026-03-03 ", lead, more]);
    expect(cleaned.hints.title).toBe(headline);
  });
});

describe("a labelled menu of provinces above the headline", () => {
  it("is the page's menu, not the start of the story", () => {
    const cleaned = read([
      "Home  Government  Policies  Ministries  Localities  Business  Travel",
      "Localities: An Giang  Bac Giang  Bac Ninh  Ben Tre  Binh Duong  Binh Dinh  Ca Mau  Can Tho  Da Nang  Dak Lak  Dong Nai  Dong Thap  Ha Noi  Hai Phong  Khanh Hoa  Kien Giang  Lam Dong  Lao Cai  Long An  Nghe An",
      headline,
      lead,
      more,
    ]);
    expect(cleaned.hints.title).toBe(headline);
    expect(cleaned.body).not.toContain("Bac Giang");
  });
});

describe("a menu row whose sections run in lower case", () => {
  it("gives way to the headline that echoes the lead", () => {
    const cleaned = read([
      "Ministry of Trade",
      "About us   Travel and living abroad   Global issues   Countries and regions   News   Publications   Jobs",
      headline,
      "3 March 2026",
      "Chile and Vietnam agreed on Wednesday to widen their free trade agreement to services and to work together on global issues, the two trade ministers said.",
      more,
    ]);
    expect(cleaned.hints.title).toBe(headline);
  });
});

describe("a download slot's files with their sizes", () => {
  it("is never the title", () => {
    const cleaned = read([
      "Press Center > Press Releases",
      `[Press Release] ${headline}`,
      "Attachment: 260303_trade_release.hwp (1.2MB)  |  260303_trade_release.pdf (680KB)",
      lead,
      more,
    ]);
    expect(cleaned.hints.title).toBe(headline);
    expect(cleaned.body).not.toContain("260303_trade_release");
  });
});

describe("a label in square brackets before the headline", () => {
  it("goes when it names the kind of document", () => {
    const cleaned = read(["Trade Board > News", `[Press Release] ${headline}`, lead, more]);
    expect(cleaned.hints.title).toBe(headline);
  });
});
