import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";
import { analyseArticle } from "../index.js";

/*
 * Round 6b: interviews and press conferences whose answers carry no speaker label and no quotation marks. The
 * questions are marked (a 'Question:' label, a numbered outlet's question, or a short paragraph that asks), and each
 * answer, one or several paragraphs up to the next question, is the words of the person the introduction names as
 * answering. Written fresh in the project's own words from the layouts of ministry briefing pages and agency
 * interviews; read before the extractor was run on them. A quote is read as the scorer reads it: the speaker's full
 * name and the first four words.
 */
interface Case {
  shape: string;
  body: string;
  quotes: Array<[speaker: string, opening: string]>;
}

const answered: Case[] = [
  {
    shape: "questions as short paragraphs ending in a question mark, the ambassador named as granting the interview",
    body: "Ahead of the prime minister's trip, Chilean Ambassador to Vietnam Rosa Fuentes Ibarra granted an interview to our reporter in Hanoi.\n\nHow do you see trade between the two countries?\n\nTrade has grown steadily since our free trade agreement took effect, and Chilean fruit is now common in Vietnamese markets.\n\nWhat will the visit bring?\n\nWe expect new agreements on mining, education and the digital economy.",
    quotes: [
      ["Rosa Fuentes Ibarra", "Trade has grown steadily"],
      ["Rosa Fuentes Ibarra", "We expect new agreements"],
    ],
  },
  {
    shape: "an answer of several paragraphs is one quote from its first words",
    body: "Deputy Foreign Minister Lars Eklund spoke with our correspondent in an interview before the consultations.\n\nWhat are Sweden's priorities in Vietnam?\n\nClimate and innovation come first.\n\nOur companies want to help build offshore wind farms along the central coast.\n\nAnd in education?\n\nWe will offer 40 scholarships every year to Vietnamese students from next autumn.",
    quotes: [
      ["Lars Eklund", "Climate and innovation come"],
      ["Lars Eklund", "We will offer 40"],
    ],
  },
  {
    shape:
      "a press conference where reporters' questions are labelled 'Question:' and the spokesperson's answers are not",
    body: "Foreign Ministry Spokesperson Tran Minh Chau chaired the regular press conference on Thursday afternoon.\n\nQuestion: What is Vietnam's response to the new fishing ban announced by a neighbouring country?\n\nVietnam firmly rejects any unilateral fishing ban in its waters and asks the other side to respect international law.\n\nQuestion: Will the President attend the summit in Lima?\n\nInformation on the President's travel will be released in due course.",
    quotes: [
      ["Tran Minh Chau", "Vietnam firmly rejects any"],
      ["Tran Minh Chau", "Information on the President's"],
    ],
  },
  {
    shape: "numbered questions credited to outlets, the spokesperson answering without a label",
    body: "Foreign Ministry Spokesperson Tran Minh Chau answered questions from domestic and foreign reporters at the regular press briefing.\n\n1. Question from Thanh Nien: Please comment on the survey vessel seen near the southern continental shelf.\n\nVietnam is following the vessel's movements closely and has raised the matter through diplomatic channels.\n\n2. Question from Reuters: Can you confirm that the two leaders will meet next month?\n\nThe two sides are discussing the schedule, and details will be announced when ready.",
    quotes: [
      ["Tran Minh Chau", "Vietnam is following the"],
      ["Tran Minh Chau", "The two sides are"],
    ],
  },
  {
    shape: "numbered outlet labels without the word question",
    body: "Deputy Spokesperson Nguyen Hoang Lan held the regular press conference of the Foreign Ministry on Friday.\n\n1. VnExpress: How many Vietnamese citizens remain in the conflict zone?\n\nAbout 200 Vietnamese citizens are still in the area, and the embassy is in contact with all of them.\n\n2. TG&VN: Please comment on the new maritime law passed by the neighbouring parliament.\n\nVietnam asks all parties to act in line with the 1982 UN Convention on the Law of the Sea.",
    quotes: [
      ["Nguyen Hoang Lan", "About 200 Vietnamese citizens"],
      ["Nguyen Hoang Lan", "Vietnam asks all parties"],
    ],
  },
  {
    shape: "the interviewee is the person the interview cue names, not a leader mentioned earlier in the introduction",
    body: "On the occasion of President Luong Cuong's state visit to Peru, Peruvian Ambassador Carlos Medina Soto gave an interview to the Vietnam News Agency.\n\nWhat does the visit mean for Peru?\n\nIt is the first visit by a Vietnamese head of state in ten years, and it shows how far our ties have come.\n\nWhich areas will the leaders discuss?\n\nAgriculture, mining and investment will be at the centre of the talks.",
    quotes: [
      ["Carlos Medina Soto", "It is the first"],
      ["Carlos Medina Soto", "Agriculture mining and investment"],
    ],
  },
  {
    shape: "questions asked by a named reporter of an outlet are not quotes, the answers are the spokesperson's",
    body: "Spokeswoman Pham Thu Hang of the Foreign Ministry answered reporters' questions at the regular press conference.\n\nReporter Le Quang Vinh (Tuoi Tre): Is there any update on the fishermen detained last week?\n\nThe ministry has asked the other side to release the fishermen and their boat at once, and our embassy is working on the case.\n\nReporter Anna Berg (AFP): Will Vietnam join the new climate initiative?\n\nVietnam is studying the initiative and will decide after consulting the ministries concerned.",
    quotes: [
      ["Pham Thu Hang", "The ministry has asked"],
      ["Pham Thu Hang", "Vietnam is studying the"],
    ],
  },
  {
    shape: "an interview whose answers name other people and give figures: still the interviewee's quotes",
    body: "In an interview with the press, Indian Ambassador Vikram Sethi spoke about the coming visit.\n\nHow has trade developed?\n\nTwo-way trade reached 15 billion US dollars last year, and Prime Minister Pham Minh Chinh has set a higher target.\n\nWhat about defence ties?\n\nOur navies held joint exercises twice this year and will train together again in 2026.",
    quotes: [
      ["Vikram Sethi", "Two-way trade reached 15"],
      ["Vikram Sethi", "Our navies held joint"],
    ],
  },
  {
    shape: "'Q:' questions after an introduction naming two people: the answers are the interviewee's",
    body: "Before General Secretary To Lam's trip to Warsaw, Polish Ambassador Jan Kowalczyk sat down with our reporter.\n\nQ: What will the visit achieve?\n\nWe hope to sign a strategic partnership and a plan for defence industry cooperation.\n\nQ: And for students?\n\nPolish universities will welcome more Vietnamese students next year.",
    quotes: [
      ["Jan Kowalczyk", "We hope to sign"],
      ["Jan Kowalczyk", "Polish universities will welcome"],
    ],
  },
  {
    shape: "a briefing whose lead names the spokesperson, with announcements naming others before the questions",
    body: "Deputy Spokesperson Nguyen Hoang Lan chaired the Foreign Ministry's regular press conference on Thursday.\n\nI. Announcements\n\nAt the invitation of President Luong Cuong, President Gabriel Arce of Bolivia will pay a state visit to Vietnam from 10 to 12 June.\n\nThe two presidents will hold talks and witness the signing of several cooperation documents.\n\nPrime Minister Pham Minh Chinh will attend the Mekong-Lancang leaders' meeting in Vientiane next week.\n\nII. Questions and answers\n\n1. Question from Nhan Dan: What are the highlights of the Bolivian president's visit?\n\nThis is the first visit to Vietnam by a Bolivian head of state, and it will open new chances for trade in minerals and farm products.\n\n2. Question from AFP: Has Vietnam received a request to mediate in the border dispute?\n\nWe have no information on that matter at this time.",
    quotes: [
      ["Nguyen Hoang Lan", "This is the first"],
      ["Nguyen Hoang Lan", "We have no information"],
    ],
  },
  {
    shape: "answers opened by a dash, as some outlets print an interview's replies",
    body: "Kenyan Ambassador Grace Wanjiru Mwangi answered questions from our reporter ahead of the business forum.\n\nWhat brings Kenyan companies to Vietnam?\n\n– Tea and coffee traders came first, and now our technology start-ups are following them.\n\nWhere do you see the biggest gap?\n\n– Direct flights. Without them, tourism between our countries will stay small.",
    quotes: [
      ["Grace Wanjiru Mwangi", "Tea and coffee traders"],
      ["Grace Wanjiru Mwangi", "Direct flights Without them"],
    ],
  },
  {
    shape: "a question that addresses the interviewee by name is still a question, the answers still theirs",
    body: "Singaporean Minister for Trade Gan Wei Ming spoke to our correspondent in an interview on the sidelines of the forum.\n\nMinister Gan, how do you rate the digital economy agreement?\n\nIt is working well, and more firms on both sides now trade online across the border.\n\nWhat comes after it?\n\nWe want a green economy agreement that links our carbon markets.",
    quotes: [
      ["Gan Wei Ming", "It is working well"],
      ["Gan Wei Ming", "We want a green"],
    ],
  },
  {
    shape:
      "a briefing whose announcement carries the spokesperson's name and whose replies are labelled 'Answer:' only",
    body: "Deputy Spokesperson Nguyen Thi Lan Anh: The Foreign Minister of Chile will visit Vietnam next week at the invitation of his Vietnamese counterpart.\n\nQuestion: What will the two ministers discuss?\n\nAnswer: They will review the free trade agreement and look for ways to raise two-way trade.\n\nQuestion: Is there any news on the fishermen held abroad last month?\n\nAnswer: Our embassy has met the fishermen and is working with the local authorities on their early return.",
    quotes: [
      ["Nguyen Thi Lan Anh", "The Foreign Minister of"],
      ["Nguyen Thi Lan Anh", "They will review the"],
      ["Nguyen Thi Lan Anh", "Our embassy has met"],
    ],
  },
];

