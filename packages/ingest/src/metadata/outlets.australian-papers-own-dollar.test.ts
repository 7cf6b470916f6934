import { describe, expect, it } from "vitest";
import { knownOutlet, localDollar } from "./outlets.js";

describe("an Australian newspaper's own '$'", () => {
  it("knows the metropolitan and business papers by name and reads their bare dollar as Australian", () => {
    expect(knownOutlet("Sydney Morning Herald")).toBe("The Sydney Morning Herald");
    expect(localDollar(knownOutlet("The Age"))).toBe("AUD");
    expect(localDollar(knownOutlet("Australian Financial Review"))).toBe("AUD");
  });
});
