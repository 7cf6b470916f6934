import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const parts = (body: string, publishedAt: string | null = null) =>
  analyseArticle(body, { publishedAt }).partnerships.map((p) => [p.countryName, p.level, p.year, p.yearSource]);

describe("partnerships", () => {
  it("yields one partnership per listed country and resolves 'last year' from the publication date", () => {
    expect(
      parts(
        "Last year, it upgraded relations to the Comprehensive Strategic Partnership level with Australia, France, and Malaysia, and to a Strategic Partnership with Brazil.",
        "2025-01-03",
      ),
    ).toEqual([
      ["Australia", "Comprehensive Strategic Partnership", 2024, "context"],
      ["France", "Comprehensive Strategic Partnership", 2024, "context"],
      ["Malaysia", "Comprehensive Strategic Partnership", 2024, "context"],
      ["Brazil", "Strategic Partnership", 2024, "context"],
    ]);
  });

  it("reads 'last October' as the year before in a spring story and as the same year in a winter one", () => {
    const body = "Germany and Vietnam set up the Strategic Partnership last October, the two ministers recalled.";
    expect(parts(body, "2012-05-10").map((p) => p[2])).toEqual([2011]);
    expect(parts(body, "2012-12-01").map((p) => p[2])).toEqual([2012]);
  });

  it("takes the year written in the sentence, or right after the country", () => {
    expect(
      parts("Viet Nam and Japan elevated their relations to a Comprehensive Strategic Partnership in November 2023."),
    ).toEqual([["Japan", "Comprehensive Strategic Partnership", 2023, "sentence"]]);
    expect(
      parts("Viet Nam has Comprehensive Strategic Partnerships with China (2008) and Russia (2012).").map((p) => p[2]),
    ).toEqual([2008, 2012]);
  });

  it("never reads a partnership out of an agreement's name", () => {
    expect(parts("Viet Nam and China are members of the Regional Comprehensive Economic Partnership (RCEP).")).toEqual(
      [],
    );
  });

  it("ignores the level a relationship was upgraded from", () => {
    expect(parts("The US jumped two levels from the comprehensive partnership set up with Viet Nam in 2013.")).toEqual(
      [],
    );
  });

  it("ignores generic statements without a named country", () => {
    expect(
      parts(
        "Viet Nam established comprehensive strategic partnerships with all five permanent members of the UN Security Council.",
      ),
    ).toEqual([]);
  });
});

describe("partnership years", () => {
  it("takes the year nearest the level, not an older one in the same sentence", () => {
    expect(
      parts(
        "Viet Nam and Australia, which set up diplomatic ties in 1973, upgraded relations to a Comprehensive Strategic Partnership in March 2024.",
      ),
    ).toEqual([["Australia", "Comprehensive Strategic Partnership", 2024, "sentence"]]);
  });
});

describe("partnership names", () => {
  it("reads China's 'Comprehensive Strategic Cooperative Partnership' as the top level", () => {
    expect(
      parts("Viet Nam and China have shared a Comprehensive Strategic Cooperative Partnership since 2008."),
    ).toEqual([["China", "Comprehensive Strategic Partnership", 2008, "sentence"]]);
    expect(
      parts("Viet Nam has had a comprehensive strategic cooperative partnership with China since 2008.").map(
        (p) => p[1],
      ),
    ).toEqual(["Comprehensive Strategic Partnership"]);
  });

  it("carries the level into an elliptical clause or sentence that follows it", () => {
    expect(
      parts(
        "In 2023, ties with Japan were lifted to a Comprehensive Strategic Partnership; in 2024 Vietnam did the same with France. In 2025, Singapore followed.",
      ).map((p) => [p[0], p[1], p[2]]),
    ).toEqual([
      ["France", "Comprehensive Strategic Partnership", 2024],
      ["Japan", "Comprehensive Strategic Partnership", 2023],
      ["Singapore", "Comprehensive Strategic Partnership", 2025],
    ]);
  });

  it("reads 'the two sides' as the one foreign capital the sentence names", () => {
    expect(
      parts("The two sides established a Comprehensive Partnership in July 2013, during a visit to Washington.").map(
        (p) => [p[0], p[1], p[2]],
      ),
    ).toEqual([["United States", "Comprehensive Partnership", 2013]]);
  });

  it("reads 'elevate the Viet Nam - New Zealand relationship to a' level", () => {
    expect(
      parts(
        "The two Prime Ministers decided to elevate the Viet Nam - New Zealand relationship to a Comprehensive Strategic Partnership.",
      ).map((p) => [p[0], p[1]]),
    ).toEqual([["New Zealand", "Comprehensive Strategic Partnership"]]);
  });

  it("reads 'have been comprehensive strategic partners since' and the RoK", () => {
    expect(
      parts(
        "Vietnam and Russia have been comprehensive strategic partners since 2012. Vietnam and the RoK upgraded their ties to a Comprehensive Strategic Partnership in 2022.",
      ).map((p) => [p[0], p[2]]),
    ).toEqual([
      ["Russia", 2012],
      ["South Korea", 2022],
    ]);
  });

  it("links countries listed before 'to a' level, and those it puts them 'on a par with' as holders", () => {
    expect(
      parts(
        "Vietnam raised relations with the United States, Japan and Australia to comprehensive strategic partnerships, putting them on a par with China and Russia.",
      ).map((p) => [p[0], p[2]]),
    ).toEqual([
      ["United States", null],
      ["Japan", null],
      ["Australia", null],
      ["China", null],
      ["Russia", null],
    ]);
  });
});

