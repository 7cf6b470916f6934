import { describe, expect, it } from "vitest";
import { partnershipPerLevel } from "../../testing/partnership-keys.js";

// Round 47 shapes, in our own words: the top level written as a "status", a range whose first member carries a dated
// aside naming no level, months framed by a year that opens their sentence, and talks on a step still to be taken.
describe("partnerships: status levels, range asides, framed months, talks on a step and a country put beside holders", () => {
  it("reads 'comprehensive strategic status' as the top level held by the list after it", () => {
    const got = partnershipPerLevel(
      "Hanoi had so far given the comprehensive strategic status to only two countries: Laos and Cuba.",
      { publishedAt: "2021-05-04" },
    );
    expect(got).toEqual(["CU|CSP|null", "LA|CSP|null"]);
  });

  it("dates a range's first member by its dated relative aside about the ties, though the aside names no level", () => {
    const got = partnershipPerLevel(
      "Hanoi now has many comprehensive strategic partners, from Russia, which has held the title since 2012, to France, which joined in 2024.",
      { publishedAt: "2025-06-01" },
    );
    expect(got).toEqual(expect.arrayContaining(["RU|CSP|2012", "FR|CSP|2024"]));
  });

  it("dates steps given by a month alone in the year that opens their sentence", () => {
    const got = partnershipPerLevel(
      "In 2030 alone Hanoi lifted three partners to a comprehensive strategic partnership, Chile in January, Peru in February and Mexico in November.",
      { publishedAt: "2031-03-15" },
    );
    expect(got).toEqual(["CL|CSP|2030", "MX|CSP|2030", "PE|CSP|2030"]);
  });

  it("keeps a year the framed sentence writes for a member", () => {
    const got = partnershipPerLevel(
      "In 2030 Hanoi lifted Chile to a comprehensive strategic partnership in January, years after Peru did so in 2021.",
      { publishedAt: "2031-03-15" },
    );
    expect(got).toEqual(expect.arrayContaining(["CL|CSP|2030"]));
  });

  it("lists no partner for talks on raising the ties", () => {
    const got = partnershipPerLevel(
      "Talks on raising ties with Brazil to a strategic partnership have gone on for years without an agreement.",
      { publishedAt: "2025-06-01" },
    );
    expect(got).toEqual([]);
  });

  it("keeps the level set off after the partner in talks on raising the ties", () => {
    const got = partnershipPerLevel(
      "Talks on raising ties with Brazil, strategic partners since 2019, ended without a statement.",
      { publishedAt: "2025-06-01" },
    );
    expect(got).toEqual(["BR|SP|2019"]);
  });

  it("gives the upgrade to the country a participle clause puts on a par with earlier holders", () => {
    const got = partnershipPerLevel(
      "The two presidents agreed on Tuesday to raise ties to a comprehensive strategic partnership, putting Brazil on a par with Japan and Australia in Hanoi's ranking.",
      { publishedAt: "2031-04-09" },
    );
    expect(got).toEqual(["AU|CSP|null", "BR|CSP|2031", "JP|CSP|null"]);
  });

  it("puts no one beside the holders when the upgrade is only hedged", () => {
    const got = partnershipPerLevel(
      "The leaders may raise ties to a comprehensive strategic partnership, putting Brazil on a par with Japan and Australia.",
      { publishedAt: "2031-04-09" },
    );
    expect(got).toEqual([]);
  });

  it("repeats the reported upgrade, not the history a span counts back to, in a later 'took the same step' clause", () => {
    const got = partnershipPerLevel(
      "Chile and Vietnam on Monday raised ties to a comprehensive strategic partnership. The upgrade comes nine years after the two countries became strategic partners in 2021, and weeks after Vietnam took the same step with Peru during a visit to Lima earlier this month.",
      { publishedAt: "2030-05-10" },
    );
    expect(got).toEqual(["CL|CSP|2030", "PE|CSP|2030"]);
  });

  it("reads a partner set off in apposition before 'to' the level, beside a later clause naming another level", () => {
    const got = partnershipPerLevel(
      "So far Hanoi has raised only one neighbour, Laos, to a comprehensive strategic partnership, agreed in 2019, while Cambodia was named a strategic partner in 2021.",
      { publishedAt: "2024-10-29" },
    );
    expect(got).toEqual(["KH|SP|2021", "LA|CSP|2019"]);
  });

  it("gives a hedged level to the partners of a restrictive relative clause that Vietnam holds it with", () => {
    const got = partnershipPerLevel(
      "Brazil could one day reach the strategic partnership that Vietnam already has with Chile and Argentina, an adviser said.",
      { publishedAt: "2024-10-29" },
    );
    expect(got).toEqual(["AR|SP|null", "CL|SP|null"]);
  });

  it("reads 'the former adversaries' as the pair of Vietnam and the partner just named", () => {
    const got = partnershipPerLevel(
      "France is one of Vietnam's largest European investors. Trade between the former adversaries grew fast last year, and they have been strategic partners since 2013.",
      { publishedAt: "2019-02-27" },
    );
    expect(got).toEqual(["FR|SP|2013"]);
  });

  it("reads a country named as a bloc's ordinal member by the bloc's acronym as no holder of the level before", () => {
    const got = partnershipPerLevel(
      "Vietnam agreed a comprehensive strategic partnership with Chile in May. Peru, which became APEC's 22nd member last year, sent its trade minister.",
      { publishedAt: "2031-02-27" },
    );
    expect(got).toEqual(["CL|CSP|2030"]);
  });
});
