import { describe, expect, it } from "vitest";
import { headingInPageTitle } from "../read/html.js";
import { isNamedCreditCaption, isSceneCaption } from "./captions.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 14: furniture that carries no label a list could name. Each test fails if the shape is read as story, or if
// a story sentence of the same look is lost.

const ABOVE = { aboveStory: true, nextToPicture: () => false };

describe("photo captions with no label", () => {
  it("drops a caption above the lead that tells a past day's scene in the present tense", () => {
    for (const caption of [
      "The two foreign ministers inspect a guard of honour at the palace in Vientiane on Tuesday.",
      "Delegates from both countries pose for a group photo before the talks yesterday.",
      "Foreign Minister Saleumxay Kommasith (right) welcomes his Thai counterpart to the ministry.",
    ]) {
      expect(clean(lines(TITLE, caption, LEAD, MORE)).body, caption).toBe([LEAD, MORE].join("\n\n"));
    }
  });

  it("keeps a lead in the past or perfect tense, whose nouns look like present verbs", () => {
    for (const lead of [
      "Laos and Thailand have agreed to build a second rail bridge, the ministers announced after talks in Vientiane on Tuesday.",
      "Laos and Thailand held talks on a second rail bridge during a state visit to Vientiane on Tuesday.",
    ]) {
      expect(isSceneCaption(lead, ABOVE), lead).toBe(false);
      expect(clean(lines(TITLE, lead, MORE)).body, lead).toBe([lead, MORE].join("\n\n"));
    }
  });

  it("keeps a present-tense story sentence inside the story, where only a position marker makes a caption", () => {
    const present = "The two ministers meet again in Bangkok on Monday.";
    expect(isSceneCaption(present, { aboveStory: false, nextToPicture: () => false })).toBe(false);
    expect(clean(lines(TITLE, LEAD, present, MORE)).body).toBe([LEAD, present, MORE].join("\n\n"));
  });

  it("drops a present-tense caption beside a photo's credit line, even with no day in it", () => {
    const cleaned = clean(
      lines(
        "Photo: Ministry of Foreign Affairs",
        "Engineers arrive at the bridge site near Nong Khai.",
        TITLE,
        LEAD,
        MORE,
      ),
    );
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("drops a caption closed by its photographer's bare name or by credits between bars", () => {
    for (const caption of [
      "The two ministers at the ministry in Vientiane on Tuesday. Somchai Keomany",
      "The two ministers at the ministry in Vientiane on Tuesday. | Somchai Keomany | Lao Daily Post",
    ]) {
      expect(isNamedCreditCaption(caption), caption).toBe(true);
      expect(clean(lines(TITLE, LEAD, caption, MORE)).body, caption).toBe([LEAD, MORE].join("\n\n"));
    }
  });

  it("keeps a line whose last words after a stop are an abbreviated title's name or an editor's initials", () => {
    expect(isNamedCreditCaption("Speakers: Minister of Defence Gen. Phan Van Giang")).toBe(false);
    expect(isNamedCreditCaption("The ministers later toured the port of Laem Chabang. PTI ABC XYZ")).toBe(false);
  });
});

describe("reader prompts, paywalls and page stamps", () => {
  it("drops newsletter, paywall and language prompts set between the story's paragraphs", () => {
    for (const prompt of [
      "Read in Lao",
      "Subscribers only",
      "Weekly newsletter",
      "after newsletter promotion",
      "You have 62% of this article left to read. The rest is for subscribers only.",
      "Subscribe for $2 a week",
      "Listen to this article4 min",
      "Also Read | Thailand and Cambodia reopen border crossing",
      "This article is more than 5 years old",
      "Time to read 4 min.",
      "Get latest stories on Asia at The Mekong Daily.",
    ]) {
      expect(clean(lines(TITLE, LEAD, prompt, MORE)).body, prompt).toBe([LEAD, MORE].join("\n\n"));
    }
  });

  it("drops a stamp of place, date and time between spaced slashes, and a date with bracketed tools", () => {
    for (const stamp of ["Vientiane / Tue, May 14, 2024 / 09:40 am", "14/05/2024 [Print] [Send to friend] [Back]"]) {
      expect(clean(lines(TITLE, stamp, LEAD, MORE)).body, stamp).toBe([LEAD, MORE].join("\n\n"));
    }
  });

  it("drops a document's number alone on its line and ends the story at a press-contact heading", () => {
    const cleaned = clean(
      lines(TITLE, "(No. 112/2024/TB-BNG)", LEAD, MORE, "Media enquiries", "Press office: 021 555 0100"),
    );
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("keeps a story sentence that names a share of an article or a subscriber count", () => {
    const sentence = "About 40% of the article's readers were in Laos, and the paper now counts 12,000 subscribers.";
    expect(clean(lines(TITLE, LEAD, sentence, MORE)).body).toBe([LEAD, sentence, MORE].join("\n\n"));
  });
});

describe("the headline among a <title>'s parts", () => {
  it("takes the page's heading over the site's name a reader took from the <title>", () => {
    const page = `Ministry of Foreign Affairs of Laos - ${TITLE}`;
    expect(headingInPageTitle("Ministry of Foreign Affairs of Laos", TITLE, page)).toBe(TITLE);
    expect(
      headingInPageTitle(`${TITLE}, Latest Asia News`, TITLE, `${TITLE}, Latest Asia News - The Straits Times`),
    ).toBe(TITLE);
  });

  it("takes the page's heading over a <title> of the site's frame that shares less with the story's opening", () => {
    const frame = "Embassy of Laos, Bangkok : Press Releases";
    expect(headingInPageTitle("Embassy of Laos, Bangkok", TITLE, frame, null, LEAD)).toBe(TITLE);
    expect(
      headingInPageTitle(
        `Office of the Government - ${TITLE}`,
        TITLE,
        `Office of the Government - ${TITLE}`,
        null,
        LEAD,
      ),
    ).toBe(TITLE);
    // A known outlet's name after the headline stays: the cleaner reads the source from it.
    expect(headingInPageTitle(`${TITLE} - Reuters`, TITLE, `${TITLE} - Reuters`, null, LEAD)).toBe(
      `${TITLE} - Reuters`,
    );
  });

  it("keeps the title when the first heading is the site's own name", () => {
    expect(headingInPageTitle(TITLE, "Lao Daily Post", `${TITLE} | Lao Daily Post`, "Lao Daily Post")).toBe(TITLE);
  });
});
