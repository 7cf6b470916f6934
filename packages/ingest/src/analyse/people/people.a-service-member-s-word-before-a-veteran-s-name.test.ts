import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 55: a veteran introduced by his service's capitalised word and no title of office ("retired Marine <Name>"),
// then cued by surname only. Sentences are the tests' own.
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => e.name);

describe("a service member's word before a veteran's name", () => {
  it("leaves the name after it whole for the surname cued later", () => {
    expect(
      people(
        "The visitors were led by retired Marine Tom Hadley. Mr Hadley, 81, said the trip had taken years to plan.",
      ),
    ).toEqual(["Tom Hadley"]);
  });

  it("keeps a longer capitalised run a body's name, not a given name", () => {
    expect(
      people(
        "The visitors met the Marine Corps Band Hadley group. Mr Hadley, 81, said the trip had taken years to plan.",
      ),
    ).not.toContain("Band Hadley");
  });
});
