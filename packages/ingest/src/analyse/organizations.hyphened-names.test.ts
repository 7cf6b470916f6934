import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

/** Round 46 (issue 11): a body's name printed with a hyphen between its words. */
const named = (body: string, type: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === type)
    .map((e) => e.name);

describe("a body's name printed with a hyphen between its words", () => {
  it("is the body", () => {
    expect(named("Both will work within the Asia-Cooperation Dialogue and the UN.", "organization")).toContain(
      "Asia Cooperation Dialogue",
    );
  });
});
