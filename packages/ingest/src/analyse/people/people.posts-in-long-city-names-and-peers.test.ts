import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/* Round 55: an office held in a city of four words before the holder's name, and a British peer's style. */
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => [e.name, e.roles.map((r) => r.role)]);

describe("an office held in a city of four words, then the name after a comma", () => {
  it("reads the holder after a post in Ho Chi Minh City", () => {
    expect(
      people("The fair closed on Sunday. The Trade Commissioner in Ho Chi Minh City, Jane Marlow, said orders grew."),
    ).toEqual([["Jane Marlow", ["Trade Commissioner"]]]);
  });
});

describe("a peer's style is the name the peer is known by", () => {
  it("keeps 'Lord' and the territorial designation after 'of'", () => {
    expect(people("The debate ran late. Lord Pemberton of Alderley said the treaty mattered.")).toEqual([
      ["Lord Pemberton of Alderley", []],
    ]);
  });

  it("keeps the designation after an office too", () => {
    expect(people("The debate ran late. Trade Minister Lord Pemberton of Alderley said exports grew.")).toEqual([
      ["Lord Pemberton of Alderley", ["Trade Minister"]],
    ]);
  });

  it("reads 'Lord' before an office's word as part of the office", () => {
    expect(people("The fair opened. Lord Mayor Jane Marlow said the city welcomed the guests.")).toEqual([
      ["Jane Marlow", ["Lord Mayor"]],
    ]);
  });
});
