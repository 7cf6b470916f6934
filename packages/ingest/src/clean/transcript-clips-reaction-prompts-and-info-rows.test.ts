import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 23: furniture the newest real-looking pages still left in the body. A broadcast transcript's clip markers and
// rush-deadline disclaimer, a share bar's "X (formerly Twitter)", a reaction widget's prompt, a template's info row run
// into one line, a one-word section label, an editor's initials after a slash closing the last paragraph, a live
// blog's post time, and a caption closing on its date glued to a dateline in capitals.
const clean = (text: string) => cleanArticle(normaliseText(text)).body;

const story = [
  "Vietnam and Malaysia agreed on Tuesday to raise two-way trade and to cooperate on semiconductors and energy.",
  "",
  "The two prime ministers witnessed the signing of five cooperation documents after their talks in the capital.",
  "",
  '"We want our trade to be balanced and sustainable," the Malaysian prime minister told reporters after the talks.',
].join("\n");

describe("a broadcast transcript's furniture", () => {
  it("drops a clip marker between turns", () => {
    const body = clean(
      `${story}\n\n(SOUNDBITE OF ARCHIVED RECORDING)\n\nMINISTER: We have agreed to work together on energy.\n\n(BEGIN VIDEO CLIP)`,
    );
    expect(body).not.toContain("SOUNDBITE");
    expect(body).not.toContain("VIDEO CLIP");
    expect(body).toContain("work together on energy");
  });

  it("drops the rush-deadline disclaimer", () => {
    const note =
      "Northwind Radio transcripts are created on a rush deadline by a contractor. This text may not be in its final form and may be updated or revised in the future. Accuracy and availability may vary. The authoritative record of our programming is the audio record.";
    expect(clean(`${story}\n\n${note}`)).not.toContain("rush deadline");
  });

  it("keeps a story sentence about a sound bite", () => {
    const line = "The ministry released a sound bite of the prime minister's remarks to the press after the talks.";
    expect(clean(`${story}\n\n${line}`)).toContain(line);
  });
});

describe("share and reaction widgets", () => {
  it("drops the share bar's renamed network and the reaction prompt", () => {
    const body = clean(
      `Share\nFacebook\nX (formerly Twitter)\nEmail\n\n${story}\n\nHow does this make you feel?\nHappy\nSad`,
    );
    expect(body).not.toContain("formerly Twitter");
    expect(body).not.toContain("make you feel");
  });
});

describe("a template's info row and section label", () => {
  it("drops labelled fields run into one line", () => {
    const row = "published : 20 May 2025 at 04:00 newspaper section: News writer: Jane Doe";
    expect(clean(`${row}\n\n${story}`)).not.toContain("newspaper section");
  });

  it("keeps a story line with a colon", () => {
    const line = "The minister said: the date for the next round of talks will be set by the two foreign ministries.";
    expect(clean(`${story}\n\n${line}`)).toContain(line);
  });

  it("drops a one-word section label above the story", () => {
    expect(clean(`COLUMNIST\n\n${story}`)).not.toMatch(/^COLUMNIST/);
  });
});

describe("glued closings and live-blog times", () => {
  it("drops an editor's initials after a slash ending the last paragraph", () => {
    const body = clean(`${story}\n\nTwo-way trade reached $7.4 billion in 2023, the embassy said. /cb`);
    expect(body).toContain("the embassy said.");
    expect(body).not.toContain("/cb");
  });

  it("keeps a fraction-like slash inside a sentence", () => {
    const line = "The two sides agreed on a 50/50 split of the costs, the embassy said.";
    expect(clean(`${story}\n\n${line}`)).toContain(line);
  });

  it("drops a live blog's post time alone on its line", () => {
    const body = clean(
      `${story}\n\n12.41 AEDT\n\nThe prime minister thanked his host for the welcome in the capital today.`,
    );
    expect(body).not.toContain("AEDT");
    expect(body).toContain("thanked his host");
  });

  it("splits a caption closing on its date from a dateline in capitals", () => {
    const lead =
      "The president meets his counterpart in the Oval Office in Washington, Nov. 13, 2023.WHITE HOUSE — President Joe Biden and his Indonesian counterpart on Monday upgraded relations between their countries to a comprehensive strategic partnership, the highest level in their ties.";
    const body = clean(`${lead}\n\n${story}`);
    expect(body).not.toContain("Oval Office in Washington");
    expect(body).toContain("upgraded relations");
  });
});
