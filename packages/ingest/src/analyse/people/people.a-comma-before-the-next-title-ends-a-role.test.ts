import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 43 (issue 11): a comma inside a ministry's name runs on ("Minister of Culture, Sports and Tourism"), but a comma
// before a title word opens the next role ("… Party Central Committee, Standing Deputy Minister …"), as the seeds'
// gold reads a byline of two offices. Sentences are the tests' own.
const rolesOf = (body: string, name: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person" && e.name === name)
    .flatMap((e) => (e.roles ?? []).map((r) => r.role));

describe("a comma between two titles", () => {
  it("ends the first title before the next one's modifier", () => {
    const body =
      "The essay was written by Alternate Member of the Party Central Committee, Standing Deputy Minister of Foreign Affairs Tran Van Long.";
    expect(rolesOf(body, "Tran Van Long")).toEqual([
      "Alternate Member of the Party Central Committee",
      "Standing Deputy Minister of Foreign Affairs",
    ]);
  });

  it("a comma inside a ministry's name still runs on", () => {
    const body = "Deputy Minister of Culture, Sports and Tourism Le Thi Hoa opened the exhibition in Paris on Monday.";
    expect(rolesOf(body, "Le Thi Hoa")).toEqual(["Deputy Minister of Culture, Sports and Tourism"]);
  });
});
