import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";
import { peopleOf, roleRows } from "./testing/people-readings.js";

/*
 * Shapes met on pages nobody tuned for (round 13), written afresh: a speaker introduced with an age and an occupation
 * the title lists do not hold; the level of a local body written lower-case inside its name; an event's year inside
 * the name of the body that runs it; corporate and academic titles written in lower case; a quotation whose opening
 * words are too short to count alone; a partial quotation after what a document "reflected".
 */
const quotesOf = (body: string) =>
  analyseArticle(body, {}).quotes.map((q) => [q.speaker, q.text.split(/\s+/).slice(0, 4).join(" ")]);

describe("a speaker introduced with an age before the aside", () => {
  it("reads the name when an age and an occupation stand between it and the speech verb", () => {
    const body =
      "Shoppers were less sure. Le Thi Hoa, 52, a noodle seller near the market, said prices had gone up twice this year.";
    expect(peopleOf(body).map((p) => p.name)).toEqual(["Le Thi Hoa"]);
  });

  it("reads the name when the aside after the age runs long and holds commas of its own", () => {
    const body =
      "Families waited at the border. Pham Thi Hoa, 41, a baker from Odesa who lived in Kyiv, Ukraine, for nine years with her husband and three sons, said they had packed in an hour.";
    expect(peopleOf(body).map((p) => p.name)).toEqual(["Pham Thi Hoa"]);
  });

  it("does not read a capitalised noun before a count as a speaker", () => {
    expect(peopleOf("The squad, 23, a record for the club, said nothing more.")).toEqual([]);
  });
});

roleRows("the level of a local body inside its name", [
  [
    "Vo Van Minh, Secretary of the provincial Party Committee, opened the fair.",
    "Vo Van Minh",
    ["Secretary of the provincial Party Committee"],
  ],
  [
    "Deputy Secretary of the city Party Committee Nguyen Thi Le welcomed the guests.",
    "Nguyen Thi Le",
    ["Deputy Secretary of the city Party Committee"],
  ],
]);

roleRows("an event's year inside the name of the body that runs it", [
  [
    "Tran Van Son, Vice Chairman of the ASEAN 2030 National Committee, said the venues were ready.",
    "Tran Van Son",
    ["Vice Chairman of the ASEAN 2030 National Committee"],
  ],
  // A year that does not stand between two words of the name ends it.
  [
    "Le Van Tam, Chairman of the ASEAN Committee 2030 onwards, said so.",
    "Le Van Tam",
    ["Chairman of the ASEAN Committee"],
  ],
]);

roleRows(
  "lower-case titles whose last word is a head",
  [
    [
      "Mai Anh Tuan, chief operating officer of the port group, said volumes rose.",
      "Mai Anh Tuan",
      ["chief operating officer"],
    ],
    [
      "Rachel Moore, an emeritus professor at a university in Sydney, said so.",
      "Rachel Moore",
      ["emeritus professor at a university"],
    ],
    ["Germany's finance minister Lena Brandt said the fund was open.", "Lena Brandt", ["finance minister"]],
  ],
  { ignoreCase: true },
);

describe("a quotation opened by words too short to count alone", () => {
  it("starts at the short opening when the attribution alone parts it from the rest", () => {
    const body =
      'Prime Minister Anna Berg arrived in Hanoi on Sunday.\n\n"We are ready," Berg told reporters at the airport. "Our companies want to build ports, railways and power lines here."';
    expect(quotesOf(body)).toEqual([["Anna Berg", "We are ready Our"]]);
  });

  it("leaves a short greeting out when another sentence stands before the next quotation", () => {
    const body =
      'Prime Minister Anna Berg arrived in Hanoi on Sunday.\n\n"Good morning," Berg said. She then walked to the car. "Our companies want to build ports, railways and power lines here," she said.';
    expect(quotesOf(body)).toEqual([["Anna Berg", "Our companies want to"]]);
  });
});

describe("a partial quotation after what a document reflected", () => {
  it("is the speaker's verdict, not the document's wording", () => {
    const body =
      'Prime Minister Pham Minh Chinh arrived in Wellington on Monday.\n\nMr Chinh said the new accord reflected "a depth of trust that few partners share" between the two nations.';
    expect(quotesOf(body)).toEqual([["Pham Minh Chinh", "a depth of trust"]]);
  });
});

describe("a mayor referred to by the office", () => {
  it("credits 'the mayor said' to the mayor named before", () => {
    const body =
      'Mayor Ana Ruiz of Valencia met the delegation on Friday.\n\n"Our port and yours can share far more than cargo schedules," the mayor said after the meeting.';
    expect(quotesOf(body)).toEqual([["Ana Ruiz", "Our port and yours"]]);
  });
});

roleRows(
  "a lower-case plural title before two names",
  [
    [
      "Ties grew after then-presidents Lee Myung-bak and Nguyen Minh Triet met in Seoul.",
      "Lee Myung-bak",
      ["president"],
    ],
    [
      "Ties grew after then-presidents Lee Myung-bak and Nguyen Minh Triet met in Seoul.",
      "Nguyen Minh Triet",
      ["president"],
    ],
    // A mixed-case title ("Foreign ministers") is not read as its bare lower-case head.
    ["Foreign ministers Wang Yi and Bui Thanh Son spoke.", "Wang Yi", []],
  ],
  { ignoreCase: true },
);
