import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const ind = (body: string, title?: string) =>
  analyseArticle(body, title ? { title } : {}).indicators.map(({ value, unit }) => ({ value, unit }));

describe("a disaster's toll on a page about that disaster", () => {
  const toll = "The cyclone has killed 85 people and flooded some 40,000 houses along the coast.";

  it("reads the toll when the headline names the disaster", () => {
    expect(ind(toll, "Canada sends cyclone relief to coastal Bangladesh")).toEqual([
      { value: 85, unit: "people" },
      { value: 40000, unit: "houses" },
    ]);
  });

  it("leaves out the other counts of a toll sentence", () => {
    expect(ind("The storm damaged bridges in three provinces.", "Canada sends cyclone relief to Bangladesh")).toEqual(
      [],
    );
  });

  it("leaves the toll out when the story is about something else", () => {
    expect(ind(toll, "Canada and Bangladesh sign a trade accord")).toEqual([]);
  });

  it("leaves out an earlier disaster's toll dated by its year", () => {
    expect(ind("A cyclone in 2019 killed 40 people in the same districts.", "Canada sends cyclone relief")).toEqual([]);
  });
});

describe("an amount restated after 'the' with its currency sign", () => {
  it("reads 'of the NZ$2 million' after the NZ$2 million as the same amount", () => {
    expect(
      ind("Wellington pledged NZ$2 million in aid. Of the NZ$2 million, NZ$800,000 goes to the Red Cross."),
    ).toEqual([
      { value: 2000000, unit: "NZD" },
      { value: 800000, unit: "NZD" },
    ]);
  });

  it("keeps a second amount of the same size that no determiner points back to", () => {
    expect(ind("Japan pledged $3 million. Korea promised $3 million too.")).toEqual([
      { value: 3000000, unit: "USD" },
      { value: 3000000, unit: "USD" },
    ]);
  });
});

describe("places in a ranking written by a group's size or shared by two ordinals", () => {
  const ranks = (body: string) => ind(body).filter((f) => f.unit === "rank");

  it("reads a place inside a group written by its size as a rank at that size", () => {
    expect(ranks("Thailand ranks among the five biggest foreign investors in Vietnam.")).toEqual([
      { value: 5, unit: "rank" },
    ]);
    expect(ranks("Firms from Malaysia and Brunei are among the eight largest in Vietnam.")).toEqual([
      { value: 8, unit: "rank" },
    ]);
  });

  it("still reads 'the ten largest' with no group around it as pointing back", () => {
    expect(ranks("The ten largest recipients of Vietnamese rice took most of the shipments.")).toEqual([]);
  });

  it("gives each of two ordinals joined before a superlative its own place", () => {
    expect(ranks("Germany and France are the first and fourth largest EU investors in Vietnam.")).toEqual([
      { value: 1, unit: "rank" },
      { value: 4, unit: "rank" },
    ]);
  });

  it("reads a country's largest investment destination as first place", () => {
    expect(ranks("Vietnam is Taiwan's largest investment destination in Southeast Asia.")).toEqual([
      { value: 1, unit: "rank" },
    ]);
  });
});

describe("counts that restate or track nothing", () => {
  it("drops a later count under the acronym an earlier figure's sentence defined", () => {
    expect(
      ind("There are 12 Vietnam-Korea Technology Centres (VKTCs) in six cities.\n\nVKTCs: 12").filter(
        (f) => f.value === 12,
      ),
    ).toEqual([{ value: 12, unit: "centres" }]);
  });

  it("reads no figure from a count of languages", () => {
    expect(ind("The treaty must be translated into the bloc's 24 official languages.")).toEqual([]);
  });
});

describe("counts of people under a two-word demonym or an estimate of a community", () => {
  it("reads New Zealanders as people", () => {
    expect(ind("About 2,300 New Zealanders live and work in Vietnam.")).toEqual([{ value: 2300, unit: "people" }]);
  });

  it("reads a community's estimated size set off by a comma, the place it lives in between", () => {
    expect(ind("The minister met the Thai community in Hanoi, estimated at some 4,000.")).toEqual([
      { value: 4000, unit: "people" },
    ]);
  });

  it("reads no count from an estimate after a plural that is no community", () => {
    expect(ind("The damaged bridges, estimated at 40, will be rebuilt.")).toEqual([]);
  });
});
