import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 39: wire copy closes a sentence on a parenthetical attribution set after a name with one comma ("… met
 * Minister X, a spokesman for the ministry said, without giving details"). The office there is the subject of "said",
 * not an apposition of the name before it; with a comma before the verb it stays the name's own.
 */
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => [e.name, e.roles.map((r) => r.role.toLowerCase())]);

describe("an office between a name and a speech verb with no comma before the verb", () => {
  it("is the verb's subject, not the office of the name before it", () => {
    expect(
      people(
        "Chilean President Gabriel Boric met Vietnamese President Luong Cuong in Santiago.\n\nMr Boric also raised the fishing dispute with Mr Cuong, a spokeswoman for the palace said, without giving details.",
      ),
    ).toEqual([
      ["Gabriel Boric", ["president"]],
      ["Luong Cuong", ["president"]],
    ]);
  });

  it("stays the name's office when a comma closes it before the verb", () => {
    expect(
      people(
        "The talks went well, Tran Van Binh, a spokesman for the trade ministry, said on Friday after the meeting in Lima.",
      ),
    ).toEqual([["Tran Van Binh", ["spokesman for the trade ministry"]]]);
  });
});
