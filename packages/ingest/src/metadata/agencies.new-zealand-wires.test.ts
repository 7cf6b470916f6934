import { describe, expect, it } from "vitest";
import { agencyNamed } from "./agencies.js";
import { slotAgency } from "./sources.js";

// Round 55: New Zealand's wire services sign a paper's story with a dashed tail ("- NZPA") as other agencies do.
describe("New Zealand's wire services", () => {
  it.each([
    ["NZPA", "NZPA"],
    ["New Zealand Press Association", "NZPA"],
    ["APNZ", "APNZ"],
  ])("%s names the agency %s", (name, agency) => {
    expect(agencyNamed(name)).toBe(agency);
  });

  it("either one alone in the author slot is the story's credit", () => {
    expect(slotAgency("APNZ")).toBe("APNZ");
    expect(slotAgency("NZPA")).toBe("NZPA");
  });
});
