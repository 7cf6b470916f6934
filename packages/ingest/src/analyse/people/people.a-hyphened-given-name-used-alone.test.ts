import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";
import { peopleOf } from "../testing/people-readings.js";

const names = (body: string) => peopleOf(body).map((p) => p.name);

// Round 57: Mongolian copy calls a person by the hyphened given name that opens a two-word name ("Oyun-Erdene" after
// "Oyun-Erdene Luvsannamsrai"): the same person, and the speaker of what follows. Written fresh in our own words.
describe("a hyphened given name used alone", () => {
  const body =
    'President Batbold Ganzorig welcomed Prime Minister Altan-Ochir Tsedenbal to the talks.\nAltan-Ochir said, "Our market is open to investors from every partner in Asia."';

  it("is the person named in full before", () => {
    expect(names(body)).toEqual(["Batbold Ganzorig", "Altan-Ochir Tsedenbal"]);
  });

  it("credits the quote to that person", () => {
    expect(analyseArticle(body, {}).quotes.map((q) => q.speaker)).toEqual(["Altan-Ochir Tsedenbal"]);
  });
});
