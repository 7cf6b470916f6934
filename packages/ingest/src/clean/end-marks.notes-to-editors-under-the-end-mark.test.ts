import { describe, expect, it } from "vitest";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 44: a government release closes on its end mark and then lists its notes to editors, whose facts are the
// release's own.
describe("notes to editors set under a release's end mark", () => {
  const first = "• Of the aid, 40 percent goes to clean water and the rest to shelter.";
  const second = "• Two-way trade between the two countries reached $2.3 billion last year.";

  it("keeps the listed notes and drops the heading", () => {
    const cleaned = clean(lines(TITLE, LEAD, MORE, "-END-", "Notes to editors:", first, second));
    expect(cleaned.body).toBe([LEAD, MORE, first, second].join("\n\n"));
  });

  it("ends the story again at the first line under the notes that is not an item", () => {
    const cleaned = clean(
      lines(TITLE, LEAD, MORE, "ENDS", "Notes to editors:", first, "Media enquiries: Jane Roe, 555 0100", "Home News"),
    );
    expect(cleaned.body).toBe([LEAD, MORE, first].join("\n\n"));
  });

  it("keeps nothing past an end mark without the notes heading", () => {
    const cleaned = clean(lines(TITLE, LEAD, MORE, "ENDS", first));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });
});