const notAnswered: Case[] = [
  {
    shape: "an FAQ with no named speaker gives no quotes",
    body: "Visitors to Vietnam often ask us about the rules for entry.\n\nDo I need a visa?\n\nCitizens of many countries can enter without a visa for up to 45 days.\n\nCan I extend my stay?\n\nYes, an extension can be requested at the immigration office in Hanoi or Ho Chi Minh City.",
    quotes: [],
  },
  {
    shape: "a reader-questions column: the reader named before the question is not the one answering",
    body: "Each week our editors reply to letters from readers about living abroad.\n\nReader Tran Minh Duc from Da Nang writes: My daughter is studying in Germany. Can she work part-time while she studies?\n\nStudents from outside the European Union may work for a limited number of days each year.\n\nAnother reader asks: How long does a residence permit take?\n\nProcessing usually takes between four and eight weeks, depending on the city.",
    quotes: [],
  },
  {
    shape: "a news article with one rhetorical question: no answer quotes, its marked quote still read",
    body: 'Prime Minister Pham Minh Chinh met the visiting Thai delegation in Hanoi on Monday.\n\nWhat does the new partnership mean for ordinary people?\n\nBoth sides expect trade to double by 2030 as tariffs fall.\n\nChinh said the two countries "will open a new chapter of cooperation in every field".',
    quotes: [["Pham Minh Chinh", "will open a new"]],
  },
  {
    shape: "a report with questions inside quotation marks is not a Q&A page: only the marked questions are quotes",
    body: 'Foreign Minister Bui Thanh Son addressed students at the academy on Tuesday.\n\n"Why does Vietnam value multilateralism?" Son asked the audience.\n\nHe answered that small and medium countries gain most from rules that everyone follows.\n\n"What is our role in ASEAN?" he asked again, before turning to the bloc\'s next steps.',
    quotes: [
      ["Bui Thanh Son", "Why does Vietnam value"],
      ["Bui Thanh Son", "What is our role"],
    ],
  },
  {
    shape: "an analysis piece asking two questions with no interview or briefing in its introduction",
    body: "Economist Hoang Van Kien of the national university has followed the trade talks for years.\n\nWill the agreement pass this year?\n\nMost observers expect ratification before the end of the year, though some members remain cautious.\n\nWhat happens if it does not?\n\nExporters would have to wait for another round of negotiations.",
    quotes: [],
  },
  {
    shape: "an explainer with question subheads that reports a spokesperson's words is not her interview",
    body: 'Foreign Ministry spokesperson Pham Thu Hang said at a press conference on Thursday that talks on the sea border would resume.\n\nWhat is the dispute about?\n\nThe two countries have disagreed for years over fishing grounds in the gulf, Hang said.\n\nWhat happens next?\n\nNegotiators will meet in May, and she said both sides wanted "a fair and lasting solution for the fishermen".',
    quotes: [["Pham Thu Hang", "a fair and lasting"]],
  },
  {
    shape: "a debate with two named speakers and replies labelled 'Answer:' leaves the replies unassigned",
    body: "Minister Ana Ruiz: Our two countries will sign the agreement in the spring, after years of talks.\n\nAmbassador Tran Van Hieu: Vietnam welcomes the agreement and the trade it will bring to both sides.\n\nQuestion: When will the first shipments arrive?\n\nAnswer: The first cargoes are expected before the end of the year.\n\nQuestion: Which goods come first?\n\nAnswer: Coffee, fruit and machinery parts lead the list.",
    quotes: [
      ["Ana Ruiz", "Our two countries will"],
      ["Tran Van Hieu", "Vietnam welcomes the agreement"],
    ],
  },
];

