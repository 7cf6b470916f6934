import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

/*
 * Round 44: an occupation written in capitals before a name at a sentence's start ("Blogger …") is the person's
 * title, not the first word of the name; and a quoted list that is the object of a verb the quotation opens with
 * ("seriously damaged trade, tourism, fishing and farming") is the speaker's clause, not a motto listed. Written fresh
 * in the project's own words.
 */
const read = (body: string) => analyseArticle(body, { publishedAt: "2014-05-12" });

describe("an occupation before a name", () => {
  it("is the title and no part of the name", () => {
    const people = read("Blogger Tran Van Khai, who was held last year, said the crowd was calm.").entities.filter(
      (e) => e.type === "person",
    );
    expect(people.map((p) => [p.name, p.roles?.map((r) => r.role)])).toEqual([["Tran Van Khai", ["Blogger"]]]);
  });
});

describe("a quoted list opened by an adverb and a verb", () => {
  it("is the speaker's words", () => {
    const quotes = read(
      'Prime Minister Le Van Thanh said the blockade had "badly damaged trade, tourism, fishing and farming" along the coast.',
    ).quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(["Le Van Thanh"]);
  });

  it("is still a motto when its items stand alone", () => {
    const quotes = read(
      'Prime Minister Le Van Thanh said the ties rested on "peace, friendship, cooperation and development" for both.',
    ).quotes;
    expect(quotes).toEqual([]);
  });
});
