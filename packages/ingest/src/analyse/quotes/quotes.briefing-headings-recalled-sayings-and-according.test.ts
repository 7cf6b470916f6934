import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 19a: briefing transcripts whose speaker is named in full only by the page's heading, labels with a style of
 * address and reporters who are named, sayings recalled inside another's quotation, and 'According to him, …:'
 * before a quotation. Written fresh in the project's own words from the layouts of ministry press-conference pages
 * (Japan, China, India) and of agency reports; read before the extractor was run on them. A quote is read as the
 * scorer reads it: the speaker's full name and the first four words.
 */
interface Case {
  shape: string;
  title?: string;
  body: string;
  quotes: Array<[speaker: string, opening: string]>;
}

const cases: Case[] = [
  {
    shape: "turns labelled by office and surname take the full name the heading gives ('Press Secretary ONO')",
    title: "Press Conference by Press Secretary ONO Hikariko",
    body: "Press Secretary ONO: The Minister for Foreign Affairs will travel to Hanoi next week for talks on energy and port projects.\n\nIto, Kyodo News: Will the two sides sign a new loan agreement during the trip?\n\nPress Secretary ONO: The details are still being arranged, and I will not speak about documents before they are final.",
    quotes: [
      ["Hikariko Ono", "The Minister for Foreign"],
      ["Hikariko Ono", "The details are still"],
    ],
  },
  {
    shape: "'Q:' and 'A:' turns after announcements naming two leaders: the answers are the heading's spokesperson's",
    title: "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on October 11, 2023",
    body: "At the invitation of President Xi Jinping, President Bola Tinubu of Nigeria will pay a state visit to China next week.\n\nQ: Some reports say a fishing boat was stopped near the disputed reef. Can you confirm?\n\nA: I am not aware of the details you mentioned. Our coast guard acts in accordance with the law and keeps order at sea.\n\nQ: What does China expect from the visit of the Nigerian president?\n\nA: The two presidents will discuss trade, infrastructure and security, and will sign several agreements on cooperation.",
    quotes: [
      ["Mao Ning", "I am not aware"],
      ["Mao Ning", "The two presidents will"],
    ],
  },
  {
    shape:
      "a briefing's summary under 'Reporter:' questions that names the spokesperson again keeps only marked quotes",
    title: "Regular Press Briefing by Spokesperson Do Minh Quan",
    body: 'Reporter: What is the ministry\'s response to the new survey ship in the area?\n\nAnswering the question, Spokesperson Do Minh Quan said: "Any activity in our waters without our permission is a violation of our sovereign rights and must stop."\n\nReporter: How many citizens remain in the conflict zone?\n\nThe Spokesperson said that about 300 citizens were still in the area and that the embassy was in contact with them.',
    quotes: [["Do Minh Quan", "Any activity in our"]],
  },
  {
    shape: "a label opened by a style of address names the spokesperson; a named reporter's asking turn is no quote",
    title: "Transcript of Weekly Media Briefing by the Official Spokesperson (May 8, 2025)",
    body: "Shri Kiran Rao, Official Spokesperson: Good afternoon to all of you. Prime Minister Pham Minh Chinh of Viet Nam will visit New Delhi next week, and I am happy to take your questions after this announcement.\n\nReporter Priya Nair: Ma'am, Priya Nair from a wire agency. Which agreements do you expect the two sides to sign next week?\n\nShri Kiran Rao, Official Spokesperson: Several documents on defence, health and digital payments are under discussion, and we will share details once they are signed.",
    quotes: [
      ["Kiran Rao", "Good afternoon to all"],
      ["Kiran Rao", "Several documents on defence"],
    ],
  },
  {
    shape: "a saying recalled inside another's quotation: the one recalling it speaks, not the person it names",
    body: "President Rosa Elena Castillo-Ruiz received the visiting delegation from Hanoi on Monday.\n\nCastillo-Ruiz thanked the guests for their support and recalled the words of Julius Nyerere, the father of the nation: \"As Nyerere told our people, 'no people is free while another is chained', and today that promise binds us to every friend who stood with us.\"",
    quotes: [["Rosa Elena Castillo-Ruiz", "As Nyerere told our"]],
  },
  {
    shape: "'According to him, …:' before a quotation: the pronoun's speaker, not the places the clause names",
    body: 'Prime Minister Arturo Benavides met business leaders in Lima on Friday.\n\nAccording to him, Peru and Vietnam are moving towards a free trade agreement: "We have finished the technical work, and the text could be signed before the end of the year."',
    quotes: [["Arturo Benavides", "We have finished the"]],
  },
];

const read = (body: string, title?: string) =>
  analyseArticle(body, { title: title ?? null }).quotes.map((q) => [
    q.speaker,
    (q.text.match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(0, 4).join(" ").replace(/’/g, "'"),
  ]);

describe("briefing headings, styles of address, recalled sayings and 'according to' openings", () => {
  it.each(cases)("$shape", ({ body, title, quotes }) => {
    expect(read(body, title)).toEqual(quotes.map(([s, o]) => [s, o.split(" ").slice(0, 4).join(" ")]));
  });
});
