import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 47: the people a quote needs. A speaker styled "the Honourable" in lower-case prose, a portfolio word closing
 * an office before the comma, and a hotel named after a royal title are no names of their own. Written in our words.
 */
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => e.name);
const speakers = (body: string) => analyseArticle(body, {}).quotes.map((q) => q.speaker);

describe("the people a quote needs", () => {
  it("drops 'the Honourable' from a speaker's name and keeps a portfolio word in the office", () => {
    const body =
      '"Our exporters want to be the first ones through the door in that market," said the Honourable Mara Lindqvist, Minister of Export Promotion, at the launch.';
    expect(people(body)).toEqual(["Mara Lindqvist"]);
    expect(speakers(body)).toEqual(["Mara Lindqvist"]);
  });

  it("reads no person in a hotel's name after a royal title, so a pronoun keeps its speaker", () => {
    const body = [
      '"Osaka is the right city to talk about trade, and we know it well," Prime Minister Tran Van Son said at the dinner. He added that the students in Japan were "a living link between our two peoples".',
      "Leaders pose for a photo at the Grand Prince Hotel Osaka on Friday.",
    ].join("\n\n");
    expect(people(body)).toEqual(["Tran Van Son"]);
    expect(speakers(body)).toEqual(["Tran Van Son", "Tran Van Son"]);
  });
});
