import { describe, expect, it } from "vitest";
import { isBoilerplate } from "./boilerplate.js";

// Round 53: a pitch set under a label in capitals inside the story. Lines are written for the tests.
describe("a promotion's label in capitals over its pitch", () => {
  it("is the page's, as the pitch alone is", () => {
    expect(isBoilerplate("SPECIAL OFFER: Download our regional shipping tracker (pdf)")).toBe(true);
  });

  it("leaves a speaker's turn that closes on a stop", () => {
    expect(isBoilerplate("MODERATOR: Download our report from the ministry's site, it is all there.")).toBe(false);
  });
});
