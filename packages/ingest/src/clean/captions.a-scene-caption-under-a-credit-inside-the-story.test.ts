import { describe, expect, it } from "vitest";
import { isSceneCaption } from "./captions.js";
import { clean, LAST, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

const CLOSE = "Engineers from both sides will survey the riverbanks before the rainy season starts.";

// Round 56: between the story's paragraphs a picture's credit line ("Photo: <Name>") stands over its caption, a past
// day's scene told in the present ("… preside over the signing … on Thursday."). Lines are written for the tests.
const SCENE = "The two ministers preside over the signing of the transport accords in Pakse on Thursday.";
const BESIDE_CREDIT = { aboveStory: false, nextToPicture: () => true };

describe("a scene caption under a credit inside the story", () => {
  it("is a caption beside the credit", () => {
    expect(isSceneCaption(SCENE, BESIDE_CREDIT)).toBe(true);
  });

  it("goes with its credit from between the story's paragraphs", () => {
    const cleaned = clean(lines(TITLE, LEAD, MORE, "Photo: Kham Vong", SCENE, LAST, CLOSE));
    expect(cleaned.body).toBe([LEAD, MORE, LAST, CLOSE].join("\n\n"));
  });

  it("needs the credit beside it inside the story", () => {
    expect(isSceneCaption(SCENE, { aboveStory: false, nextToPicture: () => false })).toBe(false);
  });

  it("needs the past day: a plan told in the present stays", () => {
    expect(isSceneCaption("The two ministers meet again in Bangkok next year.", BESIDE_CREDIT)).toBe(false);
  });
});
