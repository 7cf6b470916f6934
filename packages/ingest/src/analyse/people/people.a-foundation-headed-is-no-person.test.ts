import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 55: "<Name>, head of the <Place>-<Place> Peace Foundation, said": the foundation closes the body the person
// heads; its last word is no person's name. Sentences are the tests' own.
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => [e.name, e.roles.map((r) => r.role)]);

describe("a foundation named as the body a person heads", () => {
  it("is part of the person's role, not a second person", () => {
    expect(
      people("Ana Ruiz, head of the Chile-Vietnam Friendship Foundation, said the archive should open to the public."),
    ).toEqual([["Ana Ruiz", ["head of the Chile-Vietnam Friendship Foundation"]]]);
  });
});
