import { describe, expect, it } from "vitest";
import { slotAgency } from "./sources.js";

// Round 51: Bangladeshi dailies set their wire's short name and the dateline's place in the author slot ("UNB,
// <Place>"), as they do with BSS. A line written for the test.
describe("a Bangladeshi wire in the author slot", () => {
  it("credits the wire named before the place", () => {
    expect(slotAgency("UNB, Dhaka")).toBe("UNB");
  });
});
