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
