import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const quotes = (body: string) => analyseArticle(body, {}).quotes.map((q) => [q.speaker, q.text.slice(0, 20)]);

describe("quotes set off by a colon note after the sentence of speech", () => {
  it("gives a quotation paragraph to the subject of the sentence of speech before a colon note that names no one", () => {
    const body = [
      "President Maria Okonkwo arrived at the palace in the afternoon.",
      "President Okonkwo spoke first, in French. An unofficial rendering of her words follows:",
      '"Our two countries have walked a long road together, and today that road becomes wider."',
    ].join("\n\n");
    expect(quotes(body)).toEqual([["Maria Okonkwo", "Our two countries ha"]]);
  });

  it("leaves the quotation without a speaker when the colon note has its own verb of speech and no name", () => {
    const body = [
      "President Maria Okonkwo arrived at the palace in the afternoon.",
      "President Okonkwo spoke first. A statement said afterwards:",
      '"Our two countries have walked a long road together, and today that road becomes wider."',
    ].join("\n\n");
    expect(quotes(body)).toEqual([]);
  });
});

describe("quotes after a verb joined inside a relative clause", () => {
  it("gives the words to the name 'who' follows, not to the sentence's subject", () => {
    const body =
      'Prime Minister Lars Eriksen visited Oslo. On the second day, Eriksen held talks with King Harald Berg, who welcomed the delegation and described the two nations as "partners that have never once let each other down."';
    expect(quotes(body)).toEqual([["Harald Berg", "partners that have n"]]);
  });

  it("reads a relative clause whose first verb has a long object, with an acronym in brackets", () => {
    const body =
      'Prime Minister Lars Eriksen visited Geneva. On the sidelines, Eriksen met Director-General Ruth Amsel, who commended the country\'s work with the World Meteorological Organization (WMO) on early warnings and said the agency saw it as "a partner that turns forecasts into saved lives."';
    expect(quotes(body)).toEqual([["Ruth Amsel", "a partner that turns"]]);
  });

  it("keeps the sentence's subject when the joined verb is outside the relative clause", () => {
    const body =
      'Prime Minister Lars Eriksen visited Oslo, where he met King Harald Berg. Eriksen thanked the king and described the two nations as "partners that have never once let each other down."';
    expect(quotes(body)).toEqual([["Lars Eriksen", "partners that have n"]]);
  });
});

describe("dotted honorifics before a name", () => {
  it("reads the Javanese 'R.M.' before a name as an honorific, not as part of the name", () => {
    const body =
      'The Minister of Trade, Dr. R.M. Sinta W. Prasetyo, spoke to reporters after the signing. "The market is open to both sides now, and we intend to use it," she said.';
    expect(quotes(body)).toEqual([["Sinta W. Prasetyo", "The market is open t"]]);
  });
});

describe("a saying the subject recalls", () => {
  it("gives the recalled words to the person whose saying they are", () => {
    const body =
      'President Ana Ruiz welcomed Prime Minister Tomas Lind. Lind, for his part, recalled the phrase of the late President Jorge Almeida, "Between our peoples there will never be a closed door," and thanked his hosts.';
    expect(quotes(body)).toEqual([["Jorge Almeida", "Between our peoples "]]);
  });

  it("keeps the words the subject's when a verb of speech follows the owner's name", () => {
    const body =
      'President Ana Ruiz welcomed Prime Minister Tomas Lind. Lind recalled the words of the late President Jorge Almeida and said: "Between our peoples there will never be a closed door."';
    expect(quotes(body)).toEqual([["Tomas Lind", "Between our peoples "]]);
  });
});

describe("a speaker named only in the headline", () => {
  it("lists the briefing's spokesperson named only in the headline under people, as the answers' speaker", () => {
    const body = [
      "Q (Reuters): Fishing boats were reportedly chased from waters near the islands last week. What is the ministry's response?",
      "A: We have verified the reports and asked the other side to respect the agreed rules at sea and to stop such acts.",
      "Q (Kyodo): Will the minister attend the regional meeting next month in the capital?",
      "A: The minister will lead the delegation to the meeting and hold talks with his counterparts on the sidelines.",
    ].join("\n\n");
    const title = "Remarks by Spokesperson Anna Berglund at the Regular Press Conference on 25 July 2019";
    const a = analyseArticle(body, { title });
    expect(a.quotes.map((q) => q.speaker)).toEqual(["Anna Berglund", "Anna Berglund"]);
    expect(a.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual(["Anna Berglund"]);
  });
});
