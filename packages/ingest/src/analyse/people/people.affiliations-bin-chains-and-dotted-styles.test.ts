import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 25: analysis pages and Gulf and Latin American official copy name people in shapes the reader missed: a full
 * name with the research body it speaks from ("X of the Y Academy told"), a name with a relative "who", a sentence
 * opened by "As" before a quoted scholar, a Vietnamese holder after "the country's" office, Arabic names that chain
 * patronyms after "bin", the engineer's style "Eng." of Gulf copy, and a body's name the data does not know between a
 * title and its holder. A lecturer's body runs on over capitals after an adjective instead of leaving a fragment
 * ("Sciences", "Management") to be read as a person; a programme of an institute is no organisation.
 */
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => e.name);
const orgs = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.name);

describe("people quoted with an affiliation", () => {
  it("reads a full name followed by 'of the' and a research body", () => {
    expect(
      people(
        "Officials are cautious. Hoang Thi Lan of the Diplomatic Academy of Vietnam told a seminar that the label mattered.",
      ),
    ).toEqual(["Hoang Thi Lan"]);
  });

  it("reads a full name followed by 'of the' and a university's research programme", () => {
    expect(
      people(
        "Not everyone agrees. Martin Okoro of the Pacific Security Program at a university in Ohio told me the upgrade was overdue.",
      ),
    ).toEqual(["Martin Okoro"]);
  });

  it("reads a name followed by a relative 'who', and not a school's name before 'of'", () => {
    expect(
      people(
        "Priya Sethi, who follows the region for a think tank, sees a ceiling. He studied at the S. Rajaratnam School of International Studies.",
      ),
    ).toEqual(["Priya Sethi"]);
  });

  it("reads a Vietnamese name after an opening 'As'", () => {
    expect(people('As Vu Thi Mai of the Institute for Foreign Policy put it: "Europe matters to us."')).toEqual([
      "Vu Thi Mai",
    ]);
  });

  it("reads a holder whose office has a possessor after 'the'", () => {
    expect(
      people("Ngo Duc Hanh, the country's permanent representative in New York, was more concrete about the plan."),
    ).toEqual(["Ngo Duc Hanh"]);
  });
});

describe("long names and styles", () => {
  it("reads an Arabic name with two patronyms and the family's name", () => {
    expect(people("Crown Prince Abdullah bin Faisal bin Turki Al Harbi received the guest.")).toEqual([
      "Abdullah bin Faisal bin Turki Al Harbi",
    ]);
  });

  it("reads 'Eng.' as a style before the name, never as a person", () => {
    expect(people("The talks were attended by Minister of Energy Eng. Saad bin Nasser Al-Qahtani.")).toEqual([
      "Saad bin Nasser Al-Qahtani",
    ]);
  });

  it("reads the holder after a body's name the data does not know", () => {
    expect(
      people("The guest met the President of the National Assembly of People's Power, Esteban Ruiz Hernández."),
    ).toEqual(["Esteban Ruiz Hernández"]);
  });

  it("reads no person in the tail of a lecturer's university", () => {
    expect(
      people(
        '"It will slow down," said Le Van Khoa, a lecturer at the University of Social Sciences and Humanities in Hanoi.',
      ),
    ).toEqual(["Le Van Khoa"]);
  });

  it("still reads a holder after a body that ends on a noun", () => {
    expect(
      people("Present were the head of the CPC Central Committee's General Office Li Zhanshu; and others."),
    ).toEqual(["Li Zhanshu"]);
  });
});

describe("research units and think tanks", () => {
  it("reads no organisation in an institute's programme, and the IISS by its acronym", () => {
    expect(orgs("She is a senior fellow, Asia-Pacific Programme. The IISS published the paper.")).toEqual([
      "International Institute for Strategic Studies",
    ]);
  });

  it("finds a known leader whether the romanised given name is hyphened or not, keeping the page's spelling", () => {
    expect(people("Trump met Kim Jong-un in Hanoi on Wednesday.")).toEqual(["Kim Jong-un"]);
    expect(people("Trump met Kim Jong Un in Hanoi on Wednesday.")).toEqual(["Kim Jong Un"]);
  });
});

describe("an office the ruling party owns, set after the name", () => {
  it("reads 'the party's General Secretary' as the holder's office", () => {
    const body = "The guest also called on Tran Van Hai, the party's General Secretary, at its headquarters.";
    const [hai] = analyseArticle(body, {}).entities.filter((e) => e.type === "person");
    expect(hai?.roles.map((r) => r.role)).toEqual(["General Secretary"]);
  });
});

describe("an office given by an appointing participle", () => {
  it("reads 'as' and a title after 'electing' or 're-electing' and a name as the office", () => {
    const body = "The congress closed on Friday, re-electing Tran Van Hai as general secretary for a second term.";
    const [hai] = analyseArticle(body, {}).entities.filter((e) => e.type === "person");
    expect(hai?.roles.map((r) => r.role)).toEqual(["general secretary"]);
  });
});

describe("an Arabic article joined to the family name", () => {
  it("keeps 'al-' and 'el-' with the family name they open", () => {
    expect(people("Minister of State Hamad bin Saleh al-Marri said trade was far below its potential.")).toEqual([
      "Hamad bin Saleh al-Marri",
    ]);
    expect(people("President Omar Farouk el-Said received him.")).toEqual(["Omar Farouk el-Said"]);
  });
});
