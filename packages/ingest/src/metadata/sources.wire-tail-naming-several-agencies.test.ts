import { describe, expect, it } from "vitest";
import { slotAgency, wireTailAgency } from "./sources.js";

// Round 43: a broadcaster's editors sign its story with their initials and the agencies it drew on, the main one
// first ("ab/cd (dpa, AFP)"), sometimes in the page's author slot. The first agency is the story's source.
describe("a wire tail of initials naming several agencies", () => {
  it.each([
    ["ab/cd (dpa, AFP)", "dpa"],
    ["xy/zz (AFP, Reuters)", "AFP"],
    ["ab/cd (Reuters, dpa, AP)", "Reuters"],
  ])("%s credits the first agency", (tail, agency) => {
    expect(wireTailAgency(tail)).toBe(agency);
    expect(slotAgency(tail)).toBe(agency);
  });

  it("still reads a tail naming one agency, and no agency in a person's name", () => {
    expect(slotAgency("jk/lm (Reuters)")).toBe("Reuters");
    expect(slotAgency("Anna Becker")).toBeNull();
  });
});
