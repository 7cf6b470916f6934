import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// A ministry named by its list of portfolios keeps the whole list when the title is written lower-case ("deputy
// minister of industry, trade and energy"), as it does capitalised ("Minister of Culture, Sports and Tourism"); a comma
// that opens a clause or another name still ends the role. Sentences are the tests' own.
const rolesOf = (body: string, name: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person" && e.name === name)
    .flatMap((e) => (e.roles ?? []).map((r) => r.role));

describe("a lower-case title over a list of portfolios", () => {
  it("runs on to the last portfolio after a comma and 'and'", () => {
    const body =
      "Ho Van Kiet, deputy minister of fisheries, forestry and rural development, said the quota would stay.";
    expect(rolesOf(body, "Ho Van Kiet")).toEqual(["deputy minister of fisheries, forestry and rural development"]);
  });

  it("runs on when the list closes the sentence", () => {
    const body = "The quota was announced by Ho Van Kiet, vice minister of mines, energy and water.";
    expect(rolesOf(body, "Ho Van Kiet")).toEqual(["vice minister of mines, energy and water"]);
  });

  it("stops at a comma that opens a clause or joins other people", () => {
    expect(
      rolesOf("Ho Van Kiet, deputy minister of fisheries, and two aides said the quota would stay.", "Ho Van Kiet"),
    ).toEqual(["deputy minister of fisheries"]);
    expect(
      rolesOf(
        "Ho Van Kiet, deputy minister of fisheries, who spoke and left, said the quota would stay.",
        "Ho Van Kiet",
      ),
    ).toEqual(["deputy minister of fisheries"]);
  });
});
