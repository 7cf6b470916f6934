import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 28b: quotations on text damaged by copying and on transcripts whose speaker is named only where the cleaner
 * set the heading aside. Written in the project's own words from the layouts of ministry press-conference pages and of
 * PDF and forum copies of news stories; the expected readings were written before the extractor was run on them. A
 * quote is read as the scorer reads it: the speaker's full name and the first four words.
 */
interface Case {
  shape: string;
  title?: string;
  asides?: string[];
  body: string;
  quotes: Array<[speaker: string, opening: string]>;
}

const cases: Case[] = [
  {
    shape: "a briefing's headline kept out of the body as a caption names the spokesperson who answers 'A:' turns",
    title: "Home Newsletter Contact",
    asides: ["Remarks by MOFA Spokesperson Tran Minh Duc at the Regular Press Conference on 4 March 2021"],
    body: "At the invitation of Foreign Minister Hoang Van Loc, Foreign Minister Sara Lindqvist of Sweden will visit Viet Nam next week.\n\nQ (AFP): A survey ship was seen near the bank again this week. What is Viet Nam's response?\n\nA: Our competent forces are monitoring the situation closely and will take measures in line with international law.\n\nQ (Reuters): Will the two ministers sign an agreement on education?\n\nA: The two sides are discussing several documents, and details will be announced in due course.",
    quotes: [
      ["Tran Minh Duc", "Our competent forces are"],
      ["Tran Minh Duc", "The two sides are"],
    ],
  },
  {
    shape: "a caption that names a briefing does not displace the answerer the introduction names",
    asides: ["Spokesperson Lena Ortiz at a press conference in Madrid"],
    body: "Ambassador Pablo Ruiz gave an interview to the newspaper ahead of the state visit.\n\nQ: How do you see trade between the two countries?\n\nA: Trade has grown every year, and our companies see many chances in green energy and ports.\n\nQ: What will the visit bring?\n\nA: We expect agreements on education, agriculture and the training of young diplomats.",
    quotes: [
      ["Pablo Ruiz", "Trade has grown every"],
      ["Pablo Ruiz", "We expect agreements on"],
    ],
  },
  {
    shape: "a quotation broken into short lines runs on over a line that starts with a capital while it is still open",
    body: 'Trade Minister Joseph Mwangi arrived in Hanoi on Sunday for a three-day visit focused on farming.\n"Our farmers want to learn from\nVietnam how a small plot can feed\na family and still leave rice to\nsell abroad," Mwangi said.\nThe two sides also discussed direct flights.',
    quotes: [["Joseph Mwangi", "Our farmers want to"]],
  },
  {
    shape:
      "a second quotation in a clause joined by 'and' after a credited one, past a name in marks, goes on that quote",
    body: 'Prime Minister Hoang Van Loc received Swedish Defence Minister Sara Lindqvist in Hanoi on Monday.\n\nLoc said that since the two countries signed their "Agreement on Defence Cooperation" in 2019, exchanges had reached "a depth we did not expect at first," and training should become "the main road for the next five years."',
    quotes: [["Hoang Van Loc", "a depth we did"]],
  },
  {
    shape: "a verb joined by 'but' after a first quotation keeps the sentence's subject for the next one",
    body: 'Cabinet Secretary Kenji Arai said the exercise was "not aimed at any single country," but added that Japan would keep helping coastal states "so that every ship can sail freely."',
    quotes: [
      ["Kenji Arai", "not aimed at any"],
      ["Kenji Arai", "so that every ship"],
    ],
  },
  {
    shape: "'he said' after a sentence opened by 'Meeting X, Y said …' is Y's: the one met is an object",
    body: 'Chairman of the National Assembly Tran Quoc Hung met Speaker Anna Berg in Oslo on Monday.\n\nMeeting Berg, Hung said the two parliaments should exchange more delegations.\n\n"Our two legislatures can learn a great deal from each other about digital laws," he said.',
    quotes: [["Tran Quoc Hung", "Our two legislatures can"]],
  },
  {
    shape: "a demonym that closes the paragraph before a name does not give that person a nationality",
    body: 'President Elena Ruiz of Chile held talks with President Tran Quoc Hung in Santiago on Monday.\n\nRuiz said her country would never forget the help given to the Chilean people.\n\nHung, on his first visit to South America, said his country valued the friendship of the Chilean people.\n\nThe Chilean leader also said that her government "will keep opening new markets for the fruit growers of both countries."',
    quotes: [["Elena Ruiz", "will keep opening new"]],
  },
];

describe("quotes on damaged text and set-aside headings", () => {
  for (const c of cases) {
    it(c.shape, () => {
      const { quotes } = analyseArticle(c.body, { title: c.title ?? null, asides: c.asides });
      const got = quotes.map((q) => [q.speaker, q.text.split(/\s+/).slice(0, 4).join(" ")]);
      expect(got).toEqual(c.quotes);
    });
  }
});
