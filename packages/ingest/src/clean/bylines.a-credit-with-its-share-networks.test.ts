import { describe, expect, it } from "vitest";
import { readBareCredit } from "./bylines.js";
import { clean, LEAD, lines, MORE, TITLE } from "./testing/story-parts.js";

// Round 51: a page copied from the browser keeps the networks the credit's share button offers on the credit's line.
describe("a credit with its share button and the networks after it", () => {
  it("reads the reporter as the credit", () => {
    expect(readBareCredit("Dara Keo / Delta Herald  Share: Facebook  Twitter  Telegram  LINE")?.author).toBe(
      "Dara Keo",
    );
  });

  it("goes from the story as the byline", () => {
    const cleaned = clean(
      lines(TITLE, "Dara Keo / Delta Herald  Share: Facebook  Twitter  Telegram  LINE", LEAD, MORE),
    );
    expect(cleaned.body).toBe([LEAD, MORE].join("\n\n"));
  });

  it("leaves a sentence whose words after the label are no share bar", () => {
    expect(readBareCredit("Farmers asked for a bigger share: rice and fish")).toBeNull();
  });
});
