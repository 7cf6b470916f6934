import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

/* Round 49: a bloc's community pillar ('the ASEAN Economic Community') is the bloc, as its secretariat is. */
const orgs = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.name);

describe("a bloc's community pillar", () => {
  it("is read as the bloc, not a body of its own", () => {
    expect(orgs("The ten members aim to complete the ASEAN Economic Community within three years.")).toEqual(["ASEAN"]);
  });
});
