import { describe, expect, it } from "vitest";
import { knownOutlet } from "../metadata/outlets.js";
import { readSignoff } from "./bylines.js";

// Round 54: an agency's sign-off closing the story with its desk's initials after a slash. Sentences written for the
// tests.
describe("an agency's dashed sign-off with its desk's initials", () => {
  it("takes the sign-off off the last paragraph and names the agency", () => {
    const signoff = readSignoff("The talks were attended by provincial officials. — MNA/TKH");
    expect(signoff?.kept).toBe("The talks were attended by provincial officials.");
    expect(signoff?.removed).toBe("— MNA/TKH");
    expect(signoff?.source).toBe(knownOutlet("MNA"));
  });

  it("still reads an agency and its carrier as the carrier's sign-off", () => {
    expect(readSignoff("The talks ended on Friday. — VNA/VNS")?.source).toBe(knownOutlet("VNA"));
  });

  it("leaves a slash after a name that is no agency", () => {
    expect(readSignoff("The talks ended on Friday. — Harbour Office/TKH")).toBeNull();
  });
});
