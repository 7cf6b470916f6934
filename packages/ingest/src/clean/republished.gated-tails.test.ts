import { describe, expect, it } from "vitest";
import { withoutCopyWrappers } from "./republished.js";
import { rejoinLateBreaks } from "./wraps.js";

// Round 53 (speed): the tail patterns are tried only where they can match (the last stop, a line's last characters);
// what they take must not change. Lines are written for the tests.
describe("tails read from where they can start", () => {
  it("takes a caption glued after the last of several stops", () => {
    const line =
      "Talks went on for hours. Both sides signed a memorandum in 2019.Delegates pose for a group photo at the Government Office.";
    const { kept, removed } = withoutCopyWrappers(line);
    expect(removed).toEqual([{ kind: "caption", text: "Delegates pose for a group photo at the Government Office." }]);
    expect(kept).toBe("Talks went on for hours. Both sides signed a memorandum in 2019.");
  });

  it("leaves a line whose last sentence is spaced after its stop", () => {
    const line = "Talks went on for hours. Delegates pose for a group photo at the Government Office.";
    expect(withoutCopyWrappers(line)).toEqual({ kept: line, removed: [] });
  });

  it.each([
    ["dots", "The ministers will meet again in May ...."],
    ["spaced dots", "The ministers will meet again in May . . . .  "],
    ["ellipses", "The ministers will meet again in May ……"],
  ])("cuts a truncation mark of %s", (_, line) => {
    expect(withoutCopyWrappers(line).kept).toBe("The ministers will meet again in May");
  });

  it("moves a late word back, and not a line closing on a stop", () => {
    const text =
      "Trade grew last year. The\nministers will meet again in the spring to review it.\nIt ended.\nnext steps follow soon in a later round of talks here.";
    expect(rejoinLateBreaks(text).split("\n")).toEqual([
      "Trade grew last year. The ministers will meet again in the spring to review it.",
      "It ended.",
      "next steps follow soon in a later round of talks here.",
    ]);
  });
});
