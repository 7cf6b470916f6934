import { describe, expect, it } from "vitest";
import { slotAgency } from "./sources.js";

// Round 48: a reporter's byline naming the agencies the story was written with, the main one first ("By <Name> with
// AFP & Reuters"): the first agency is the source, as a wire tail's first agency is.
describe("a byline naming the agencies its reporter wrote with", () => {
  it.each([
    ["By Anna Berg with AFP & Reuters", "AFP"],
    ["By Anna Berg with Reuters and AP Published on 04/08/2023 - 09:40", "Reuters"],
  ])("%s credits the first agency", (slot, agency) => {
    expect(slotAgency(slot)).toBe(agency);
  });

  it("names joined with 'and' that are no agencies name none", () => {
    expect(slotAgency("By Anna Berg and Tom Lund")).toBeNull();
  });
});
