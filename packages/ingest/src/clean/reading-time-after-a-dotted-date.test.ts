import { describe, expect, it } from "vitest";
import { withoutReadingTime } from "./boilerplate.js";
import { expectStoryOnly } from "./testing/story-parts.js";

// Round 43: Hungarian and German pages print the date with dots, the last closing it ("2018.09.10."), and some set
// the reading time after it on the byline's line. The dot belongs to the date, not to a sentence. Names are our own.
describe("a reading time after a date written with dots", () => {
  it("takes the reading time and the date's closing dot from the line", () => {
    expect(withoutReadingTime("By Anna Kovacs   2019.04.02.   4 min read")).toEqual({
      kept: "By Anna Kovacs   2019.04.02",
      removed: "4 min read",
    });
  });

  it("drops the whole byline line under the headline", () => {
    expectStoryOnly("top", "By Desk-Danube Post   2019.04.02.   4 min read");
  });

  it("keeps a sentence ending on a reading time", () => {
    expect(withoutReadingTime("The report, released on 2019.04.02, is a 4 min read.")).toBeNull();
    expect(withoutReadingTime("The whole statement is short. 4 min read")).toBeNull();
  });
});
