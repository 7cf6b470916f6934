import { describe, expect, it } from "vitest";
import { knownOutlet } from "./outlets.js";
import { isPublisherItself } from "./sources.js";

// Round 46: a paper's section site under its own brand (its <title> naming "<Paper> <Section>") is the paper: the
// paper's name in the byline's credit on that site is its own staff's, which names no source (test/READING.md).
describe("a paper's section site", () => {
  it("is known as the paper", () => {
    expect(knownOutlet("Inquirer Global Nation")).toBe("Philippine Daily Inquirer");
  });

  it("makes the paper's own credit on it the publisher itself", () => {
    expect(isPublisherItself("Philippine Daily Inquirer", null, ["Inquirer Global Nation"])).toBe(true);
  });
});
