import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";
import { peopleOf, roleRows } from "./testing/people-readings.js";

/*
 * Round 57: a counterpart of a host who holds two offices, a workplace that answers to an office ("under the …"), a
 * chamber named in its own language before a name, a founder named in passing, and the nationalities of Central Asia
 * and the Caucasus as references to a speaker. Sentences are written for the tests.
 */

roleRows("a counterpart of a host holding two joined offices takes the office nearest the host's name", [
  [
    "Talks were held in Hanoi between Deputy Prime Minister and Foreign Minister Tran Van Hung and his Kyrgyz counterpart Almaz Bekov.",
    "Almaz Bekov",
    ["Foreign Minister"],
  ],
  // one office: as before
  [
    "Talks were held in Hanoi between Foreign Minister Tran Van Hung and his Kyrgyz counterpart Almaz Bekov.",
    "Almaz Bekov",
    ["Foreign Minister"],
  ],
]);

roleRows("a workplace that answers to an office keeps that office in its name", [
  [
    '"Trade is only the start," said Daniyar Omarov, a research fellow at the Institute for Regional Studies under the Government.',
    "Daniyar Omarov",
    ["research fellow at the Institute for Regional Studies under the Government"],
  ],
]);

roleRows("a chamber named in its own language before the holder's name", [
  [
    "The delegation also met Speaker of the Milli Majlis Farid Huseynov in the afternoon.",
    "Farid Huseynov",
    ["Speaker of the Milli Majlis"],
  ],
  [
    "The guests were received by Chairman of the Jogorku Kenesh Bolot Usenov.",
    "Bolot Usenov",
    ["Chairman of the Jogorku Kenesh"],
  ],
]);

describe("a founding leader named only in a quotation", () => {
  it("lists the founder, uncued, beside the speaker who shares his surname", () => {
    const names = peopleOf(
      '"This friendship was laid down by Heydar Aliyev and Ho Chi Minh," President Ilham Aliyev told the guests.',
    ).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["Heydar Aliyev", "Ilham Aliyev"]));
  });
});

describe("a Central Asian nationality as a reference to a speaker", () => {
  it("gives the quote of 'the Tajik minister' to the Tajik one, not to the host named later", () => {
    const body = [
      "Foreign Minister Tran Van Hung held talks in Hanoi with his Tajik counterpart Rustam Nazarov.",
      "Hung said the two countries would open a new flight next year.",
      'The Tajik minister also proposed more student exchanges, saying they would become "a strong bridge between our two peoples".',
    ].join("\n\n");
    const quotes = analyseArticle(body, {}).quotes.map((q) => [q.speaker, q.text.split(" ").slice(0, 4).join(" ")]);
    expect(quotes).toEqual([["Rustam Nazarov", "a strong bridge between"]]);
  });
});
