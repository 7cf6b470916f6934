import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { readPlacedNames } from "./bylines.js";
import { isPublicationDateLine } from "./datelines.js";
import { cleanArticle } from "./index.js";
import { isRelatedHeading } from "./related.js";
import { isMediaLabel } from "./story-model.js";

// Furniture of business, analysis, magazine and broadcaster pages (round 10): each test fails if the shape is read as
// story, or if the story's own lines are taken for it.
const clean = (text: string, given = {}) => cleanArticle(normaliseText(text), given);
const lines = (...parts: string[]) => parts.join("\n");

const TITLE = "Chile and Vietnam open talks on a wider trade pact";
const LEAD =
  "Chile and Vietnam agreed on Tuesday to open talks on a wider trade agreement, the two trade ministers said after meeting in Santiago.";
const MORE =
  "Two-way trade has doubled in five years, led by Chilean copper and fruit and Vietnamese phones and footwear, officials from both sides said.";
const QUOTED =
  '"Our exporters have already found each other," the Chilean minister said. "Now the rules have to catch up with them."';

describe("closing notes on the author", () => {
  it("drops a note on the byline's author even when the byline stands under a standfirst", () => {
    const standfirst =
      "A copper exporter and a phone maker have more in common than their maps suggest, and both capitals know it now.";
    const note = "Lucia Ferrand is a Senior Fellow in the Andes Trade Programme at a university in Santiago.";
    const cleaned = clean(lines(TITLE, standfirst, "By Lucia Ferrand", LEAD, MORE, note, "Tags", "Trade"));
    expect(cleaned.body).not.toContain("Senior Fellow");
    expect(cleaned.body).toContain(MORE);
  });

  it("drops a note on a stranger whose surname the story only holds inside a longer word", () => {
    const story = `${LEAD} Both sides drew a line under an old dispute over salmon.`;
    const note = "Mei Lin is a senior associate with the Latin America Program at a research centre in Washington.";
    const cleaned = clean(lines(TITLE, story, MORE, note));
    expect(cleaned.body).not.toContain("senior associate");
  });

  it("keeps a closing paragraph on someone the story quoted", () => {
    const story = `${LEAD} "We are ready," said Rosa Vidal, the chief negotiator.`;
    const closing = "Rosa Vidal is a veteran negotiator who led Chile's talks with three Asian partners.";
    const cleaned = clean(lines(TITLE, story, MORE, closing));
    expect(cleaned.body).toContain(closing);
  });
});

describe("pull quotes", () => {
  it("drops a quotation set alone that repeats an attributed quotation, before or after it", () => {
    for (const order of [0, 1]) {
      const pull = '"Now the rules have to catch up with them."';
      const body = order === 0 ? [LEAD, pull, QUOTED, MORE] : [LEAD, QUOTED, pull, MORE];
      const cleaned = clean(lines(TITLE, ...body));
      expect(cleaned.body).toBe([LEAD, QUOTED, MORE].join("\n\n"));
    }
  });

  it("keeps a quotation paragraph that continues a speaker with new words", () => {
    const next = '"We expect the first round of talks before the end of the year, in Hanoi."';
    const cleaned = clean(lines(TITLE, LEAD, QUOTED, next, MORE));
    expect(cleaned.body).toContain(next);
  });
});

describe("picture and media widgets", () => {
  it("reads a widget's caption label as the widget's, whatever follows it", () => {
    expect(isMediaLabel("Image caption The two ministers at the foreign ministry in Santiago")).toBe(true);
    expect(isMediaLabel('Media caption Our correspondent reports: "Few here expected it"')).toBe(true);
    expect(isMediaLabel("hide caption")).toBe(true);
    expect(isMediaLabel("Image of the week shows the two ministers")).toBe(false);
  });

  it("drops a short caption over its photographer's credit and the widget's toggles", () => {
    const caption = "The two trade ministers shake hands in Santiago on Tuesday.";
    const cleaned = clean(
      lines(TITLE, caption, "Ana Rojas/AFP", "hide caption", "toggle caption", "Ana Rojas/AFP", LEAD, MORE),
    );
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("drops a caption closed by a photographer and an agency's picture desk in brackets", () => {
    const caption =
      "The two trade ministers at the foreign ministry in Santiago on Tuesday (Ana Rojas/Reuters Pictures)";
    const cleaned = clean(lines(TITLE, caption, LEAD, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("drops a video card's line and an audio player's clock", () => {
    const cleaned = clean(
      lines(TITLE, "00:00 / 03:41", LEAD, "VIDEO 02:10 How copper pays for phones Markets Today", MORE),
    );
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });
});

describe("stamps, bylines and rails", () => {
  it("reads a stamp in brackets or with its city's time as a publication line", () => {
    expect(isPublicationDateLine("(Latest Update March 4, 2025)")).toBe(true);
    expect(isPublicationDateLine("Published 4 Mar 2025 10:30 Santiago time")).toBe(true);
    expect(isPublicationDateLine("(Chile and Vietnam signed in 2025)")).toBe(false);
  });

  it("reads reporters with the places they filed from as a byline, and only names of people", () => {
    expect(readPlacedNames("Lucia Ferrand in Santiago and Tran Minh Duc in Hanoi")?.author).toBe(
      "Lucia Ferrand, Tran Minh Duc",
    );
    // One name and a place may be a headline's words ("Copper Prices in Santiago"): two reporters make the byline.
    expect(readPlacedNames("Copper Prices in Santiago")).toBeNull();
  });

  it("reads a related heading set in brackets", () => {
    expect(isRelatedHeading("[Related Articles]")).toBe(true);
    expect(isRelatedHeading("[Chile]")).toBe(false);
  });

  it("drops the reporters' slash sign-off and a sign-up box's line under the story", () => {
    const cleaned = clean(
      lines(
        TITLE,
        LEAD,
        MORE,
        "Sign up for our Latin America newsletter",
        "The region's trade news from six capitals, every Monday.",
        "By registering, you agree to our terms and privacy policy",
        "Lucia Ferrand - Tran Minh Duc / Andes Ledger correspondents in Santiago",
      ),
    );
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });
});

describe("titles and sources", () => {
  it("takes the headline over a tagline and a section banner that stand above the site's menu", () => {
    const cleaned = clean(
      lines(
        "Andes Ledger",
        "Every story from the Andes, in English",
        "Home",
        "Politics",
        "Business",
        "Ledger x Vietnam",
        "Economy",
        "Trade",
        TITLE,
        LEAD,
        MORE,
      ),
    );
    expect(cleaned.hints.title).toBe(TITLE);
  });

  it("credits the agency of an author slot that holds the day after the name", () => {
    expect(clean(lines(TITLE, LEAD, MORE), { author: "JIJI Mar 4, 2025" }).hints.source).toBe("Jiji");
  });

  it("credits the agency a dateline names after the outlet and a slash", () => {
    const cleaned = clean(lines(TITLE, `NDO/VNA – ${LEAD}`, MORE));
    expect(cleaned.hints.source).toBe("VNA");
  });
});
