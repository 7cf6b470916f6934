import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

/*
 * Round 41, from the shapes of four sets written blind (blind89–92): a speaker whose apposition holds an abbreviation
 * ("U.S.", an initial), a quotation of its own after a phrase quoted inside reported speech, portfolios and seats no
 * list held ("Minister of Economy", "MEP"), a level's year written after "they established", "that label", a year
 * written after "reached that level", the level an upgrade replaces, and a table whose caption closes on its unit. Written in our own words.
 */
const read = (body: string, publishedAt = "2023-09-10") => analyseArticle(body, { publishedAt });
const quotes = (body: string) =>
  read(body).quotes.map((q) => `${q.speaker}: ${q.text.split(" ").slice(0, 4).join(" ")}`);
const levels = (body: string, publishedAt?: string) =>
  read(body, publishedAt).partnerships.map((p) => `${p.countryCode} ${p.level} ${p.year}`);
const roles = (body: string) =>
  read(body)
    .entities.filter((e) => e.type === "person")
    .map((e) => `${e.name}: ${(e.roles ?? []).map((r) => r.role).join("; ")}`);

describe("a pronoun after a speaker whose apposition holds an abbreviation", () => {
  it("gives the quotation to the subject of the sentence before", () => {
    expect(
      quotes(
        'Maria Lopez, U.S. ambassador to Laos, told reporters the plan had been discussed for a year. "Laos chose a plan that fits what we already do together," she said.',
      ),
    ).toEqual(["Maria Lopez: Laos chose a plan"]);
    expect(
      quotes(
        'Foreign Secretary K. Raman, briefing reporters in Vientiane, said the visit showed the weight of the region. "Laos is a pillar of our eastern policy and this visit shows it," he said.',
      ),
    ).toEqual(["K. Raman: Laos is a pillar"]);
  });

  it("gives it to the one a report quoted as saying, not to the report", () => {
    expect(
      quotes(
        'Laos won a seat on the council on Tuesday. State radio quoted Foreign Minister Maria Lopez as saying the vote showed trust in Laos. "So many votes tell us the region believes in our work," she said.',
      ),
    ).toEqual(["Maria Lopez: So many votes tell"]);
  });

  it("still leaves a quotation after an unnamed speaker's sentence to no one", () => {
    expect(
      quotes(
        'Maria Lopez arrived on Monday. A farmer who lost his crop said the dam had changed the river. "We cannot plant where we used to plant," he said.',
      ),
    ).toEqual([]);
  });
});

describe("a quotation of its own after a phrase quoted in reported speech", () => {
  it("keeps both when the first is a phrase inside the sentence", () => {
    expect(
      quotes(
        'Minister Tran Van Binh met the delegation on Sunday. Binh said the new plan would bring "jobs, trade and lasting growth" and reflected the shared interests of both sides. "Our farmers have waited many years for this road to the sea," he said.',
      ),
    ).toEqual(["Tran Van Binh: jobs, trade and lasting", "Tran Van Binh: Our farmers have waited"]);
  });

  it("still joins a second quoted sentence to the first when both are whole sentences", () => {
    expect(
      quotes(
        'Minister Tran Van Binh met the delegation on Sunday. "We are ready to sign the road plan," Binh told reporters. "Our farmers have waited many years for this," he said.',
      ),
    ).toEqual(["Tran Van Binh: We are ready to"]);
  });
});

describe("portfolios and seats no list held", () => {
  it("reads a minister of a portfolio before a foreign name, and a member of a parliament", () => {
    expect(roles("Minister of Economy and Industry Dana Levi signed the trade agreement in Hanoi.")).toEqual([
      "Dana Levi: Minister of Economy and Industry",
    ]);
    expect(roles("Greens MEP Anna Berg said the chapter on labour was too weak.")).toEqual(["Anna Berg: Greens MEP"]);
  });
});

describe("partnership levels named by reference or replaced", () => {
  it("keeps the year written after 'they established' over the anniversary's count", () => {
    expect(
      levels(
        "France and Vietnam marked the fifth anniversary of the strategic partnership they established in 2013.",
        "2018-11-03",
      ),
    ).toEqual(["FR Strategic Partnership 2013"]);
  });

  it("reads the holders given 'that label'", () => {
    expect(
      levels(
        "Chile and Vietnam raised their relationship to a comprehensive strategic partnership on Monday. Until now Vietnam had kept that label for only three countries, Peru, Cuba and Laos, officials said.",
        "2022-12-05",
      ),
    ).toEqual([
      "CL Comprehensive Strategic Partnership 2022",
      "PE Comprehensive Strategic Partnership null",
      "CU Comprehensive Strategic Partnership null",
      "LA Comprehensive Strategic Partnership null",
    ]);
  });

  it("gives the level two leaders set up to the country of the foreign leader the sentence names", () => {
    expect(
      levels(
        "President Gabriel Boric and Vietnamese President Vo Van Thuong on Monday raised relations between their two countries to a comprehensive partnership.",
        "2023-11-20",
      ),
    ).toEqual(["CL Comprehensive Partnership 2023"]);
    expect(
      levels(
        "President Gabriel Boric and President Dina Boluarte met Vietnamese President Vo Van Thuong, who raised relations between the two countries to a comprehensive partnership.",
        "2023-11-20",
      ),
    ).toEqual([]);
  });

  it("gives a withheld level to the holders a relative clause names after 'with'", () => {
    expect(
      levels(
        "Both sides agreed to study raising the relationship to a comprehensive partnership, a framework Vietnam already maintains in the region with Chile and Mexico.",
        "2024-11-15",
      ),
    ).toEqual(["CL Comprehensive Partnership null", "MX Comprehensive Partnership null"]);
  });

  it("points a reference past the level an upgrade replaces", () => {
    expect(
      levels(
        "Chile and Vietnam on Sunday raised relations to a comprehensive strategic partnership.\n\nThe upgrade replaces the comprehensive partnership the two set up in 2013 and puts Chile on the same footing as Peru and Cuba, which have long held that status. Laos reached that level in 2016.",
      ),
    ).toEqual([
      "CL Comprehensive Strategic Partnership 2023",
      "PE Comprehensive Strategic Partnership null",
      "CU Comprehensive Strategic Partnership null",
      "LA Comprehensive Strategic Partnership 2016",
    ]);
  });
});

describe("a table whose caption closes on its unit", () => {
  it("reads its cells in that unit", () => {
    const figures = read(
      "Trade with the bloc grew fast.\n\nLaos's trade with partners, first half of 2021 (million USD)\n\nPartner | Exports | Imports\n\nThailand | 1,250 | 830\n\nVietnam | 410 | 95",
    ).indicators.map((i) => `${i.value} ${i.unit}`);
    expect(figures).toEqual(
      expect.arrayContaining(["1250000000 USD", "830000000 USD", "410000000 USD", "95000000 USD"]),
    );
  });
});
