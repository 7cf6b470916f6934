import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { isEdgeNote } from "./page-edges.js";

// Round 22: the furniture real pages still left in the body. A wire site's corporate footer and market-data note, a
// donation pitch, a reporter's beat note, a blog's repost note and its own bracketed note, a comment thread's sort bar,
// a release's "Inquiries:" line, a "Source: <agency>" tag or a web address glued to the last paragraph, and a
// caption's dashed agency credit glued to the story's bracketed tag.
const read = (text: string) => cleanArticle(normaliseText(text));
const clean = (text: string) => read(text).body;

const story = [
  "Vietnam and Malaysia agreed on Tuesday to raise two-way trade and to cooperate on semiconductors and energy.",
  "",
  "The two prime ministers witnessed the signing of five cooperation documents after their talks in the capital.",
  "",
  '"We want our trade to be balanced and sustainable," the Malaysian prime minister told reporters after the talks.',
].join("\n");

describe("a wire site's footer and a donation pitch under the story", () => {
  it("drops the corporate footer and the market-data note", () => {
    const body = clean(
      `${story}\n\nNorthwind is the news and media division of Harbour Holdings.\nAll quotes delayed a minimum of 15 minutes.`,
    );
    expect(body).not.toContain("news and media division");
    expect(body).not.toContain("quotes delayed");
    expect(body).toContain("balanced and sustainable");
  });

  it("drops a pitch asking readers to support journalism", () => {
    const pitch =
      "The region needs fair, independent and questioning journalism, packed with reporting from the ground.";
    const body = clean(`${story}\n\n${pitch}\nIf you value our journalism, please consider a monthly contribution.`);
    expect(body).not.toContain("questioning journalism");
    expect(body).not.toContain("monthly contribution");
  });

  it("keeps a story sentence about journalism", () => {
    const line = "The minister said the country needs more trained reporters and better journalism schools.";
    expect(clean(`${story}\n\n${line}`)).toContain(line);
  });
});

describe("a reporter's beat note", () => {
  it("reads '<Name> covers … for <Outlet>' and the pronoun sentence after it as a note", () => {
    const note =
      "Tom Baker covers mining and energy for The Harbour Review from Perth. He previously worked in Hong Kong.";
    expect(isEdgeNote(note, story)).toBe(true);
  });

  it("reads a surname alone before the beat verb", () => {
    expect(isEdgeNote("Park covers trade and Southeast Asia for DAILY PRESS.", story)).toBe(true);
  });

  it("keeps a story sentence naming someone the story names", () => {
    const rest = `${story} Minister Tran said the plan was ready.`;
    expect(isEdgeNote("Tran covers the ministry's budget for next year in his report.", rest)).toBe(false);
  });
});

describe("a blog's repost notes and a comment thread's sort bar", () => {
  it("drops the repost note, the blogger's bracketed note and the thread after 'sorted by'", () => {
    const page = [
      "Reposted from a wire story.",
      "",
      story,
      "",
      "(My note: the two sides first set this target years ago. -- admin)",
      "",
      "sorted by: best",
      "",
      "reader_one 4 points 2 days ago",
      "Good news for the students, visas are still slow though.",
    ].join("\n");
    const body = clean(page);
    expect(body).not.toContain("Reposted from");
    expect(body).not.toContain("My note");
    expect(body).not.toContain("sorted by");
    expect(body).not.toContain("visas are still slow");
    expect(body).toContain("five cooperation documents");
  });
});

describe("tags glued to the story's edges", () => {
  it("drops a 'Source: <agency>' tag closing the last paragraph and credits the agency", () => {
    const cleaned = read(`${story}\n\nBoth sides agreed to meet again next year in Kuala Lumpur. Source: Bernama`);
    expect(cleaned.body).not.toContain("Source:");
    expect(cleaned.body).toContain("meet again next year in Kuala Lumpur.");
    expect(cleaned.hints.source).toBe("Bernama");
  });

  it("drops an outlet's web address after a dash closing the story", () => {
    const body = clean(`${story}\n\nThe forum was attended by some 300 business people. – Govnews.gov.za`);
    expect(body).not.toContain("Govnews");
    expect(body).toContain("300 business people.");
  });

  it("splits a caption closed by a dashed credit glued to the story's bracketed tag", () => {
    const line =
      "The two prime ministers at the welcome ceremony in the capital. --AKP(AKP) Cambodia and Vietnam agreed on Monday to open a new border gate before the end of the year.";
    const cleaned = read(`${line}\n\n${story}`);
    expect(cleaned.body).not.toContain("welcome ceremony");
    expect(cleaned.body).toContain("Cambodia and Vietnam agreed on Monday");
    expect(cleaned.hints.source).toBe("AKP");
  });

  it("drops a release's 'Inquiries:' line", () => {
    const body = clean(`${story}\n\nInquiries: Media and Public Relations Division, Tokyo Office`);
    expect(body).not.toContain("Inquiries");
  });
});
