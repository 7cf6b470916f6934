import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

/*
 * Round 57: three ways a credit names its speaker without his name. Written fresh in the project's own words.
 * - '"…," the diplomat said' after a deputy foreign minister was named: a deputy foreign minister is a diplomat.
 * - '"…," the statement said' after 'X said in a statement that …': the statement speaks for the one who put it out.
 * - '"…," X said, adding, "it is …"': a second verb of saying before the second part brings in a quotation of its own,
 *   even when that part opens in lower case.
 */
describe("a credit naming its speaker by what he is or what he put out", () => {
  it("reads 'the diplomat' as the deputy foreign minister named before", () => {
    expect(
      read(
        'Brazil hopes to widen its exports of soybeans, Brazilian Deputy Foreign Minister Carla Mendes Rocha told reporters on Friday.\n"Our shipments to Asia grew last year and the ports are ready for more," the diplomat said.',
      ),
    ).toEqual([["Carla Mendes Rocha", "Our shipments to Asia"]]);
  });

  it("still reads 'the diplomat' as the foreign minister when both are named", () => {
    expect(
      read(
        'Foreign Minister Jonas Berg met Deputy Foreign Minister Lena Holm before the talks.\nForeign Minister Jonas Berg then spoke to the press in Oslo.\n"We expect the agreement to be signed before the summer," the diplomat said.',
      ),
    ).toEqual([["Jonas Berg", "We expect the agreement"]]);
  });

  it("credits 'the statement said' to the one who said it in a statement", () => {
    expect(
      read(
        'Trade Secretary Alan Whitby said in a statement that the two sides had come a long way in ten years.\n"We are ready for the next decade of shared growth," the statement said.',
      ),
    ).toEqual([["Alan Whitby", "We are ready for"]]);
  });

  it("leaves 'the statement said' unnamed when a ministry put the statement out", () => {
    expect(
      read(
        'Minister Alan Whitby arrived on Monday.\nThe ministry said in a statement that the talks went well.\n"Both sides are ready for the next decade of growth," the statement said.',
      ),
    ).toEqual([]);
  });

  it("makes a lower-case part after 'adding,' a quotation of its own", () => {
    expect(
      read(
        'President Maria Okafor met the visiting delegation on Monday.\n"Our countries are no longer strangers to each other," Okafor said, adding, "they are partners in the same growing market."',
      ),
    ).toEqual([
      ["Maria Okafor", "Our countries are no"],
      ["Maria Okafor", "they are partners in"],
    ]);
  });

  it("keeps a lower-case part after one credit as the same quotation", () => {
    expect(
      read(
        'President Maria Okafor met the visiting delegation on Monday.\n"Our countries are no longer strangers to each other," Okafor said, "and they are partners in the same market."',
      ),
    ).toEqual([["Maria Okafor", "Our countries are no"]]);
  });
});
