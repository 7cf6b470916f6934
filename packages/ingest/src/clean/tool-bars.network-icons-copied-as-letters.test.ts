import { describe, expect, it } from "vitest";
import { isShareBar } from "./boilerplate.js";
import { isGluedToolBar } from "./tool-bars.js";

// Round 58: a share row whose network icons were copied as the letters they draw ("f" for Facebook, "t" for the old
// bird site, "in" for LinkedIn, an envelope for mail), run together with the row's tool phrases. Lines are the test's.
describe("network icons copied as their letters", () => {
  it("make a share row with the row's tools, its separators lost", () => {
    expect(isGluedToolBar("SHARE ARTICLE f t in ✉ READ LATER PRINT")).toBe(true);
    expect(isShareBar("Share f t in")).toBe(true);
  });

  it("leave a sentence that holds a lone letter", () => {
    expect(isGluedToolBar("The t in the port's name is silent")).toBe(false);
    expect(isShareBar("Vitamin t in the diet")).toBe(false);
  });
});
