import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 59: "now" may stand before the article of an apposition; a department named with the ministry
// it answers to ("under the Ministry of …") is one body; a professor's style before the name adds nothing beside an
// office. Names and sentences are the tests' own.
const peopleOf = (body: string) =>
  Object.fromEntries(
    analyseArticle(body, {})
      .entities.filter((e) => e.type === "person")
      .map((e) => [e.name, (e.roles ?? []).map((r) => r.role)]),
  );

describe("an apposition opened by 'now'", () => {
  it("reads the title after it", () => {
    expect(peopleOf("Vo Thi Ngoc, now an economist at the Mekong Research Institute, said prices would rise.")).toEqual(
      {
        "Vo Thi Ngoc": ["economist at the Mekong Research Institute"],
      },
    );
  });
});

describe("a department under a ministry", () => {
  it("keeps the ministry in the office, before or after the name", () => {
    expect(
      peopleOf(
        "Director of the Seed Department under the Ministry of Agriculture and Rural Development Lam Van Phuc said the plan was ready.",
      ),
    ).toEqual({
      "Lam Van Phuc": ["Director of the Seed Department under the Ministry of Agriculture and Rural Development"],
    });
    expect(
      peopleOf(
        "Lam Van Phuc, deputy head of the Quarantine Office under the Ministry of Health, said the plan was ready.",
      ),
    ).toEqual({ "Lam Van Phuc": ["deputy head of the Quarantine Office under the Ministry of Health"] });
  });
});

describe("a professor's style beside an office", () => {
  it("drops 'professor' when the page gives an office, keeps it alone", () => {
    expect(peopleOf("Professor Anke Vogel, rector of the Ostfeld Institute, opened the meeting.")).toEqual({
      "Anke Vogel": ["rector of the Ostfeld Institute"],
    });
    expect(peopleOf("Professor Anke Vogel said the meeting was useful.")).toEqual({ "Anke Vogel": ["Professor"] });
  });
});

describe("a portfolio of the arts", () => {
  it("ends the office, not the name after it", () => {
    expect(peopleOf("Minister for Culture and the Arts Jonas Ebert said the exhibition would travel.")).toEqual({
      "Jonas Ebert": ["Minister for Culture and the Arts"],
    });
  });
});
