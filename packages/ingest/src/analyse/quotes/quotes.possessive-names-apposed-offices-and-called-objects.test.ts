import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

// Three shapes of the speaker before the marks: a possessive name inside the reported clause owns a noun and says
// nothing; an office opening the sentence with the holder's name set after it by commas is that holder; and "called"
// with an object of its own before lower-case words judges the object rather than giving a project its name.
interface Case {
  shape: string;
  body: string;
  quotes: Array<[speaker: string, opening: string]>;
}

const cases: Case[] = [
  {
    shape: "a name in the possessive between the verb and the marks is not the speaker",
    body: 'Chancellor Mia Berg welcomed President Luong Cuong in Vienna.\n\nBerg, for her part, said the treaty, signed during Minister Karl Huber\'s trip to Hanoi, had added trade as "the strongest thread of a long friendship".',
    quotes: [["Mia Berg", "the strongest thread of"]],
  },
  {
    shape: "an office, then the holder's name between commas, then two joined verbs",
    body: 'Deputy Prime Minister Tran Hong Ha opened the forum in Hanoi.\n\nThe Minister of Health, Dao Hong Lan, thanked the donors and said the new clinics would be "a lifeline for the mountain districts".',
    quotes: [["Dao Hong Lan", "a lifeline for the"]],
  },
  {
    shape: "'called the new project' then lower-case words is a verdict, not a name",
    body: 'The firm received its licence from Prime Minister Pham Minh Chinh in Hanoi.\n\nThe Vietnamese leader called the new project "a bridge between our two engineering schools" and asked for more local suppliers.',
    quotes: [["Pham Minh Chinh", "a bridge between our"]],
  },
  {
    shape: "a project called by name keeps its quoted name out of the quotes",
    body: 'Prime Minister Pham Minh Chinh visited the province.\n\nThe province launched a project called "green roofs for every school" last year.',
    quotes: [],
  },
];

describe("quotes: possessive names, apposed offices and called objects", () => {
  it.each(cases)("$shape", ({ body, quotes }) => {
    expect(read(body)).toEqual(quotes);
  });
});