describe("partnerships on real pages", () => {
  it("takes every country of an enumerated list at the named level", () => {
    expect(
      parts("Vietnam has comprehensive strategic partnerships with China, India, Russia and South Korea.").map(
        (p) => p[0],
      ),
    ).toEqual(["China", "India", "Russia", "South Korea"]);
  });

  it("takes the countries a later sentence lists as holding the same framework", () => {
    expect([
      ...new Set(
        parts(
          "Vietnam and Canada raised their ties to a Comprehensive Strategic Partnership. Both leaders spoke to the press. Canada becomes the sixth country with such a framework, following China, Russia, India and South Korea.",
        ).map((p) => p[0]),
      ),
    ]).toEqual(["Canada", "China", "Russia", "India", "South Korea"]);
  });

  it("records only the new level of an upgrade that skips one", () => {
    expect(
      parts(
        "Vietnam and Chile upgraded their ties to a Comprehensive Strategic Partnership from a comprehensive partnership, skipping the strategic partnership level",
      ).map((p) => [p[0], p[1]]),
    ).toEqual([["Chile", "Comprehensive Strategic Partnership"]]);
  });

  it("reads Japan's extensive strategic partnership as a Strategic Partnership and keeps only the highest level", () => {
    expect(
      parts(
        "Vietnam and Japan agreed to raise their relations to an extensive strategic partnership in 2014. The upgrade builds on the strategic partnership the two countries set up in 2009.",
      ).map((p) => [p[0], p[1], p[2]]),
    ).toEqual([["Japan", "Strategic Partnership", 2014]]);
    expect(
      parts(
        "Thailand and Vietnam elevated ties to a Comprehensive Strategic Partnership in 2025. They had set up a Strategic Partnership in 2013.",
      ).map((p) => [p[1], p[2]]),
    ).toEqual([["Comprehensive Strategic Partnership", 2025]]);
  });

  it("takes the European Union as a partner", () => {
    expect(
      parts("Vietnam and the European Union upgraded ties to a Comprehensive Strategic Partnership in 2026.").map(
        (p) => [p[0], p[1]],
      ),
    ).toEqual([["European Union", "Comprehensive Strategic Partnership"]]);
  });

  it("does not take a partnership between two other countries", () => {
    expect(
      parts(
        "Vietnam and Indonesia upgraded their ties on Monday. Indonesia already has comprehensive strategic partnerships with several countries, including Australia.",
      ),
    ).toEqual([]);
    expect(
      parts(
        "Vietnam welcomed the news. Canberra and Jakarta upgraded their ties to a comprehensive strategic partnership in 2018.",
      ),
    ).toEqual([]);
  });

  it("does not read praise or a sectoral partnership as a framework", () => {
    expect(parts("Vietnam sees Canada as an important strategic partner in the region.")).toEqual([]);
    expect(
      parts("Vietnam set up a strategic partnership on climate change and water management with the Netherlands."),
    ).toEqual([]);
  });

  it("takes the article's year for an upgrade dated by day and month", () => {
    expect(
      parts("Vietnam and Brazil on November 18 upgraded their relations to a Strategic Partnership.", "2024-11-19").map(
        (p) => [p[0], p[2], p[3]],
      ),
    ).toEqual([["Brazil", 2024, "context"]]);
  });
});

