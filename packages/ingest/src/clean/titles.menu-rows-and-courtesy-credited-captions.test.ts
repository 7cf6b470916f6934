import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 44: a site's long menu row, or a row led by "Home", above the headline is no title; a caption closed by a
// labelled courtesy credit ("Image courtesy: X/@handle") is a caption.
const read = (lines: readonly string[]) => cleanArticle(normaliseText(lines.join("\n\n")));

const headline = "Chile and Vietnam agree to widen their trade deal to services";
const lead =
  "Chile and Vietnam agreed on Wednesday to widen their free trade agreement to services and investment, the two trade ministers said after talks in Santiago.";
const more =
  "The ministers also discussed copper, wine and seafood, which make up most of the goods the two countries trade with each other.";

describe("a menu row above the headline", () => {
  it("skips a row led by 'Home' for the headline that echoes the lead", () => {
    const cleaned = read([
      "Workplace",
      "Home   Network   Jobs   Messaging   Alerts   Me   For Business   Try Premium for USD0",
      "Chile's export ladder in 2026: what the new rankings mean for growers",
      "Jane Roe\nPartner, Andes Advisory | Market entry | Santiago\nPublished Jan 12, 2026\n+ Follow",
      "Every time a minister lands in Santiago, clients ask me the same question about their export plans and what changes for them.",
      more,
    ]);
    expect(cleaned.hints.title).toBe("Chile's export ladder in 2026: what the new rankings mean for growers");
  });

  it("keeps a short title-case headline opening on 'Home' when nothing below echoes the lead more", () => {
    const title = "Home Ministry Opens New Border Posts";
    const cleaned = read([
      title,
      "The ministry opened three border posts on Tuesday, officials said in a statement.",
      "The posts will ease trade with the neighbouring provinces, the statement added.",
    ]);
    expect(cleaned.hints.title).toBe(title);
  });
});

describe("a caption closed by a labelled courtesy credit", () => {
  it("drops the caption above the lead", () => {
    const caption =
      "The trade ministers of Chile and Vietnam at the presidential palace in Santiago on Wednesday. Image courtesy: X/@tradeministry";
    const cleaned = read([headline, caption, lead, more]);
    expect(cleaned.body).not.toContain("Image courtesy");
    expect(cleaned.body).toContain("copper, wine and seafood");
  });
});
