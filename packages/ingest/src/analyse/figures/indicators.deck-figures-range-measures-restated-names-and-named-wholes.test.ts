import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 48: figures of wire copy and everyday pages, written fresh in the project's own words.
 */
const figures = (text: string) => analyseArticle(text, {}).indicators.map((i) => `${i.value} ${i.unit}`);

describe("a deck opening the body", () => {
  it("restates a figure the story gives further down once", () => {
    expect(
      figures(
        "Leaders set $18bn trade goal and agree on a fisheries hotline\n\nThe two countries raised their ties on Monday. The leaders met in Hanoi. Officials watched. Trade grew. The prime minister said both sides had set a target of US$18 billion in two-way trade by 2030.",
      ),
    ).toEqual(["18000000000 USD"]);
  });
});

describe("a range of a measurement", () => {
  it("measures at its first end too", () => {
    expect(figures("The vaccines were kept at between 2 and 8 degrees Celsius on the flight.")).toEqual([]);
  });
});

describe("a count in apposition to the names before it", () => {
  it("restates them when it counts as many", () => {
    expect(
      figures("The rest of the doses went to Dong Van and Meo Vac, two mountain provinces in the far north."),
    ).toEqual([]);
  });

  it("still counts when the names are fewer than the count", () => {
    expect(figures("Aid went to Quang Tri and Thua Thien Hue, three central provinces in all.")).toEqual([
      "3 provinces",
    ]);
  });
});

describe("a count after 'the' defined by a named whole", () => {
  it("counts the members of the named body", () => {
    expect(
      figures("The pact groups the ten members of the Association of Southeast Asian Nations with five partners."),
    ).toEqual(["10 members", "5 partners"]);
  });
});

describe("'the 2 countries' in digits", () => {
  it("is the pair the story is about, as 'the two countries' is", () => {
    expect(figures("The ministers said the 2 countries would call it an extensive strategic partnership.")).toEqual([]);
  });
});

describe("a community whose relative clause gives its size", () => {
  it("reads the verb's -s form after a singular community", () => {
    expect(figures("He met the Thai community, which numbers about 5,000, in the capital.")).toEqual(["5000 people"]);
  });
});

describe("a page counter's label before a colon", () => {
  it("makes the figure furniture, whatever stands after it", () => {
    expect(figures("12 Mar 2014 - 10:05    Views: 812    Print version")).toEqual([]);
  });
});

describe("a maker's or a programme's model name inside a counted phrase", () => {
  it("lengthens no phrase, so the plural after it is counted", () => {
    expect(figures("The yard is building four Project 22350 Gorshkov-class frigates for the navy.")).toEqual([
      "4 frigates",
    ]);
  });
});
