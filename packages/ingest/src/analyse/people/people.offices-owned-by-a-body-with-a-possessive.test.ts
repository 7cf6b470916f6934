import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/* Round 49: "the Foreign Ministry's spokeswoman X" holds the office "Foreign Ministry spokeswoman", as written unowned. */
const roles = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => [e.name, e.roles.map((r) => r.role)]);

describe("an office a body owns by a possessive", () => {
  it("names the body and the head without the possessive", () => {
    expect(roles("The Foreign Ministry's spokeswoman Tran Thi Hoa said the talks went well.")).toEqual([
      ["Tran Thi Hoa", ["Foreign Ministry spokeswoman"]],
    ]);
  });

  it("reads the same office set off by commas", () => {
    expect(roles("The Foreign Ministry's spokesman, Do Van Hung, answered in July.")).toEqual([
      ["Do Van Hung", ["Foreign Ministry spokesman"]],
    ]);
  });
});
