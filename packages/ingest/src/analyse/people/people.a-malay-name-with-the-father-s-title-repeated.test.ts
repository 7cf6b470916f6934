import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 58: a Malay name gives the father's name after the person's own with no "bin", opened again by the same
// hereditary title ("Wan Rosli Wan Abdul Hamid"), five words or more; copy then calls the person by the own name
// alone ("Wan Rosli"). Sentences are the tests' own.
const read = (body: string) => {
  const a = analyseArticle(body, {});
  return {
    people: a.entities.filter((e) => e.type === "person").map((e) => e.name),
    quotes: a.quotes.map((q) => q.speaker),
  };
};

describe("a Malay name whose father's name opens with the same title", () => {
  it("is read whole, and the own name used alone later is that person", () => {
    expect(
      read(
        'Sports Minister Wan Rosli Wan Abdul Hamid opened the games on Friday. Later, Wan Rosli said "the two teams will meet again as friends next season".',
      ),
    ).toEqual({ people: ["Wan Rosli Wan Abdul Hamid"], quotes: ["Wan Rosli Wan Abdul Hamid"] });
  });

  it("is the same person when the short form comes first", () => {
    expect(
      read("Wan Rosli arrived on Friday. Sports Minister Wan Rosli Wan Abdul Hamid then opened the games.").people,
    ).toEqual(["Wan Rosli Wan Abdul Hamid"]);
  });

  it("leaves a four-word name with no repeated title as it was", () => {
    expect(read("Sports Minister Ahmad Rosli Abdul Hamid opened the games on Friday.").people).toEqual([
      "Ahmad Rosli Abdul Hamid",
    ]);
  });
});
