import { describe, expect, it } from "vitest";
import { readDateline } from "./datelines.js";

// Round 48: a web copy that drops the space after a dateline's bracketed tag ("Hanoi (CNN)The …"). Sentences are
// the tests' own.
describe("a bracketed tag touching the lead's first word", () => {
  it("is read as a dateline, as a spaced one is", () => {
    expect(readDateline("Hanoi (CNN)Laos and Thailand opened a bridge on Friday.")).toMatchObject({
      prefix: "Hanoi (CNN)",
      rest: "Laos and Thailand opened a bridge on Friday.",
      outlet: "CNN",
    });
  });
});
