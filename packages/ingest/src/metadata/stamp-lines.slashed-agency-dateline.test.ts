import { describe, expect, it } from "vitest";
import { dateFromStampLines } from "./stamp-lines.js";

// Own lines. An agency's dateline set on a line of its own: the place, the whole day and the agency's tag between
// slashes, as some national agencies print it over the story.
describe("an agency's dateline with its tag between slashes", () => {
  it("reads the day of a place, a day and a slashed tag", () => {
    expect(dateFromStampLines([{ kind: "boilerplate", text: "Erdenet, March 4, 2022 /NEWSWIRE/" }])?.date).toBe(
      "2022-03-04",
    );
  });

  it("takes no day from a sentence that ends on a slash, nor from a list of other stories", () => {
    expect(
      dateFromStampLines([{ kind: "boilerplate", text: "The talks were held in Erdenet on March 4, 2022 /NEWSWIRE/" }]),
    ).toBeNull();
    expect(dateFromStampLines([{ kind: "related", text: "Erdenet, March 4, 2022 /NEWSWIRE/" }])).toBeNull();
  });
});
