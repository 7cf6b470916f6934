import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";
import { isGluedToolBar } from "./tool-bars.js";

// Round 53: share bars copied without their separators. Lines are written for the tests.
describe("a share bar copied without separators", () => {
  it("takes the counted total beside its buttons with the total's noun", () => {
    expect(isGluedToolBar("Facebook  Twitter  Copy link  Save  2,318 shares")).toBe(true);
    expect(isGluedToolBar("Facebook  Twitter  Copy link  48 comments")).toBe(true);
  });

  it("reads the networks offered after 'Share to:' and a text-size control with two sizes", () => {
    expect(isGluedToolBar("Share to: WeChat Weibo QQ Space Font: Small Large")).toBe(true);
  });

  it("never takes a sentence that counts shares", () => {
    expect(isGluedToolBar("Investors bought 2,318 shares on Monday")).toBe(false);
  });

  it("is removed from the story's page", () => {
    const page = [
      "Hanoi and Vientiane agree to expand cross-border power trade",
      "Facebook   Twitter   Copy link   Save   972 shares",
      "Vietnam and Laos agreed on Tuesday to raise the volume of electricity traded across their border, the two energy ministries said after talks in Vientiane.",
      "The ministries said new transmission lines would be finished within three years.",
    ].join("\n");
    const cleaned = cleanArticle(page);
    expect(cleaned.body).not.toContain("972 shares");
    expect(cleaned.body).toContain("raise the volume of electricity");
  });
});
