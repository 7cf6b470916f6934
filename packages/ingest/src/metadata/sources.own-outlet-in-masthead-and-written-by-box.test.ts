import { describe, expect, it } from "vitest";
import { isPublisherItself, markupSlots, slotAgency } from "./sources.js";

// Round 27: a listed newspaper's own name on its own page credits its staff (no source); a "Written by: <agency>"
// field in a writer's box names the agency. Names and markup written for the tests.
describe("a newspaper's own name on its own page", () => {
  it("is the publisher itself when the masthead prints the same outlet", () => {
    expect(isPublisherItself("Tuoi Tre News", null, ["TUOI TRE NEWS", "Home"])).toBe(true);
  });

  it("is not when the page's masthead names another site", () => {
    expect(isPublisherItself("Tuoi Tre News", null, ["Example Aggregator", "Home"])).toBe(false);
  });

  it("never makes an agency's own name its staff's", () => {
    expect(isPublisherItself("VNA", null, ["VNA", "Vietnam News Agency"])).toBe(false);
  });
});

describe("a writer's box of several fields", () => {
  it("reads the agency from its own field", () => {
    const raw =
      '<html><body><div class="editor"><span>Written by: PTI</span> <span>Mumbai | Updated: May 2, 2025 10:04 IST</span></div></body></html>';
    expect(markupSlots(raw).map((slot) => slotAgency(slot))).toContain("PTI");
  });

  it("leaves an editor's picks alone", () => {
    const raw = '<html><body><div class="editor-picks"><a>Story one</a> <span>Reuters</span></div></body></html>';
    expect(markupSlots(raw)).toHaveLength(0);
  });
});
