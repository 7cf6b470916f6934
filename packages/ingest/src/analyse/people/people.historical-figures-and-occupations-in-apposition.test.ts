import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 43 (issue 11): pages recall historical figures in passing, with no title, and set a private person's trade
// in apposition after the name. Sentences are the tests' own.
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => e.name);
const rolesOf = (body: string, name: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person" && e.name === name)
    .flatMap((e) => (e.roles ?? []).map((r) => r.role));

describe("historical figures recalled in passing", () => {
  it("reads a figure named as an attribute, after a preposition or as a possessor", () => {
    expect(people("Phnom Penh marked the fall of the Pol Pot regime with a ceremony on Sunday.")).toEqual(["Pol Pot"]);
    expect(people("The first trade office opened in 1991 under Mikhail Gorbachev.")).toEqual(["Mikhail Gorbachev"]);
    expect(people("Richard Nixon's visit to Beijing changed the region's calculations.")).toEqual(["Richard Nixon"]);
  });

  it("an institution named after a figure names no person", () => {
    expect(people("Students at the Lee Kuan Yew School of Public Policy met the delegation on Monday.")).toEqual([]);
  });
});

describe("a trade in apposition after a name", () => {
  it("reads the person and the trade as the role", () => {
    const body =
      "Tran Van Minh, a Vietnamese agronomist who has worked in Cuba for a decade, showed the visitors the new rice fields.";
    expect(people(body)).toEqual(["Tran Van Minh"]);
    expect(rolesOf(body, "Tran Van Minh")).toEqual(["agronomist"]);
  });
});
