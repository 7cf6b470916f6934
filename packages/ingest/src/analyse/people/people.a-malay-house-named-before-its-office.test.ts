import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 51: Malaysian copy names the house before its presiding officer's title ("Dewan Rakyat Speaker"), as Indian
// copy writes "Lok Sabha Speaker": the house's name is part of the office. Sentences are the tests' own.
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => [e.name, e.roles.map((r) => r.role)]);

describe("a Malay house's name before its office", () => {
  it("stays part of the title", () => {
    expect(people("Dewan Rakyat Speaker Aziz Hamdan opened the regional forum in Kuching on Monday.")).toEqual([
      ["Aziz Hamdan", ["Dewan Rakyat Speaker"]],
    ]);
  });
});
