import { describe, expect, it } from "vitest";
import { peopleOf } from "../testing/people-readings.js";

/*
 * Round 59: climate portfolios are written with capitals the office grammar did not know ("Minister for Climate Change
 * and Energy", "Commissioner for Climate Action", "Minister for Sustainability and the Environment"), so the holder's
 * name was cut into the title; a numbered session glued to a body's acronym owns its presidency ("COP29 President");
 * the host of a gathering is the leader receiving it, no post of his. Sentences and names are the tests' own.
 */
describe("climate portfolios written in capitals", () => {
  it("keeps the whole portfolio and the whole name after it", () => {
    expect(
      peopleOf(
        "Canadian Minister for Climate Change and Energy Aldo Petrenko met the delegation. EU Commissioner for Climate Action Marit Olsen spoke next. Norway's Minister for Sustainability and the Environment, Kari Vold, signed.",
      ),
    ).toEqual(
      expect.arrayContaining([
        { name: "Aldo Petrenko", roles: ["Minister for Climate Change and Energy"] },
        { name: "Marit Olsen", roles: ["EU Commissioner for Climate Action"] },
        { name: "Kari Vold", roles: ["Minister for Sustainability and the Environment"] },
      ]),
    );
  });

  it("reads a portfolio list with urbanisation in it as one office", () => {
    expect(
      peopleOf("The talks were opened by Nadia Korsun, Ukraine's Minister of Environment, Urbanisation and Water."),
    ).toEqual([{ name: "Nadia Korsun", roles: ["Minister of Environment, Urbanisation and Water"] }]);
  });
});

describe("a numbered session's presidency", () => {
  it("keeps the acronym and its number with the office", () => {
    expect(peopleOf("COP29 President Elvin Rasulov opened the high-level segment on Tuesday.")).toEqual([
      { name: "Elvin Rasulov", roles: ["COP29 President"] },
    ]);
  });
});

describe("the host of a gathering", () => {
  it("gives the receiving leader no post for hosting", () => {
    const people = peopleOf(
      "Malaysian Prime Minister Harun Zaki, host of the meeting, welcomed the guests. Later they met Chilean President Rosa Tapia, the host of the Pacific Summit. The communique was adopted after its host, Peruvian President Luis Ochoa, closed the retreat.",
    );
    expect(people).toEqual(
      expect.arrayContaining([
        { name: "Harun Zaki", roles: ["Prime Minister"] },
        { name: "Rosa Tapia", roles: ["President"] },
        { name: "Luis Ochoa", roles: ["President"] },
      ]),
    );
  });

  it("still reads a broadcast's host", () => {
    expect(peopleOf("In this week's episode host Mira Castell talks to two economists.")).toEqual([
      { name: "Mira Castell", roles: ["host"] },
    ]);
  });
});

describe("a rarer Vietnamese surname", () => {
  it("reads a name opening with Nguy with no title to cue it", () => {
    expect(
      peopleOf("Activists recalled the case of Nguy Van Tuan, an engineer jailed last year.").map((p) => p.name),
    ).toEqual(["Nguy Van Tuan"]);
  });
});
