import { describe, expect, it } from "vitest";
import { isBoilerplate } from "./boilerplate.js";

// Round 55: a text-size control copied with the page as its two letters alone, a capital and a small one.
describe("a text-size control's letters alone on a line", () => {
  it("'Aa' is furniture", () => {
    expect(isBoilerplate("Aa")).toBe(true);
  });

  it("a story line opening on the same letters stays", () => {
    expect(isBoilerplate("Aarhus hosted the two trade ministers on Monday.")).toBe(false);
  });
});
