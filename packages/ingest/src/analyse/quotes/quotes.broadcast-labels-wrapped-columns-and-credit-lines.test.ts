import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";

/*
 * Round 16: the shapes behind the misses of the live-blog, transcript and reposted-copy sets. Broadcast transcripts
 * put a clock before each turn and the speaker's office after the name; PDF copies break every line at a column's
 * width; newsletters credit a quotation with a line of their own; opinion pages open a sentence with a phrase before
 * the pronoun that speaks. Written fresh in the project's own words. A quote is read as the scorer reads it: the
 * speaker's full name and the first four words.
 */
interface Case {
  shape: string;
  body: string;
  quotes: Array<[speaker: string, opening: string]>;
}

const cases: Case[] = [
  {
    shape: "a turn label with a clock before it and the office after a comma names the speaker by the words before it",
    body: "President Gabriel Boric received Vietnamese President Vo Van Thuong in Santiago.\n\n[10:02:11] LUCIA ROMERO, ANCHOR: The two presidents spoke after their talks.\n\n[10:02:30] GABRIEL BORIC, PRESIDENT OF CHILE: Chile and Vietnam have traded freely for a decade, and we want the next decade to be about investment.\n\n[10:03:02] VO VAN THUONG, PRESIDENT OF VIETNAM (through interpreter): Vietnam is ready to buy more Chilean copper and fruit.",
    // The anchor's label gives a programme role, which says a person speaks: her turn is hers (test/READING.md).
    quotes: [
      ["Lucia Romero", "The two presidents spoke"],
      ["Gabriel Boric", "Chile and Vietnam have"],
      ["Vo Van Thuong", "Vietnam is ready to"],
    ],
  },
  {
    shape: "a caption-style label with an abbreviated office ('Pres.', 'Gen. Sec.') and a note in brackets",
    body: "President Barack Obama met General Secretary Nguyen Phu Trong at the White House.\n\n00:00:12 Pres. Obama: We welcome the general secretary and his delegation to Washington.\n\n00:01:40 Gen. Sec. Trong (via interpreter): We have put the past behind us and look to the future together.",
    quotes: [
      ["Barack Obama", "We welcome the general"],
      ["Nguyen Phu Trong", "We have put the"],
    ],
  },
  {
    shape: "a turn that only thanks or greets is not a statement the page quotes",
    body: "Prime Minister Anthony Albanese met Prime Minister Pham Minh Chinh in Canberra.\n\nALBANESE: Australia wants Vietnamese students and investors to feel at home here.\n\nCHINH: Thank you very much, Prime Minister.\n\nCHINH: Our two countries now trust each other more than ever before.",
    quotes: [
      ["Anthony Albanese", "Australia wants Vietnamese students"],
      ["Pham Minh Chinh", "Our two countries now"],
    ],
  },
  {
    shape: "a guest introduced as 'Name is an office at a body' in a host's turn is the speaker of the guest's turn",
    body: "HOST: Hanoi has signed another upgrade this week.\n\nHOST: Marta Silveira is a senior analyst at the Lisbon Asia Centre.\n\nMarta Silveira: Every upgrade tells the other partners that Hanoi will not pick a side.",
    quotes: [["Marta Silveira", "Every upgrade tells the"]],
  },
  {
    shape: "an opening phrase before the pronoun that introduces a quotation with a bare colon",
    body: "President Ramaphosa arrived in Hanoi on Tuesday.\n\nPresident Cyril Ramaphosa spoke at the university. After praising the students, he turned to trade: “Our ports and your factories need each other more than either side admits.”",
    quotes: [["Cyril Ramaphosa", "Our ports and your"]],
  },
  {
    shape: "a verb of demanding introduces the speaker's own words as speech verbs do",
    body: "Foreign Ministry spokeswoman Pham Thu Hang held a briefing on Thursday. She demanded that the ship “leave Vietnam's exclusive economic zone at once” before the end of the week.",
    quotes: [["Pham Thu Hang", "leave Vietnam's exclusive economic"]],
  },
  {
    shape: "a line that credits what follows as a qualified 'quote from' someone",
    body: "Analyst Hugo Lindqvist spoke on the latest episode about Vietnam's partners.\n\nKey quote from Hugo Lindqvist: “Hanoi collects partners the way other capitals collect treaties, and it keeps all of them.”",
    quotes: [["Hugo Lindqvist", "Hanoi collects partners the"]],
  },
  {
    shape: "a column broken at a fixed width runs on before a capital and after a quotation closed on a comma",
    body: [
      "TRADE BULLETIN          Issue 4",
      "A direct shipping route between Chennai and",
      "Can Tho opened on Monday, the first of its kind",
      "between southern India and the Mekong Delta.",
      "Council President Meera Pillai told the",
      "Bulletin that the new route would “finally give",
      "Indian exporters a direct line to the Mekong",
      "Delta.” She said members would visit in June.",
      "“The route cuts the shipping time to Can Tho",
      "by almost a week, and that changes everything,”",
      "Ms Pillai said at the launch in Chennai on the",
      "first day of the trade fair, where firms from",
      "both countries showed their wares to buyers.",
    ].join("\n\n"),
    quotes: [
      ["Meera Pillai", "finally give Indian exporters"],
      ["Meera Pillai", "The route cuts the"],
    ],
  },
  {
    shape: "short lines that end their sentences are not read as a broken column",
    body: "Minister Le Van Hoa spoke in Hue.\n\nThe minister arrived on Monday.\n\nHe met local leaders.\n\n“We will rebuild the old market,” Hoa said.\n\nMarket traders welcomed him.",
    quotes: [["Le Van Hoa", "We will rebuild the"]],
  },
];

describe("quotes on broadcast transcripts, broken columns and credit lines", () => {
  it.each(cases)("$shape", ({ body, quotes }) => {
    expect(read(body)).toEqual(quotes.map(([s, o]) => [s, o.split(" ").slice(0, 4).join(" ")]));
  });
});
