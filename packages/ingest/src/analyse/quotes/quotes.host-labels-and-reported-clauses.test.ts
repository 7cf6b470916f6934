import { describe, expect, it } from "vitest";
import { quoteOpenings as read } from "../../testing/quote-openings.js";
import { analyseArticle } from "../index.js";

// Pages from the partner's side: a leader's office prints its own transcripts and readouts. Each case was written with
// its reading before the extractor ran on it; a quote is read as the scorer reads it (speaker, first four words).
const peopleOf = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => e.name);

describe("a transcript's label of an office alone", () => {
  it("names the holder of that office whom no other label names", () => {
    const body = [
      "Remarks by President Alexander Stubb and President of Viet Nam Luong Cuong at Mantyniemi",
      "PRESIDENT: Welcome to Helsinki, President Luong Cuong. Our countries have worked together on water and forests for fifty years.",
      "PRESIDENT LUONG CUONG (THROUGH INTERPRETER): Thank you, President Stubb. Viet Nam values Finnish know-how in clean energy and education.",
      "QUESTION (YLE): Will Finland open a trade office in Hanoi?",
      "PRESIDENT: We are looking at it closely, and our companies are asking for it.",
    ].join("\n");
    expect(read(body)).toEqual([
      ["Alexander Stubb", "Welcome to Helsinki President"],
      ["Luong Cuong", "Thank you President Stubb"],
      ["Alexander Stubb", "We are looking at"],
    ]);
  });

  it("stays unread when two holders are left, none of them named by a label", () => {
    const body = [
      "Prime Minister Mark Carney met Prime Minister Pham Minh Chinh in Ottawa.",
      "PRIME MINISTER: Canada and Viet Nam will open new air routes next spring.",
      "PRIME MINISTER: We will also work on a new agreement on seasonal workers.",
    ].join("\n");
    expect(read(body)).toEqual([]);
  });
});

describe("a speaker written after the verb", () => {
  it("is the role right after 'said', not a name the clause governs by a preposition", () => {
    const body =
      'President Alexander Van der Bellen hosted Prime Minister Pham Minh Chinh in Vienna.\n\n"Austria wants to be the door for Vietnamese goods into Central Europe," said the President at a dinner for Prime Minister Chinh.';
    expect(read(body)).toEqual([["Alexander Van der Bellen", "Austria wants to be"]]);
  });

  it("reads a bare office as any of its portfolios ('Minister X', then 'the Trade Minister')", () => {
    const body =
      'Minister Kyriakos Pierrakakis welcomed Deputy Minister Nguyen Sinh Nhat Tan to Athens.\n\n"Greek shipping and Vietnamese ports need each other more than ever," said the Trade Minister at the lunch he gave for Deputy Minister Tan.';
    expect(read(body)).toEqual([["Kyriakos Pierrakakis", "Greek shipping and Vietnamese"]]);
  });
});

describe("words quoted inside reported speech", () => {
  it("belong to the role opening the reported clause, not to the one reporting it", () => {
    const body =
      'Vice President Vo Thi Anh Xuan met President Bola Tinubu in Abuja.\n\nThe presidency spokesman Bayo Onanuga said the vice president thanked Nigeria for its hospitality and described the two economies as "natural partners in rice, cashew and oil."';
    expect(read(body)).toEqual([["Vo Thi Anh Xuan", "natural partners in rice"]]);
  });

  it("stay with the reporter when the clause is about a thing, not a person", () => {
    const body =
      'Spokesman Bayo Onanuga said the agreement covered rice and cashew and described it as "a model for trade between our continents."';
    expect(read(body)).toEqual([["Bayo Onanuga", "a model for trade"]]);
  });

  it("after 'responded that' are the responder's", () => {
    const body =
      'Prime Minister Christopher Luxon met Prime Minister Pham Minh Chinh. Prime Minister Chinh responded that Viet Nam wanted "more New Zealand dairy and kiwifruit on our shelves," and invited Luxon to Hanoi.';
    expect(read(body)).toEqual([["Pham Minh Chinh", "more New Zealand dairy"]]);
  });
});

describe("people beside an apposition", () => {
  it("reads no one in a building named between commas before a title", () => {
    const body =
      "President Ferdinand Marcos Jr. received, at the Malacanang Palace, the Deputy Prime Minister of Viet Nam, Tran Hong Ha, on Monday.";
    expect(peopleOf(body)).not.toContain("Malacanang Palace");
  });
});
