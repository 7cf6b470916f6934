import { describe, expect, it } from "vitest";
import { splitStamp } from "./stamps.js";
import { expectStoryOnly } from "./testing/story-parts.js";

// Round 56: an old template sets its text-size control on the stamp's line with no bar between them ("Last update:
// <day> <time>  Font size: A A A"). Lines are written for the tests.
describe("a stamp with the page's tools run after it", () => {
  it.each([
    "Last update: 14/03/2019 08:40 Font size: A A A",
    "Posted: 2 May 2021 17:05 Text size: A- A+",
    "Updated: March 9, 2022 Print Email Share",
  ])("%s goes from the story whole", (line) => {
    expectStoryOnly("top", line);
  });

  it("is read as one stamp", () => {
    expect(splitStamp("Last update: 14/03/2019 08:40 Font size: A A A")).toMatchObject({ head: "" });
  });

  it("leaves a sentence whose figure is followed by words that are no tools", () => {
    expect(splitStamp("Exports rose 12 percent in March Print")).toBeNull();
  });
});
