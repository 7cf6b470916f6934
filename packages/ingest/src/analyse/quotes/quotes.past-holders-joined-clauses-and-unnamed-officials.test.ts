import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 45: who a role reference points to, and which partial quotations are speech. A reference in the story's present
 * ("the Vietnamese leader said") is not to someone the page names only as a past holder ("then Prime Minister X"); a
 * role opening a clause joined after a comma ("…, and the Vietnamese head of state urged …") is that clause's subject;
 * "the official" after "A senior official …" in its paragraph is that unnamed official. Partials: 'According to him,
 * …, "…"', 'thanked him for "…"', a relative clause the quotation fills (', which "…"'),
 * a label noun's predicate ('said the decision "was not …"'), and a framework's name after its owner (not speech).
 * "the United States" is never the verb "states". Written fresh in the project's own words.
 */
const speakers = (body: string) =>
  analyseArticle(body, { publishedAt: "2025-05-16" }).quotes.map(
    (q) => `${q.speaker}: ${q.text.split(/\s+/).slice(0, 3).join(" ")}`,
  );

describe("a role reference and the one it points to", () => {
  it("passes over a past holder ('then Prime Minister') for the one holding the office now", () => {
    const body = [
      "General Secretary Le Van Minh and President Anna Keller agreed on Monday to raise ties to a new level.",
      "The two countries had set up their first partnership in 2010, during a visit by then Prime Minister Tran Quoc Hai.",
      'For his part, the Vietnamese leader said the ties had matured. "We see your country as a partner for the coming decades," he said.',
    ].join("\n\n");
    expect(speakers(body)).toContain("Le Van Minh: We see your");
    expect(speakers(body)).not.toContain("Tran Quoc Hai: We see your");
  });

  it("reads a role opening a clause joined after a comma as that clause's subject", () => {
    const body = [
      "Talks between President Le Van Minh and Prime Minister Kenji Sato were held in Osaka.",
      '"We will keep building ports with you," Sato told the press.',
      'At a forum the same day, firms of both countries signed ten deals, and the Vietnamese head of state urged investors to look at farming. "Your growth here is our growth," he told the guests.',
    ].join("\n\n");
    expect(speakers(body)).toContain("Le Van Minh: Your growth here");
  });

  it("leaves 'the official' to an official the paragraph introduced with 'a' and never named", () => {
    const body = [
      'Defence Minister Tran Van Long met his visitor in Hanoi. "Our cooperation is steady and open," Long said.',
      'A senior official travelling with the delegation played down talk of an upgrade. "We are not close to that step yet, and we are not pushing," the official said.',
    ].join("\n\n");
    expect(speakers(body)).toEqual(["Tran Van Long: Our cooperation is"]);
  });
});

describe("partial quotations inside reported speech", () => {
  it("takes a partial closing a sentence opened by 'According to him,' past an aside", () => {
    const body = [
      "Chamber President Nguyen Van Binh received the delegation on Tuesday.",
      'According to him, foreign investment, at about US$9 billion in some 1,100 projects, ranks the United States only 12th among investors in the country, "well short of what the two economies could do".',
    ].join("\n\n");
    expect(speakers(body)).toEqual(["Nguyen Van Binh: well short of"]);
  });

  it("takes a partial after 'thanked him for', not a noun phrase after 'for their'", () => {
    const body = [
      'Later, President Kim Min-ho met the football coach and thanked him for "building a bridge between our two peoples."',
      'President Le Van Minh thanked the two states for their "generous and lasting help in the years of war and rebuilding."',
    ].join("\n\n");
    expect(speakers(body)).toEqual(["Kim Min-ho: building a bridge"]);
  });

  it("takes a partial that fills a relative clause after a long reported clause", () => {
    const body =
      'Council President Mark Dalton added that Washington had donated more than 20 million vaccine doses to the country, which "our member companies were proud to help deliver".';
    expect(speakers(body)).toEqual(["Mark Dalton: our member companies"]);
  });

  it("takes words that open with a verb after a label noun as what was said of it", () => {
    const body =
      'Standing beside his host, President John Carter said the decision "was not aimed at any third country," but at ending a long chapter.';
    expect(speakers(body)).toEqual(["John Carter: was not aimed"]);
  });

  it("does not take a partnership's name after its owner for speech", () => {
    const body =
      'Deputy Minister Tran Huy Dong said investors were slower to sign, and that Japan\'s "strategic partnership for peace and prosperity in Asia", agreed in 2009, remained the anchor of the inflow.';
    expect(speakers(body)).toEqual([]);
  });

  it("joins a second quoted sentence to the first when only a longer credit parts them", () => {
    const body =
      'Counsellor Ngo Van Tam spoke to exporters. "We must not compete on price alone. Cheap rice shipped late loses buyers," Mr. Tam told exporters at a meeting in Can Tho, by video link from Manila. "Quality and punctual shipping are our best advertisement."';
    expect(speakers(body)).toEqual(["Ngo Van Tam: We must not"]);
  });
});
