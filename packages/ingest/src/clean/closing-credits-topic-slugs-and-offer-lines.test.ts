import { describe, expect, it } from "vitest";
import { readBareCredit, readSignoff } from "./bylines.js";
import { splitLabelGluedCaption } from "./captions.js";
import { readInlineMarks } from "./inline-marks.js";
import { clean, expectStoryOnly, LAST, LEAD, lines, MORE, STORY, TITLE } from "./testing/story-parts.js";
import { isToolBar } from "./tool-bars.js";

// Round 39: credits, marks and offers left in the body of held-out pages. Each test sets the shape beside a story
// line of the same look that must stay.

describe("credits closing the story", () => {
  it("reads a paper's initials before the agency's sign-off as part of the tag, the agency as the source", () => {
    const signoff = readSignoff("Both ministers will meet again in Bangkok in December. KP/VNA");
    expect(signoff?.removed).toBe("KP/VNA");
    expect(signoff?.source).toBe("VNA");
    expect(clean(lines(TITLE, LEAD, MORE, `${LAST} KP/VNA`)).body).toBe(STORY);
  });

  it("keeps a sentence that closes on two bodies joined by a slash", () => {
    expect(readSignoff("Both ministers will meet again under the ASEAN/UN.")).toBeNull();
  });

  it("drops the reporter's name and mail address under the story", () => {
    expect(readBareCredit("Somchai Keomany skeo@example.la")?.author).toBe("Somchai Keomany");
    expectStoryOnly("bottom", "Somchai Keomany skeo@example.la");
  });

  it("keeps a line that gives an office's address", () => {
    expect(readBareCredit("Press office press@example.la")).toBeNull();
  });

  it("drops a note on the writer under a footnote's star", () => {
    const page = lines(
      TITLE,
      "By Somchai Keomany",
      LEAD,
      MORE,
      LAST,
      "*Somchai Keomany is a visiting fellow at a foreign affairs institute in Vientiane. This piece first ran in its bulletin.",
    );
    expect(clean(page).body).toBe(STORY);
  });
});

describe("a wire's topic slug", () => {
  it("drops the slug in brackets after the paragraph's last stop", () => {
    expect(readInlineMarks(`${LAST} (Laos-Thailand-Bridge)`).text).toBe(LAST);
  });

  it("keeps a bracket of hyphenated names inside a sentence", () => {
    const sentence = "The three countries meet in a trilateral forum (Laos-Thailand-Vietnam) every spring.";
    expect(readInlineMarks(sentence).text).toBe(sentence);
  });
});

describe("page tools, notices and offers", () => {
  it("reads a Vietnamese site's print, send and feedback links as a tool bar", () => {
    expect(clean(lines(TITLE, "By Somchai Keomany", "In bản tin  Gửi email  Phản hồi", LEAD, MORE, LAST)).body).toBe(
      STORY,
    );
    expect(isToolBar("In Hanoi the talks went on")).toBe(false);
  });

  it("drops a short notice closed by a call to click", () => {
    expectStoryOnly(
      "bottom",
      "Registration is open for the spring course on river law. Click here for more information.",
    );
  });

  it("keeps a story sentence that speaks of clicking", () => {
    const sentence = "Exporters can click through the new customs rules on the ministry's site, officials said.";
    expect(clean(lines(TITLE, LEAD, sentence, MORE, LAST)).body).toBe([LEAD, sentence, MORE, LAST].join("\n\n"));
  });

  it("drops a subscription offer's benefit lines between its prompts", () => {
    expectStoryOnly(
      "top",
      "You are reading a free article.",
      "Ad-free reading of every new article and the full archive",
      "Ten issues a year in print and online editions",
      "Subscribe Now",
    );
  });

  it("keeps a story sentence that counts a yearly number", () => {
    const sentence = "Ten ships a year are expected to use the new river port, the ministry said.";
    expect(clean(lines(TITLE, LEAD, sentence, MORE, LAST)).body).toBe([LEAD, sentence, MORE, LAST].join("\n\n"));
  });
});

describe("a caption run into the lead", () => {
  it("splits a caption and its labelled credit glued to the story's first sentence with no space", () => {
    const caption = "The two ministers walk along the river bank in Vientiane on Monday.";
    const glued = `${caption}Photo: Somchai Keo/Lao Daily Post${LEAD}`;
    expect(splitLabelGluedCaption(glued)?.rest).toBe(LEAD);
    expect(clean(lines(TITLE, glued, MORE, LAST)).body).toBe(STORY);
  });

  it("keeps two sentences glued with no label between them", () => {
    const paragraph = `The talks ended on Monday.Photographers waited outside the ministry for both delegations. ${MORE}`;
    expect(splitLabelGluedCaption(paragraph)).toBeNull();
  });
});
