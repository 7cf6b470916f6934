import { describe, expect, it } from "vitest";
import { readDateline } from "./datelines.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 35: a wire's picture credit that reserves its rights, and a business paper's dateline in square brackets.

const STORY = [LEAD, MORE].join("\n\n");

describe("a caption closed by a reservation of rights", () => {
  it("drops a caption closed by an agency's credit reserving its rights", () => {
    for (const caption of [
      "The two ministers shake hands in Vientiane today. -fotoKPL (2024) COPYRIGHTS RESERVED",
      "The two ministers shake hands in Vientiane today. -- KPL PIC (2019) ALL RIGHTS RESERVED",
    ]) {
      expect(clean(lines(TITLE, caption, LEAD, MORE)).body, caption).toBe(STORY);
    }
  });
});

describe("a place in square brackets opening the lead", () => {
  it("reads a listed place in capitals in square brackets as the dateline", () => {
    expect(readDateline("[VIENTIANE] Laos and Thailand agreed on Tuesday to build a bridge.")?.rest).toBe(
      "Laos and Thailand agreed on Tuesday to build a bridge.",
    );
  });

  it("leaves a bracketed label that is no place", () => {
    expect(readDateline("[UPDATED] Laos and Thailand agreed on Tuesday to build a bridge.")).toBeNull();
  });
});
