import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

// A Spanish or Portuguese name ends on two surnames, and the page calls its bearer by the first one alone: an aside
// after it ("…, for his part, …") and a pronoun later still find that person.
interface Case {
  shape: string;
  body: string;
  quotes: Array<[speaker: string, opening: string]>;
}

const cases: Case[] = [
  {
    shape: "the first surname alone, an aside, then the verb",
    body: 'Chilean Foreign Minister Marta Alvarado Fuentes met her Vietnamese counterpart in Santiago on Friday.\n\nAlvarado, for her part, said Chile saw Vietnam as "a gateway to the markets of Southeast Asia and beyond".',
    quotes: [["Marta Alvarado Fuentes", "a gateway to the"]],
  },
  {
    shape: "a pronoun after a sentence whose subject is the first surname alone",
    body: 'Peruvian Trade Minister Luis Ortega Salas met Deputy Minister Tran Quoc Khanh in Lima.\n\n"Coffee and fruit are where we can grow fastest," Tran Quoc Khanh said.\n\nOrtega, in turn, recalled the first trade mission. "We came with three companies and left with thirty contracts," he said.',
    quotes: [
      ["Tran Quoc Khanh", "Coffee and fruit are"],
      ["Luis Ortega Salas", "We came with three"],
    ],
  },
  {
    shape: "a Vietnamese name called by its last word keeps its middle word no person of its own",
    body: 'Deputy Minister Pham Van Thanh met the visitors in Hanoi.\n\nVan, a guide at the museum, showed them the halls. Thanh, for his part, said the ties were "deeper than any of us can remember".',
    quotes: [["Pham Van Thanh", "deeper than any of"]],
  },
  {
    shape: "a word of a name inside a city's name is no mention of that name's bearer",
    body: 'Prime Minister Pham Minh Chinh met President Carlos Mendes Rocha in Brasilia.\n\nMendes, for his part, praised the factories of Ho Chi Minh City. "Our ports can link the two oceans for everyone," he said.',
    quotes: [["Carlos Mendes Rocha", "Our ports can link"]],
  },
];

describe("quotes: a Spanish or Portuguese name called by its first surname", () => {
  it.each(cases)("$shape", ({ body, quotes }) => {
    expect(read(body)).toEqual(quotes);
  });
});
