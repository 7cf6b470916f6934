import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

const orgs = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "organization" || e.type === "domestic_body")
    .map((o) => `${o.type}:${o.name}`);

describe("organizations", () => {
  it("trusts the acronym when the name is mislabelled", () => {
    expect(orgs("Vietnam works at the Organization of the Islamic Conference (OIF).")).toEqual([
      "organization:International Organisation of La Francophonie",
    ]);
  });

  it("prefers the longest name", () => {
    expect(orgs("The United Nations General Assembly met; the ASEAN Inter-Parliamentary Assembly (AIPA) too.")).toEqual(
      ["organization:United Nations General Assembly", "organization:ASEAN Inter-Parliamentary Assembly"],
    );
  });

  it("keeps domestic bodies apart from international organisations", () => {
    expect(orgs("The Politburo and the National Assembly backed ASEAN.")).toEqual([
      "domestic_body:Politburo",
      "domestic_body:National Assembly",
      "organization:ASEAN",
    ]);
  });

  it("matches acronyms only in capitals", () => {
    expect(orgs("Who said the un-named deal helps WHO?")).toEqual(["organization:World Health Organization"]);
  });
});
