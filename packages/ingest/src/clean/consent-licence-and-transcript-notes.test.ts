import { describe, expect, it } from "vitest";
import { isBoilerplate, isStaffCredit } from "./boilerplate.js";
import { expectStoryOnly } from "./testing/story-parts.js";

// Round 33: furniture that pages keep in the body, each read by its shape (data/boilerplate.json). Every wording
// here is our own; each shape is shown beside a story line of similar look that must stay.

describe("consent banners and sign-in prompts", () => {
  it("drops a consent banner that opens on its purpose, and its row of buttons", () => {
    expectStoryOnly("top", "To personalise what you see on this portal, we use cookies.");
    expectStoryOnly(
      "top",
      "To give you a smoother visit and remember your choices, we use cookies and similar tools.",
      "Accept all Decline all",
    );
    expect(isBoilerplate("Allow cookies Refuse cookies Manage preferences")).toBe(true);
    expect(isBoilerplate("To improve rice yields, we use new seed varieties from the delta, the minister said.")).toBe(
      false,
    );
  });

  it("drops a call to log in or subscribe before saving or reading, and a members-only note in brackets", () => {
    expect(isBoilerplate("Sign in or subscribe to bookmark stories for later.")).toBe(true);
    expect(isBoilerplate("[The recording goes on for subscribers. Log in to read the rest.]")).toBe(true);
    expect(isBoilerplate("Voters must register to vote before the end of May.")).toBe(false);
  });
});

describe("an outlet's own notes about itself", () => {
  it("drops a channel pitch and its line about the updates it sends", () => {
    expectStoryOnly(
      "bottom",
      "The Harbour Ledger is now on WhatsApp!",
      "For daily updates straight to your phone, join us here.",
    );
    expect(isBoilerplate("The ministry is now on alert after the storm.")).toBe(false);
  });

  it("drops a publisher's note naming its parent company", () => {
    expect(isBoilerplate("Mekong Digest is published by River Media, a division of Delta Holdings Ltd.")).toBe(true);
    expect(
      isBoilerplate(
        "Mekong Digest is published by River Media, a division of Delta Holdings Ltd. We write for traders across the region. For press matters, write to us here.",
      ),
    ).toBe(true);
    expect(isBoilerplate("The new agreement is published by the ministry in both languages.")).toBe(false);
  });

  it("drops a licence line and 'All rights reserved' after a bare name or before the terms of reuse", () => {
    expectStoryOnly("bottom", "All material is in the public domain unless marked otherwise.");
    expectStoryOnly("bottom", "Coastal Trade Weekly. All rights reserved.");
    expectStoryOnly("bottom", "All rights reserved. Reproduction is permitted only with a link to this page.");
  });

  it("drops a callout that asks readers to write to an address", () => {
    expect(
      isBoilerplate("Our advisers help firms set up in the region. Readers may write to desk@example.org for help."),
    ).toBe(true);
  });
});

describe("notes on transcripts, recordings, slides, charts and fact sheets", () => {
  it("drops a transcript's note on how it was made, and a recording's views disclaimer", () => {
    expectStoryOnly("bottom", "This transcript was generated automatically and may hold mistakes.");
    expectStoryOnly("bottom", "Transcripts are produced quickly after airing. Please check the tape.");
    expectStoryOnly("bottom", "Recorded in Jakarta on 3 May 2024. Views expressed are the guests' own.");
    expect(isBoilerplate("The transcript was produced in court by the defence on Monday.")).toBe(false);
  });

  it("drops a transcript page's list of subjects, a slide marker, a chart's title with its unit", () => {
    expectStoryOnly("top", "Subjects: Trade talks; Mekong water; rail links.");
    expectStoryOnly("top", "--- Slide 4 ---");
    expect(isBoilerplate("Rice exports to the Philippines by month, in millions of tonnes")).toBe(true);
    expect(isBoilerplate("Exports rose to $4 billion, in line with forecasts.")).toBe(false);
  });

  it("drops a fact sheet's pointers to more information and to the list of officials", () => {
    expectStoryOnly("bottom", "More information about Laos is available on the country page of the department.");
    expectStoryOnly("bottom", "Principal embassy officials are listed in the office's directory.");
  });

  it("drops comment switches, a republisher's wire note and a heading over an embedded post", () => {
    expectStoryOnly("bottom", "Comments are turned off for agency copy.");
    expectStoryOnly(
      "bottom",
      "You are reading an article from Harbour Wire, republished under licence; we do not edit it.",
    );
    expectStoryOnly("bottom", "Related tweets on X:");
  });

  it("drops a reporter's name with the e-mail address after it, as written", () => {
    expectStoryOnly("bottom", "by Tran Minh Anh anh.tran@example.com");
    expect(isBoilerplate("Tran Minh Anh said the two sides would meet again in May.")).toBe(false);
  });
});

describe("closing staff credits", () => {
  it("reads a desk named in lower case and the place a report was filed from", () => {
    expect(isStaffCredit("Translated by the foreign desk")).toBe(true);
    expect(isStaffCredit("Report filed by Lan Pham and Joao Dias in Vientiane")).toBe(true);
    expect(isStaffCredit("Translated by the minister himself in a speech that lasted an hour")).toBe(false);
  });
});