describe("partnership years written in the partnership's own sentence or clause", () => {
  it("takes a year that opens the clause before the upgrade", () => {
    expect(
      parts(
        "In 2023 the two countries upgraded ties between Viet Nam and Japan to a Comprehensive Strategic Partnership.",
      ),
    ).toEqual([["Japan", "Comprehensive Strategic Partnership", 2023, "sentence"]]);
  });

  it("takes the year after 'established in' and 'since'", () => {
    expect(parts("Viet Nam and India have had a Comprehensive Strategic Partnership, established in 2016.")).toEqual([
      ["India", "Comprehensive Strategic Partnership", 2016, "sentence"],
    ]);
    expect(parts("Viet Nam and Indonesia have been strategic partners since 2013.")).toEqual([
      ["Indonesia", "Strategic Partnership", 2013, "sentence"],
    ]);
  });

  it("takes a bracketed year after the level", () => {
    expect(parts("Viet Nam set up a strategic partnership (2009) with Spain.")).toEqual([
      ["Spain", "Strategic Partnership", 2009, "sentence"],
    ]);
  });

  it("does not take a target year ('by 2025') as the year of the partnership", () => {
    expect(
      parts(
        "Malaysia and Vietnam have set a trade target of US$18 billion by 2025 after elevating their relations to a Comprehensive Strategic Partnership.",
      ),
    ).toEqual([["Malaysia", "Comprehensive Strategic Partnership", null, null]]);
  });

  it("does not take the year diplomatic relations began, even when it stands nearest the level", () => {
    expect(
      parts(
        "In 2023, Viet Nam and the United States, which normalised diplomatic relations in 1995, raised their ties to a Comprehensive Strategic Partnership.",
      ),
    ).toEqual([["United States", "Comprehensive Strategic Partnership", 2023, "sentence"]]);
  });

  it("keeps the clause's own year when the next clause names another", () => {
    expect(
      parts(
        "Ties with Japan were lifted to a Comprehensive Strategic Partnership in 2023; in 2024 Viet Nam did the same with Australia.",
      ),
    ).toEqual(
      expect.arrayContaining([
        ["Japan", "Comprehensive Strategic Partnership", 2023, "sentence"],
        ["Australia", "Comprehensive Strategic Partnership", 2024, "sentence"],
      ]),
    );
  });

  it("falls back to the article's year for 'during the year'", () => {
    expect(
      parts(
        "- Comprehensive strategic partners: 12, after Australia, France and Malaysia were added during the year",
        "2024-12-30",
      ).map((p) => [p[0], p[2], p[3]]),
    ).toEqual([
      ["Australia", 2024, "context"],
      ["France", 2024, "context"],
      ["Malaysia", 2024, "context"],
    ]);
  });

  it("reads a list introduced by 'a group that includes' after the count of partners", () => {
    expect(
      parts(
        "Hanoi has strategic partnerships with a dozen countries, a group that includes Spain, Italy and the Netherlands.",
      ).map((p) => p[0]),
    ).toEqual(["Spain", "Italy", "Netherlands"]);
  });

  it("gives a framework announced by two leaders to the article's main partner", () => {
    expect(
      parts(
        "Vietnam raised Canada to its top diplomatic tier on Friday, putting Ottawa level with Japan. Trudeau and General Secretary To Lam announced the comprehensive strategic partnership after talks. Canada is a big market for Vietnam, and Canada's investors are keen.",
        "2026-02-06",
      ).map((p) => `${p[0]}|${p[1]}`),
    ).toEqual(["Canada|Comprehensive Strategic Partnership", "Canada|Comprehensive Strategic Partnership"]);
  });

  it("gives the level to a country that joins a listed group 'as' partners", () => {
    expect(
      parts("New Zealand joins France, Malaysia and the United Kingdom as Vietnam's strategic partners.").map(
        (p) => p[0],
      ),
    ).toEqual(["New Zealand", "France", "Malaysia", "United Kingdom"]);
  });

  it("dates an upgrade reported in the lead without a year by the article's year", () => {
    expect(
      parts(
        "Chile and Vietnam lifted their relations to a comprehensive partnership during talks in Santiago.",
        "2025-04-20",
      ),
    ).toEqual([["Chile", "Comprehensive Partnership", 2025, "context"]]);
  });

  it("does not date a framework by the day of a meeting that only mentions it", () => {
    expect(
      parts(
        "Spain's foreign minister met Son in Hanoi on Monday as the two countries mark a year as comprehensive strategic partners.",
        "2026-05-11",
      ).map((p) => [p[0], p[2]]),
    ).toEqual([["Spain", null]]);
  });

  it("dates an undated framework by a nearby sentence saying when the partnership was upgraded", () => {
    expect(
      parts(
        'Vietnam and Egypt agreed a plan of action for their strategic partnership. "Our partnership has grown fast since it was upgraded in 2019," the minister said.',
      ).map((p) => [p[0], p[2]]),
    ).toEqual([["Egypt", 2019]]);
  });
});

