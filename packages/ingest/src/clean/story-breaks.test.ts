import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { isStoryBreakLine, storyBreakLines } from "./story-breaks.js";

// Round 50: furniture a site sets between the story's paragraphs. Sentences are the tests' own.
const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n");

const TITLE = "Laos and Vietnam open a new border gate for freight";
const LEAD =
  "Laos and Vietnam opened a new international border gate for freight on Monday, the two provinces said, cutting the road trip between their capitals by half a day.";
const MIDDLE =
  "The gate will handle timber, fertiliser and farm produce, and customs officers from both sides will share one inspection hall, the Lao governor said.";
const LAST =
  "Officials expect about 300 trucks a day to cross once the customs station on the Lao side is finished later this year, the provinces added.";

describe("whole lines of furniture between paragraphs", () => {
  it("reads ad markers, sign-up boxes, podcast promos, numbered captions and pitches", () => {
    for (const line of [
      "Story continues below this ad",
      "Advertise with Harbour Media.",
      "Get the week's best regional reporting, delivered to your inbox every Friday.",
      "Enter your email Sign up",
      "By signing up, I agree to the Daily Courier's Terms of Use and Privacy Policy.",
      "I would like to be emailed about offers and events from the Courier. Read our privacy notice",
      "Listen to our podcast: The Border Report, every Tuesday",
      "Available on Apple Podcasts, Spotify and our own app",
      "Photo 2 of 5: Trucks queue at the new gate. (Courier: Jo Lee)",
      "Our mission is to deliver careful, independent reporting for every reader.",
      "Read 5 articles this week and win a tote bag. Play now",
      "Spin the wheel now",
      "Follow the Courier on Viber for the latest updates. Tap here to join.",
    ])
      expect(isStoryBreakLine(line), line).toBe(true);
  });

  it("keeps story sentences that share a word with them", () => {
    for (const line of [
      LEAD,
      "The governor said the story continues below the surface of the trade figures.",
      "Photo exhibitions on the border's history will open in three provinces next month.",
      "Our mission is to open the gate to every small trader, the governor said.",
      '"Follow the money," the minister told reporters on Viber and in person.',
    ])
      expect(isStoryBreakLine(line), line).toBe(false);
  });
});

describe("an embedded video player between paragraphs", () => {
  it("removes the label, the title, the running time and the title repeated with its credit", () => {
    const player = ["VIDEO", "How the new gate works", "02:31", "How the new gate works © Courier TV"];
    const cleaned = clean(lines(TITLE, LEAD, ...player, LAST));
    expect(cleaned.body).toBe([LEAD, LAST].join("\n\n"));
  });

  it("removes a label carrying the title, and a title set under the running time over its outlet", () => {
    expect([...storyBreakLines(["Watch: Governors open the gate", "Courier TV", "0:52", LAST])]).toEqual([0, 1, 2]);
    expect([
      ...storyBreakLines([
        "Watch",
        "Duration: 2 minutes 5 seconds",
        "2m",
        "The governors cut the ribbon.",
        "Courier",
        LAST,
      ]),
    ]).toEqual([0, 1, 2, 3]);
  });

  it("needs a running time near the label", () => {
    expect(storyBreakLines(["Watch", LEAD, MIDDLE, "1:05"]).size).toBe(0);
    expect(storyBreakLines(["Video", "How the new gate works", LAST]).size).toBe(0);
  });
});

describe("a reader poll between paragraphs", () => {
  it("removes the question, its options, its buttons and its counter", () => {
    const poll = [
      "Should the gate stay open at night?",
      "( ) Yes, trade needs it",
      "( ) No",
      "( ) Not sure",
      "Vote View results",
      "2,045 votes so far",
    ];
    const cleaned = clean(lines(TITLE, LEAD, MIDDLE, ...poll, LAST));
    expect(cleaned.body).toBe([LEAD, MIDDLE, LAST].join("\n\n"));
  });

  it("needs two options in a row", () => {
    expect(storyBreakLines(["Will the gate open?", "( ) Yes", LAST]).size).toBe(0);
  });
});
