import { describe, expect, it } from "vitest";
import { withoutRepublisherMarks } from "./titles.js";

// Round 27: a broadcast transcript's air-time line run onto its program headline. Headlines are written for the tests.
describe("a transcript headline without its air time", () => {
  it.each([
    ["Leaders meet in Hanoi; Storm nears coast. Aired 1-2p ET", "Leaders meet in Hanoi; Storm nears coast"],
    ["Leaders meet in Hanoi; Storm nears coast. Aired 9:00-10:00 PM EST", "Leaders meet in Hanoi; Storm nears coast"],
    [
      "Leaders meet in Hanoi; Storm nears coast Aired July 25, 2013 - 13:00 ET",
      "Leaders meet in Hanoi; Storm nears coast",
    ],
  ])("%s → %s", (title, headline) => {
    expect(withoutRepublisherMarks(title)).toBe(headline);
  });

  it.each(["Documentary on the war aired in Hanoi", "Series aired 10 years ago returns to Vietnamese screens"])(
    "%s is left whole",
    (title) => {
      expect(withoutRepublisherMarks(title)).toBe(title);
    },
  );
});
