import { describe, expect, it } from "vitest";
import { withoutSiteSuffix } from "./title.js";

// A wire's headline closes on who said it, in lower-case words after a dash: part of the headline, even when the
// word is also an outlet's name without its article. Headlines are written for the test.
describe("a wire headline's speaker tag", () => {
  it.each([
    ["Two countries aim to double trade by 2030 — diplomat"],
    ["Port talks to resume next month — senior official"],
  ])("keeps %s whole", (title) => {
    expect(withoutSiteSuffix(title)).toBe(title);
  });

  it("still trims a site's capitalised name", () => {
    expect(withoutSiteSuffix("Two countries aim to double trade by 2030 — The Diplomat")).toBe(
      "Two countries aim to double trade by 2030",
    );
  });
});

describe("a site's lower-case handle after a hyphen", () => {
  it("is trimmed as the site's suffix", () => {
    expect(withoutSiteSuffix("Two countries aim to double trade by 2030 - nationthailand")).toBe(
      "Two countries aim to double trade by 2030",
    );
  });
});
