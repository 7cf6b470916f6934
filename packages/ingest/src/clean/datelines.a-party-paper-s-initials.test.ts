import { describe, expect, it } from "vitest";
import { readDateline } from "./datelines.js";

// Round 59: the party's online paper opens its stories on its initials before a hyphen, as other papers open on
// theirs ("NDO -"); the data lists the initials among the paper's names.
describe("a party paper's initials opening its lead", () => {
  it("read as the paper's own tag", () => {
    expect(readDateline("CPV - The Politburo met on Monday to review the draft report.")?.outlet).toBe(
      "CPV Online Newspaper",
    );
  });
});
