import { describe, expect, it } from "vitest";
import { withoutStaffInitials } from "./boilerplate.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

describe("the staff's initials closing a story", () => {
  it("takes the writer's and desk's initials in brackets off the last paragraph", () => {
    expect(withoutStaffInitials(`${MORE} (TN/KLM)`)).toEqual({ kept: MORE, removed: "(TN/KLM)" });
    expect(withoutStaffInitials(`${MORE} (RB/KTL-VIS)`)?.kept).toBe(MORE);
  });

  it("leaves a known agency's tag to the sign-off reader, and brackets inside a sentence alone", () => {
    expect(withoutStaffInitials(`${MORE} (VNA/VNS)`)).toBeNull();
    expect(withoutStaffInitials("Both sides backed the plan (EU/ASEAN)")).toBeNull();
  });

  it("removes the initials from the body", () => {
    expect(clean(lines(TITLE, LEAD, `${MORE} (TN/KLM)`)).body).toBe([LEAD, MORE].join("\n\n"));
  });
});

describe("a government site's links to its other releases", () => {
  it("ends the story at a 'Related releases' heading", () => {
    const cleaned = clean(lines(TITLE, LEAD, MORE, "Related Releases", "Minister opens a trade fair in Da Nang"));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });
});

describe("a caption glued to a dateline in capitals", () => {
  it("splits a caption closing on a word and a stop from the dateline after it", () => {
    const glued = `The two trade ministers shake hands after their talks on Friday.VIENTIANE : ${LEAD}`;
    const body = clean(lines(TITLE, glued, MORE)).body;
    expect(body).not.toContain("shake hands");
    expect(body).toContain("agreed on Tuesday to build a second rail bridge");
  });
});
