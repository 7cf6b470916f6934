import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

const entities = (body: string) => analyseArticle(body, {}).entities;
const orgs = (body: string) =>
  entities(body)
    .filter((e) => e.type === "organization")
    .map((o) => o.name);
const countries = (body: string) =>
  entities(body)
    .filter((e) => e.type === "country")
    .map((c) => c.code);

describe("institutes of foreign relations", () => {
  it("reads a relations institute as a national body whatever its international cue", () => {
    expect(orgs("A researcher at the International Relations Institute of Laos said the visit mattered.")).toEqual([]);
    expect(orgs("The Institute for International Relations hosted the seminar.")).toEqual([]);
  });
});

describe("the Mekong frameworks written short", () => {
  it("reads 'Mekong-Korea cooperation' as the framework, and a bare 'Mekong-Korea' before another name as none", () => {
    expect(orgs("The two sides will coordinate within the Mekong-Korea cooperation mechanism.")).toEqual([
      "Mekong-Korea Cooperation",
    ]);
    expect(orgs("Seoul named 2021 the Mekong-Korea Exchange Year.")).toEqual([]);
  });
});

describe("the dollar's country inside a hyphened amount", () => {
  it("names the currency, not the state", () => {
    expect(countries("Laos will draw on a 200-million-U.S.-dollar credit line from China.")).toEqual(["LA", "CN"]);
  });
});
