import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";
import { peopleOf, roleRows } from "./testing/people-readings.js";

/*
 * Round 12: shapes behind the misses of the released blind20–23 (interviews, press conferences, wire copy), written
 * fresh in the project's own words. A quote is read as the scorer reads it: the speaker and the first four words.
 */

roleRows("a soldier's rank after a civil office is a second title; a rank written short is spelt out", [
  ["Defence Minister Gen. Tran Van Hoa opened the fair.", "Tran Van Hoa", ["Defence Minister", "General"]],
  [
    "Deputy Defence Minister Sen. Lt. Gen. Le Quang Binh met the delegation.",
    "Le Quang Binh",
    ["Deputy Defence Minister", "Senior Lieutenant General"],
  ],
  ["Prime Minister General Somchai Rattana arrived on Monday.", "Somchai Rattana", ["Prime Minister", "General"]],
  [
    "Lt. Col. Dao Minh Tuan, the hospital's director, said the team was ready.",
    "Dao Minh Tuan",
    ["Lieutenant Colonel"],
  ],
  // An office whose last word is "General" stays one office.
  ["Attorney General Laura Finch said the case was closed.", "Laura Finch", ["Attorney General"]],
]);

roleRows("'emeritus' belongs to a professor's title, after it or before it", [
  [
    '"We will see," said Mark Ellis, a professor emeritus at a university in Sydney.',
    "Mark Ellis",
    ["professor emeritus at a university"],
  ],
  ["Professor Emeritus Ruth Kane wrote the report.", "Ruth Kane", ["Professor Emeritus"]],
  [
    "Ruth Kane, an emeritus professor at a Sydney university, wrote the report.",
    "Ruth Kane",
    ["emeritus professor at a Sydney university"],
  ],
]);

roleRows("a body's name runs to the acronym in brackets after it, whatever its last word", [
  [
    "Economist Pham Thu Ha, former deputy head of the Institute for Economic Management (IEM), was cautious.",
    "Pham Thu Ha",
    ["Economist", "former deputy head of the Institute for Economic Management"],
  ],
]);

roleRows(
  "an office after 'as' is the person's, after an appointing verb or in a 'who … served as' clause",
  [
    [
      "The party on Friday re-elected Tran Quoc Viet as its general secretary.",
      "Tran Quoc Viet",
      ["general secretary"],
    ],
    [
      "The congress elected Le Van Minh, Politburo member, as General Secretary of the Party Central Committee.",
      "Le Van Minh",
      ["Politburo member", "General Secretary"],
    ],
    [
      "President Vo Thanh Nam, who also served briefly as prime minister, will travel to Jakarta.",
      "Vo Thanh Nam",
      ["President", "prime minister"],
    ],
    // "as" with no appointing or serving verb, or a title that is someone else's, gives nothing.
    ["Hanoi welcomed President Le Van Tam as President Biden's guest.", "Le Van Tam", ["President"]],
    ["The board named Minister Le Quang Vu as a member of the council.", "Le Quang Vu", ["Minister"]],
  ],
  { ignoreCase: true },
);

describe("a person cued only by surname is the one the text names in full elsewhere", () => {
  it("takes the given name written once before the surname with no cue", () => {
    const body =
      'For Daniel Hooper, the visit says more about Hanoi than about Canberra.\n\n"Hanoi keeps every door open," Professor Hooper said.';
    expect(peopleOf(body)).toEqual([{ name: "Daniel Hooper", roles: ["Professor"] }]);
  });
  it("keeps the surname alone when two given names compete for it", () => {
    const body =
      'For Daniel Hooper and Anna Hooper, the visit was a surprise.\n\n"Hanoi keeps every door open," Professor Hooper said.';
    expect(peopleOf(body).map((p) => p.name)).toEqual(["Hooper"]);
  });
});

const quotesOf = (body: string) =>
  analyseArticle(body, {}).quotes.map((q) => [
    q.speaker,
    (q.text.match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(0, 4).join(" ").replace(/’/g, "'"),
  ]);

const cases: Array<{ shape: string; body: string; quotes: string[][] }> = [
  {
    shape: "a role reference with its state after the noun ('the President of Russia') is that state's leader",
    body: 'Alexei Markov held talks with President Tran Minh Duc.\n\nIn his statement, Alexei Markov noted: "Vietnam is our old and trusted partner in the region."\n\n"Russia remains a friend we can rely on in every season," President Tran Minh Duc said.\n\nThe President of Russia said trade had grown. "We have agreed to start talks on a free trade zone," he said.',
    quotes: [
      ["Alexei Markov", "Vietnam is our old"],
      ["Tran Minh Duc", "Russia remains a friend"],
      ["Alexei Markov", "We have agreed to"],
    ],
  },
  {
    shape: "a relative clause after a name and its office in apposition is the named person's",
    body: 'President Ana Souza held talks with Prime Minister Le Thanh Son and later met Dinh Van Hai, general secretary of the Communist Party of Vietnam, who praised Brazil as "our most important partner in the whole region."',
    quotes: [["Dinh Van Hai", "our most important partner"]],
  },
  {
    shape: "'what he called' is the subject's own phrase, however far the sentence's verb stands",
    body: 'President Jonah Pratt on Monday announced the end of a long ban on arms sales to Vietnam, removing what he called "a lingering relic of a long war" on the first day of his visit.',
    quotes: [["Jonah Pratt", "a lingering relic of"]],
  },
  {
    shape: "a partial quotation in reported words, credited by ', he said' after it",
    body: 'Minister Nguyen Van Ba visited Vientiane.\n\nA new accord would give workers "clear rights and a clear path to legal work", he said.',
    quotes: [["Nguyen Van Ba", "clear rights and a"]],
  },
  {
    shape: "a reference with an age before its noun ('the 62-year-old leader')",
    body: 'President Tran Van Sang arrived in Delhi on Tuesday.\n\n"The East Sea is an important route for both our countries," the 62-year-old leader said.',
    quotes: [["Tran Van Sang", "The East Sea is"]],
  },
  {
    shape: "'the expert' is the one named with a research centre's post",
    body: 'Li Wenhua, director of the Center for Southeast Asian Studies at a Beijing academy, said observers had misread Hanoi.\n\n"The new partnerships are mostly about trade and technology," the expert said.',
    quotes: [["Li Wenhua", "The new partnerships are"]],
  },
  {
    shape: "a long office with 'of the' before the name leaves the name the subject, not an object",
    body: '"The people of this city have shown the whole world what peace looks like," Kim Jong Un wrote. Chairman of the Hanoi People\'s Committee Nguyen Duc Chung said the city had hosted 3,000 journalists. Hosting cost about VND70 billion, he said, "a small price for a very large return."',
    quotes: [
      ["Kim Jong Un", "The people of this"],
      ["Nguyen Duc Chung", "a small price for"],
    ],
  },
  {
    shape: "straight marks padded with spaces, as French guillemets are printed, open and close a quotation",
    body: 'Prime Minister Paul Girard visited Hanoi.\n\nMr Girard said: " Ce partenariat est un point de départ pour nous. " (This partnership is a starting point.)\n\nHe smiled. " Nous avons quarante ans d\'amitié ", he added.',
    quotes: [
      ["Paul Girard", "Ce partenariat est un"],
      ["Paul Girard", "Nous avons quarante ans"],
    ],
  },
];

describe("quotes in the attribution shapes of round 12", () => {
  it.each(cases)("$shape", ({ body, quotes }) => {
    expect(quotesOf(body)).toEqual(quotes);
  });
});
