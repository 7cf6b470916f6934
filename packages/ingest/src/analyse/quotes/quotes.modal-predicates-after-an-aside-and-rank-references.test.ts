import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/* Round 55: a quotation completing a reported clause's modal after an aside, and an officer referred to by rank. */
const quotes = (body: string) => analyseArticle(body, {}).quotes.map((q) => [q.speaker, q.text]);
const speakers = (body: string) => analyseArticle(body, {}).quotes.map((q) => q.speaker);

describe("a quotation completing the reported clause's modal", () => {
  it("is the speaker's even after a long clause with an aside between commas", () => {
    expect(
      quotes(
        'Anna Keller, a director of the chamber, praised the market. Keller added that German firms were watching the talks on a free trade agreement between Chile and the EU, launched in May 2012, and would "invest far more once duties on parts are cut".',
      ),
    ).toEqual([["Anna Keller", "invest far more once duties on parts are cut"]]);
  });
});

describe("an officer referred to by his rank", () => {
  it("gives 'the colonel' the quotation of the colonel named before", () => {
    expect(
      speakers(
        'Colonel Le Van Hai said the bridge would open in June. "We build roads, but we also build trust with the villages around us," the Colonel added.',
      ),
    ).toEqual(["Le Van Hai"]);
  });

  it("gives 'the general' the quotation of a major general, not of a secretary-general", () => {
    expect(
      speakers(
        'Major General Tran Duc Long said the drill went well. "This is the first time our ships have sailed together," the general said.',
      ),
    ).toEqual(["Tran Duc Long"]);
    expect(
      quotes(
        'Secretary-General Maria Lopez arrived on Monday. "This is the first time our ships have sailed together," the general said.',
      ),
    ).toEqual([]);
  });
});

describe("a quotation closing its sentence on a full stop", () => {
  it("is not carried on by a lower-case quotation after a new sentence of reported speech", () => {
    expect(
      quotes(
        '"This is careful work," said Tran Van Khoa, a fellow at the centre. "Hanoi is telling its partners that old ties still count." He said the city had received two presidents this year, "so a third visit rounds off the set".',
      ).map((q) => q[1]),
    ).toEqual([
      "This is careful work Hanoi is telling its partners that old ties still count.",
      "so a third visit rounds off the set",
    ]);
  });
});
