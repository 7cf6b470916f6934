import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";
import { analyseArticle } from "../index.js";

/*
 * Round 47: a video's transcript that labels each turn in square brackets instead of before a colon, and a programme
 * whose host opens it with a turn that says something before it asks. Written in our own words.
 */
describe("turns labelled in square brackets", () => {
  it("credits each bracketed turn, anchor, reporter and interviewee, to the person its label names", () => {
    const body = [
      "Leaders met online for the Mekong summit on Friday.",
      "[Anchor Lim Soo-min] Leaders of the Mekong countries met by video link today. Choi Han-byul reports.",
      "[Reporter Choi Han-byul] The host opened the session from a hall with no audience at all.",
      '[Tran Van Long, Deputy Minister of Planning] "We will double the budget for the river basin by next year."',
      "[Reporter Choi Han-byul] The next meeting is planned for the spring in Bangkok.",
    ].join("\n\n");
    expect(read(body)).toEqual([
      ["Lim Soo-min", "Leaders of the Mekong"],
      ["Choi Han-byul", "The host opened the"],
      ["Tran Van Long", "We will double the"],
      ["Choi Han-byul", "The next meeting is"],
    ]);
  });

  it("reads a bracketed label's name before a post written in lower case", () => {
    const body = [
      "[Presenter Kwon Da-eun] The talks in Hanoi ended a day early, and the trade deal is on hold.",
      "[Ngo Thi Lan, researcher at the Institute of Economics] Hanoi still wants the deal signed before the year is out.",
    ].join("\n\n");
    expect(read(body)).toEqual([
      ["Kwon Da-eun", "The talks in Hanoi"],
      ["Ngo Thi Lan", "Hanoi still wants the"],
    ]);
  });
});

describe("a programme's opening host", () => {
  it("quotes the host whose only turn states something before it asks, and reads the host as a person", () => {
    const body = [
      "In this episode, hosts Mai Linh Dao and Oliver Grant talk to an economist about the trade talks.",
      "Mai Linh Dao: Everyone in the capital was watching the talks. What did the country gain from them?",
      "Tran Quoc Bao: It gained a seat at the table and a deadline both sides accepted.",
      "Oliver Grant: But the deadline is only a promise, not a treaty.",
      "Tran Quoc Bao: A promise made in public is hard to walk away from.",
    ].join("\n\n");
    const a = analyseArticle(body, {});
    expect(a.entities.filter((e) => e.type === "person").map((e) => e.name)).toContain("Mai Linh Dao");
    expect(read(body)[0]).toEqual(["Mai Linh Dao", "Everyone in the capital"]);
  });

  it("still drops a reporter's question that opens a briefing after the spokesperson", () => {
    const body = [
      "Spokesperson Le Thu Trang held the regular briefing.",
      "Spokesperson Le Thu Trang: Vietnam welcomes the talks and hopes they continue in good faith.",
      "Quang Vu Minh: Thank you. Will Vietnam send an observer to the talks next month?",
      "Spokesperson Le Thu Trang: We will announce our delegation in due course, as usual.",
    ].join("\n\n");
    expect(read(body).map(([s]) => s)).toEqual(["Le Thu Trang", "Le Thu Trang"]);
  });
});
