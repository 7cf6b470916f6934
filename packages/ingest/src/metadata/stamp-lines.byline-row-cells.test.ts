import { describe, expect, it } from "vitest";
import { dateFromStampLines } from "./stamp-lines.js";

describe("a byline row whose cells are split by pipes", () => {
  it("reads the day from the cell after the author", () => {
    const line = "By Consulate Press Office | 3 February, 2022 | Topics: Releases, Events";
    expect(dateFromStampLines([{ kind: "boilerplate", text: line }])?.date).toBe("2022-02-03");
  });

  it("takes no day when the cell after the author is no date", () => {
    expect(
      dateFromStampLines([{ kind: "boilerplate", text: "By Consulate Press Office | Topics: Releases" }]),
    ).toBeNull();
  });
});
