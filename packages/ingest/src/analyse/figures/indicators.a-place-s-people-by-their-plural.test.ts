import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/** READING.md: a count of persons is in people whatever noun names them, a state's or a city's people too. */
const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("the people of a state or a city counted by their plural", () => {
  it("reads a state's people as people", () => {
    expect(figures("Roughly 45,000 Tasmanians trace their families to the Mekong delta.")).toEqual(["45000 people"]);
    expect(figures("Some 9,000 Newfoundlanders now work in Asian ports.")).toEqual(["9000 people"]);
  });

  it("keeps the noun after such a word when it modifies one", () => {
    expect(figures("About 200 Tasmanian farmers joined the fair.")).toEqual(["200 farmers"]);
  });
});