describe("answers in interviews and press conferences without labels", () => {
  it.each(answered)("$shape", ({ body, quotes }) => {
    expect(read(body)).toEqual(quotes.map(([s, o]) => [s, o.split(" ").slice(0, 4).join(" ")]));
  });
});

describe("pages with questions that are not interviews", () => {
  it.each(notAnswered)("$shape", ({ body, quotes }) => {
    expect(read(body)).toEqual(quotes.map(([s, o]) => [s, o.split(" ").slice(0, 4).join(" ")]));
  });
});

describe("a doorstop transcript whose answers are labelled by the office alone", () => {
  it("gives each 'Minister:' answer to the minister the heading names, without the label, when the answers name another minister", () => {
    const body = [
      "Question (Kompas): Minister Marsudi, you met the prime minister today. What came out of it?",
      "Minister: I was received by Prime Minister Pham Minh Chinh, and we agreed on a new rice supply arrangement for the next three years.",
      "The rest of the day went to investment, where our firms already run two industrial parks.",
      "Question (Antara): And on the digital economy?",
      "Minister: Our start-ups are ready to work with Vietnamese partners on payments across the border.",
      "Question (Tempo): Will you come back this year?",
      "Minister: I hope to return in October with a larger business delegation from Jakarta.",
    ].join("\n\n");
    const title =
      "Transcript of Minister for Foreign Affairs Retno Marsudi's Doorstop Interview with Indonesian Media in Hanoi";
    expect(
      analyseArticle(body, { title }).quotes.map((q) => [q.speaker, q.text.split(" ").slice(0, 4).join(" ")]),
    ).toEqual([
      ["Retno Marsudi", "I was received by"],
      ["Retno Marsudi", "Our start-ups are ready"],
      ["Retno Marsudi", "I hope to return"],
    ]);
  });
});
