import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { opensAsByline } from "./bylines.js";
import { cleanArticle } from "./index.js";
import { readInlineMarks } from "./inline-marks.js";
import { isForeignScriptLine, isPictureCredit } from "./story-model.js";

// Round 29: noise left on single-story pages, read by shape. Sentences are the tests' own.
const clean = (text: string) => cleanArticle(normaliseText(text));
const STORY = [
  "Laos and Vietnam on Friday agreed to open two more border gates for trucks carrying farm goods, officials said.",
  "The new gates will cut the drive from the northern provinces to the river ports by half a day, traders said.",
  "Both sides also agreed to share customs data so that trucks can be cleared once, at the first gate they reach.",
];

describe("marks inside a story's own lines", () => {
  it("drops a printed page's link target written out inside a sentence, and keeps a related link's line whole", () => {
    expect(readInlineMarks("The minister (https://example.org/tag/minister) met the envoy in Vientiane.").text).toBe(
      "The minister met the envoy in Vientiane.",
    );
    expect(readInlineMarks("It opened a school in Pakse (https://example.org/tag/laos), which Hanoi funds.").text).toBe(
      "It opened a school in Pakse, which Hanoi funds.",
    );
    const related = "Border trade rises in May (https://example.org/2024/05/border-trade)";
    expect(readInlineMarks(related).text).toBe(related);
  });

  it("drops an aggregator's bracket naming a known agency before the dateline and reads the agency", () => {
    expect(readInlineMarks("(NEWSWIRE- Xinhua) VIENTIANE, May 5. Laos and Vietnam met.")).toEqual({
      text: "VIENTIANE, May 5. Laos and Vietnam met.",
      agency: "Xinhua",
    });
    const unknown = "(NEWSWIRE- Some Blog Of Mine) VIENTIANE, May 5. Laos and Vietnam met.";
    expect(readInlineMarks(unknown)).toEqual({ text: unknown, agency: null });
  });

  it("drops a wiki's edit link after a section's heading, so 'See also' ends the article", () => {
    expect(readInlineMarks("Trade relations[edit]").text).toBe("Trade relations");
    const body = clean([...STORY, "See also[edit]", "Laos–Vietnam border", "References[edit]"].join("\n\n")).body;
    expect(body).not.toContain("See also");
    expect(body).not.toContain("Laos–Vietnam border");
    expect(body).toContain("first gate they reach");
  });
});

describe("credits, bylines and foreign lines", () => {
  it("reads a picture's credit set name first with a spaced slash, and not a reporter's unspaced signoff", () => {
    expect(isPictureCredit("Jane Doe / Reuters")).toBe(true);
    expect(isPictureCredit("Thanh Tam/CVN")).toBe(false);
    expect(isPictureCredit("Laos / Vietnam Border Talks")).toBe(false);
  });

  it("reads an interview's 'conducted by' line as a byline, and not a transcript's reporter label", () => {
    expect(opensAsByline("Interview conducted by Jane Roe and John Poe in Vientiane")).toBe(true);
    expect(opensAsByline("REPORTER (DAILY EXAMPLE): Will the gates open this year?")).toBe(false);
    const body = clean(
      ["Laos opens its border wider", STORY[0], "Interview conducted by Jane Roe in Vientiane", ...STORY.slice(1)].join(
        "\n\n",
      ),
    ).body;
    expect(body).not.toContain("Interview conducted by");
  });

  it("takes a short line with no Latin letter at all on a Latin page for another script's", () => {
    expect(isForeignScriptLine("128篇原创内容")).toBe(true);
    expect(isForeignScriptLine("Laos 老挝")).toBe(false);
  });
});

describe("site notes and teasers", () => {
  it("drops a teaser that repeats the lead after one short sentence of the site's own", () => {
    const teaser = `Read the newest stories on Asia at Example Daily. ${STORY[0]}`;
    const body = clean([teaser, ...STORY].join("\n\n")).body;
    expect(body).not.toContain("Example Daily");
    expect(body.startsWith(STORY[0] as string)).toBe(true);
  });

  it("drops a summarising site's note pointing to the full text and its 'Similar news' line", () => {
    const body = clean(
      [
        ...STORY,
        "This is a short version of the news; you can read the full story here. Read more:",
        "Similar News:More stories like this one from other news sources.",
      ].join("\n\n"),
    ).body;
    expect(body).not.toContain("full story");
    expect(body).not.toContain("Similar News");
  });
});

describe("a blog platform's author box", () => {
  it("drops the one-line bio under the author's follower counter, and keeps a closing sentence of the story", () => {
    const body = clean(
      [
        ...STORY,
        "The gates open in June.",
        "Written by Jane Roe",
        "1.2K Followers",
        "Trade economist. Vientiane / Hanoi.",
        "Follow",
      ].join("\n\n"),
    ).body;
    expect(body).not.toContain("Trade economist");
    expect(body).toContain("The gates open in June.");
  });
});
