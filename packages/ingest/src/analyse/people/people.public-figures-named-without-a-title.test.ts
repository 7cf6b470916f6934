import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 42 (issue 11): analysis pages name past leaders and envoys with no title, honorific or speech verb beside
// them. A head of government leaders.json lists is a known public figure as knownPeople's are. Sentences are the
// tests' own.
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => e.name);

describe("public figures named without a title", () => {
  it("reads a listed head of government named by a possessive or as a subject", () => {
    expect(people("Julia Gillard's cabinet weighed the offer for months before it was shelved.")).toEqual([
      "Julia Gillard",
    ]);
    expect(people("The talks stalled in 2012, when Stephen Harper chose other priorities.")).toEqual([
      "Stephen Harper",
    ]);
  });

  it("reads a past secretary of state named in an aside", () => {
    expect(people("Back then John Kerry, fresh from the Senate, pushed for a deal on the river.")).toEqual([
      "John Kerry",
    ]);
  });
});

describe("a capital joined to a number by a hyphen", () => {
  it("is a team's or a model's class, not a person's name", () => {
    const names = people("He met Lars Holm, the Danish head coach of the national U-23 football team, on Friday.");
    expect(names).toContain("Lars Holm");
    expect(names).not.toContain("U");
  });
});
