import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

const quotes = (body: string) => analyseArticle(body, {}).quotes.map((q) => [q.speaker, q.text.slice(0, 20)]);

describe("quotes", () => {
  it("attributes a quote to the speaker in the same sentence", () => {
    expect(quotes('Party General Secretary To Lam said: "We are elevating foreign affairs to a new height."')).toEqual([
      ["To Lam", "We are elevating for"],
    ]);
  });

  it("attributes a standalone quote to the person named on the next line", () => {
    const body = '"Helping to protect the Fatherland early and from afar is our task."\nForeign Minister Bui Thanh Son';
    expect(quotes(body)).toEqual([["Bui Thanh Son", "Helping to protect t"]]);
  });

  it("resolves 'the minister said' to the minister named in the article", () => {
    const body =
      '"We believe this is both our proactive adaptation and a lesson," the minister said.\n\nForeign Minister Le Hoai Trung added more.';
    expect(quotes(body)).toEqual([["Le Hoai Trung", "We believe this is b"]]);
  });

  it("resolves 'he said' to the last person named", () => {
    const body =
      'Trong spoke first. Communist Party chief Nguyen Phu Trong arrived. "This is a new chapter of our relations," he said.';
    expect(quotes(body)).toEqual([["Nguyen Phu Trong", "This is a new chapte"]]);
  });

  it("skips scare quotes, quoted document phrases and titles introduced by a colon", () => {
    const body =
      'Trung said the Party reaffirmed "consistently implementing an independent foreign policy." Lao Dong introduces the article: "Foreign relations contribute to a solid impetus for development" by a deputy minister. It is a "bright spot".';
    expect(quotes(body)).toEqual([]);
  });
});

describe("quotes without a named speaker", () => {
  it("leaves out words attributed to a document", () => {
    expect(quotes('The resolution states: "Foreign affairs and international integration are key tasks."')).toEqual([]);
  });

  it("gives 'he said' to the subject of the last sentence that named someone, not to the last name in it", () => {
    const body =
      'Prime Minister Anwar Ibrahim said the upgrade, sealed during the visit of General Secretary To Lam, reflected trust.\n\n"This is a historic moment for our two countries," he told a press conference.';
    expect(quotes(body)).toEqual([["Anwar Ibrahim", "This is a historic m"]]);
  });

  it("continues a quotation that runs on into the next paragraph, and a quote paragraph after an attributed one", () => {
    const body = [
      '"Vietnam considers Japan a leading partner," PM Pham Minh Chinh said. "We hope businesses will expand investment in high technology.',
      '"Vietnam will create the most favourable conditions for them."',
      '"Our doors will always stay open to friends from every country," he added.',
      '"Trade must serve both peoples and both economies alike."',
    ].join("\n");
    expect(quotes(body)).toEqual([
      ["Pham Minh Chinh", "Vietnam considers Ja"],
      ["Pham Minh Chinh", "We hope businesses w"],
      ["Pham Minh Chinh", "Our doors will alway"],
      ["Pham Minh Chinh", "Trade must serve bot"],
    ]);
  });
});
