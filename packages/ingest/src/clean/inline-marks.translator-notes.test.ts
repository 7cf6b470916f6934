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

// Round 45: a translator's gloss in square brackets signed with a dash and "translator", set after the words it glosses.
describe("a translator's gloss signed after a dash", () => {
  it("drops the gloss and keeps the sentence's stop", () => {
    expect(
      readInlineMarks('He said the port grew "at a fine clip" [literally: "with quick legs" - translator].').text,
    ).toBe('He said the port grew "at a fine clip".');
    expect(
      readInlineMarks("The minister spoke of a bond [lit. a rope of rice – trans.] between the two peoples.").text,
    ).toBe("The minister spoke of a bond between the two peoples.");
  });

  it("keeps a bracket that names a translator inside the story", () => {
    const line = "The book [edited by a Hanoi translator] sold well.";
    expect(readInlineMarks(line).text).toBe(line);
  });
});

describe("an interpreter's note opening a transcript's turn", () => {
  it("drops the note after the speaker's label and at the start of the turn's next paragraph", () => {
    expect(readInlineMarks("MINISTER TRAN: (via interpreter) Thank you. We agreed on three new flights.").text).toBe(
      "MINISTER TRAN: Thank you. We agreed on three new flights.",
    );
    expect(readInlineMarks("(Through an interpreter) The talks were frank and useful.").text).toBe(
      "The talks were frank and useful.",
    );
  });

  it("keeps an interpreter named inside a sentence", () => {
    const line = "The minister spoke (via interpreter) for nearly an hour.";
    expect(readInlineMarks(line).text).toBe(line);
  });
});
