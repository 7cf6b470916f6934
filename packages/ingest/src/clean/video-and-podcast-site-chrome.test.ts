import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 49: pages copied from video and podcast sites carry the platform's chrome around the description, the notes
// and the transcript: a consent wall above everything, a like bar and a views line under the player, a transcript
// panel's prompt, a live stream's close, a store's region chooser, production credits and a comments section. None
// of it is the story. The page is the tests' own.
const clean = (text: string) => cleanArticle(normaliseText(text));

const LEAD =
  "LIMA - Peru and Vietnam on Monday lifted their relations to a strategic partnership as the two presidents met in Lima, officials of both sides said after the talks.";
const MORE =
  "The two sides agreed to double trade in fruit and copper by the end of the decade and to open a direct shipping line between their main ports.";

describe("a video site's chrome", () => {
  const page = clean(
    [
      "Before you continue to VideoTube",
      'We use cookies and data to deliver and maintain services, track outages and protect against spam and abuse, and measure audience engagement. If you choose "Accept all", we will also use cookies and data to show personalised content and ads across the services we run for all of our users and partners.',
      "Reject all   Accept all   More options",
      "",
      "Home  Shorts  Subscriptions  You  History",
      "",
      "Peru and Vietnam lift ties to a strategic partnership",
      "👍 2.4K  |  👎  Share  Download  Clip  Save  ...",
      "12,345 views  Mar 4, 2024  #Peru #Vietnam",
      LEAD,
      MORE,
      "",
      "Transcript",
      "Follow along using the transcript.",
      "",
      "Stream ended. Watch the replay above.",
      "Choose your country or region",
    ].join("\n"),
  );

  it("takes the video's title as the page's title, past the consent wall", () => {
    expect(page.hints.title).toBe("Peru and Vietnam lift ties to a strategic partnership");
  });

  it("leaves none of the wall, the menu, the like bar, the prompts or the region chooser in the body", () => {
    for (const chrome of [
      "Before you continue",
      "We use cookies",
      "Accept all",
      "Shorts",
      "Download  Clip",
      "Follow along",
      "Stream ended",
      "Choose your country",
    ])
      expect(page.body).not.toContain(chrome);
    expect(page.body).toContain("direct shipping line");
  });

  it("takes the views line with its upload day as the page's stamp", () => {
    expect(page.body).not.toContain("12,345 views");
    expect(page.noise).toContainEqual({ kind: "dateline", text: "12,345 views Mar 4, 2024 #Peru #Vietnam" });
  });
});

describe("a podcast page's closing blocks", () => {
  it("ends the story at its credits and drops a show's production credit", () => {
    const page = clean(
      [
        "Peru and Vietnam lift ties to a strategic partnership",
        "",
        LEAD,
        "",
        MORE,
        "",
        "The Andes Hour is produced by Rosa Quispe and edited by Ana Ruiz.",
        "",
        "Credits",
        "Host: Rosa Quispe · Producer: Ana Ruiz",
        "Ratings & Reviews",
        "4.8 out of 5 · 90 Ratings",
      ].join("\n"),
    );
    expect(page.body).toContain("direct shipping line");
    expect(page.body).not.toContain("is produced by");
    expect(page.body).not.toContain("Producer");
  });

  it("ends the story at a comments heading giving its count after the word", () => {
    const page = clean(
      [
        "Peru and Vietnam lift ties to a strategic partnership",
        "",
        LEAD,
        "",
        MORE,
        "",
        "Officials said the first ships on the new line would sail before the end of the year, carrying fruit north and fertiliser south.",
        "",
        "Comments 12",
        "Sort by",
        "Great to see our two countries working together on trade and shipping at last, long overdue.",
      ].join("\n"),
    );
    expect(page.body).not.toContain("long overdue");
  });
});

describe("a broadcaster's cookie notice above its menu", () => {
  it("goes, so the headline and the agency's dateline under it are read", () => {
    const page = clean(
      [
        "Your privacy is important to us. Andes TV and its partners use cookies to measure the audience, personalise content and advertising and allow you to share content on social networks. You may change your settings at any time.",
        "",
        "Andes TV uses cookies to understand how our website is used and to improve it.",
        "",
        "Peru and Vietnam lift ties to a strategic partnership",
        "",
        "Lima (AFP) – Peru and Vietnam on Monday lifted their relations to a strategic partnership as the two presidents met in Lima, officials of both sides said after the talks.",
        "",
        MORE,
      ].join("\n"),
    );
    expect(page.body).not.toContain("uses cookies");
    expect(page.body).not.toContain("use cookies");
    expect(page.hints.title).toBe("Peru and Vietnam lift ties to a strategic partnership");
    expect(page.hints.source).toBe("AFP");
  });
});
