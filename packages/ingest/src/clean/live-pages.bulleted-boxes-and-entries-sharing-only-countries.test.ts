import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { keyEventLines } from "./live-pages.js";

// Round 56: a wire's live page sets its key-events box as a bulleted list under a "What to know" heading, and its feed
// after the box; an entry on another story may name a country and a body the story's entry also names (a partner in a
// list, the council Vietnam once sat on) without being on the story's thread.
const clean = (text: string) => cleanArticle(normaliseText(text));

const PAGE = [
  "Assembly live: leaders speak on the third day",
  "The yearly debate at the United Nations goes on Thursday with more than 20 speakers. Follow along for the latest.",
  "",
  "WHAT TO KNOW",
  "- Sudan's envoy walks out of the Economic Council session",
  "- Chile's Boric meets Carney on mining",
  "",
  "6:20 PM EDT",
  "Norway and Finland leaders meet on the margins, pledge work on Arctic shipping",
  "The two prime ministers agreed to meet again in March to settle the details of the shipping plan.",
  "",
  "5:05 PM EDT",
  "Vietnam's vice president asks the Assembly for fair climate finance",
  "Vietnamese Vice President Vo Thi Anh Xuan told the Assembly that poorer coastal states needed funds they could reach quickly, and said Vietnam had comprehensive strategic partnerships with China, Japan and France.",
  "",
  "She said Vietnam had sat on the Economic Council twice and wanted to serve on it again to speak for delta countries.",
  "",
  "4:10 PM EDT",
  "Sudan's envoy leaves the Economic Council meeting",
  "The envoy walked out while France's minister was speaking, saying the session ignored the crisis at home.",
].join("\n");

describe("a live page's bulleted box and entries sharing only countries", () => {
  it("reads a bulleted box under 'What to know' and stops at its last bullet", () => {
    const lines = [
      "WHAT TO KNOW",
      "- Sudan's envoy walks out of the Economic Council session",
      "- Chile's Boric meets Carney on mining",
      "",
      "6:20 PM EDT",
      "Norway and Finland leaders meet on the margins",
      "The two prime ministers agreed to meet again in March to settle the details of the shipping plan.",
    ];
    expect([...keyEventLines(lines)].sort()).toEqual([0, 1, 2]);
  });

  it("drops an entry on another story that shares only a country and a body with the story", () => {
    const page = clean(PAGE);
    expect(page.body).not.toContain("walked out while");
    expect(page.body).toContain("speak for delta countries");
  });
});
