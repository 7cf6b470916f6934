import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { isMediaLabel, isSiteNote, readsAsProse } from "./story-model.js";

// Cleaning round 5 (issue 11): a positive model of a story paragraph. Rather than one more rule per leftover, the
// cleaner asks whether a line reads as the story (running prose of sentence length, with the function words of
// prose, about the events rather than about the page) and drops what does not in the places furniture stands: under
// the story's last paragraph, and short lines between its paragraphs. Shapes come from a survey of some thirty pages
// of other outlets (wire copy, cache mirrors, blogs, government and agency sites); every wording here is our own.
const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n");

const TITLE = "Laos and Thailand agree to open second rail bridge";
const LEAD =
  "Laos and Thailand agreed on Tuesday to build a second rail bridge across the Mekong River, the two foreign ministers said after their talks in Vientiane.";
const MORE =
  "The bridge is expected to cut freight costs for farmers on both banks and to open within three years, officials from both ministries said.";
const LAST =
  "Both ministers will meet again in Bangkok in December to review the work on the bridge and the customs posts.";
const STORY = [LEAD, MORE, LAST].join("\n\n");

function expectClosingDropped(...furniture: string[]): void {
  const cleaned = clean(lines(TITLE, LEAD, MORE, LAST, ...furniture));
  expect(cleaned.body, furniture.join(" / ")).toBe(STORY);
}

function expectInsideDropped(furniture: string): void {
  const cleaned = clean(lines(TITLE, LEAD, furniture, MORE, LAST));
  expect(cleaned.body, furniture).toBe(STORY);
}

function expectClosingKept(line: string): void {
  expect(clean(lines(TITLE, LEAD, MORE, LAST, line)).body, line).toBe([STORY, line].join("\n\n"));
}

function expectInsideKept(line: string): void {
  expect(clean(lines(TITLE, LEAD, line, MORE, LAST)).body, line).toBe([LEAD, line, MORE, LAST].join("\n\n"));
}

describe("notes about the page, not the story, under its last paragraph", () => {
  it("drops a call to follow the site on a messaging channel, in any wording", () => {
    expectClosingDropped("Never miss the big stories of the week. Find them on our WhatsApp channel");
    expectClosingDropped("Want the day's headlines first? Join our Telegram group today");
    expectClosingDropped("Catch every update from the region on our YouTube channel and in our free app.");
  });

  it("drops a syndication note set in brackets, and a bracketed publication stamp", () => {
    expectClosingDropped(
      "(Only the title and image of this item may have been edited by the Daily Example desk; the remainder is published automatically from a wire feed.)",
    );
    expectClosingDropped("(This story was not edited by our staff and is published from an agency feed.)");
    expectClosingDropped("(Published 4 May 2024, 10:12 IST)");
  });

  it("drops a site's certification or editorial-policy blurb", () => {
    expectClosingDropped(
      "Example News is certified by the Trust in Reporting Initiative. Wire stories are published as received, without editing by our newsroom.",
    );
    expectClosingDropped(
      "Our newsroom follows the standards of the Regional Press Council. Read our editorial policy.",
    );
  });

  it("drops a comment widget's lines run together", () => {
    expectClosingDropped("All comments Show new comments (0) To take part in the discussion log in or register");
    expectClosingDropped("0 comments: Post a Comment");
  });

  it("drops hashtag rows whose tags hold spaces, and an agency's dashed sign-off", () => {
    expectClosingDropped("#Laos-Thailand #Mekong Bridge #Rail");
    expectClosingDropped("— Kyodo Press");
    expectClosingDropped("- Example News Agency");
  });

  it("drops a wire's '(end)' with its editors' initials glued to the last paragraph", () => {
    const cleaned = clean(lines(TITLE, LEAD, MORE, `${LAST} (end) ab.cd`));
    expect(cleaned.body).toBe(STORY);
    const three = clean(lines(TITLE, LEAD, MORE, `${LAST} (end) ab.cd.ef`));
    expect(three.body).toBe(STORY);
  });

  it("drops a source line naming a web address", () => {
    expectClosingDropped("News & Image Source : example.gov.la");
  });

  it("keeps closing story lines that talk about channels, staff or publishing", () => {
    expectClosingKept("The ministry said it would publish the full text of the agreement on its website next week.");
    expectClosingKept('"We will keep our channels open with Bangkok at every level," the Lao minister told reporters.');
    expectClosingKept("(The first bridge, opened in 1994, carries both road and rail traffic.)");
    expectClosingKept("More talks are planned for June");
    expectClosingKept("The full text of our joint statement will be published on the ministry's website today.");
  });
});