describe("partnerships written around asides and long names", () => {
  it("reads a list broken by a dash aside", () => {
    expect(
      parts(
        "Hanoi has comprehensive strategic partnerships – its highest diplomatic tier – with China, Russia and India, and has had a strategic partnership with the Philippines since 2015.",
      ).map((p) => [p[0], p[1]]),
    ).toEqual([
      ["China", "Comprehensive Strategic Partnership"],
      ["Russia", "Comprehensive Strategic Partnership"],
      ["India", "Comprehensive Strategic Partnership"],
      ["Philippines", "Strategic Partnership"],
    ]);
    expect(
      parts(
        "Vietnam has comprehensive strategic partnerships with China, Russia – its oldest partners – and Japan.",
      ).map((p) => p[0]),
    ).toEqual(["China", "Russia", "Japan"]);
    expect(
      parts(
        "Five countries sit in the top tier – comprehensive strategic partnership – which includes China, Russia and India.",
      ).map((p) => p[0]),
    ).toEqual(["China", "Russia", "India"]);
  });

  it("reads a plain statement of who established what and when", () => {
    expect(parts("Russia and Vietnam established a comprehensive strategic partnership in 2012.")).toEqual([
      ["Russia", "Comprehensive Strategic Partnership", 2012, "sentence"],
    ]);
  });

  it("keeps only the new level of an upgrade from one level to another", () => {
    expect(
      parts(
        "Indonesia and Vietnam have upgraded their decade-old strategic partnership to a comprehensive strategic partnership on Monday.",
        "2025-03-10",
      ),
    ).toEqual([["Indonesia", "Comprehensive Strategic Partnership", 2025, "context"]]);
  });

  it("reads a long official name in quotes as the article's partner's upgrade", () => {
    const body =
      'Japan and Vietnam held talks in Tokyo. Japan pledged loans. Kishida and visiting Vietnamese President Thuong agreed on Nov. 27 to upgrade their countries\' relationship from an "extensive strategic partnership" to a "Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World," the highest level.';
    expect(parts(body, "2023-11-28")).toEqual([["Japan", "Comprehensive Strategic Partnership", 2023, "context"]]);
    expect(
      parts(
        'Japan and Vietnam met. Japan is a donor. Cooperation has grown since the upgrade of the relationship to the "Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World" in November last year.',
        "2024-07-26",
      ).map((p) => [p[0], p[2]]),
    ).toEqual([["Japan", 2023]]);
  });

  it("gives an upgrade in a named month with no year the article's year", () => {
    expect(
      parts(
        "A. B. C. D. Outlets portrayed the visit as a contest with the US, which upgraded its ties with Hanoi to a comprehensive strategic partnership in September.",
        "2023-12-13",
      ).map((p) => [p[0], p[2]]),
    ).toEqual([["United States", 2023]]);
  });
});

describe("the year of an undated article", () => {
  it("comes from a headline that names one year when nothing else dates the article", () => {
    const body = "Vietnam established a comprehensive strategic partnership with Australia in March.";
    const dated = analyseArticle(body, { title: "Vietnam's diplomacy in 2024 in numbers" });
    expect(dated.partnerships.map((p) => [p.countryCode, p.year])).toEqual([["AU", 2024]]);
    const twoYears = analyseArticle(body, { title: "From 2009 to 2024: Vietnam and Australia" });
    expect(twoYears.partnerships.map((p) => p.year)).toEqual([null]);
  });
});

