import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 40: a name set after a role and its comma renames the role ("at a news conference with the Vietnamese
 * president, Tran Dai Quang, Obama said …"): a preposition or verb governing the role governs the name, so "he" after
 * that sentence is its subject, not the renamed object. Written fresh in the project's own words.
 */
const speakers = (body: string) => analyseArticle(body, { publishedAt: "2016-05-23" }).quotes.map((q) => q.speaker);

describe("a pronoun after a sentence whose object is renamed by a name", () => {
  it("gives the quotation to the subject, not to the name renaming the object", () => {
    expect(
      speakers(
        'Canada\'s prime minister arrived in Hanoi on Monday. Speaking at a joint briefing with the Vietnamese prime minister, Nguyen Xuan Phuc, Justin Trudeau said the trade deal was a milestone. "We are opening a door that will not close again for our farmers," he said.',
      ),
    ).toEqual(["Justin Trudeau"]);
  });

  it("still gives it to a role's name that opens the sentence as its subject", () => {
    expect(
      speakers(
        'The Vietnamese prime minister, Nguyen Xuan Phuc, said the trade deal was a milestone. "We are opening a door that will not close again for our farmers," he said.',
      ),
    ).toEqual(["Nguyen Xuan Phuc"]);
  });

  it("does not take a phrase without a role before the comma for an object", () => {
    expect(
      speakers(
        'Speaking with reporters, Justin Trudeau said the trade deal was a milestone. "We are opening a door that will not close again for our farmers," he said.',
      ),
    ).toEqual(["Justin Trudeau"]);
  });
});
