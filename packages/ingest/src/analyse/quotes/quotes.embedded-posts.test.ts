import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 44: a news page embeds a leader's social post. The cleaner takes the post's timestamp and its counts away and
 * leaves the account's display name (perhaps with an @handle) on its own line and the post's words on the next. Those
 * words are the account holder's quote: the person the header names, or the subject of the sentence that introduces
 * the post. Written fresh in the project's own words.
 */
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-03-02" }).quotes.map((q) => `${q.speaker}: ${q.text.slice(0, 20)}`);

describe("an embedded social post's words", () => {
  it("are the quote of the introducing sentence's subject under a display name the page does not use", () => {
    const body = [
      "President Ana Lima of Brazil held talks in Hanoi with President Vo Van Thuong on Friday.",
      "Lima later met business leaders at a trade forum.",
      "In a post on her official Facebook page that evening, the President thanked her hosts:",
      "Aninha Lima",
      "Warm and useful talks with President Vo Van Thuong today. Our farmers and factories both gain.",
      '"Nobody loses from a fair bargain with a good neighbour," the President told reporters at the airport.',
    ].join("\n\n");
    const found = quotes(body);
    expect(found).toContain("Ana Lima: Warm and useful talk");
    // The name inside the post is not who "the President" points back to afterwards.
    expect(found).toContain("Ana Lima: Nobody loses from a ");
  });

  it("are the quote of the person named in a header with an @handle", () => {
    const body = [
      "Trade Minister Paulo Reis welcomed the accord.",
      "Paulo Reis @ReisTrade",
      "Signed this morning with my counterpart: a new chapter for coffee and rice trade.",
    ].join("\n\n");
    expect(quotes(body)).toEqual(["Paulo Reis: Signed this morning "]);
  });

  it("are not read after a short line that no introduction or handle marks as a post's header", () => {
    const body = [
      "The ministry published the schedule on Monday.",
      "Key dates",
      "Ministers will meet on Tuesday and sign the accord on Wednesday in Hanoi.",
    ].join("\n\n");
    expect(quotes(body)).toEqual([]);
  });
});

describe("a social platform's name", () => {
  it("is no person, even after a word like 'official'", () => {
    const people = analyseArticle("The minister wrote on his official Facebook page that the talks went well.", {
      publishedAt: "2024-03-02",
    }).entities.filter((e) => e.type === "person");
    expect(people).toEqual([]);
  });
});