describe("partnership lists in other layouts", () => {
  const names = (body: string, publishedAt: string | null = null) =>
    parts(body, publishedAt).map((p) => `${p[0]}|${p[2]}`);

  it("gives the level to earlier holders listed after 'after', without the news year", () => {
    expect(
      names(
        "Chile and Vietnam raised their relations to a comprehensive strategic partnership on Friday. Chile becomes the seventh country to hold the status with Vietnam, after China, Russia and India.",
        "2031-05-02",
      ),
    ).toEqual(["Chile|2031", "China|null", "Russia|null", "India|null"]);
  });

  it("reads a list the level was 'reserved for' in the same sentence", () => {
    expect(
      names(
        "Peru and Vietnam lifted their ties to a comprehensive strategic partnership, a status Hanoi had previously reserved for China and India.",
      ),
    ).toEqual(["Peru|null", "China|null", "India|null"]);
  });

  it("reads a dated timeline, each group with the year after it, and carries the level to the next sentence", () => {
    expect(
      names(
        "China received the first comprehensive strategic partnership in 2008, Russia followed in 2012 and India in 2016. Later came Chile in 2030, Peru and Kenya in 2031.",
      ).sort(),
      // the order of findings is no part of the reading: "and India in 2016" may be read before "Russia followed"
    ).toEqual(["China|2008", "Russia|2012", "India|2016", "Chile|2030", "Peru|2031", "Kenya|2031"].sort());
  });

  it("keeps a list going past a dated aside ('Canada, established in 2017, and Brazil')", () => {
    expect(
      names(
        "Vietnam has comprehensive partnerships with countries including Chile, established in 2017, and Peru.",
      ).map((n) => n.split("|")[0]),
    ).toEqual(["Chile", "Peru"]);
  });

  it("does not give a referred level to a country named in a possessive or after 'of'", () => {
    expect(
      names(
        "Italy and Vietnam agreed to lift their ties to a comprehensive strategic partnership. Italy becomes the second member of the European Union to reach that status with Hanoi, amid China's rise.",
      ).map((n) => n.split("|")[0]),
    ).toEqual(["Italy"]);
  });

  it("ignores a level only 'floated' and reads 'the two ASEAN members'", () => {
    expect(
      names(
        "Vietnam and Brunei met in Hanoi, Brunei's envoy said. The two ASEAN members established a strategic partnership in 2019. Officials have floated the idea of lifting it to a comprehensive strategic partnership.",
      ),
    ).toEqual(["Brunei|2019"]);
  });
});

describe("partnership named by the headline", () => {
  it("gives a lead's 'the upgrade' the level the headline names, over the older level", () => {
    const found = analyseArticle(
      "The upgrade was announced after talks in Lima, nine years after the two countries set up a Strategic Partnership in 2015. Peru is a key partner, Peru's minister said.",
      { publishedAt: "2024-11-22", title: "Vietnam, Peru elevate ties to Comprehensive Strategic Partnership" },
    ).partnerships.map((p) => [p.countryName, p.level, p.year]);
    expect(found).toEqual([["Peru", "Comprehensive Strategic Partnership", 2024]]);
  });

  it("ignores a headline level without an upgrade verb", () => {
    const found = analyseArticle("The upgrade of the port was announced. Peru and Vietnam met. Peru agreed.", {
      title: "What a Comprehensive Strategic Partnership with Peru would mean",
    }).partnerships;
    expect(found).toEqual([]);
  });
});

describe("partnership levels described, not named", () => {
  it("reads 'its highest diplomatic status' as the top level and a list after 'on a par with'", () => {
    expect(
      parts(
        "Vietnam elevated Chile to its highest diplomatic status on Sunday, putting Santiago on a par with China and India.",
      ).map((p) => `${p[0]}|${p[1]}`),
    ).toEqual([
      "Chile|Comprehensive Strategic Partnership",
      "China|Comprehensive Strategic Partnership",
      "India|Comprehensive Strategic Partnership",
    ]);
  });

  it("does not read a description inside a quotation or beside a named level as a second level", () => {
    expect(parts('"We raised ties with Chile to its highest diplomatic level," he said.')).toEqual([]);
  });
});

