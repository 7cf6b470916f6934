import { describe, expect, it } from "vitest";
import { splitCaptionByline } from "./glued-lines.js";

// Round 44: a photo's caption closed by its credit in square brackets, run into the byline under it with no break.
describe("a caption's bracketed credit run into the byline", () => {
  it("parts the caption from the byline at the bracket", () => {
    const line =
      "The two presidents shake hands before their talks in Seoul on Monday. [POOL PHOTO]By JANE ROE [jane.roe@example.com]";
    expect(splitCaptionByline(line)).toEqual({
      story: "The two presidents shake hands before their talks in Seoul on Monday. [POOL PHOTO]",
      note: "By JANE ROE [jane.roe@example.com]",
    });
  });

  it("leaves a sentence whose bracket is followed by a word that opens no byline", () => {
    const line = "The minister spoke at the forum on Monday. [Updated]Byzantine rules still slow the customs office.";
    expect(splitCaptionByline(line)).toBeNull();
  });
});

// Round 51: a caption's last stop run into the byline under it, with no bracketed credit and no space between them.
describe("a caption's last stop run into the byline", () => {
  it("parts the caption from the byline after the stop", () => {
    const line = "The visiting speaker (left) greets his host outside the assembly hall on Friday.By Jane Roe";
    expect(splitCaptionByline(line)).toEqual({
      story: "The visiting speaker (left) greets his host outside the assembly hall on Friday.",
      note: "By Jane Roe",
    });
  });

  it("leaves a sentence that goes on after a stop with a space", () => {
    const line = "The speaker greeted his host on Friday. By Jane Roe's count, the talks ran past midnight.";
    expect(splitCaptionByline(line)).toBeNull();
  });
});
