import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";
import { roleRows } from "./testing/people-readings.js";

/*
 * Shapes met on the released round-14 sets, written afresh: what an office is "in charge of"; a two-word portfolio
 * joined by "and" before a head; a seat at a body held "to" it; a state styled with "of" inside after a portfolio; a
 * rank stacked after a lower-case office; a label line crediting the paragraphs below it; "went on" as a speech verb.
 */
const quotesOf = (body: string) =>
  analyseArticle(body, {}).quotes.map((q) => [q.speaker, q.text.split(/\s+/).slice(0, 4).join(" ")]);

roleRows("what an office is in charge of is part of it", [
  [
    "Sok Vanna, senior minister in charge of water resources, said the canal would open in May.",
    "Sok Vanna",
    ["senior minister in charge of water resources"],
  ],
  [
    "Deputy Prime Minister in charge of economic affairs Tran Luu Quang signed the decree.",
    "Tran Luu Quang",
    ["Deputy Prime Minister in charge of economic affairs"],
  ],
  // The phrase closes at a comma and never swallows the name or the verb after it.
  [
    "Le Van Thanh, the official in charge of the file, declined to comment.",
    "Le Van Thanh",
    ["official in charge of the file"],
  ],
]);

roleRows("a portfolio of two words joined by “and” before the head", [
  [
    "Natural Resources and Environment Minister Dang Quoc Khanh visited the dyke.",
    "Dang Quoc Khanh",
    ["Natural Resources and Environment Minister"],
  ],
  [
    "The plan was drawn up under Maritime Affairs and Fisheries Minister Sakti Trenggono's policy.",
    "Sakti Trenggono",
    ["Maritime Affairs and Fisheries Minister"],
  ],
  // A name before "and" is the first of two people, not a portfolio.
  ["He said Widodo and Trade Minister Enggar Lukita had met.", "Enggar Lukita", ["Trade Minister"]],
]);

roleRows("a seat at a body is held to it; an ambassador serves where he is sent", [
  [
    "Nguyen Thi Lan, Permanent Representative to the United Nations, addressed the council.",
    "Nguyen Thi Lan",
    ["Permanent Representative to the United Nations"],
  ],
  ["Tran Van Hoa, Vietnam's ambassador to the EU, attended the forum.", "Tran Van Hoa", ["ambassador"]],
]);

roleRows("a state styled with “of” inside, after a portfolio, is the holder's country", [
  [
    "Minister of Foreign Affairs of the Socialist Republic of Viet Nam Bui Thanh Son arrived on Monday.",
    "Bui Thanh Son",
    ["Minister of Foreign Affairs"],
  ],
  [
    "The Minister for Foreign Affairs of the Kingdom of Thailand, Maris Sangiampongsa, spoke first.",
    "Maris Sangiampongsa",
    ["Minister for Foreign Affairs"],
  ],
  // Inside a body's name the state stays.
  [
    "Speaker of the National Assembly of the Republic of Korea Woo Won-shik came.",
    "Woo Won-shik",
    ["Speaker of the National Assembly of the Republic of Korea"],
  ],
]);

roleRows("a rank stacked after a lower-case office and a judge's title", [
  [
    "Coast guard director First Admiral Ahmad Zaki said the boats were seized at night.",
    "Ahmad Zaki",
    ["director", "First Admiral"],
  ],
  ["Judge Rosnah Idris fined each skipper.", "Rosnah Idris", ["Judge"]],
  ["Mark Tran, the assistant secretary of state, spoke first.", "Mark Tran", ["assistant secretary of state"]],
]);

describe("a label line credits the quotations below it", () => {
  it("credits each paragraph under “Remarks by …:” to the person it names", () => {
    const body = [
      "The two ministers met in Canberra on Friday.",
      "Remarks by Minister for Trade Sarah Boyle:",
      '"Our exporters have waited a long time for rules this clear, and they will use them well."',
    ].join("\n\n");
    expect(quotesOf(body)).toEqual([["Sarah Boyle", "Our exporters have waited"]]);
  });

  it("does not credit a label that names no speech", () => {
    const body = [
      "The two ministers met in Canberra on Friday.",
      "Meeting with Minister for Trade Sarah Boyle:",
      '"Our exporters have waited a long time for rules this clear, and they will use them well."',
    ].join("\n\n");
    expect(quotesOf(body).map(([speaker]) => speaker)).not.toContain("Sarah Boyle");
  });
});

describe("“went on” after a quotation is a speech verb", () => {
  it("credits the role that went on to the person holding it", () => {
    const body = [
      "Spokesperson Pham Thu Hang said the talks had gone well for both sides.",
      '"The agreement is a milestone," the Spokesperson went on, "and it opens room for cooperation in energy."',
    ].join("\n\n");
    expect(quotesOf(body)).toContainEqual(["Pham Thu Hang", "The agreement is a"]);
  });
});

describe("a role reference with its portfolio", () => {
  it("credits the minister whose office holds the portfolio words, not the minister named last", () => {
    const body = [
      "Health Minister Ana Ruiz opened the clinic, and Foreign Minister Luis Vega met the visitors later.",
      '"Every district will have a doctor by next year," the Health Minister said.',
    ].join("\n\n");
    expect(quotesOf(body)).toEqual([["Ana Ruiz", "Every district will have"]]);
  });
});
