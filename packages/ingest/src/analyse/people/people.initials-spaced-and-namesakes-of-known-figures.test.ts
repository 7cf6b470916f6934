import { describe, expect, it } from "vitest";
import { peopleOf } from "../testing/people-readings.js";

const names = (body: string) => peopleOf(body).map((p) => p.name);

// Indian wire copy writes given names as single capital initials with spaces and no full stops ("A K Antony").
describe("single capital initials written with spaces", () => {
  it("open the name after a title", () => {
    expect(names("Home Minister R K Varma met the envoy in Delhi on Monday.")).toContain("R K Varma");
  });

  it("leave an article before a capital alone", () => {
    expect(names("Plan A B Tran Van Binh drafted was dropped.")).not.toContain("A B Tran Van Binh");
  });
});

// The surname of a figure the data lists, alone, names that figure only when the page names no namesake: written after
// other given names the page did not read whole, the surname is the namesake's.
describe("a known figure's surname used by a namesake", () => {
  it("is not filed under the known figure", () => {
    const body = 'Delegates met Q Z Obama in Hanoi on Monday. "Both sides gained," Obama told reporters later.';
    expect(names(body)).not.toContain("Barack Obama");
  });

  it("still names the figure when no namesake is written", () => {
    const body = 'The talks ended late. "Both sides gained," Obama told reporters later.';
    expect(names(body)).toContain("Barack Obama");
  });
});

// A Korean name written family name first with its given name hyphened is a person's with no cue, as a Vietnamese name
// is; a demonym before it says who he is and is no part of it. An English compound after a hyphen is no given name.
describe("a Korean name with a hyphened given name", () => {
  it("is read with no title, after a demonym", () => {
    expect(names("The club, managed by South Korean Lee Dong-hwan, won the cup.")).toContain("Lee Dong-hwan");
  });

  it("is not an English compound", () => {
    expect(names("The club, run by Kim Seoul-based staff, won the cup.")).toEqual([]);
  });
});

// Historical figures named in passing: a middle initial in the list's name is looked up as written names are, and a
// figure whose family name another listed figure shares is read only where the whole name stands.
describe("known figures named in passing", () => {
  it("reads a listed name with a middle initial", () => {
    expect(names("The visit followed trips by Richard Nixon and George W. Bush decades apart.")).toContain(
      "George W. Bush",
    );
  });

  it("reads a whole name whose family name another figure shares", () => {
    expect(names("The ties were restored in 1995 under Bill Clinton after long talks.")).toContain("Bill Clinton");
  });
});

describe("a Korean name before an e-mail address", () => {
  it("is a byline's, not read as a person of the story", () => {
    expect(names("Trade rose again. By Lee Min-jae mjlee@example.com.")).toEqual([]);
  });
});
