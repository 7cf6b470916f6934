import { describe, expect, it } from "vitest";
import { readInlineMarks } from "./inline-marks.js";

// Round 30: a translator's or interpreter's note a copy sets in brackets after a quoted sentence. Sentences are the
// tests' own.
describe("a translator's note after a quoted sentence", () => {
  it("drops a bare note closing the line", () => {
    expect(
      readInlineMarks('The governor said the port "will open to every shipper next year." (translated)').text,
    ).toBe('The governor said the port "will open to every shipper next year."');
  });

  it("drops a note naming the language and an editor's mark, keeping the next sentence", () => {
    expect(
      readInlineMarks('She said the mill "was built by our fathers". [Translated from Lao – ed.] She then left.').text,
    ).toBe('She said the mill "was built by our fathers". She then left.');
  });

  it("drops a note naming the interpreter, and one set before the sentence's stop", () => {
    expect(readInlineMarks('He said the talks "went well." (Interpretation by the embassy staff)').text).toBe(
      'He said the talks "went well."',
    );
    expect(readInlineMarks('He called the deal "fair to both sides" (interpreter\'s rendering).').text).toBe(
      'He called the deal "fair to both sides".',
    );
  });

  it("keeps a bracket about a translation that is part of the sentence", () => {
    const line = "The novel (translated into Thai in 2001) sold well in Bangkok.";
    expect(readInlineMarks(line).text).toBe(line);
    const mid = "The memoir was reissued (translated by a Hanoi press) and sold out.";
    expect(readInlineMarks(mid).text).toBe(mid);
  });
});
