import { describe, expect, it } from "vitest";
import { printedHeadline } from "./titles.js";

// Round 32: a tab title that runs the printed <h1> on into the site's section, name and motto. Headlines are
// written for the tests.
describe("the printed headline over a tab title with a section's trail", () => {
  const heading = "Port cargo climbs to record as new berths open";

  it.each([
    `${heading} - Business - Harbour Daily | News, Markets, Life - Harbour Daily`,
    `${heading} | Economy | Harbour Daily`,
    `${heading} – World – Harbour Daily`,
  ])("%s", (title) => {
    expect(printedHeadline(title, heading)).toBe(heading);
  });

  it("leaves a single site suffix to the suffix rules", () => {
    expect(printedHeadline(`${heading} - Harbour Daily`, heading)).toBe(`${heading} - Harbour Daily`);
  });

  it("leaves a title whose headline runs on past the <h1> in words", () => {
    const title = `${heading} in the south - Business - Harbour Daily`;
    expect(printedHeadline(title, heading)).toBe(title);
  });
});
