import { describe, expect, it } from "vitest";
import { readDateline } from "./datelines.js";

// Round 49: the Party's English e-newspaper opens its stories on its initials and a dash, as other Vietnamese papers
// set their own tags; the initials are one of the paper's names. The sentence is our own.
describe("the Party e-newspaper's initials opening the lead", () => {
  it("are read as a dateline naming the paper", () => {
    expect(
      readDateline("CPV - The two leaders agreed on Friday to open a consulate in each other's second city."),
    ).toMatchObject({
      prefix: "CPV -",
      outlet: "CPV Online Newspaper",
    });
  });
});
