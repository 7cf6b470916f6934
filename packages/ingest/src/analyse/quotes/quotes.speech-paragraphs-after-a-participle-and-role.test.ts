import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 44: wire copy sets a speech off in paragraphs of quotation with no credit of their own, after a paragraph
 * whose one sentence opens on a participle's phrase and then the speaker's role ("Addressing the assembly in French,
 * with an interpreter beside him, the President recalled …"). The role is the speaker. Written fresh in the project's
 * own words.
 */
const speakers = (body: string) =>
  analyseArticle(body, { publishedAt: "2018-11-21" }).quotes.map((q) => `${q.speaker}: ${q.text.slice(0, 18)}`);

describe("a speech's paragraphs after a participle's phrase and a role", () => {
  it("are the role holder's words", () => {
    const body = [
      "President Alain Moreau on Tuesday became the first French head of state to address the assembly in Hanoi.",
      "Addressing the deputies in French, with an interpreter beside him, the President recalled the long ties between the two nations.",
      '"Our two peoples have known war and have chosen peace. We have built schools and hospitals together.',
      '"Today we want more students, more trade and more trust between our two capitals."',
    ].join("\n\n");
    expect(speakers(body)[0]).toBe("Alain Moreau: Our two peoples ha");
  });

  it("are not credited to a role that follows no participle's phrase in a longer paragraph", () => {
    const body = [
      "President Alain Moreau on Tuesday became the first French head of state to address the assembly in Hanoi.",
      "The visit was long planned. Deputies were briefed in advance, the officials said.",
      '"Our two peoples have known war and have chosen peace. We have built schools and hospitals together.',
    ].join("\n\n");
    expect(speakers(body).filter((q) => q.startsWith("Alain Moreau"))).toEqual([]);
  });
});
