import { describe, expect, it } from "vitest";
import { isIssueHeading, printedHeadline } from "./titles.js";

// Round 45: a newsletter's page titled by its issue (the series and the day it went out) prints the item's headline
// as its <h1>; the headline is the <h1>, however few words the two share. Titles are written for the tests.
describe("a newsletter's issue as the page's title", () => {
  const issue = "Monthly Letter from the Chamber's Chair – 3 March 2026";
  const heading = "Chile and Vietnam Widen Their Trade Deal – What Changes for Exporters";

  it.each([issue, "Weekly Brief | 12/03/2026", "Members' Bulletin - March 3, 2026"])("%s names an issue", (title) => {
    expect(isIssueHeading(title)).toBe(true);
  });

  it.each([
    "Chile and Vietnam sign trade deal in Santiago",
    "Ministers meet – talks on March 3 in Santiago",
    "Trade deal signed – 3 March",
    "Chile and Vietnam sign trade pact – 3 March 2026",
  ])("%s is a headline, no issue", (title) => {
    expect(isIssueHeading(title)).toBe(false);
  });

  it("gives way to the <h1> printed under it", () => {
    expect(printedHeadline(issue, heading)).toBe(heading);
  });

  it("leaves a headline title that shares too few words with the <h1>", () => {
    const title = "Chile, Vietnam widen trade pact";
    expect(printedHeadline(title, "Santiago and Hanoi talk services and investment at last")).toBe(title);
  });
});
