import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

// Round 20: shapes of reported speech from real pages, each written with its reading before the extractor ran on it. A
// quote is read as the scorer reads it (speaker, first four words).
describe("a pronoun opening the sentence after one led by a role reference", () => {
  it("is the person that role names, not the last one quoted", () => {
    const body = [
      'Minister of Trade Rosa Alvarez met Vietnamese Minister of Industry and Trade Nguyen Hong Dien in Lima, and she called the talks "a good start for the exporters of both countries".',
      'The Vietnamese minister told his host that rice and coffee exporters were ready. But he noted that small growers still needed help, "so that trade does not leave the villages behind."',
    ].join("\n\n");
    expect(read(body)).toEqual([
      ["Rosa Alvarez", "a good start for"],
      ["Nguyen Hong Dien", "so that trade does"],
    ]);
  });

  it("is left to the named subject when that sentence names its speaker after the role", () => {
    const body = [
      'President Ana Torres said the visit was "a new page in a long friendship between our nations".',
      'The Minister of Foreign Affairs, Luis Mendes, who joined the talks, said a consulate would open in Ho Chi Minh City. He said the two sides had "every reason to move faster on direct flights".',
    ].join("\n\n");
    expect(read(body)).toEqual([
      ["Ana Torres", "a new page in"],
      ["Luis Mendes", "every reason to move"],
    ]);
  });
});

describe("a role opening the sentence with an aside before its verb", () => {
  it("is the speaker, not the name inside the aside", () => {
    const body = [
      "Japanese Prime Minister Fumio Kishida held talks with Vietnamese Prime Minister Pham Minh Chinh in Tokyo on Monday.",
      'The Vietnamese Prime Minister, speaking after Kishida at the press event, said the upgrade reflected "a trust that both peoples have built over fifty years".',
    ].join("\n\n");
    expect(read(body)).toEqual([["Pham Minh Chinh", "a trust that both"]]);
  });

  it("stays the name in apposition when the aside is that name", () => {
    const body = [
      "Chilean President Gabriel Boric received Vietnamese President Vo Van Thuong at the palace in Santiago.",
      'The Chilean Foreign Minister, Alberto van Klaveren, said the agreements would bring "more trade and more students in both directions".',
    ].join("\n\n");
    expect(read(body)).toEqual([["Alberto van Klaveren", "more trade and more"]]);
  });
});

describe("a participle of speech after a comma in a sentence opened by a pronoun", () => {
  it("has the pronoun's person as its speaker, not the names in what was said", () => {
    const body = [
      "The talks were co-chaired by Foreign Minister Amina Juma and Deputy Foreign Minister Nguyen Thi Mai.",
      'She also invited Ms Juma to Hanoi, saying the bonds forged by the founders, President Julius Nyerere and President Ho Chi Minh, deserved "a new chapter of trade for the coming decades".',
    ].join("\n\n");
    expect(read(body)).toEqual([["Nguyen Thi Mai", "a new chapter of"]]);
  });
});

describe("a relative 'which' naming who called it so", () => {
  it("credits the pronoun's person with the words, as 'what he called' does", () => {
    const body =
      'President Luiz Inácio Lula da Silva asked Vietnam to open its market to Brazilian beef, which he called "the best and the most sustainable in the world".';
    expect(read(body)).toEqual([["Luiz Inácio Lula da Silva", "the best and the"]]);
  });

  it("credits a role reference's person", () => {
    const body =
      'General Phan Van Giang met the Australian guest and praised the 2018 vision statement, which the Minister described as "the compass for everything our two armies have done".';
    expect(read(body)).toEqual([["Phan Van Giang", "the compass for everything"]]);
  });
});

describe("a document in reported speech that did something", () => {
  it("leaves the quotation the speaker's verdict ('said the agreement sent …')", () => {
    const body =
      'Addressing a business forum, Prime Minister Pham Minh Chinh said the agreement sent "a strong signal to investors in both countries".';
    expect(read(body)).toEqual([["Pham Minh Chinh", "a strong signal to"]]);
  });
});

describe("a second quoted sentence of the same speaker in the same paragraph", () => {
  it("carries the quotation on even with an attribution of its own", () => {
    const body =
      '"Vietnam is an economy with great dynamism, and our companies want to be part of it," Chancellor Angela Merkel told a news conference. "But a strategic partnership is also a partnership of values," she said.';
    expect(read(body)).toEqual([["Angela Merkel", "Vietnam is an economy"]]);
  });

  it("stays a new quotation in a new paragraph", () => {
    const body = [
      '"We are opening a new chapter in our relations," President Joe Biden said after the talks.',
      '"This is a historic moment for both peoples," he added.',
    ].join("\n\n");
    expect(read(body)).toEqual([
      ["Joe Biden", "We are opening a"],
      ["Joe Biden", "This is a historic"],
    ]);
  });
});

describe("a subject written with an indefinite article", () => {
  it("is nobody the page names, though a named person stands beside it as an object", () => {
    const body = [
      'Chancellor Angela Merkel said the talks had been "open and frank on every difficult question".',
      'A German official travelling with Merkel described the community as "a living bridge between our two countries".',
    ].join("\n\n");
    expect(read(body)).toEqual([["Angela Merkel", "open and frank on"]]);
  });
});

describe("a subject's age between commas", () => {
  it("does not hide the subject behind a name in the aside after it", () => {
    const body = [
      "Communist Party chief Nguyen Phu Trong met President Joe Biden in Hanoi on Sunday.",
      'Trong, 79, who received Biden under a portrait of revolutionary leader Ho Chi Minh, said through an interpreter that the framework was built on "respect for each other\'s independence and sovereignty".',
    ].join("\n\n");
    expect(read(body)).toEqual([["Nguyen Phu Trong", "respect for each other's"]]);
  });
});

describe("a role renamed by the name after its comma", () => {
  it("gives the quotation after that sentence to the renamed person, not to an earlier holder of the office", () => {
    const body = [
      'Prime Minister Sofia Lindqvist spoke of "a partnership with deep roots in our aid to the south," Lindqvist said.',
      'Vietnam\'s Prime Minister, Pham Minh Chinh, was just as warm. "Sweden stood with us in the hardest years, and we never forget it," he said. Lindqvist later visited a paper mill.',
    ].join("\n\n");
    expect(read(body).at(-1)).toEqual(["Pham Minh Chinh", "Sweden stood with us"]);
  });
});
