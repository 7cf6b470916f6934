import { describe, expect, it } from "vitest";
import { readBareCredit } from "./bylines.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 49: a host-country paper sets its share button on the credit's line under the headline.
describe("a credit with the share button after it", () => {
  it("reads the reporter and the paper", () => {
    expect(readBareCredit("Lina Ortega / Andes Herald Share:")).toEqual({ author: "Lina Ortega", outlet: null });
  });

  it("goes from the story as the byline", () => {
    const cleaned = clean(lines(TITLE, "Lina Ortega / Andes Herald Share:", LEAD, MORE));
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("leaves a sentence that closes on the word alone", () => {
    expect(readBareCredit("Farmers asked for a bigger share.")).toBeNull();
  });
});
