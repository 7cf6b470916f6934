import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";
import { peopleOf } from "../testing/people-readings.js";

const names = (body: string) => peopleOf(body).map((p) => p.name);

// Round 56: a story may name someone in full only once, with no title, opening a sentence ("Marco Bellini watched …"),
// and credit quotations to the surname alone later ('"…," Bellini told reporters'): the credit names the person.
describe("a surname credited with a quotation, named in full once with no cue", () => {
  const body = [
    "Marco Bellini watched from the stands as the regiments marched past the old citadel.",
    '"We came to honour the dead of both sides, and we were made welcome," Bellini told reporters on Monday.',
  ].join("\n\n");

  it("is the person named in full", () => {
    expect(names(body)).toEqual(["Marco Bellini"]);
  });

  it("speaks the quotation", () => {
    expect(analyseArticle(body, {}).quotes.map((q) => q.speaker)).toEqual(["Marco Bellini"]);
  });

  it("takes no adverb opening the sentence for a given name", () => {
    const adverb = [
      "Later Bellini watched from the stands as the regiments marched past the old citadel.",
      '"We came to honour the dead of both sides, and we were made welcome," Bellini told reporters on Monday.',
    ].join("\n\n");
    expect(names(adverb)).toEqual([]);
  });
});
