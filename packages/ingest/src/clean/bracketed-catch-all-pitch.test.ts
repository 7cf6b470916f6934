import { describe, expect, it } from "vitest";
import { isBoilerplate } from "./boilerplate.js";

// Round 55: an outlet's closing pitch set in brackets with no app named after it.
describe("a bracketed catch-all pitch under the story", () => {
  it.each([
    "(Catch all the Trade News, Breaking Stories and Latest Updates on The Harbour Ledger.)",
    "(Get all the latest news and updates on Riverside Times)",
  ])("%s is furniture", (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it("a bracketed story aside stays", () => {
    expect(isBoilerplate("(The two ministers later read the news on the train to Haiphong.)")).toBe(false);
  });
});
