import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

const intl = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "organization")
    .map((o) => o.name);

describe("organisations named past an acronym, behind an office and inside a centre's remit", () => {
  it("reads a written-out name whose acronym is followed by more of a known body's name as that body", () => {
    expect(
      intl("They will work together at the Association of Southeast Asian Nations (ASEAN) Regional Forum next year."),
    ).toEqual(["ASEAN Regional Forum"]);
  });

  it("keeps the bloc when nothing capitalised follows its acronym", () => {
    expect(intl("He praised the Association of Southeast Asian Nations (ASEAN) for its unity.")).toEqual(["ASEAN"]);
  });

  it("does not fold an office or an organ before 'of the' into an unknown body's name", () => {
    expect(
      intl("She met Anna Petrova, Chairman of the Board of the Eurasian Fisheries Commission, in Moscow."),
    ).toEqual(["Eurasian Fisheries Commission"]);
  });

  it("does not name a known body that a centre's name is for", () => {
    expect(intl("Tran Van Hoa, director of the Center for WTO and International Trade, spoke in Hanoi.")).toEqual([]);
  });
});
