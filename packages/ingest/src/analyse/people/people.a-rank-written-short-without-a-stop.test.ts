import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";
import { peopleOf } from "../testing/people-readings.js";

const names = (body: string) => peopleOf(body).map((p) => p.name);

// Round 57: British and Thai copy writes a rank short with no full stop before the one name a leader is known by
// ('Gen Prayut said'). "Gen" is a given name too ("Gen Nakatani"), so it is a rank only before a word naming someone
// the page has named in full. Written fresh in the project's own words.
describe("a rank written short without a stop", () => {
  const body =
    'Prime Minister Somchai Rattanakul met the visiting Vietnamese delegation at Government House.\n"Our two economies are partners in one supply chain," Gen Somchai said.';

  it("is the rank of the person named in full before, not a new person", () => {
    expect(names(body)).toEqual(["Somchai Rattanakul"]);
  });

  it("credits the quote to that person", () => {
    expect(analyseArticle(body, {}).quotes.map((q) => q.speaker)).toEqual(["Somchai Rattanakul"]);
  });

  it("stays part of a name nobody else in the page shares", () => {
    expect(names("Defence Minister Gen Tanabe met his counterpart in Tokyo on Monday.")).toContain("Gen Tanabe");
  });
});
