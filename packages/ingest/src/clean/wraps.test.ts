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

describe("a PDF's column inside a document site's page", () => {
  // Round 26: a transcription site sets its menu above the PDF's text and its links below, all in one block.
  const column = [
    "On 4 March 2019 the two foreign ministers met in Hanoi to review the",
    "progress of the joint action plan and agreed to raise two-way trade to",
    "ten billion US dollars by 2025, the statement said. The ministers also",
    "welcomed the opening of a new consulate and a direct air route between",
    "the two capitals, which is expected to carry two hundred thousand",
    "passengers a year.",
    "The two sides agreed to hold the next round of political consultations",
    "in the autumn and to step up cooperation in education, where more than",
    "three thousand students now study in each other's universities under",
    "the scholarship scheme.",
  ];
  it("joins the column's wrapped lines and leaves the frame's lines as they are", () => {
    const text = ["Upload", "Log in", "Press Release", ...column, "Download PDF", "Related Documents"].join("\n");
    const result = unwrapLines(text).split("\n");
    expect(result.slice(0, 3)).toEqual(["Upload", "Log in", "Press Release"]);
    expect(result).toContain(`${column.slice(0, 6).join(" ")}`);
    expect(result).toContain(`${column.slice(6).join(" ")}`);
    expect(result.slice(-2)).toEqual(["Download PDF", "Related Documents"]);
  });
});
