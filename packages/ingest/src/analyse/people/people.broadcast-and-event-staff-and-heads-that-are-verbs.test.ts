import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 47: the staff of a broadcast or an event (a host, a moderator, a reporter, a presenter) hold a role as the
 * page gives it; "host" and "anchor" are verbs too, and as verbs they open no role.
 */
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => [e.name, e.roles.map((r) => r.role)]);

describe("broadcast and event staff", () => {
  it("reads a host written before the name", () => {
    expect(people("On this episode host Maria Lindgren talks to two trade economists.")).toEqual([
      ["Maria Lindgren", ["host"]],
    ]);
  });

  it("reads a moderator written in apposition before the name", () => {
    expect(people("The moderator, Julian Ashby, asked whether the deal would hold.")).toEqual([
      ["Julian Ashby", ["moderator"]],
    ]);
  });

  it("reads a reporter before the name", () => {
    expect(people("Our reporter Lee Min-ho has more from the summit.")).toEqual([["Lee Min-ho", ["reporter"]]]);
  });
});

describe("heads that are verbs", () => {
  it("opens no role after an auxiliary or 'to'", () => {
    expect(people("Hanoi will host President Emmanuel Macron next month.")).toEqual([
      ["Emmanuel Macron", ["President"]],
    ]);
    expect(people("Seoul agreed to host Prime Minister Anthony Albanese in June.")).toEqual([
      ["Anthony Albanese", ["Prime Minister"]],
    ]);
  });

  it("opens no role after a possessive, where it is a relation to another person", () => {
    expect(people("The visitor promised his host Nguyen Van Hieu on Wednesday that loans would continue.")).toEqual([
      ["Nguyen Van Hieu", []],
    ]);
  });

  it("opens no role straight before a capitalised title", () => {
    expect(people("As summit host Prime Minister Anwar Ibrahim opened the meeting.")).toEqual([
      ["Anwar Ibrahim", ["Prime Minister"]],
    ]);
  });
});
