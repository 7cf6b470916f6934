import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const quotes = (body: string) => analyseArticle(body, {}).quotes.map((q) => [q.speaker, q.text.slice(0, 20)]);

describe("quotations printed in other styles", () => {
  it("reads a paragraph opened by a dash and closed by an inverted attribution as the named speaker's quote", () => {
    const body = [
      "Prime Minister Pedro Sanchez held talks with President Luong Cuong in Madrid on Tuesday.",
      "– Spain sees Vietnam as a gateway to the whole of Southeast Asia, said Pedro Sanchez after the talks.",
    ].join("\n");
    expect(quotes(body)).toEqual([["Pedro Sanchez", "Spain sees Vietnam a"]]);
  });

  it("leaves a dash paragraph whose last clause is no attribution", () => {
    const body = [
      "Prime Minister Pedro Sanchez held talks with President Luong Cuong in Madrid on Tuesday.",
      "– Trade between the two countries grew quickly last year, driven by textiles and coffee.",
    ].join("\n");
    expect(quotes(body)).toEqual([]);
  });

  it("reads a quotation closed by a second dash before its attribution, and one opened after the writer's sentence", () => {
    const body = [
      "President Ilham Aliyev received Prime Minister Pham Minh Chinh in Baku on Monday.",
      "— Azerbaijan has always regarded Vietnam as a close friend, — Aliyev told reporters. — We want more trade.",
      "The two leaders then toured a refinery. — Our engineers will learn a great deal here, — Chinh said, according to an aide.",
    ].join("\n");
    expect(quotes(body)).toEqual([
      ["Ilham Aliyev", "Azerbaijan has alway"],
      ["Pham Minh Chinh", "Our engineers will l"],
    ]);
  });

  it("reads guillemets printed as padded straight marks, the second between words", () => {
    const body = [
      "Emmanuel Macron arrived in Hanoi on Monday for a two-day visit.",
      '" Our two nations share a long and demanding history ", said Emmanuel Macron, who wished to be " a friend who keeps its word ".',
    ].join("\n");
    expect(quotes(body)).toEqual([
      ["Emmanuel Macron", "Our two nations shar"],
      ["Emmanuel Macron", "a friend who keeps i"],
    ]);
  });
});

describe("speakers of inverted and relative attributions", () => {
  it("gives 'declared the French president' to the untitled person of no known state, not to the host after 'with'", () => {
    const body = [
      "Emmanuel Macron arrived in Hanoi on Monday for a two-day visit.",
      '"Our two nations share a long and demanding history," declared the French president after his talks with President Luong Cuong.',
    ].join("\n");
    expect(quotes(body)).toEqual([["Emmanuel Macron", "Our two nations shar"]]);
  });

  it("keeps a relative clause with an aside between commas for the name it follows", () => {
    const body =
      'Later he met To Lam, who, according to state media, described the ties as "stronger than at any time in fifty years".';
    expect(quotes(body)).toEqual([["To Lam", "stronger than at any"]]);
  });

  it("reads a long office of capitalised words after an inverted verb as the title of the name after it", () => {
    const body =
      '"Our exporters cannot afford to stay away from this market," said Kenyan Cabinet Secretary for Foreign and Diaspora Affairs Musalia Mudavadi after the talks.';
    expect(quotes(body)).toEqual([["Musalia Mudavadi", "Our exporters cannot"]]);
  });

  it("credits no one with words a document is the subject of", () => {
    const body =
      'Foreign Minister Sameh Shoukry proposed closer ties, a step the communique said would be "reviewed by the relevant ministries in due course".';
    expect(quotes(body)).toEqual([]);
  });

  it("reads a characterisation inside what a named person said as that person's words", () => {
    const body =
      'Foreign Minister Bui Thanh Son, for his part, said Hanoi regarded Nairobi as its "door to the markets of East Africa and beyond".';
    expect(quotes(body)).toEqual([["Bui Thanh Son", "door to the markets "]]);
  });

  it("keeps a short characterisation inside what a person said a formula, not a quote", () => {
    const body =
      'Foreign Minister Bui Thanh Son said Hanoi regarded its ties with Laos as a "special and faithful bond" of its policy.';
    expect(quotes(body)).toEqual([]);
  });

  it("reads a hyphenated first surname alone as the person, so 'he said' after it is his", () => {
    const body = [
      "President Ramón Ortiz-Lara Gómez met General Secretary To Lam on Monday.",
      '"Vietnam is a brother nation of our people," the Vietnamese leader said.',
      'Ortiz-Lara thanked his host for the welcome. "Our two countries can do much more together," he said.',
    ].join("\n");
    expect(quotes(body)).toEqual([
      ["To Lam", "Vietnam is a brother"],
      ["Ramón Ortiz-Lara Gómez", "Our two countries ca"],
    ]);
  });
});

describe("titles of documents in lower case", () => {
  it("skips a document's title after an article, though it opens in lower case", () => {
    const body =
      'President Luong Cuong said he and his guest had agreed on a "joint declaration on a fair, open and balanced trade framework".';
    expect(quotes(body)).toEqual([]);
  });
});
