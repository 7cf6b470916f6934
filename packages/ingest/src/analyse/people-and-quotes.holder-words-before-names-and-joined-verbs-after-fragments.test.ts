import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

/*
 * Round 24, from wire copy re-published by regional outlets:
 * - "Host Anwar Ibrahim, Malaysia's prime minister, called it …": a word that describes the holder (Host, Outgoing,
 *   Veteran) straight before a name, with no title between, is no part of the name.
 * - "Chinh thanked Malaysia for its “strong and practical support” for the bid and said both sides should settle it
 *   “through dialogue and in a spirit of friendship”": a verb joined by "and" after a short quotation and more words of
 *   the same clause still has the sentence's subject as its speaker.
 */
const read = (body: string) => {
  const a = analyseArticle(body, {});
  return {
    people: a.entities.filter((e) => e.type === "person").map((e) => e.name),
    quotes: a.quotes.map((q) => [
      q.speaker,
      (q.text.match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(0, 4).join(" ").replace(/’/g, "'"),
    ]),
  };
};

describe("holder words before a name", () => {
  it("reads 'Host Anwar Ibrahim' as Anwar Ibrahim, with the apposition's office", () => {
    const body =
      'Host Anwar Ibrahim, Malaysia\'s prime minister, called the accession "a dream that a small nation never gave up" on Sunday.';
    const a = analyseArticle(body, {});
    const anwar = a.entities.find((e) => e.type === "person" && e.name === "Anwar Ibrahim");
    expect(anwar?.roles.map((r) => r.role.toLowerCase())).toEqual(["prime minister"]);
    expect(read(body).quotes).toEqual([["Anwar Ibrahim", "a dream that a"]]);
  });

  it("reads 'Outgoing Joko Widodo' as Joko Widodo", () => {
    const body = "Outgoing Joko Widodo, Indonesia's president, met Vietnamese President To Lam in Jakarta on Friday.";
    expect(read(body).people).toContain("Joko Widodo");
    expect(read(body).people).not.toContain("Outgoing Joko Widodo");
  });
});

describe("a verb joined by 'and' after a short quotation", () => {
  it("credits the partial after 'and said' to the sentence's subject", () => {
    const body =
      "Prime Minister Anwar Ibrahim met Vietnamese Prime Minister Pham Minh Chinh in Kuala Lumpur on Sunday.\n\n" +
      'Chinh, meanwhile, thanked Malaysia for its "strong and practical support" for Vietnam\'s bid to host the Apec summit in 2027 and said both sides should resolve fisheries issues "through dialogue and in a spirit of friendship."';
    expect(read(body).quotes).toEqual([["Pham Minh Chinh", "through dialogue and in"]]);
  });

  it("does not credit it when the stretch after the first quotation names another speaker", () => {
    const body =
      "Prime Minister Anwar Ibrahim met Vietnamese Prime Minister Pham Minh Chinh in Kuala Lumpur on Sunday.\n\n" +
      'Chinh praised the "strong and practical support" of Malaysia, while Anwar said both sides should resolve fisheries issues "through dialogue and in a spirit of friendship."';
    expect(read(body).quotes).toEqual([["Anwar Ibrahim", "through dialogue and in"]]);
  });
});
