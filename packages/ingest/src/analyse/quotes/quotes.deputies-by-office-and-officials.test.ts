import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";
import { analyseArticle } from "../index.js";

/*
 * Round 47: a visiting deputy referred to by the office alone ("the Vice Governor", "the Deputy Governor") after the
 * host spoke last, or by a generic noun that takes in deputies ("the Lao official"). Written in our own words.
 */
describe("a guest's deputy office after the host spoke", () => {
  it("gives 'the Vice Governor' to the deputy, not to the host quoted before", () => {
    const body = [
      "The guests were led by Somsak Vongphet, Vice Governor of Champasak. Receiving them, Tran Minh Hai, Chairman of the provincial People's Committee, welcomed the visit.",
      '"Our two provinces share a river and a history," Hai said.',
      'The Vice Governor thanked the province for its doctors. He said his side hoped to "open the old road to trucks and buses."',
    ].join("\n\n");
    expect(read(body)).toEqual([
      ["Tran Minh Hai", "Our two provinces share"],
      ["Somsak Vongphet", "open the old road"],
    ]);
  });

  it("reads 'the Deputy Governor' as a governor who is a deputy, not as any deputy", () => {
    const body = [
      "The talks were chaired by Le Van Phu, Deputy Secretary of the provincial Party Committee, and Sok Dara, Deputy Governor of Kampot.",
      '"We want the gate open at night too," Phu said.',
      'The Deputy Governor said he had chosen the province because "what is sold here is eaten in Kampot the next day."',
    ].join("\n\n");
    expect(read(body)).toEqual([
      ["Le Van Phu", "We want the gate"],
      ["Sok Dara", "what is sold here"],
    ]);
  });
});

describe("a generic noun for a guest and the words of assurance", () => {
  it("gives 'the Lao official' to the Lao vice governor, not to the Vietnamese host", () => {
    const body = [
      "The Lao delegation was led by Somsak Vongphet, Vice Governor of Champasak. Receiving the guests, Tran Minh Hai, Deputy Secretary of the provincial Party Committee, welcomed the visit.",
      '"We want our farmers to sell rice across the river every week of the year," the Lao official said.',
    ].join("\n\n");
    expect(read(body)).toEqual([["Somsak Vongphet", "We want our farmers"]]);
  });

  it("quotes the words a speaker assured someone of", () => {
    const body =
      'Receiving the envoys, Sok Dara, Deputy Governor of Kampot, said the port was busy. He assured the Ambassador that the province would keep treating the traders "as neighbours with the same rights as anyone in town."';
    expect(read(body)).toEqual([["Sok Dara", "as neighbours with the"]]);
  });
});

describe("a governor of a prefecture written in Japanese order", () => {
  it("reads the prefecture as the office's and turns the name round", () => {
    const body =
      'Minister Tran Van Son received Governor of Shizuoka Prefecture Kawada Kazuhisa in Hanoi. "We call our province the gateway to the sea," Governor Kawada said.';
    const a = analyseArticle(body, {});
    expect(a.entities.filter((e) => e.type === "person").map((e) => e.name)).toEqual([
      "Tran Van Son",
      "Kazuhisa Kawada",
    ]);
    expect(read(body)).toEqual([["Kazuhisa Kawada", "We call our province"]]);
  });
});
