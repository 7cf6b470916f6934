import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

const named = (body: string) => analyseArticle(body, {}).entities.map((e) => `${e.type}:${e.name}`);

// Round 52: the three neighbours' regional framework, named with its members joined by hyphens, is one body, and its
// members' names inside it name no state. Sentences are the tests' own.
describe("the Cambodia-Laos-Vietnam Development Triangle", () => {
  it("reads the framework, with or without 'Area'", () => {
    expect(named("The ministers reviewed projects in the Cambodia-Laos-Vietnam Development Triangle Area.")).toContain(
      "organization:Cambodia-Laos-Vietnam Development Triangle",
    );
    expect(named("Trade grew within the Cambodia-Laos-Viet Nam Development Triangle last year.")).toContain(
      "organization:Cambodia-Laos-Vietnam Development Triangle",
    );
  });
});
