import { describe, expect, it } from "vitest";
import { resolveSource, slotAgency } from "./sources.js";

// Round 36: three ways a page's furniture names (or seems to name) the copy's agency. Lines written for the tests.
const base = {
  cleaned: null,
  body: "The foreign ministers met in the capital on Monday.\nThey agreed to meet again next spring.",
  author: null,
  outlet: null,
  raw: null,
};

describe("a byline slot with the agency before a place in capitals", () => {
  it("credits the agency, not the place", () => {
    expect(slotAgency("AFP JAKARTA Published: March 3, 2024 09:15")).toBe("AFP");
    expect(slotAgency("Reuters NEW DELHI")).toBe("Reuters");
  });

  it("names no agency when the words before the place are a person's", () => {
    expect(slotAgency("Jane Roe JAKARTA")).toBeNull();
  });
});

describe("a row of labelled fields over an item", () => {
  it("credits the outlet its source field names", () => {
    const found = resolveSource({
      ...base,
      noise: [{ kind: "boilerplate", text: "Reporter: John Doe | Source: AFP" }],
    });
    expect(found?.source).toBe("AFP");
  });

  it("credits nobody when no field is a source", () => {
    const found = resolveSource({
      ...base,
      noise: [{ kind: "boilerplate", text: "Editor: John Doe | Desk: AFP" }],
    });
    expect(found).toBeNull();
  });
});

describe("a bracketed agency split off the end of a caption", () => {
  const caption = {
    kind: "caption",
    text: "Delegates pose for a group photo before the opening session of the summit on Monday.",
  };

  it("is the picture's credit, not the story's source, when the page prints the caption twice", () => {
    const found = resolveSource({
      ...base,
      body: `${caption.text}\n${base.body}`,
      cleaned: "Reuters",
      noise: [caption, { kind: "byline", text: "(Reuters)" }],
    });
    expect(found).toBeNull();
  });

  it("is the wire's closing tag after a caption printed once (the story's last paragraph taken for one)", () => {
    const found = resolveSource({
      ...base,
      cleaned: "Reuters",
      noise: [caption, { kind: "byline", text: "(Reuters)" }],
    });
    expect(found?.source).toBe("Reuters");
  });

  it("still credits the agency when it stands alone away from a caption", () => {
    const found = resolveSource({
      ...base,
      cleaned: "Reuters",
      noise: [{ kind: "byline", text: "(Reuters)" }],
    });
    expect(found?.source).toBe("Reuters");
  });
});
