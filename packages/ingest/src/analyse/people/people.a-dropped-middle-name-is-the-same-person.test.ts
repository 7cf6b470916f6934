import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 51: copy names a person in full ("Rahim Uddin Sarkar"), then by first and last name only ("Rahim Sarkar").
// Sentences are the tests' own.
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => e.name);

describe("a name given again without its middle word", () => {
  it("is the person named in full, in either order", () => {
    expect(
      people(
        "Speaker Rahim Uddin Sarkar opened the session on Monday. Later, Rahim Sarkar told reporters the vote would wait.",
      ),
    ).toEqual(["Rahim Uddin Sarkar"]);
    expect(
      people("Rahim Sarkar arrived on Monday. Speaker Rahim Uddin Sarkar then opened the session of the assembly."),
    ).toEqual(["Rahim Uddin Sarkar"]);
  });

  it("keeps apart a Vietnamese name and one that shares only its family and given names", () => {
    expect(
      people("Deputy Minister Nguyen Van Tam met Ambassador Nguyen Tam of the neighbouring country on Friday.").sort(),
    ).toEqual(["Nguyen Tam", "Nguyen Van Tam"]);
  });
});
