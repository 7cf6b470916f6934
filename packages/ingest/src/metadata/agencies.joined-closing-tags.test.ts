import { describe, expect, it } from "vitest";
import { readSignoff } from "../clean/bylines.js";
import { joinedAgency } from "./agencies.js";
import { taggedAgency } from "./sources.js";

// One reading of a joined closing tag ("(SGT-VNA)") for the cleaner's sign-off and the resolver's closing line, so
// that the two cannot drift. Sentences are written for the tests; "SGT" and "DBW" are a carrier's invented initials.
describe("a joined closing tag names its one agency, however often it is printed", () => {
  it.each([
    ["SGT-VNA", "VNA"],
    ["DBW/VNA", "VNA"],
    ["VNA-VNA", "VNA"],
    ["SGT - VNA", "VNA"],
  ])("%s names %s", (tag, agency) => {
    expect(joinedAgency(tag)).toBe(agency);
  });

  it.each(["AFP-Reuters", "SGT-DBW", "VNA", "Hanoi, Vietnam"])("%s names none", (tag) => {
    expect(joinedAgency(tag)).toBeNull();
  });

  it("the cleaner's sign-off and the resolver's closing line agree on a repeated agency", () => {
    const paragraph = "The two ministers agreed to meet again next year. (VNA-VNA)";
    expect(readSignoff(paragraph)?.source).toBe("VNA");
    expect(taggedAgency(paragraph)).toBe("VNA");
  });

  it("a carrier's initials beside the agency leave the agency", () => {
    const paragraph = "The delegation returned home on Monday. (SGT-VNA)";
    expect(readSignoff(paragraph)?.source).toBe("VNA");
    expect(taggedAgency(paragraph)).toBe("VNA");
  });
});
