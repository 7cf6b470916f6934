import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 46: two places where a role took in words that are not its own. A place closing the phrase before a comma is
 * no portfolio of an office written with "of" ("in Da Nang, Minister of Planning and Investment X"), and after
 * "between" the title of a state's own leader opens the other side of the talks, not a second office of the first.
 */
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => [e.name, e.roles.map((r) => r.role)]);

describe("roles that end where the phrase does", () => {
  it("leaves the place before a comma out of an office whose complement is joined by 'and'", () => {
    expect(
      people("Opening a forum in Da Nang, Minister of Planning and Investment Nguyen Chi Dung urged faster reform."),
    ).toEqual([["Nguyen Chi Dung", ["Minister of Planning and Investment"]]]);
  });

  it("keeps a list of portfolios before the head", () => {
    expect(
      people("At a meeting in Bangkok, Culture, Sports and Tourism Minister Nguyen Van Hung spoke first."),
    ).toEqual([["Nguyen Van Hung", ["Culture, Sports and Tourism Minister"]]]);
  });

  it("gives a title after 'between the …' and a state's demonym only to the name after it", () => {
    const found = people(
      "General Secretary To Lam landed on Monday. A joint statement followed talks between the Party chief and Indonesian President Prabowo Subianto.",
    );
    expect(found).toEqual([
      ["To Lam", ["General Secretary"]],
      ["Prabowo Subianto", ["President"]],
    ]);
  });

  it("still reads two offices of one person after 'between' with no state before the second", () => {
    expect(
      people("Talks between Deputy Prime Minister and Foreign Minister Bui Thanh Son and his guest went well."),
    ).toEqual([["Bui Thanh Son", ["Deputy Prime Minister", "Foreign Minister"]]]);
  });
});
