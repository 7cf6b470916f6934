import { describe, expect, it } from "vitest";
import { isIssuerSignature } from "./glued-lines.js";

// A release signed under the story by its issuing office down its chain of offices, in title case. Lines are
// written for the test.
describe("an issuer's chain of offices under a release", () => {
  it.each([
    "Bureau of Information, Office of the Deputy Secretary, Office of the Prime Minister",
    "Department of Press Relations, Ministry of Foreign Affairs",
  ])("reads %s as the issuer's signature", (line) => {
    expect(isIssuerSignature(line)).toBe(true);
  });

  it.each([
    "The Ministry of Foreign Affairs, the Ministry of Trade and the Central Bank will meet on Monday.",
    "Minister of Foreign Affairs Nguyen Van An, Minister of Trade Tran Thi Binh",
  ])("leaves %s", (line) => {
    expect(isIssuerSignature(line)).toBe(false);
  });
});
