import { describe, expect, it } from "vitest";
import { isCreditedCaption } from "./captions.js";

// Round 53: a picture's caption under the headline, closed by a bare "Credit:" label. Lines are written for the tests.
describe("a caption closed by a bare credit label", () => {
  it("is a credited caption, never a headline or a story's sentence", () => {
    expect(isCreditedCaption("A gas turbine hall under construction near the coast. Credit: Energy Review")).toBe(true);
  });

  it("leaves a sentence that goes on after the label", () => {
    expect(
      isCreditedCaption("Banks tightened lending. Credit: growth slowed to its lowest in a decade, the bank said."),
    ).toBe(false);
  });
});
