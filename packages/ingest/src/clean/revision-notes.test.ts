import { describe, expect, it } from "vitest";
import { isBoilerplate } from "./boilerplate.js";
import { readByline } from "./bylines.js";
import { splitCaptions } from "./captions.js";
import { isRevisionNote } from "./revision-notes.js";
import { isHeadline } from "./title.js";

// Round 52: a corrected, updated or developing story prints notes on its own versions; they are the page's history.
describe("notes a story prints on its own revisions", () => {
  it("drops a desk's advisory, a dated update note and a developing story's line about itself", () => {
    for (const line of [
      "Eds: UPDATES with reaction from Manila, ministry statement. Adds byline. With AP Photos.",
      "(Updated at 18:40, March 3: Adds details of the loan in paragraph 4; corrects name of port in paragraph 9)",
      "Updated 7.15pm: This story has been updated with remarks from the Defence Minister.",
      "UPDATE 08:30: Adds comments from Laos and Thailand. This story was first published at 06:10 as a news flash and has been expanded.",
      "This is a developing story; it has been updated with the list of memorandums signed.",
    ]) {
      expect(isRevisionNote(line), line).toBe(true);
      expect(isBoilerplate(line), line).toBe(true);
    }
  });

  it("keeps a paragraph behind an update mark and prose about updates", () => {
    for (const line of [
      "UPDATE 08:30: Police said the two ferries had docked safely in Da Nang.",
      "Updated figures show exports rose 12 percent in the first quarter.",
      "This is a story of two ports that grew up facing each other across the gulf.",
      "Adds to the pressure is the falling price of rice, traders said.",
    ])
      expect(isBoilerplate(line), line).toBe(false);
  });

  it("drops a correction note set as a bulleted item under the story", () => {
    expect(isBoilerplate("• This article was amended on 3 June 2019. An earlier version gave the wrong date.")).toBe(
      true,
    );
    expect(isBoilerplate("• Ministers agreed to extend the fishing season by two weeks.")).toBe(false);
  });
});

describe("a byline setting each reporter's beat before the name", () => {
  it("reads the names without the beats", () => {
    expect(readByline("By Pacific affairs correspondent Jane Roe and business reporter John Doe")?.author).toBe(
      "Jane Roe, John Doe",
    );
  });
});

describe("a caption closed by an outlet and its photographer in brackets", () => {
  it("reads the line as a caption", () => {
    const split = splitCaptions("The two ministers walk past the guard of honour in Canberra. (Reuters: Jane Roe)");
    expect(split.captions.length).toBe(1);
  });
  it("keeps prose naming an outlet in brackets", () => {
    const split = splitCaptions("The ministers met on Monday, the agency said. (Reuters reported the talks.)");
    expect(split.captions.length).toBe(0);
  });
});

describe("a refiled or updated headline with the wire's label in square brackets", () => {
  it("reads as a headline, the label kept as printed", () => {
    expect(isHeadline("[REFILED] Ministers agree to reopen the river crossing")).toBe(true);
    expect(isHeadline("[UPDATE 2] Ministers agree to reopen the river crossing")).toBe(true);
    expect(isHeadline("[1] Ministers agreed to reopen the crossing.")).toBe(false);
  });
});

// Round 53: an editor's note set into a page after it was published, dating its own addition.
describe("a labelled note that dates its own addition", () => {
  it("drops the note whatever fact it adds", () => {
    for (const line of [
      "(Note) The loan agreement was signed on May 4, 2021. This note was added on May 10, 2021.",
      "Editor's note: The two ministers met again in June. This paragraph was added on June 30.",
    ]) {
      expect(isRevisionNote(line), line).toBe(true);
      expect(isBoilerplate(line), line).toBe(true);
    }
  });

  it("keeps a note that says nothing of its own addition, and prose about an added clause", () => {
    for (const line of [
      "Note: The figures include exports of rice and coffee.",
      "This clause was added on Monday at the request of the Lao side, the minister said.",
    ])
      expect(isBoilerplate(line), line).toBe(false);
  });
});
