import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 46: 'Recalling that … the late leader X, he said: "…"'. A clause opening the sentence shares the subject of
 * the pronoun after it, so a person it names in passing is not who "he" is; the speaker is the one named before. And
 * 'Lula, for his part, said': a single name set off from its verb by a short aside with "his" or "her" is a person's.
 */
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-05-10" }).quotes.map((q) => [q.speaker, q.text.slice(0, 20)]);

describe("a pronoun after a clause opening its sentence", () => {
  it("passes over the name inside the opening clause for the subject named before", () => {
    const body = [
      "President Vo Van Thuong received Prime Minister Fumio Kishida in Hanoi on Friday.",
      'President Vo Van Thuong thanked Japan for its help over many decades. Recalling that many Vietnamese students had once been hosted by the late Prime Minister Shinzo Abe, he said: "Those students now lead our factories and our universities."',
    ].join("\n\n");
    expect(quotes(body)).toEqual([["Vo Van Thuong", "Those students now l"]]);
  });
});

describe("a single name set off from its verb by an aside", () => {
  it("credits a short name before an aside with his or her ('X, for his part, said') to the person named in full", () => {
    const body = [
      "Agriculture Minister Carlos Alberto Mendes da Rocha welcomed Prime Minister Pham Minh Chinh to Brasília on Tuesday.",
      'Mendes, for his part, said the two countries shared "a long memory of friendship and of hard work," and invited Chinh to return.',
    ].join("\n\n");
    expect(quotes(body)).toEqual([["Carlos Alberto Mendes da Rocha", "a long memory of fri"]]);
  });

  it("reads no person in a state set off by an aside with its", () => {
    const people = analyseArticle(
      'Poland, for its part, said the plan would bring "a long memory of friendship back to life."',
      {},
    ).entities.filter((e) => e.type === "person");
    expect(people).toEqual([]);
  });
});

describe("paragraphs of quotation after a speaker remembering", () => {
  it("gives them to the subject of 'he remembered' in the paragraph before", () => {
    const body = [
      "Few diplomats know the region better than Somchai Wongsuwan, who served as ambassador in Hanoi until last year. Sitting in his office, he remembered arriving in Vietnam in the early 1990s.",
      '"We did not trust each other for a long time. Officials saw each other as threats.',
      '"Then trade changed everything and the diplomats followed."',
    ].join("\n\n");
    expect(quotes(body)).toEqual([["Somchai Wongsuwan", "We did not trust eac"]]);
  });
});
