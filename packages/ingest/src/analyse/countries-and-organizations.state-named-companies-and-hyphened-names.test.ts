import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

/** Round 46 (issue 11): a company named after its state is not the state; a body's name printed with a hyphen. */
const named = (body: string, type: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe("a company named after its state", () => {
  it("is no mention of the country", () => {
    expect(named("A refinery in which Kuwait Petroleum International holds a stake will double.", "country")).toEqual(
      [],
    );
    expect(named("Qatar Airways will open a route to Da Nang next year.", "country")).toEqual([]);
  });
});

describe("a body's name printed with a hyphen between its words", () => {
  it("is the body", () => {
    expect(named("Both will work within the Asia-Cooperation Dialogue and the UN.", "organization")).toContain(
      "Asia Cooperation Dialogue",
    );
  });
});
