import { describe, expect, it } from "vitest";
import { isFollowRow } from "./follow-rows.js";

// A follow-us row of icons' labels under a standfirst: the site's name, "on", then networks with no commas between
// them, one of them a network no prose rule lists. Lines are written for the test.
describe("a follow-us row of networks' labels", () => {
  it.each([
    "Read Example Agency on  Telegram  VK  Dzen",
    "Follow us on: Facebook | X | YouTube",
    "Find The Daily Example on Threads Bluesky",
  ])("reads %s as a follow-us row", (line) => {
    expect(isFollowRow(line)).toBe(true);
  });

  it.each([
    "Read more on Vietnam China ties",
    "Follow Minister Lan on Tuesday",
    "Read Example Agency on Telegram",
    "Watch Japan on TV Asahi and NHK tonight as the leaders meet.",
  ])("leaves %s", (line) => {
    expect(isFollowRow(line)).toBe(false);
  });
});
