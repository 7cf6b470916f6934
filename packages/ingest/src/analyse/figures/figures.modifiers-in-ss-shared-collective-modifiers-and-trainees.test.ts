import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 47: what a count of persons counts. A modifier in -ss after a demonym ("Japanese business leaders") is singular,
 * so the plural after it is the noun; a collective modifier joined by "and" ("army and police officers") shares the
 * plural after it, whatever word follows; trainees and interns joined to other persons are counted as people.
 */
const counts = (body: string) =>
  analyseArticle(body, {})
    .indicators.filter((f) => f.unit !== "rank")
    .map((f) => [f.value, f.unit]);

describe("a demonym before a modifier in -ss", () => {
  it("counts the plural after the modifier, not people", () => {
    expect(counts("The minister met about 200 Japanese business owners at a lunch in Osaka.")).toEqual([
      [200, "owners"],
    ]);
  });

  it("still counts people after a demonym with no plural behind it", () => {
    expect(counts("About 5,000 Vietnamese live in the city today.")).toEqual([[5000, "people"]]);
  });
});

describe("a collective modifier joined to another", () => {
  it("counts the shared plural even before 'to'", () => {
    expect(counts("Thailand sends about 90 army and police officers to the mission each year.")).toEqual([
      [90, "officers"],
    ]);
  });
});

describe("trainees and interns among other persons", () => {
  it("counts trainees joined to students as people", () => {
    expect(counts("More than 3,200 Vietnamese trainees and students now live in the prefecture.")).toEqual([
      [3200, "people"],
    ]);
  });

  it("keeps trainees counted alone as written", () => {
    expect(counts("More than 3,200 Vietnamese trainees now live in the prefecture.")).toEqual([[3200, "trainees"]]);
  });
});
