import { describe, expect, it } from "vitest";
import { isRelatedHeading } from "./related.js";
import { expectStoryOnly } from "./testing/story-parts.js";

// Round 54: a site's list of its other stories under "Other stories:", and a government page's "Find out more" over
// its links and contact lines, close the story as "More stories" does.
describe("'Other stories' and 'Find out more' headings under the story", () => {
  it("reads both as headings, with or without a colon", () => {
    for (const line of ["Other stories:", "Other stories", "Find out more", "FIND OUT MORE"])
      expect(isRelatedHeading(line), line).toBe(true);
  });

  it("drops the bulleted headlines under 'Other stories:'", () => {
    expectStoryOnly("bottom", "Other stories:", "- Port city to widen its ring road", "- Coffee prices ease on rain");
  });

  it("drops the contact line under 'Find out more'", () => {
    expectStoryOnly("bottom", "Find out more", "Exporters interested in Laos can call the trade office on 12 34 56.");
  });
});
