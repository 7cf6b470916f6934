import { describe, expect, it } from "vitest";
import { drewOnAgency } from "../metadata/sources.js";
import { clean, LAST, LEAD, lines, MORE, STORY, TITLE } from "./testing/story-parts.js";

// Round 43: a paper closes its own story's last paragraph on a dash and a note of the agency it drew on, with no line
// break ("… in December. — with a report from <Agency>"). The note is the page's, and names the source.
describe("a drew-on note closing the last paragraph after a dash", () => {
  it.each([
    [`${LAST} — with a report from Philippine News Agency`, "PNA"],
    [`${LAST} -- With reports from Bernama`, "Bernama"],
    [`${LAST} – with additional reporting by Reuters`, "Reuters"],
  ])("%s leaves the story and names the agency", (last, agency) => {
    const cleaned = clean(lines(TITLE, LEAD, MORE, last));
    expect(cleaned.body).toBe(STORY);
    const note = cleaned.noise.find((item) => /with/i.test(item.text));
    expect(drewOnAgency(note?.text ?? "")).toBe(agency);
  });

  it("keeps a sentence that goes on after a dash and 'with'", () => {
    const last = "The ministers met again in December — with reports from both sides on the work.";
    expect(clean(lines(TITLE, LEAD, MORE, last)).body).toBe([LEAD, MORE, last].join("\n\n"));
  });
});

// Round 43: a syndicated supplement closes a story on a line naming the agency it was written from, then describes
// itself as a project of its parent paper carried with others. Both lines are the page's; the first names the source.
describe("a drew-on note on its own line and a supplement's self-description", () => {
  it.each([
    ["Based on materials from Interfax.", "Interfax"],
    ["Based on reports from Kyodo", "Kyodo"],
  ])("%s leaves the story and names the agency", (note, agency) => {
    const cleaned = clean(lines(TITLE, LEAD, MORE, LAST, note));
    expect(cleaned.body).toBe(STORY);
    expect(drewOnAgency(note)).toBe(agency);
  });

  it("names no source when the note lists two agencies, and keeps a sentence that says what a figure is based on", () => {
    expect(drewOnAgency("Based on reports from AFP and Reuters.")).toBeNull();
    const line = "The estimate is based on materials from the ministry, officials said.";
    expect(clean(lines(TITLE, LEAD, line, MORE, LAST)).body).toBe([LEAD, line, MORE, LAST].join("\n\n"));
    expect(drewOnAgency(line)).toBeNull();
  });

  it("drops a supplement's line saying whose project it is and where it is carried", () => {
    const line = "Mekong Weekly Review is a project of Delta Daily, distributed with partner newspapers across Asia.";
    expect(clean(lines(TITLE, LEAD, MORE, LAST, line)).body).toBe(STORY);
    const story = "The bridge is a project of the Asian Development Bank, which will fund most of it.";
    expect(clean(lines(TITLE, LEAD, story, MORE, LAST)).body).toBe([LEAD, story, MORE, LAST].join("\n\n"));
  });
});