describe("upgrade sentences that also date the old level", () => {
  it("gives the new level the article's year, not the year the old level was signed", () => {
    expect(
      parts(
        "Singapore and Vietnam on Wednesday raised their relationship to a Comprehensive Strategic Partnership, twelve years after the two countries signed a Strategic Partnership in 2013.",
        "2025-03-12",
      ),
    ).toEqual([["Singapore", "Comprehensive Strategic Partnership", 2025, "context"]]);
  });

  it("leaves the year of a 'noting that … established in' clause to the old level", () => {
    expect(
      parts(
        "India and Vietnam are partners. Noting that the Strategic Partnership established in 2007 had grown steadily, the two Prime Ministers agreed to elevate the relationship to a Comprehensive Strategic Partnership. India welcomed it.",
        "2016-09-03",
      ),
    ).toEqual([["India", "Comprehensive Strategic Partnership", 2016, "context"]]);
  });

  it("keeps a year written beside the new level", () => {
    expect(
      parts(
        "Vietnam and Japan upgraded their Strategic Partnership of 2009 to a Comprehensive Strategic Partnership in November 2023.",
      ).map((p) => p[2]),
    ).toEqual([2023]);
  });
});

describe("partnerships read at clause level", () => {
  const withTitle = (body: string, title: string, publishedAt: string) =>
    analyseArticle(body, { publishedAt, title }).partnerships.map((p) => [p.countryName, p.level, p.year]);

  it("takes the partner and level from a headline that reports a new framework", () => {
    expect(
      withTitle(
        "His Majesty and President Nguyen Phu Trong met in Hanoi. The new framework will open a fresh chapter for Brunei.",
        "Brunei, Vietnam establish Comprehensive Partnership",
        "2019-08-28",
      ),
    ).toEqual([["Brunei", "Comprehensive Partnership", 2019]]);
    expect(
      withTitle(
        "His Majesty and President Nguyen Phu Trong met in Hanoi. The new framework was not discussed with Brunei.",
        "Brunei, Vietnam may establish Comprehensive Partnership",
        "2019-08-28",
      ),
    ).toEqual([]);
  });

  it("gives a level referred to as 'the same level as' to the countries listed after it", () => {
    expect(
      parts(
        "Australia and Vietnam lifted their ties to a comprehensive strategic partnership on Thursday. Trade has doubled. Officials met in Canberra. The upgrade puts Australia on the same level as Japan and India in Vietnam's ranking.",
        "2024-03-08",
      ).map((p) => `${p[0]}|${p[1]}`),
    ).toEqual(
      expect.arrayContaining([
        "Australia|Comprehensive Strategic Partnership",
        "Japan|Comprehensive Strategic Partnership",
        "India|Comprehensive Strategic Partnership",
      ]),
    );
  });

  it("keeps a framework of two foreign countries out even when Vietnam is named in another clause", () => {
    expect(
      parts("India has a comprehensive strategic partnership with Japan, while Vietnam signed trade deals with Laos."),
    ).toEqual([]);
  });

  it("reads a bulleted list under a plural level as its holders, each with the date on its line", () => {
    const body = [
      "Hanoi keeps a short list of its closest partners.",
      "Vietnam counts four comprehensive strategic partners today.",
      "Listed by year:",
      "- China (2008)",
      "• Republic of Korea – December 2022",
      "- Japan (November 2023)",
      "- Malaysia",
      "Each of them began at a lower level.",
    ].join("\n\n");
    expect(parts(body, "2025-01-10").map((p) => `${p[0]}|${p[1]}|${p[2]}`)).toEqual([
      "China|Comprehensive Strategic Partnership|2008",
      "South Korea|Comprehensive Strategic Partnership|2022",
      "Japan|Comprehensive Strategic Partnership|2023",
      "Malaysia|Comprehensive Strategic Partnership|null",
    ]);
  });

  it("does not read a bulleted list under another country's frameworks as Vietnam's", () => {
    const body = [
      "Indonesia has several comprehensive strategic partners:",
      "- Australia (2018)",
      "- China (2013)",
    ].join("\n\n");
    expect(parts(body, "2025-01-10")).toEqual([]);
  });

  it("reads a month before the year in parentheses as the country's own date", () => {
    expect(
      parts(
        "Vietnam's comprehensive partners include Canada (2017), Mongolia (October 2024) and the United Arab Emirates (October 2024).",
      ).map((p) => `${p[0]}|${p[2]}`),
    ).toEqual(["Canada|2017", "Mongolia|2024", "United Arab Emirates|2024"]);
  });

  it("gives an earlier sentence's level to a list compared 'on the same footing' in a later clause", () => {
    const got = parts(
      "Biden and Trong on Sunday lifted relations between their countries to a comprehensive strategic partnership. The two former enemies had set up a comprehensive partnership in 2013, and Vietnam now places the United States on the same footing as China, Russia and India.",
      "2023-09-11",
    ).map((p) => `${p[0]}|${p[1]}|${p[2]}`);
    expect(got).toEqual(
      expect.arrayContaining([
        "China|Comprehensive Strategic Partnership|null",
        "Russia|Comprehensive Strategic Partnership|null",
        "India|Comprehensive Strategic Partnership|null",
      ]),
    );
    expect(got.filter((g) => g.includes("|Comprehensive Partnership|") && !g.startsWith("United States"))).toEqual([]);
    expect(got.some((g) => g.startsWith("United States|Comprehensive Strategic Partnership"))).toBe(true);
  });

  it("dates a framework from the number of years the two sides mark", () => {
    expect(
      parts(
        "The two leaders met on Tuesday as Manila and Hanoi mark eight years of their strategic partnership.",
        "2023-05-02",
      ).map((p) => `${p[0]}|${p[2]}`),
    ).toEqual(["Philippines|2015"]);
  });

  it("keeps a foreign pair's framework out when Vietnam only appears in a following 'and that' clause", () => {
    expect(
      parts(
        "The Thai premier noted that Bangkok maintains a comprehensive strategic partnership with China, and that the new tie with Hanoi would not change it.",
      ),
    ).toEqual([]);
  });

  it("does not count a partnership that officials have only spoken of possibly forming", () => {
    expect(
      parts(
        "Officials in Manila and Hanoi have spoken of possibly forming a strategic partnership, though no date is set.",
      ),
    ).toEqual([]);
  });

  it("dates only the country that joins a group; the group's members held the level before", () => {
    expect(
      parts("In 2025 New Zealand joined France, Malaysia and the United Kingdom among Vietnam's strategic partners."),
    ).toEqual([
      ["New Zealand", "Strategic Partnership", 2025, "sentence"],
      ["France", "Strategic Partnership", null, null],
      ["Malaysia", "Strategic Partnership", null, null],
      ["United Kingdom", "Strategic Partnership", null, null],
    ]);
  });

  it("reads the existing holders of 'the top status' as earlier comprehensive strategic partners", () => {
    expect(
      parts(
        "Vietnam and Brazil lifted ties to a comprehensive strategic partnership on Monday. The step puts Brazil alongside China, Russia and India, the countries that already held the top status with Vietnam.",
        "2024-05-06",
      ),
    ).toEqual([
      ["Brazil", "Comprehensive Strategic Partnership", 2024, "context"],
      ["China", "Comprehensive Strategic Partnership", null, null],
      ["Russia", "Comprehensive Strategic Partnership", null, null],
      ["India", "Comprehensive Strategic Partnership", null, null],
    ]);
  });

  it("gives a level that replaces an older one the article's year, not the older level's", () => {
    expect(
      parts(
        "The comprehensive strategic partnership replaces the strategic partnership that Thailand and Vietnam signed in 2013.",
        "2024-05-06",
      ).map((p) => [p[0], p[1], p[2]]),
    ).toEqual([["Thailand", "Comprehensive Strategic Partnership", 2024]]);
  });

  it("does not age a framework by an anniversary of diplomatic ties", () => {
    expect(
      parts(
        "The visit marks the 50th anniversary of diplomatic ties and ten years of the Strategic Partnership between France and Vietnam, set up in 2013.",
        "2023-06-02",
      ).map((p) => p[2]),
    ).toEqual([2013]);
  });

  it("dates a country that 'joins' a group in the present tense by the article's year", () => {
    expect(
      parts(
        "Kenya joins China, Russia and India as Vietnam's comprehensive strategic partners after talks on Friday.",
        "2031-05-02",
      ).map((p) => `${p[0]}|${p[2]}`),
    ).toEqual(["Kenya|2031", "China|null", "Russia|null", "India|null"]);
  });

  it("reads holders that 'already hold the status' as earlier partners without a year", () => {
    expect(
      parts(
        "Vietnam and Kenya lifted ties to a comprehensive strategic partnership on Friday. China, Russia and India already hold the status with Vietnam.",
        "2031-05-02",
      ).map((p) => `${p[0]}|${p[2]}`),
    ).toEqual(["Kenya|2031", "China|null", "Russia|null", "India|null"]);
  });
});
