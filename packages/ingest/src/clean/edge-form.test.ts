import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";
import { edgeRecords, isPageRecord, isSectionTrail, isStorySentence } from "./edge-form.js";

const story = [
  "Chile and Viet Nam agreed on Thursday to open talks on a new trade protocol covering wine, fruit and seafood.",
  "The two trade ministers said the protocol should be ready before the end of next year.",
];

describe("lines at the story's edges judged by their form", () => {
  it("reads a sentence of lower-case prose as the story's, a line of names and counters as not", () => {
    expect(isStorySentence(story[0] as string)).toBe(true);
    expect(isStorySentence("Written by Desk Team ; Updated 4 Julio 2023 ; Section: Politics ; Reads: 2,310")).toBe(
      false,
    );
  });

  it("takes a stamp of names, dates and counters above the story", () => {
    const texts = ["Written by Desk Team ; Updated 4 Julio 2023 ; Section: Politics ; Reads: 2,310", ...story];
    expect(edgeRecords(texts)).toEqual([0]);
  });

  it("takes a dated credit of offices and a bracketed note, keeps a short sentence of names and a signature", () => {
    const texts = [
      "[Courtesy translation]",
      ...story,
      "Minister Ossandon left Hanoi for Manila to attend the APEC meeting.",
      "Directorate of Communications, Office of the Undersecretary, Ministry of Trade, 14.07.2023",
      "FOR THE REPUBLIC OF CHILE FOR THE SOCIALIST REPUBLIC OF VIET NAM",
    ];
    expect(edgeRecords(texts)).toEqual([0, 4]);
  });

  it("keeps a figure with its measure, a country the story does not name, and a table row", () => {
    expect(isPageRecord("Wine exports, 2023: US$ 42 million", story.join(" "))).toBe(false);
    expect(isPageRecord("Embassy of Peru", story.join(" "))).toBe(false);
    expect(edgeRecords(["Santiago | Hanoi | 2024", ...story], [true, false, false])).toEqual([]);
  });

  it("keeps a speaker's lead-in, a quotation's dashed attribution and a line a column wrapped", () => {
    const texts = [
      "Vice Minister Tomas Ossandon said:",
      ...story,
      '"We want Chilean cherries on every table in Hanoi by the Lunar New Year."',
      "— Tomas Ossandon, Vice Minister of Trade",
      "Officials of both sides met in the",
      "Palacio Cousino Santiago",
    ];
    expect(edgeRecords(texts)).toEqual([]);
  });

  it("takes a dashed credit of agencies, a link's arrow line and a contact address under the story", () => {
    const texts = [
      ...story,
      'The minister called the talks "a fresh start for both sides".',
      "— With reports from Andes Wire and Agence France-Presse/LMV",
      "> Chile and the Pacific Alliance",
      "Please write to webdesk@andes-trade.example.cl giving details of your browser.",
    ];
    expect(edgeRecords(texts)).toEqual([3, 4, 5]);
  });

  it("takes a chain of reference fragments under the story, its quoted title read as a name", () => {
    const reference = '^ "Chile courts Hanoi". Andes Wire. 12 May 2022. Retrieved 1 June 2022.';
    expect(edgeRecords([...story, reference])).toEqual([2]);
  });

  it("starts the story at two sentences in a row, so a credit under a lone standfirst goes too", () => {
    const texts = [
      "A delegation from Santiago is in Hanoi this week to talk about fruit and wine.",
      "Interview Conducted by Pilar Ortega in Hanoi, 03.05.2023",
      ...story,
    ];
    expect(edgeRecords(texts)).toEqual([1]);
  });

  it("reads a trail of sections joined by one separator, a guillemet turned quote included", () => {
    expect(isSectionTrail('Start " Newsroom " Trade " Chile–Viet Nam protocol')).toBe(true);
    expect(isSectionTrail("Start > Newsroom > Trade talks")).toBe(true);
    expect(isSectionTrail("Chile and Viet Nam / trade talks")).toBe(false);
  });

  it("removes the records from a page and takes its headline from under the trail", () => {
    const page = [
      "Start » Newsroom » Trade » Chile–Viet Nam protocol",
      "Chile and Viet Nam open talks on a trade protocol",
      "Written by Desk Team ; Updated 4 Julio 2023 ; Section: Politics ; Reads: 2,310",
      ...story,
      "Directorate of Communications | Ministry of Trade | 14.07.2023",
    ].join("\n");
    const cleaned = cleanArticle(page);
    expect(cleaned.hints.title).toBe("Chile and Viet Nam open talks on a trade protocol");
    expect(cleaned.body).toBe(story.join("\n\n"));
    // The cleaner's data and patterns load on the first page: a cold start on a busy machine takes seconds.
  }, 30_000);
});
