import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { readSignoff } from "./bylines.js";
import { isSceneCaption } from "./captions.js";
import { readDateline } from "./datelines.js";
import { cleanArticle } from "./index.js";
import { unwrapNarrowColumn } from "./narrow-columns.js";

// Round 28: pages as analysts get them: an e-paper's OCR'd column, an aggregator's or a reader's wrapper, a forum's
// repost, an old table layout. Sentences are the tests' own.
const clean = (text: string) => cleanArticle(normaliseText(text));

const story = [
  "Thailand and Vietnam agreed on Friday to expand cooperation in farming, energy and tourism, the two foreign",
  "ministers said after their talks in Bangkok, adding that a joint commission would meet again next spring.",
  "",
  "Two-way trade rose to 19 billion dollars last year, and both sides want to reach 25 billion dollars by 2026.",
  "",
  "The ministers also discussed flood control along the Mekong and agreed to share more river data.",
].join("\n");

describe("an e-paper column read by OCR, in narrow lines", () => {
  const column = [
    "Page furniture of the reader app set across the top line",
    "Hanoi, Seoul sign",
    "deal on fishing",
    "Vietnam and South Korea on",
    "Wednesday signed an agree-",
    "ment on sustainable fishing",
    "that will let their coast",
    "guards share patrol data, the",
    "two agriculture min-",
    "istries said in a joint state-",
    "ment.",
    "The deal follows two years",
    "of talks and covers boats of",
    "both countries operating in",
    "the East Sea, where catches",
    "have fallen by nearly a quar-",
    "ter since 2015, officials said.",
    "(Continued on page 7)",
  ].join("\n");

  it("joins the lines of a paragraph and mends the words split at the margin", () => {
    const text = unwrapNarrowColumn(column);
    expect(text).toContain(
      "Vietnam and South Korea on Wednesday signed an agreement on sustainable fishing that will let their coast guards",
    );
    expect(text).toContain("nearly a quarter since 2015");
  });

  it("keeps a wrapped headline as one line, apart from the lead", () => {
    const lines = unwrapNarrowColumn(column).split("\n");
    expect(lines).toContain("Hanoi, Seoul sign deal on fishing");
  });

  it("keeps the jump note on its own line and the cleaner drops it", () => {
    const lines = unwrapNarrowColumn(column).split("\n");
    expect(lines).toContain("(Continued on page 7)");
    expect(clean(column).body).not.toContain("Continued on page");
  });

  it("leaves a page of ordinary paragraphs and short menu lines as it is", () => {
    const menu = ["Home", "World", "Business", "Sport", "Opinion", "Culture", "Travel"].join("\n");
    const text = `${menu}\n${menu}\n${story}`;
    expect(unwrapNarrowColumn(text)).toBe(text);
  });
});

describe("wrapper lines of aggregators, readers, e-papers and forums", () => {
  it("drops an aggregator's source-and-age line", () => {
    expect(clean(`example.gov.ph · 2 years ago\n\n${story}`).body).not.toContain("years ago");
  });

  it("drops an RSS reader's send action and an e-paper's pager and jump head", () => {
    const body = clean(`Send to...\n\nPage 5 >>\n\n${story}\n\nHanoi, Bangkok ... Page 1`).body;
    expect(body).not.toContain("Send to");
    expect(body).not.toContain("Page 5");
    expect(body).not.toContain("Page 1");
    expect(body).toContain("Two-way trade rose to 19 billion dollars");
  });

  it("ends the story at a forum post's action row: the replies after it are the readers'", () => {
    const thread = `${story}\n\nLike Reply\n\nsome_member\n\nJoined Feb 2020\n\nLaos will want the same deal soon, mark my words.`;
    const body = clean(thread).body;
    expect(body).toContain("share more river data");
    expect(body).not.toContain("mark my words");
  });

  it("keeps a sentence about liking a reply inside the story", () => {
    const body = clean(`${story}\n\nOfficials said they would like a reply from Bangkok before the summit.`).body;
    expect(body).toContain("would like a reply");
  });
});

describe("old layouts and wire tails", () => {
  it("reads an old template's dateline with a space before the colon", () => {
    expect(readDateline("SEOUL : South Korea and Vietnam signed two accords on Monday.")?.place).toBe("Seoul");
  });

  it("does not read a label with a spaced colon as a dateline", () => {
    expect(readDateline("Note : the figures are provisional.")).toBeNull();
  });

  it("reads a position-marked caption without a stop, above the lead or between the story's paragraphs", () => {
    // Round 39 (cl39): a name line that says where each stands is a caption inside the story too; no crosshead does.
    const caption = "Thai Foreign Minister Maris Sangiampongsa (R) with his Vietnamese counterpart Bui Thanh Son";
    expect(isSceneCaption(caption, { aboveStory: true, nextToPicture: () => false })).toBe(true);
    expect(isSceneCaption(caption, { aboveStory: false, nextToPicture: () => false })).toBe(true);
  });

  it("does not read a position-marked caption glued to the lead as a caption alone", () => {
    const glued =
      "Foreign Minister Ana Lopez (L) and her Vietnamese counterpart at the ministry on TuesdayHANOI – The two ministers agreed to open direct flights";
    expect(isSceneCaption(glued, { aboveStory: true, nextToPicture: () => false })).toBe(false);
  });

  it("reads dpa's tail with its editors' lower-case initials as the source", () => {
    const signoff = readSignoff("dpa xy zk");
    expect(signoff?.source).toBe("dpa");
    expect(readSignoff("The talks went well, officials said. dpa ab")?.kept).toBe(
      "The talks went well, officials said.",
    );
  });
});
