import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

// Round 31: a radio programme's transcript page heads each segment with its running time and a headline; only the
// segment on Vietnam's foreign relations is the story, without its clock (test/READING.md, multi-item pages).
const clean = (text: string) => cleanArticle(normaliseText(text)).body;

const page = [
  "Breakfast Show for Monday",
  "",
  "06:10 Storm warning for the east coast",
  "",
  "ANNA REED: Forecasters have issued a heavy rain warning for the east coast from tonight until Wednesday.",
  "",
  "TOM BELL: Anna, roads in the hills are already closed and schools will shut early tomorrow.",
  "",
  "07:20 Trade minister heads to Hanoi",
  "",
  "ANNA REED: The trade minister is in Hanoi, where the two governments have agreed to lift their partnership to a new level.",
  "",
  "SAM COLE: Anna, the ministers signed the plan this afternoon and promised to double trade with Vietnam by 2030.",
  "",
  "ANNA REED: Thanks, Sam.",
  "",
  "07:45 Rugby: home side wins in the rain",
  "",
  "TOM BELL: The home side held on to win by three points in a wet final at the city stadium.",
].join("\n");

describe("a programme's timed segment heads", () => {
  it("keeps the segment on Vietnam and drops the other segments and the clock", () => {
    const body = clean(page);
    expect(body).toContain("lift their partnership to a new level");
    expect(body).toContain("double trade with Vietnam");
    expect(body).not.toContain("heavy rain warning");
    expect(body).not.toContain("wet final");
    expect(body).not.toContain("07:20");
  });

  it("reads an episode's run of timed chapters as no segment heads", () => {
    const notes = [
      "Episode 12: Vietnam's partnerships",
      "",
      "In this episode we ask how Vietnam chose its partners and why the pace of upgrades picked up after 2022.",
      "",
      "00:00 Introduction",
      "03:10 The first strategic partners",
      "15:45 What the upgrades cost",
      "",
      "Our guest is a researcher who has followed Vietnam's diplomacy for twenty years and wrote two books on it.",
    ].join("\n");
    expect(clean(notes)).toContain("how Vietnam chose its partners");
    expect(clean(notes)).toContain("Our guest is a researcher");
  });

  it("reads a time-coded transcript's caption lines as no segment heads", () => {
    const transcript = [
      "Video: minister in Hanoi",
      "",
      "00:02 CAPTION: HANOI, VIETNAM",
      "00:03 ANCHOR: The trade minister is in Hanoi, where the two governments agreed to lift their partnership.",
      "00:15 CAPTION: FLOOD WARNING IN THE NORTH",
      "00:16 REPORTER: Heavy rain is expected in the northern hills, and officials have closed two mountain roads.",
      "00:30 CAPTION: MARKETS CLOSE HIGHER",
      "00:31 REPORTER: Shares closed higher for a third day as investors bought banks and property developers.",
    ].join("\n");
    const body = clean(transcript);
    expect(body).toContain("Heavy rain is expected");
    expect(body).toContain("Shares closed higher");
  });
});
