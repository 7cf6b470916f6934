import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 42 (issue 11): a release names its ministers in full only in a heading the cleaner sets aside, then calls
// them "Foreign Minister Wong" in the text. Sentences are the tests' own.
const read = (body: string, asides: string[]) => {
  const a = analyseArticle(body, { asides });
  return {
    people: a.entities.filter((e) => e.type === "person").map((e) => e.name),
    quotes: a.quotes.map((q) => q.speaker),
  };
};

describe("a surname in the text, the full name in an aside", () => {
  const body =
    'Trade Minister Lind said the agreement would open "a market our farmers simply cannot ignore", and Senator Kerr welcomed it.';

  it("names the person by the full name the heading prints", () => {
    const heading =
      "Joint media release with Minister for Trade Senator the Hon Maria Lind and Senator the Hon Paul Kerr";
    expect(read(body, [heading])).toEqual({ people: ["Maria Lind", "Paul Kerr"], quotes: ["Maria Lind"] });
  });

  it("keeps the surname when the aside names two people of that name, or none", () => {
    expect(read(body, ["Maria Lind and Johan Lind at the signing in Hanoi."]).people).toContain("Lind");
    expect(read(body, ["The two ministers at the signing in Hanoi."]).people).toEqual(["Lind", "Kerr"]);
  });
});

// Round 58: Thai and Malay copy calls a leader by the given name ("Ms Pimchanok said"), the full name and the title
// printed only in the photo caption the cleaner sets aside.
describe("a given name in the text, the full name and the title in a caption", () => {
  const body =
    'Ms Pimchanok and Mr Hai agreed to double trade. "Our two countries want to grow together as neighbours," Ms Pimchanok said after the talks.';
  const caption = "Prime Minister Pimchanok Rattanakorn and her guest at Government House on Monday.";

  it("names the person by the caption's full name, with the caption's title", () => {
    const a = analyseArticle(body, { asides: [caption] });
    const person = a.entities.find((e) => e.type === "person" && e.name === "Pimchanok Rattanakorn");
    expect(person?.roles.map((r) => r.role)).toEqual(["Prime Minister"]);
    expect(a.quotes.map((q) => q.speaker)).toEqual(["Pimchanok Rattanakorn"]);
  });

  it("keeps the given name when the caption names two people of that given name", () => {
    const two = "Pimchanok Rattanakorn and Pimchanok Srisuk at Government House on Monday.";
    expect(read(body, [two]).people).toContain("Pimchanok");
  });
});
