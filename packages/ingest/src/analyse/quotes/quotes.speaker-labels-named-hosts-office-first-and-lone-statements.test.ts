import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";
import { analyseArticle } from "../index.js";

/*
 * Round 22: spoken diplomacy written down. Transcripts label each turn with its speaker, and the label is often the only
 * place a host or a reporter is named ('RUTH OKONJO:'), or names the office first ('President of Chile Ana Ruiz:',
 * 'Official Spokesperson, Shri Arjun Mehta:'); a statement is posted under one label; a TV script cues each soundbite
 * on its own line. Written fresh in the project's own words; a quote is read as the scorer reads it: the speaker's
 * full name and the first four words.
 */
interface Case {
  shape: string;
  body: string;
  quotes: Array<[speaker: string, opening: string]>;
  people?: string[];
}

const cases: Case[] = [
  {
    shape: "full-name labels of a radio host and reporter are people, each of their turns a quote",
    body: "RUTH OKONJO: Vietnam and Kenya have agreed to open direct flights next year. Our reporter Daniel Mwangi has the details.\n\nDANIEL MWANGI: The deal was signed in Nairobi after two days of talks between the trade ministers.\n\nPrime Minister Pham Minh Chinh said the route would bring tourists and coffee buyers.\n\nPHAM MINH CHINH (translated): We want Kenyan families to visit Vietnam, and Vietnamese firms to invest in Kenya.\n\nRUTH OKONJO: Daniel Mwangi reporting.",
    quotes: [
      ["Ruth Okonjo", "Vietnam and Kenya have"],
      ["Daniel Mwangi", "The deal was signed"],
      ["Pham Minh Chinh", "We want Kenyan families"],
    ],
    people: ["Pham Minh Chinh", "Ruth Okonjo", "Daniel Mwangi"],
  },
  {
    shape: "a host labelled once with the programme role, then by surname; the host's questions are quotes too",
    body: "Vietnam hosted a summit between two rivals this week.\n\nMARTA KOWALSKI, HOST: The talks in Hanoi ended without a deal, but the hosts were pleased.\n\nKOWALSKI: What did Vietnam gain from hosting the meeting this week?\n\nPETER ANDERS, BYLINE: A great deal of attention, and a chance to show its roads and hotels to the world.\n\nKOWALSKI: Peter, thanks.\n\nANDERS: You're welcome.\n\nThis transcript was prepared by a contractor and may be revised.",
    quotes: [
      ["Marta Kowalski", "The talks in Hanoi"],
      ["Marta Kowalski", "What did Vietnam gain"],
      ["Peter Anders", "A great deal of"],
    ],
  },
  {
    shape: "the host who opens a programme is quoted though each of the host's turns ends by asking",
    body: "Trade talks ended in Canberra on Friday.\n\nNINA WALSH: The two ministers met for three hours and promised a deal by winter. Omar, what did they actually agree?\n\nOMAR HADI: A timetable, mostly, and a promise to cut tariffs on fruit and wine.\n\nNINA WALSH: And why does the region matter so much to the government now?\n\nOMAR HADI: Because exports there have doubled in five years.\n\nNINA WALSH: Omar, thanks for that.",
    quotes: [
      ["Nina Walsh", "The two ministers met"],
      ["Omar Hadi", "A timetable mostly and"],
      ["Nina Walsh", "And why does the"],
      ["Omar Hadi", "Because exports there have"],
    ],
  },
  {
    shape: "a named reporter who only asks at a briefing is not quoted",
    body: "Spokesperson Pham Thu Hang chaired the regular press conference.\n\nSPOKESPERSON PHAM THU HANG: Viet Nam welcomes the visit of the Chilean President next week.\n\nJOHN CARTER: John Carter from a wire agency. Will the two sides sign a trade deal?\n\nSPOKESPERSON PHAM THU HANG: Both sides are working on a number of agreements for the visit.\n\nJOHN CARTER: And will the leaders meet the press afterwards?",
    quotes: [
      ["Pham Thu Hang", "Viet Nam welcomes the"],
      ["Pham Thu Hang", "Both sides are working"],
    ],
  },
  {
    shape: "office-first labels with the state, the turn opening with a salutation that ends on a comma",
    body: "President of Chile Ana Ruiz and President of Vietnam Luong Cuong spoke to the press after their talks.\n\nPresident of Vietnam Luong Cuong: Your Excellency President Ana Ruiz, dear friends,\n\nI warmly welcome the President on her first visit to Viet Nam.\n\nPresident of Chile Ana Ruiz: Mr President, friends,\n\nChile sees Viet Nam as its gateway to the markets of Southeast Asia. Thank you.",
    quotes: [
      ["Luong Cuong", "Your Excellency President Ana"],
      ["Ana Ruiz", "Mr President friends Chile"],
    ],
  },
  {
    shape: "the office first and the name after a comma, with a style of address",
    body: "Official Spokesperson Arjun Mehta and Secretary Kavita Rao briefed the media in Hanoi.\n\nOfficial Spokesperson, Shri Arjun Mehta: Good evening and welcome to this briefing on the visit. The Secretary will take you through the outcomes.\n\nSecretary (East), Smt. Kavita Rao: Thank you. The two leaders agreed to expand defence cooperation and trade.\n\nQuestion: Was the South China Sea discussed?\n\nSecretary (East), Smt. Kavita Rao: Both sides supported freedom of navigation under international law.",
    quotes: [
      ["Arjun Mehta", "Good evening and welcome"],
      ["Kavita Rao", "Thank you The two"],
      ["Kavita Rao", "Both sides supported freedom"],
    ],
  },
  {
    shape: "the office alone on later turns stands for the name the first turn gave after it",
    body: "Official Spokesperson, Shri Dev Malhotra: Good afternoon. The President will pay a state visit to Viet Nam next week, the first in eight years.\n\nQuestion: Will a defence credit line be signed?\n\nOfficial Spokesperson: I would not like to pre-empt the outcomes, but defence is an important part of the talks.\n\nQuestion: And the sea lanes?\n\nOfficial Spokesperson: We support freedom of navigation and the peaceful settlement of disputes under international law.",
    quotes: [
      ["Dev Malhotra", "Good afternoon The President"],
      ["Dev Malhotra", "I would not like"],
      ["Dev Malhotra", "We support freedom of"],
    ],
  },
  {
    shape: "a statement posted under one label standing on its own line is one quote",
    body: "Prime Minister Ingrid Solberg and President Luong Cuong held a joint press announcement in Oslo.\n\nPRIME MINISTER SOLBERG:\n\nI am delighted to welcome President Luong Cuong to Norway.\n\nWe agreed to work together on offshore wind and shipping. Thank you.",
    quotes: [["Ingrid Solberg", "I am delighted to"]],
  },
  {
    shape: "a TV script's soundbite cue names the speaker of the quotation on the next line",
    body: 'President Luong Cuong met Chancellor Lena Vogt in Berlin on Tuesday.\n\n[Soundbite] Lena Vogt - German Chancellor (German)\n\n"Germany wants to double its trade with Vietnam within five years."\n\nThe two leaders also discussed training for Vietnamese nurses.',
    quotes: [["Lena Vogt", "Germany wants to double"]],
  },
  {
    shape: "a live blog's block quote after a paragraph whose last sentence introduces it with a colon",
    body: "Prime Minister Tomas Berg arrived in Hanoi on Monday.\n\nTomas Berg is speaking now at the press centre. The prime minister says the visit opens a new era for both countries:\n\nWe are going to double our trade within five years, and we will open a consulate in Da Nang.",
    quotes: [["Tomas Berg", "We are going to"]],
  },
];

describe("quotes on speaker labels: named hosts, office-first labels, lone statements and soundbite cues", () => {
  it.each(cases)("$shape", ({ body, quotes, people }) => {
    expect(read(body)).toEqual(quotes.map(([s, o]) => [s, o.split(" ").slice(0, 4).join(" ")]));
    if (people) {
      const named = analyseArticle(body, {})
        .entities.filter((e) => e.type === "person")
        .map((e) => e.name);
      expect(named).toEqual(expect.arrayContaining(people));
    }
  });
});
