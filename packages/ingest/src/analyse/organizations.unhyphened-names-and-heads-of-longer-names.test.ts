import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

// Round 35: a long name printed without the hyphen of its compound, and a known alias that is only a head ("Customs
// Union") after the capitalised words of another bloc's name. Sentences written for the tests.
const orgs = (text: string) =>
  analyseArticle(text, {})
    .entities.filter((e) => e.type === "organization")
    .map((e) => ({ name: e.name, surfaces: e.mentions.map((m) => m.surface) }));

describe("a long name written without its hyphen", () => {
  it("is the listed body, under the surface the page prints", () => {
    const found = orgs(
      "Both states take part in the Conference on Interaction and Confidence Building Measures in Asia.",
    );
    expect(found.map((o) => o.name)).toEqual(["Conference on Interaction and Confidence-Building Measures in Asia"]);
    expect(found[0]?.surfaces).toContain("Conference on Interaction and Confidence Building Measures in Asia");
  });

  it("leaves a short hyphened name's two words alone", () => {
    expect(orgs("Rice from the Mekong Japan buys most of is grown in the south.")).toEqual([]);
  });
});

describe("a head-only alias after another bloc's words", () => {
  it("reads the longer bloc, not the one the alias names", () => {
    expect(orgs("Exporters eye the Southern African Customs Union market.").map((o) => o.name)).toEqual([
      "Southern African Customs Union",
    ]);
  });

  it("still names its own body alone or opening a sentence", () => {
    expect(orgs("Kazakhstan joined the Customs Union in 2010.").map((o) => o.name)).toEqual(["Eurasian Customs Union"]);
    expect(orgs("The Customs Union took effect in 2010.").map((o) => o.name)).toEqual(["Eurasian Customs Union"]);
  });
});

// Round 49: the bloc written out by its member states is read whole, so its mention carries the full name; its head
// before "of" is a mention too, as readers write the bloc either way.
describe("the Customs Union written out by its members", () => {
  it("is the bloc under the whole name the page prints", () => {
    const found = orgs(
      "Hanoi hopes to open trade talks with the Customs Union of Russia, Belarus and Kazakhstan next year.",
    );
    expect(found.map((o) => o.name)).toEqual(["Eurasian Customs Union"]);
    expect(found[0]?.surfaces).toEqual(["Customs Union of Russia, Belarus and Kazakhstan", "Customs Union"]);
  });

  it("still names each member state the name lists", () => {
    const countries = analyseArticle(
      "Hanoi hopes to open trade talks with the Customs Union of Russia, Belarus and Kazakhstan next year.",
      {},
    )
      .entities.filter((e) => e.type === "country")
      .map((e) => e.name);
    expect(countries).toEqual(expect.arrayContaining(["Belarus", "Kazakhstan"]));
  });
});
