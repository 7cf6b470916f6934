import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

/*
 * Round 8: the quote shapes real outlets printed that the reader still missed or credited to the wrong person,
 * written fresh with the reading an analyst would give. A quote is read as the scorer reads it: the speaker's full
 * name and the quotation's first four words.
 */
interface Case {
  shape: string;
  body: string;
  quotes: Array<[speaker: string, opening: string]>;
}

const cases: Case[] = [
  {
    shape: "a partial quote after one long clause of reported speech",
    body: 'Indonesian Foreign Minister Retno Marsudi met her Malaysian counterpart in Jakarta on Friday.\n\nRetno said the two governments had agreed to widen the maritime dialogue they set up in 2019 "in a more regular and structured way."',
    quotes: [["Retno Marsudi", "in a more regular"]],
  },
  {
    shape: "a partial quote after a long reported clause with a relative clause is not credited to the speaker",
    body: "Foreign Minister Bui Thanh Son addressed the conference in Hanoi on Monday.\n\nThe minister said this was both a duty to the world and a national interest, which would contribute to \"raising the country's standing in regional and world affairs,\" in the spirit of the party's new guidance.",
    quotes: [],
  },
  {
    shape: "'and said' after a clause naming someone else: the sentence's subject speaks",
    body: 'President Joe Biden met Vietnamese President Vo Van Thuong at the White House.\n\nSpeaking through an interpreter, Thuong said the talks had been "frank and useful." He gave Biden a photograph that Ho Chi Minh had signed in 1945, and said it showed that the founder of the republic had wanted "close ties with the American people" from the start.',
    quotes: [["Vo Van Thuong", "close ties with the"]],
  },
  {
    shape: "a named subject, an aside naming someone else, then 'told reporters:'",
    body: 'Foreign Minister Hayashi Yoshimasa met his counterpart Bui Thanh Son in Hanoi on Friday.\n\nHayashi, on his first trip abroad since Prime Minister Kishida Fumio reshuffled the cabinet, told reporters after the talks: "Vietnam is a key partner for a free and open region. We will help it guard its own waters."',
    quotes: [["Yoshimasa Hayashi", "Vietnam is a key"]],
  },
  {
    shape: "a quotation standing alone after 'He added that …'",
    body: 'President Nguyen Xuan Phuc met South Korean President Yoon Suk Yeol in Seoul on Monday.\n\n"Korean firms have grown together with Vietnam, and we hope they bring more technology," Phuc said.\n\nHe added that Vietnam wanted the two sides to work together on chips and green energy.\n\n"Our peoples are tied by family bonds as well. Thousands of mixed families are a bridge between our nations."',
    quotes: [
      ["Nguyen Xuan Phuc", "Korean firms have grown"],
      ["Nguyen Xuan Phuc", "Our peoples are tied"],
    ],
  },
  {
    shape: "a broadcast's soundbite card ('Name, Title') above each quotation",
    body: 'President Lee Jae-myung welcomed President Luong Cuong of Vietnam in Seoul on Tuesday.\n\nLee Jae-myung, President of South Korea\n\n"Our two countries have grown up together in trade, and now we will grow together in technology."\n\nLuong Cuong, President of Vietnam\n\n"We want Korean partners to help us train the engineers of the next decade."',
    quotes: [
      ["Lee Jae-myung", "Our two countries have"],
      ["Luong Cuong", "We want Korean partners"],
    ],
  },
  {
    shape: "a name followed by no title above a quotation is no soundbite card",
    body: 'President Lee Jae-myung welcomed President Luong Cuong of Vietnam in Seoul on Tuesday.\n\nLee Jae-myung, at the state banquet in the evening\n\n"A bridge is only as strong as the people who cross it every single day."',
    quotes: [],
  },
  {
    shape: "a PDF's hard-wrapped lines: the quotation and its attribution run over the breaks",
    body: 'Prime Minister Christopher Luxon of New Zealand held talks with Prime Minister Pham Minh Chinh in Hanoi.\n\n4. "This is the highest level of trust our two countries have shared, and a fitting way to\n\nbegin our anniversary year," Prime Minister Luxon said, adding that New Zealand\n\nwould "work harder than ever to be a partner Vietnam can count on."',
    quotes: [
      ["Christopher Luxon", "This is the highest"],
      ["Christopher Luxon", "work harder than ever"],
    ],
  },
  {
    shape: "'said the Vietnamese Government leader': a body's name before a role noun is the role's portfolio",
    body: 'Prime Minister Nguyen Xuan Phuc welcomed Japanese Prime Minister Yoshihide Suga in Hanoi on Monday.\n\n"The friendship between our two peoples is stronger than ever," said the Vietnamese Government leader, noting that the two sides had kept up contacts online.',
    quotes: [["Nguyen Xuan Phuc", "The friendship between our"]],
  },
  {
    shape: "'said the ministry spokesperson' after the spokesperson was named",
    body: 'Foreign Ministry Spokesperson Le Thi Thu Hang gave further details on Thursday.\n\n"The two sides agreed to speed up work on direct flights and on water management," said the ministry spokesperson.',
    quotes: [["Le Thi Thu Hang", "The two sides agreed"]],
  },
  {
    shape: "'the deputy minister' for a Deputy Foreign Minister, with 'adding that' and a partial",
    body: 'Deputy Foreign Minister Le Thi Thu Hang opened the conference in Hanoi on Monday.\n\nTalks on a similar deal with Canada were "well advanced", the deputy minister said, adding that both sides wanted a result "that brings clear gains to farmers and firms on both sides". She gave no date.',
    quotes: [["Le Thi Thu Hang", "that brings clear gains"]],
  },
  {
    shape: "'the deputy minister' is not a Deputy Prime Minister",
    body: 'Deputy Prime Minister Tran Luu Quang opened the conference in Hanoi on Monday.\n\n"We have done more in one year than in the five before it," the deputy minister said.',
    quotes: [],
  },
  {
    shape: "'said the agreement was \"…\"': a verdict on a document, not its wording",
    body: 'Philippine Foreign Secretary Enrique Manalo signed the accord in Manila on Monday.\n\nManalo said the agreement was "a practical step that fishermen on both sides will feel."',
    quotes: [["Enrique Manalo", "a practical step that"]],
  },
  {
    shape: "a modal in the reported clause: the speaker's forecast about documents, not their wording",
    body: 'National Assembly Chairwoman Nguyen Thi Kim Ngan received the visiting commissioner in Hanoi.\n\nNguyen Thi Kim Ngan said the legislature would examine the two trade agreements "as soon as the government sends them to us."',
    quotes: [["Nguyen Thi Kim Ngan", "as soon as the"]],
  },
  {
    shape: "a document's own commitment quoted after it is still the document's wording",
    body: 'Foreign Minister Bui Thanh Son spoke at the party meeting in Hanoi.\n\nSon said the resolution reaffirmed the party\'s commitment to "independence, self-reliance, peace, friendship and cooperation."',
    quotes: [],
  },
  {
    shape: "'the Prime Minister said' when the page names the holder without his office",
    body: 'Britain and Vietnam raised their ties after Sir Keir Starmer hosted the Vietnamese party leader To Lam in London.\n\n"This partnership is good for British exporters, good for British jobs," the Prime Minister said, "and it will help us stop the smuggling gangs."',
    quotes: [["Keir Starmer", "This partnership is good"]],
  },
  {
    shape: "'the Prime Minister said' with two people named without an office points to no one",
    body: 'Sir Keir Starmer met To Lam in London on Tuesday.\n\n"This partnership is good for British exporters, good for British jobs," the Prime Minister said.',
    quotes: [],
  },
];

describe("quotes: soundbite cards, partials after reported clauses, lines wrapped mid-name", () => {
  it.each(cases)("$shape", ({ body, quotes }) => {
    const want = quotes.map(([s, o]) => [s, o.split(" ").slice(0, 4).join(" ")]);
    expect(read(body)).toEqual(want);
  });
});
