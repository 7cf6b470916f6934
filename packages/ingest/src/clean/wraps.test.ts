import { describe, expect, it } from "vitest";
import { unwrapLines } from "./wraps.js";

const WRAPPED = [
  "On July 26, commencing at 10:40 a.m. (local time) for approx-",
  "imately 30 minutes, the Minister for Foreign Affairs of Japan, who is visiting",
  "the Lao People's Democratic Republic to attend the ASEAN-related",
  "Foreign Ministers' Meetings, held a meeting with his counterpart.",
].join("\n");

describe("unwrapLines", () => {
  it("joins a paragraph a PDF broke at the margin and mends a word split by a hyphen", () => {
    expect(unwrapLines(`Japan-Viet Nam Foreign Ministers' Meeting\n\n${WRAPPED}`)).toBe(
      "Japan-Viet Nam Foreign Ministers' Meeting\n\nOn July 26, commencing at 10:40 a.m. (local time) for " +
        "approximately 30 minutes, the Minister for Foreign Affairs of Japan, who is visiting the Lao People's " +
        "Democratic Republic to attend the ASEAN-related Foreign Ministers' Meetings, held a meeting with his counterpart.",
    );
  });

  it("leaves lines that are paragraphs, headings or menus of their own", () => {
    const copied = [
      "Vietnam, Japan agree to deepen their comprehensive strategic partnership",
      "Hanoi (VNA) - Prime Minister Pham Minh Chinh met his Japanese counterpart on Monday.",
      "The two leaders agreed to expand cooperation in trade, investment and energy.",
      "Share Facebook Twitter",
    ].join("\n");
    expect(unwrapLines(copied)).toBe(copied);
  });
});
