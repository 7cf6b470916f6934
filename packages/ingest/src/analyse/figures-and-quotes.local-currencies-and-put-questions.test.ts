import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

/**
 * Analysis round 9 (issue 11): shapes from the misses of the blind sets released last (blind16, blind17), each written
 * in new sentences. Figures: South Asian scales (crore, lakh) after a spaced sign, a currency word several countries
 * share read as the page's country's, a plane deal counted as aircraft, and rungs of a ladder. Organisations: a bloc's secretariat is the bloc. Quotes: a question put to the
 * speaker, a possessor's pledge inside a question, a role reference of another nationality, an image verb, and a
 * quotation that opens at the start of a wrapped line.
 */
const analyse = (body: string) => analyseArticle(body, { publishedAt: "2025-03-10", title: null });
const figures = (body: string) =>
  analyse(body)
    .indicators.map((f) => `${f.value} ${f.unit}`)
    .sort();
const quotes = (body: string) =>
  analyse(body).quotes.map((q) => `${q.speaker}: ${q.text.split(/\s+/).slice(0, 4).join(" ")}`);

describe("figures in local units", () => {
  it("reads crore and lakh after a spaced rupee sign", () => {
    const body =
      "Vietnam and India traded goods worth $14 billion, or Rs 1,17,000 crore by one count, and Rs 40 lakh went to a trial shipment of tea.";
    expect(figures(body)).toContain("4000000 INR");
    expect(figures(body)).toContain("14000000000 USD");
  });

  it("reads taka in crore beside a dollar conversion", () => {
    expect(figures("Exports from Dhaka to Hanoi reached $300 million (about Tk 3,300 crore) last year.")).toEqual([
      "300000000 USD",
      "33000000000 BDT",
    ]);
  });

  it("gives pesos to the country the page is about", () => {
    const body =
      "Mexico and Vietnam met in Mexico City on Monday. Mexican firms signed deals worth 900 million pesos (about $50 million), Mexican officials said.";
    expect(figures(body)).toEqual(["50000000 USD", "900000000 MXN"]);
  });

  it("keeps pesos Philippine when no other country that uses them is named", () => {
    expect(figures("Manila and Hanoi signed rice contracts worth 2 billion pesos on Friday.")).toEqual([
      "2000000000 PHP",
    ]);
  });

  it("reads a shilling sign glued to the figure as the page's country's", () => {
    const body = "Kenya sold tea worth Sh4.5 billion to Vietnam last year, Kenyan exporters in Nairobi said.";
    expect(figures(body)).toEqual(["4500000000 KES"]);
  });

  it("counts jets and jetliners as aircraft", () => {
    expect(figures("Bamboo Airways will buy 20 new jets from 2027 and lease 6 jetliners, the airline said.")).toEqual([
      "20 aircraft",
      "6 aircraft",
    ]);
  });

  it("does not count rungs of a diplomatic ladder", () => {
    expect(figures("Hanoi lifted its ties with Canberra two rungs in a single step.")).toEqual([]);
  });
});

describe("a bloc's secretariat", () => {
  it("is read as the bloc", () => {
    const names = analyse("The president gave a lecture at the ASEAN Secretariat in Jakarta on Tuesday.")
      .entities.filter((e) => e.type === "organization")
      .map((e) => e.name);
    expect(names).toEqual(["ASEAN"]);
  });
});

describe("quotes around questions and roles", () => {
  it("leaves out a question put to the speaker and keeps his answer", () => {
    const body =
      'Prime Minister Anthony Albanese visited Hanoi on Friday.\n\nAsked by a journalist, "Is Australia choosing sides?", Albanese said: "No. We are choosing partners who keep their word."';
    expect(quotes(body)).toEqual(["Anthony Albanese: No. We are choosing"]);
  });

  it("gives a partial quotation after a possessive pledge inside a question to the possessor", () => {
    const body =
      'President Lula da Silva met Vietnamese leaders in Hanoi.\n\nBut will Lula\'s promise of "a new road of trade across the southern oceans" survive the election?';
    expect(quotes(body)).toEqual(["Lula da Silva: a new road of"]);
  });

  it("does not give another nationality's minister the words of the one named before", () => {
    const body =
      'Vietnamese Minister of Finance Ho Duc Phoc held talks with Finance Minister Ganesh Tamrakar in Hanoi.\n\nThe Vietnamese minister said his country wanted more direct flights.\n\nThe Nepalese minister, for his part, said: "Our mountains and your beaches can share the same travellers."';
    expect(quotes(body)).toEqual(["Ganesh Tamrakar: Our mountains and your"]);
  });

  it("reads a quotation that opens at the start of a wrapped line after an image verb", () => {
    const body =
      'Foreign Minister Bui Thanh Son has likened the ties to a river that never\n"runs dry, whatever the season brings to either of\nour two countries," in a speech to students.';
    expect(quotes(body)).toEqual(["Bui Thanh Son: runs dry, whatever the"]);
  });
});
