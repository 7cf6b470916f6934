import { describe, expect, it } from "vitest";
import { isCreditedCaption, isSceneCaption } from "./captions.js";
import { clean, expectStoryOnly, LAST, LEAD, lines, MORE, STORY, TITLE } from "./testing/story-parts.js";

// Round 39: page furniture still left in the body of held-out pages. Each test sets the shape beside a story line of
// the same look that must stay, and fails if either is read the other way.

const IN_STORY = { aboveStory: false, nextToPicture: () => false };

describe("a photo's caption closed by its desk's credit", () => {
  it("drops a caption closed by a dash, a desk in capitalised words, the credit word and the photographer", () => {
    for (const caption of [
      "The two ministers tour the bridge site near Nong Khai on Monday morning. — LDP Photo Somchai Keo",
      "Foreign Minister Saleumxay Kommasith greets his Thai counterpart in Vientiane - Foreign Ministry photo",
      "The two ministers tour the bridge site near Nong Khai on Monday. GOVERNMENT HOUSE PHOTO",
    ]) {
      expect(isCreditedCaption(caption), caption).toBe(true);
      expectStoryOnly("top", caption);
    }
  });

  it("keeps a story sentence that only speaks of a photo", () => {
    for (const sentence of [
      "The talks closed with a group photo - the first of the two ministers together since the flood.",
      "Officials said the ministry would publish the photo.",
      "The ministry's archive - its Photo Library - holds pictures of every past visit.",
    ]) {
      expect(isCreditedCaption(sentence), sentence).toBe(false);
      expect(clean(lines(TITLE, LEAD, sentence, MORE)).body, sentence).toBe([LEAD, sentence, MORE].join("\n\n"));
    }
  });
});

describe("a caption with no credit", () => {
  it("drops a present-tense scene above the lead that closes on its month and day", () => {
    for (const caption of [
      "Foreign ministers of Laos and Thailand pose for a group photo at the convention centre on Jul 24.",
      "The two ministers sign the minutes of the talks in Vientiane on 24 July 2016.",
    ]) {
      expectStoryOnly("top", caption);
    }
  });

  it("keeps a lead that tells the same day in the past", () => {
    const lead = "Foreign ministers of Laos and Thailand posed for a group photo at the convention centre on Jul 24.";
    expect(clean(lines(TITLE, lead, MORE, LAST)).body).toBe([lead, MORE, LAST].join("\n\n"));
  });

  it("drops a line of names and where they stand between the story's paragraphs, with no stop", () => {
    const caption = "Foreign Minister Saleumxay Kommasith (right) and his Thai counterpart at the talks";
    expect(isSceneCaption(caption, IN_STORY)).toBe(true);
    expect(clean(lines(TITLE, LEAD, caption, MORE, LAST)).body).toBe(STORY);
  });

  it("keeps a crosshead between the story's paragraphs", () => {
    const crosshead = "Freight and farmers on both banks";
    expect(isSceneCaption(crosshead, IN_STORY)).toBe(false);
    expect(clean(lines(TITLE, LEAD, crosshead, MORE, LAST)).body).toBe([LEAD, crosshead, MORE, LAST].join("\n\n"));
  });
});

describe("links the page sets under and inside the story", () => {
  it("ends the story at a desk's links heading of several words joined in lower case", () => {
    expectStoryOnly(
      "bottom",
      "More from Desk Politics and Nation",
      "- Floods close two highways in the north",
      "- Rice exports rise for a third month",
      "Previous  Next",
    );
  });

  it("drops a link to the site's gallery set between the story's paragraphs", () => {
    const link = "IN PHOTOS: Ministers open the new border market";
    expect(clean(lines(TITLE, LEAD, link, MORE, LAST)).body).toBe(STORY);
  });

  it("keeps a story paragraph that opens on the same words", () => {
    const paragraph = "In pictures released by the ministry, the two ministers walk along the river bank.";
    expect(clean(lines(TITLE, LEAD, paragraph, MORE, LAST)).body).toBe([LEAD, paragraph, MORE, LAST].join("\n\n"));
  });
});

describe("a tool's summary over the story", () => {
  it("drops a feed reader's or a site's generated summary, its points and its feedback prompt", () => {
    for (const label of ["Lumo summary (beta)", "AI summary", "AI-generated summary:"]) {
      expectStoryOnly(
        "top",
        label,
        "- The two countries will build a second rail bridge",
        "- Work starts next year",
        "Was this summary useful? Yes No",
      );
    }
  });

  it("keeps the story's own list under a sentence that introduces it", () => {
    const intro = "The agreement covers three projects:";
    const points = ["- a second rail bridge at Nong Khai", "- a dry port in Vientiane"];
    expect(clean(lines(TITLE, LEAD, intro, ...points, MORE, LAST)).body).toBe(
      [LEAD, intro, ...points, MORE, LAST].join("\n\n"),
    );
  });
});

describe("a comment box under an opinion piece", () => {
  // The box's heading is read with the links above it; its rules line, once read, ends the page there.
  it("drops the box's long rules line, and with it the readers' comments and the note on the writer above them", () => {
    const page = lines(
      TITLE,
      "Somchai Keomany",
      LEAD,
      MORE,
      LAST,
      "Somchai Keomany is the Ambassador of Laos to Thailand.",
      "",
      "Related Articles",
      "Laos opens a dry port near the capital",
      "Thai rice exports rise for a third month",
      "",
      "Comments",
      "Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please read the house guidelines for readers before you post a comment on any story.",
      "Ravi K.",
      "A long overdue bridge. It should have been built years ago.",
      "Anan P.",
      "Good piece. Now let us see the freight numbers move.",
    );
    expect(clean(page).body).toBe(STORY);
  });

  it("keeps a closing sentence on someone the piece is about", () => {
    const closing = "Saleumxay Kommasith is the foreign minister of Laos.";
    const page = lines(TITLE, "By Somchai Keomany", LEAD, MORE, closing);
    expect(clean(page).body).toBe([LEAD, MORE, closing].join("\n\n"));
  });
});
