import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

/*
 * A speaker named in full once and shorter later is one person (READING.md: one entry per person under the fullest
 * name); a chiefly style ("Ratu") is an honorific, not a name; a pronoun whose sentence names no one goes back to the
 * role that opened the sentence before; an office written before a name is that person's title, not a reference to
 * another holder.
 */
const people = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-11-20" })
    .entities.filter((e) => e.type === "person")
    .map((p) => p.name);
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-11-20" }).quotes.map((q) => ({
    speaker: q.speaker,
    text: q.text.slice(0, 30),
  }));

describe("a name shortened on second mention", () => {
  it("files a name without its last word under the full name", () => {
    const body =
      'Home Minister Datuk Seri Ahmad Fauzi Rahman opened the forum on Monday.\nAhmad Fauzi said the forum "shows that neighbours can settle their quarrels by talking" before the dinner.';
    expect(people(body)).toEqual(["Ahmad Fauzi Rahman"]);
    expect(quotes(body)[0]?.speaker).toBe("Ahmad Fauzi Rahman");
  });

  it("finds the given name of a surname used alone after a long title it could not read", () => {
    const body =
      'The talks were between Special Envoy to the President on Climate and Energy Security Kamal Rashid and the visiting minister.\n"We need cleaner power and faster grids in both our countries," Mr Rashid said.';
    expect(people(body)).toContain("Kamal Rashid");
    expect(quotes(body)[0]?.speaker).toBe("Kamal Rashid");
  });
});

describe("a chiefly style", () => {
  it("drops 'Ratu' before a Fijian name", () => {
    const body =
      'President Ratu Semisi Vunivalu Tora received the new envoy. "Our islands have much to learn from Vietnam\'s farms," Ratu Semisi said.';
    expect(people(body)).toEqual(["Semisi Vunivalu Tora"]);
    expect(quotes(body)[0]?.speaker).toBe("Semisi Vunivalu Tora");
  });
});

describe("who 'he' is", () => {
  it("follows a pronoun sentence back to the role that opened the sentence before it", () => {
    const body =
      'Senator Paulo Mendes welcomed the delegation led by Deputy Foreign Minister Le Quang Huy. The Vietnamese deputy minister handed over a letter to President Ana Ribeiro. He said Hanoi valued her support.\n"Our farmers and yours grow the same crops and face the same floods," he said.';
    expect(quotes(body)[0]?.speaker).toBe("Le Quang Huy");
  });

  it("reads a role as the subject of a sentence whose verb is not a speech verb", () => {
    const body =
      'Foreign Minister Kofi Mensah held talks with Deputy Prime Minister Tran Luu Quang, the Minister of Finance Ama Boateng attending.\nOn trade, the Deputy Prime Minister briefed the Ghanaian side on new rules. He stated that the rules "will cut the time goods spend at the border by half".';
    expect(quotes(body)[0]?.speaker).toBe("Tran Luu Quang");
  });

  it("reads an office written before a name as that person's title", () => {
    const body =
      'President Luong Cuong met the King on Tuesday.\nSpeaking to reporters, Vietnam\'s Ambassador to Spain Do Van Loc said tourism had doubled. "Spanish visitors now come to Hoi An in every season of the year," he said.\nLuong Cuong flew home on Thursday.';
    expect(quotes(body)[0]?.speaker).toBe("Do Van Loc");
  });
});

describe("a quotation broken after its first line", () => {
  it("runs a short line that opens a quotation on into the next line", () => {
    const body =
      'Foreign Secretary Kamal Hossain opened the talks in Dhaka.\n"Your country\'s path from ruin\nto an exporting giant is one we follow closely," Hossain said at the opening.';
    // One quotation, not its two pieces.
    expect(quotes(body).map((q) => q.speaker)).toEqual(["Kamal Hossain"]);
  });
});

describe("an abbreviation in reported speech", () => {
  it("does not read the stop of 'U.S.' as a sentence end between 'that' and the quotation", () => {
    const body =
      'President Vo Van Thuong met the visiting senator.\nThuong said the sea disputes should be settled peacefully, in line with international law, and that Vietnam wanted the U.S. "to keep playing a constructive part in the region."';
    expect(quotes(body).map((q) => q.speaker)).toEqual(["Vo Van Thuong"]);
  });
});
