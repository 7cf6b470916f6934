import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 49: '"…", in the words of Dr X,' credits X with no verb of speech; a woman named only as the object of that
 * credit is the "she" of the next quotation, before a man who was the subject further back; a quotation opening a new
 * sentence after a credited one is not taken by the sentence after it when that sentence brings in a quotation of its
 * own; a lower-case quotation in the first person is the speaker's voice even beside an agreement.
 */
const speakers = (body: string) =>
  analyseArticle(body, { publishedAt: "2012-01-10" }).quotes.map(
    (q) => `${q.speaker}: ${q.text.split(" ").slice(0, 3).join(" ")}`,
  );

describe("a credit after the quotation with no verb", () => {
  const body = [
    '"Joining was the easy part of the journey," said Deputy Minister Le Van Binh.',
    'Yet "too little of the profit stays in the country", in the words of Dr Tran Thi Lan, an economist at a state institute. "We ship the raw fibre and buy back the shirt," she said.',
  ].join("\n\n");

  it("gives the words to the one 'in the words of' names", () => {
    expect(speakers(body)).toContain("Tran Thi Lan: too little of");
  });

  it("gives the next 'she said' to the woman named as its object", () => {
    expect(speakers(body)).toContain("Tran Thi Lan: We ship the");
    expect(speakers(body)).not.toContain("Le Van Binh: We ship the");
  });
});

describe("a quotation after a credited sentence", () => {
  it("runs on with the speaker before, not one who brings in a quotation of their own next", () => {
    const body =
      '"We do not give this title lightly," Hale said at the ceremony. "It shows what the country has built over twenty years." Minister Do Van Tam replied that the pact would "open a new page for both our peoples".';
    const read = speakers(`Foreign Secretary Arthur Hale met Minister Do Van Tam in London.\n\n${body}`);
    expect(read).not.toContain("Do Van Tam: It shows what");
    expect(read).toContain("Do Van Tam: open a new");
  });
});

describe("first-person words beside an agreement", () => {
  it("keeps them as the speaker's", () => {
    const body =
      'President Anna Kowal praised the talks and said both sides wanted the agreement signed "before the summer if we can manage it."';
    expect(speakers(body)).toEqual(["Anna Kowal: before the summer"]);
  });
});
