import { describe, expect, it } from "vitest";
import { readSource } from "../clean/bylines.js";
import { drewOnAgency, republishedFrom, resolveSource, type SourceEvidence } from "./sources.js";

// Sentences here are written for the tests; the outlets are invented unless they are ones the data lists.
const none: SourceEvidence = { cleaned: null, noise: [], body: "", author: null, outlet: null, raw: null };
const evidence = (given: Partial<SourceEvidence>): SourceEvidence => ({ ...none, ...given });

describe("a republished piece's note names the outlet that published it first", () => {
  it.each([
    ["A version of this article first appeared in The Harbour Weekly.", "The Harbour Weekly"],
    ["This commentary originally appeared in The Jakarta Post on 3 March 2025.", "The Jakarta Post"],
    ["This article was first published in The Jakarta Post. ANN is a group of newspapers in Asia.", "The Jakarta Post"],
    ["This commentary first appeared as RSIS Commentary CO24017.", "RSIS"],
    [
      "Mai Lan is a fellow at the institute. This analysis was originally published by Lowy Institute.",
      "Lowy Institute",
    ],
  ])("%s → %s", (line, outlet) => {
    expect(republishedFrom(line, [])).toBe(outlet);
  });

  it.each([
    // Nobody's outlet: the author's own newsletter or the site's own briefing.
    "This article was originally published on the author's blog, Mekong Ledger.",
    "This article first appeared in our weekly Asia-Europe briefing.",
    // Not a note: a tracker's own history.
    "This tracker, first published in 2023 and updated quarterly, lists every partner.",
  ])("%s → none", (line) => {
    expect(republishedFrom(line, [])).toBeNull();
  });

  it("a weekly's note on the same paper's site names no other source", () => {
    const note = "This article first appeared in The Harbour Edge Weekly on December 2, 2024 - December 8, 2024";
    expect(republishedFrom(note, ["The Harbour Edge"])).toBeNull();
  });

  it("outweighs the republisher's own tag", () => {
    const body = "JAKARTA – The two leaders met on Monday.\n\nThis article was first published in The Jakarta Post.";
    expect(resolveSource(evidence({ cleaned: "ANN", body }))).toEqual({ source: "The Jakarta Post", kind: "carried" });
  });
});

describe("additional reporting credited to one agency names it", () => {
  it("reads an agency after 'Additional reporting by'", () => {
    expect(drewOnAgency("Additional reporting by Reuters")).toBe("Reuters");
  });

  it("a reporter's name is no agency", () => {
    expect(drewOnAgency("Additional reporting by Mai Lan in Hanoi")).toBeNull();
  });
});

describe("a source line naming an outlet, a slash and an agency credits the agency", () => {
  it.each([
    ["Source: CNA/Reuters", "Reuters"],
    ["Source: F.A.Z./dpa", "dpa"],
    // An editor's initials after the slash: the outlet.
    ["Source: CNA/rl", "CNA"],
  ])("%s → %s", (line, outlet) => {
    expect(readSource(line)?.outlet).toBe(outlet);
  });
});