describe("short lines between the story's paragraphs that do not read as prose", () => {
  it("drops a bare photo credit and a gallery counter", () => {
    expectInsideDropped("EXA Photo");
    expectInsideDropped("Photo Gallery (6 photos)");
    expectInsideDropped("Photo : @examplepresidency");
    expectInsideDropped("Video gallery");
    expectInsideDropped("Watch the video");
    expectInsideDropped("Photo credit: Ministry of Foreign Affairs");
    expectInsideDropped("Courtesy: Ministry of Foreign Affairs");
  });

  it("never takes a gallery's label above the headline for the title", () => {
    const cleaned = clean(lines("Mekong rail bridge photos (12)", TITLE, LEAD, MORE, LAST));
    expect(cleaned.hints.title).toBe(TITLE);
    expect(cleaned.body).toBe(STORY);
  });

  it("keeps a subheading the story continues under, and a sentence about photos", () => {
    expectInsideKept("Trade and investment");
    expectInsideKept("Vietnam/Laos Border Talks");
    expectInsideKept("The ministers also opened a photo exhibition on the first bridge, which runs until June.");
  });
});

describe("more surveyed shapes: stamps, picture credits, posts and promotions inside the story", () => {
  it("drops a 'first published' line with its clock and zone", () => {
    expectClosingDropped("First Published: May 4 2024 | 10:12 AM IST");
  });

  it("drops a picture's credit of a site and a photographer between paragraphs", () => {
    expectInsideDropped("example.is/Anna Jonsdottir");
    expectInsideDropped("Reuters/Jane Doe");
  });

  it("drops an embedded post's English text in the first person or the present, above its attribution", () => {
    for (const post of [
      "Glad to welcome my Thai counterpart to Vientiane today. Good talks on the new bridge and on rice.",
      "Productive meeting with the Lao delegation this morning on rail and power links.",
    ]) {
      const cleaned = clean(lines(TITLE, LEAD, post, "— Example Minister (@exampleminister) May 7, 2024", MORE, LAST));
      expect(cleaned.body, post).toBe(STORY);
    }
  });

  it("keeps a reported story line above an attribution whose post text is missing", () => {
    const reported = "The Thai minister said the talks had gone well and that work would start next year.";
    const cleaned = clean(
      lines(TITLE, LEAD, reported, "— Example Minister (@exampleminister) May 7, 2024", MORE, LAST),
    );
    expect(cleaned.body).toBe([LEAD, reported, MORE, LAST].join("\n\n"));
  });

  it("drops a promotion or an advertisement's notice set between the story's paragraphs", () => {
    expectInsideDropped("Get the day's top stories first: join our WhatsApp channel");
    expectInsideDropped("Article continues after this advertisement");
  });
});

describe("the model's parts", () => {
  it("reads running prose as prose, and labels, tags and name lists as not", () => {
    expect(readsAsProse(LEAD)).toBe(true);
    expect(readsAsProse("More talks are planned for June")).toBe(true);
    expect(readsAsProse("#Laos-Thailand #Mekong Bridge #Rail")).toBe(false);
    expect(readsAsProse("Laos, Thailand, Mekong, Rail Bridge, ASEAN")).toBe(false);
    expect(readsAsProse("Photo Gallery (6 photos)")).toBe(false);
  });

  it("tells a note about the site from a story sentence with one such word", () => {
    expect(isSiteNote("Get the day's news on our Telegram channel")).toBe(true);
    expect(isSiteNote("The ministry will post the text on its Telegram channel.")).toBe(false);
    expect(isSiteNote('"Our channels stay open," she said.')).toBe(false);
  });

  it("reads a picture's credit or counter as a media label", () => {
    expect(isMediaLabel("AKP Photo")).toBe(true);
    expect(isMediaLabel("Photo: VGP")).toBe(true);
    expect(isMediaLabel("Photos (12)")).toBe(true);
    expect(isMediaLabel("Photo exhibition opens in Vientiane on the history of the bridge")).toBe(false);
  });
});
