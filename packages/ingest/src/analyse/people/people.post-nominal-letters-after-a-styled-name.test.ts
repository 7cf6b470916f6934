import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 51: Commonwealth official copy sets an office, a comma, the style and the name, then the holder's post-nominal
// letters ("the Treasurer, the Hon Jane Roe MP,"). Sentences are the tests' own.
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => [e.name, e.roles.map((r) => r.role)]);

describe("an office, then a styled name with post-nominal letters", () => {
  it("gives the office to the name when letters stand before the apposition's comma", () => {
    expect(
      people("The guests were received by the Speaker of the Legislative Assembly, the Hon Mark Ellery MP, on Monday."),
    ).toEqual([["Mark Ellery", ["Speaker of the Legislative Assembly"]]]);
    expect(people("The Minister for Veterans, the Honourable Ian Cole MP (Retd), hosted the delegation.")).toEqual([
      ["Ian Cole", ["Minister for Veterans"]],
    ]);
  });
});
