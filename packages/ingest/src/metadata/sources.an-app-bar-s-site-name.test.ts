import { describe, expect, it } from "vitest";
import { appBarName } from "./app-bars.js";
import { resolveSource, type SourceEvidence } from "./sources.js";

// Round 56: a page copied from a news app opens on the app's bar, the site's name between the back button and the
// app's controls. The paper's staff photographer credited under a picture is then the publisher's own, no source.
// Names and sentences are written for the tests.
describe("an app bar's site name", () => {
  it.each([
    ["‹ Back  Tuoi Tre News  Aa  ⤴", "Tuoi Tre News"],
    ["< Back Riverside Daily ⋮", "Riverside Daily"],
  ])("%s names the publisher", (line, name) => {
    expect(appBarName(line)).toBe(name);
  });

  it("leaves a back link's label", () => {
    expect(appBarName("‹ Back to the list")).toBeNull();
  });

  it("makes the paper's own photo credit no source", () => {
    const evidence: SourceEvidence = {
      cleaned: "Tuoi Tre News",
      noise: [
        { kind: "boilerplate", text: "‹ Back Tuoi Tre News Aa ⤴" },
        { kind: "caption", text: "Farmers load rice at the port, May 3. Photo by Tuoi Tre News/Le Van" },
      ],
      body: "Rice exports rose sharply in the first quarter, the ministry said on Tuesday.",
      author: "Le Van",
      outlet: null,
      raw: null,
    };
    expect(resolveSource(evidence)).toBeNull();
  });
});
