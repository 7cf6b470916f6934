import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 50: a caption closed by a picture-only word alone in brackets ("(Handout)"), by a paper's own picture desk and
// its photographer ("(<Paper> photo/<Name>)") or by a long labelled credit ("Credit: <Office> / press materials"); a
// site's short name on the first line, its menu and a newsletter pitch under it, over a long headline.
const read = (lines: readonly string[]) => cleanArticle(normaliseText(lines.join("\n\n")));

const headline = "Chile and Vietnam agree to widen their trade deal to services and investment";
const lead =
  "Chile and Vietnam agreed on Wednesday to widen their free trade agreement to services and investment, the two trade ministers said after talks in Santiago.";
const more =
  "The ministers also discussed copper, wine and seafood, which make up most of the goods the two countries trade with each other.";

describe("a caption closed by a bracketed desk credit", () => {
  it("drops a caption closed by a picture-only word alone in brackets", () => {
    const caption = "Trade ministers walk to the talks at the foreign ministry in Santiago on Wednesday (Handout)";
    const cleaned = read([headline, caption, lead, more]);
    expect(cleaned.body).not.toContain("(Handout)");
    expect(cleaned.body).toContain(lead);
  });

  it("drops a caption closed by a short bracketed note opened by 'Photo'", () => {
    const caption = "The two trade ministers at the foreign ministry in Santiago. (Photo Web reproduction)";
    const cleaned = read([headline, caption, lead, more]);
    expect(cleaned.body).not.toContain("Web reproduction");
    expect(cleaned.body).toContain(lead);
  });

  it("keeps a sentence that only mentions a handout in brackets inside it", () => {
    const sentence =
      "The ministry gave out a statement (handout) before the talks, and the ministers then met the press.";
    const cleaned = read([headline, lead, sentence, more]);
    expect(cleaned.body).toContain(sentence);
  });

  it("drops a caption closed by a paper's picture desk and its photographer", () => {
    const caption =
      "Exporters queue outside the trade office in Valparaiso last Monday. (Andes Daily photo/Rosa Vidal)";
    const cleaned = read([headline, caption, lead, more]);
    expect(cleaned.body).not.toContain("Rosa Vidal");
    expect(cleaned.body).toContain(lead);
  });
});

describe("a caption closed by a long labelled credit", () => {
  it("drops the caption and its credit naming an office and its material", () => {
    const caption =
      "Vineyards near Santiago in spring. Credit: Chilean National Export Promotion Agency / press materials";
    const cleaned = read([headline, caption, lead, more]);
    expect(cleaned.body).not.toContain("press materials");
    expect(cleaned.body).toContain(lead);
  });
});

describe("a site's short name over its menu and a newsletter pitch", () => {
  it("takes the long headline, not the site's name that shares a word with the lead", () => {
    // The headline echoes the lead no more than the name does: one word each.
    const long = "Chile lets Vietnamese builders and bankers bid for its public works";
    const cleaned = read([
      "Letters from Chile",
      "News  Politics  Economy  Culture  Opinion  Support us",
      "Newsletter: Chile this week — sign up",
      long,
      lead,
      more,
    ]);
    expect(cleaned.hints.title).toBe(long);
    expect(cleaned.body).not.toContain("Support us");
    expect(cleaned.body).not.toContain("sign up");
  });
});
