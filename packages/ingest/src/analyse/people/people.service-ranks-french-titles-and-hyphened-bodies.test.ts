import { describe, expect, it } from "vitest";
import { peopleOf } from "../testing/people-readings.js";

/** Round 31 (issue 11): shapes of names and titles that hid a person entirely. */
const names = (body: string) => peopleOf(body).map((p) => p.name);

describe("a Vietnamese name syllable that is also an English word", () => {
  it("keeps 'The' inside a name that opens with a Vietnamese surname", () => {
    expect(peopleOf("Vice Minister of Industry Tran The Bao signed the loan notes with the envoy.")).toEqual([
      { name: "Tran The Bao", roles: ["Vice Minister of Industry"] },
    ]);
  });

  it("reads the name with no title before it", () => {
    expect(names("Ngo The Lam, director of the provincial trade office, welcomed the guests.")).toContain(
      "Ngo The Lam",
    );
  });
});

describe("air-force and junior service ranks before a name", () => {
  it("reads a flight lieutenant and a lieutenant", () => {
    expect(peopleOf("Flight Lieutenant Ruth Baker flew the cargo plane, and Lieutenant Omar Reid loaded it.")).toEqual([
      { name: "Ruth Baker", roles: ["Flight Lieutenant"] },
      { name: "Omar Reid", roles: ["Lieutenant"] },
    ]);
  });

  it("keeps a wing commander's rank whole", () => {
    expect(peopleOf("Wing Commander Ruth Baker led the crew.")).toEqual([
      { name: "Ruth Baker", roles: ["Wing Commander"] },
    ]);
  });
});

describe("an armed service's initials between a rank and a name", () => {
  it("are no part of the name", () => {
    expect(peopleOf("Vice Admiral TNI Budi Santoso received the visiting admiral.")).toEqual([
      { name: "Budi Santoso", roles: ["Vice Admiral"] },
    ]);
  });
});

describe("a French title with an elided article", () => {
  it("reads 'Chargé d'Affaires' in capitals as one title", () => {
    expect(peopleOf("Canadian Chargé d'Affaires Paul Martin opened the trade fair.")).toEqual([
      { name: "Paul Martin", roles: ["Chargé d'Affaires"] },
    ]);
  });
});

describe("a hyphened pair of capitalised words in a body's name", () => {
  it("stays in the office, so the name after it is read", () => {
    expect(
      peopleOf("Head of the Committee for Scientific-Industrial Development Ivan Petrov said more firms would come."),
    ).toEqual([{ name: "Ivan Petrov", roles: ["Head of the Committee for Scientific-Industrial Development"] }]);
  });
});

describe("a Vietnamese family name in capitals, as foreign ministries print it", () => {
  it("opens the name and is written in title case", () => {
    expect(names("The Emperor received Mr. LE Minh Hoang and Madam TRUONG Thi Mai Anh at the palace.")).toEqual([
      "Le Minh Hoang",
      "Truong Thi Mai Anh",
    ]);
  });
});
