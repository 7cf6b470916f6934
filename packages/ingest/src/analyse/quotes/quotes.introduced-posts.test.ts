import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 49: a social post the story introduces with a colon ("The minister posted on X:") and prints on the next
 * paragraph, with no header line, is the author's quote: the person the introducing sentence names before its verb of
 * posting, or the person whose initials sign a post on an institution's account. Written fresh in the project's own
 * words.
 */
const quotes = (body: string) =>
  analyseArticle(body, { publishedAt: "2024-05-02" }).quotes.map((q) => `${q.speaker}: ${q.text.slice(0, 20)}`);

describe("a social post introduced with a colon", () => {
  it("is the quote of the person named just before the verb of posting, past an opening phrase naming another", () => {
    const body = [
      "Trade Minister Rosa Quispe of Peru met President Luis Arce of Bolivia and Prime Minister Ana Ruiz in La Paz.",
      "In a later post, after her talks with the prime minister, Quispe wrote:",
      "Warm talks with the Prime Minister this evening. Our ports and farmers will both gain from this.",
    ].join("\n\n");
    expect(quotes(body)).toEqual(["Rosa Quispe: Warm talks with the "]);
  });

  it("is the quote of the person whose initials sign a post on an institution's account", () => {
    const body = [
      "Ambassador Maria Lopes was among the first to react. Her message on the embassy's account was shared widely:",
      "Deeply worried by the clashes at sea this week. Disputes must be settled by talks, not force. -ML",
    ].join("\n\n");
    expect(quotes(body)).toEqual(["Maria Lopes: Deeply worried by th"]);
  });

  it("is no quote when the introducing sentence names no post and no network", () => {
    const body = [
      "Trade Minister Rosa Quispe of Peru met her Bolivian counterpart in La Paz on Friday.",
      "The agenda of the meeting was as follows:",
      "Copper exports and fruit quotas. Shipping through the port of Ilo.",
    ].join("\n\n");
    expect(quotes(body)).toEqual([]);
  });
});

describe("the network X", () => {
  it("is no person after 'official'", () => {
    const people = analyseArticle("The minister shared photos on his official X account after the talks.", {
      publishedAt: "2024-05-02",
    }).entities.filter((e) => e.type === "person");
    expect(people).toEqual([]);
  });
});
