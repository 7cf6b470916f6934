import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const ind = (body: string) =>
  analyseArticle(body, {}).indicators.map(({ value, of, unit, qualifier, key }) => ({
    value,
    of,
    unit,
    qualifier,
    key,
  }));

describe("indicators", () => {
  it("normalises number words and scales", () => {
    expect(ind("It cares for six million of our compatriots abroad.")).toEqual([
      { value: 6_000_000, of: null, unit: "compatriots", qualifier: null, key: "overseas_vietnamese" },
    ]);
  });

  it("keeps the qualifier and the currency", () => {
    expect(ind("Trade value is expected to reach nearly 800 billion USD.")).toEqual([
      { value: 8e11, of: null, unit: "USD", qualifier: "nearly", key: "trade_value" },
    ]);
  });

  it("reads a first place as an aid provider, with the aid written out or as an acronym", () => {
    expect(ind("Japan is Vietnam's largest provider of official development assistance.")).toMatchObject([
      { value: 1, unit: "rank" },
    ]);
    expect(ind("Japan is Vietnam's largest ODA donor.")).toMatchObject([{ value: 1, unit: "rank" }]);
  });

  it("reads 'X out of a total of Y' as value and total", () => {
    expect(ind("A partnership with 18 out of a total of 21 members of the G20.")[0]).toMatchObject({
      value: 18,
      of: 21,
    });
  });

  it("skips years, ranges, ordinals, durations, dates and document numbers", () => {
    expect(
      ind(
        "In 2024, the 35th meeting of the 2023-2025 term, after 40 years, on August 29, under Resolution No.18 and Article 5.",
      ),
    ).toEqual([]);
  });

  it("skips counts of policy slogans and deictic numbers", () => {
    expect(ind("It serves two strategic tasks and the three pillars of diplomacy.")).toEqual([]);
  });

  it("maps known indicators by the words around the number", () => {
    const keys = ind(
      "Viet Nam has diplomatic ties with 194 countries. It tapped 17 free trade agreements (FTAs) with more than 60 partners.",
    ).map((i) => i.key);
    expect(keys).toEqual(["diplomatic_relations", "ftas", "fta_partners"]);
  });

  it("reads ranks from 'top' and ordinals after a rank verb", () => {
    expect(
      ind("It ranks among the top 15 countries globally and second in ASEAN in trade volume.").map((i) => [
        i.value,
        i.unit,
      ]),
    ).toEqual([
      [15, "rank"],
      [2, "rank"],
    ]);
  });

  it("reads digit ordinals as ranks only beside a superlative", () => {
    expect(
      ind("Malaysia is Vietnam's 10th largest foreign investor. The 35th meeting opened.").map((i) => [
        i.value,
        i.unit,
      ]),
    ).toEqual([[10, "rank"]]);
  });

  it("keeps both ends of a range with the span as qualifier, and counts '27-member'", () => {
    expect(
      ind("Growth may slow to 6-6.5% this year in the 27-member bloc.").map((i) => [i.value, i.unit, i.qualifier]),
    ).toEqual([
      [6, "percent", "6-6.5"],
      [6.5, "percent", "6-6.5"],
      [27, "members", null],
    ]);
  });

  it("reads currencies written as prefixes or several words", () => {
    expect(
      ind("Trade hit RM54.5 billion, a target of NZ$3 billion and 416.7 billion U.S. dollars.").map((i) => [
        i.value,
        i.unit,
      ]),
    ).toEqual([
      [54_500_000_000, "MYR"],
      [3_000_000_000, "NZD"],
      [416_700_000_000, "USD"],
    ]);
  });

  it("counts 'the five Mekong countries' but not 'the three pillars'", () => {
    expect(ind("Aid reached the five Mekong countries under the three pillars.").map((i) => [i.value, i.unit])).toEqual(
      [[5, "countries"]],
    );
  });

  it("applies a scale to both ends of a range and reads a total after a possessive", () => {
    expect(
      ind("It aims for 36-38 billion USD in 55 of the country's 63 provinces.").map((i) => [i.value, i.of, i.unit]),
    ).toEqual([
      [36_000_000_000, null, "USD"],
      [38_000_000_000, null, "USD"],
      [55, 63, "provinces"],
    ]);
  });

  it("skips version numbers and reads populations and elided counts", () => {
    expect(
      ind(
        "They signed the Free Trade Area 3.0 protocol for a population of around 680 million. A first group of 102 Vietnamese left Tehran, while another 190 were brought from Israel.",
      ).map((i) => [i.value, i.unit]),
    ).toEqual([
      [680_000_000, "people"],
      [102, "people"],
      [190, "people"],
    ]);
  });

  it("skips a glued length, reads the yen sign, and skips '2 plus 2' formulas", () => {
    expect(
      ind("They share a border of 2,337km, agreed a loan of ¥50 billion and a 2 plus 2 dialogue.").map((i) => [
        i.value,
        i.unit,
      ]),
    ).toEqual([[50_000_000_000, "JPY"]]);
  });

  it("keeps scaled decimals exact", () => {
    expect(ind("The line is estimated to cost $8.3 billion.").map((i) => i.value)).toEqual([8_300_000_000]);
  });

  it("does not count 'since 2000' as a figure", () => {
    expect(
      ind("Vietnamese firms have invested in over 500 projects abroad since 2000.").map((i) => [
        i.value,
        i.unit,
        i.qualifier,
      ]),
    ).toEqual([[500, "projects", "over"]]);
  });

  it("reads money, percentages and counts with a meaningful unit", () => {
    expect(
      ind("Trade grew 1.3 percent to US$3 billion, while rice exports reached 3 billion USD.").map((i) => [
        i.value,
        i.unit,
      ]),
    ).toEqual([
      [1.3, "percent"],
      [3_000_000_000, "USD"],
      [3_000_000_000, "USD"],
    ]);
  });

  it("does not track lengths, areas or the toll of a storm", () => {
    expect(ind("The reef lies some 500 km off the coast and covers only 39 hectares.")).toEqual([]);
    expect(ind("The typhoon left 106 people dead and damaged more than 116,000 houses.")).toEqual([]);
  });

  it("does not count a small number inside a quoted image", () => {
    expect(ind('"Our countries are like two wings of one bird," he said.')).toEqual([]);
  });

  it("counts the noun after two joined modifiers and the five permanent members as countries", () => {
    expect(ind("Vietnam belongs to more than 70 regional and international organisations.").map((i) => i.unit)).toEqual(
      ["organisations"],
    );
    expect(
      ind("Vietnam has partnerships with all five permanent members of the UN Security Council.").map((i) => i.unit),
    ).toEqual(["countries"]);
  });

  it("counts the head noun of a compound after a place-name modifier", () => {
    expect(ind("The 12 Viet Nam-South Korea Technology Parks employ staff.").map((i) => [i.value, i.unit])).toEqual([
      [12, "parks"],
    ]);
  });

  it("skips adjectives between a demonym and the counted noun", () => {
    expect(ind("About 9,000 Vietnamese skilled nurses work in Germany.").map((i) => [i.value, i.unit])).toEqual([
      [9000, "nurses"],
    ]);
  });

  it("reads a currency code written before the number with a space", () => {
    expect(ind("Japan offered a USD 250 million line of credit for ports.").map((i) => [i.value, i.unit])).toEqual([
      [250_000_000, "USD"],
    ]);
    expect(ind("Exports stood at EUR 3.2 billion in 2023-24.").map((i) => [i.value, i.unit])).toEqual([
      [3_200_000_000, "EUR"],
    ]);
  });

  it("gives 'N more' the noun of the figure before it", () => {
    expect(
      ind("Korea has handed over 8 coastal patrol ships and promised three more, the ministry said.").map((i) => [
        i.value,
        i.unit,
      ]),
    ).toEqual([
      [8, "ships"],
      [3, "ships"],
    ]);
  });

  it("skips a rank between two other countries", () => {
    expect(ind("Germany is France's second-largest trading partner.")).toEqual([]);
    expect(ind("Germany is Vietnam's second-largest trading partner in Europe.").map((i) => i.unit)).toEqual(["rank"]);
  });

  it("skips a small count that restates the names just listed", () => {
    expect(
      ind("Laos joined the Mekong River Commission and the World Trade Organization, two bodies it values.").map(
        (i) => i.value,
      ),
    ).toEqual([]);
  });

  it("reads Malaysian short scales as money", () => {
    expect(
      ind("Trade stood at US$14.3bil, with a target of US$18bil; RM2.5bil and USD 5mil were pledged.").map((i) => [
        i.value,
        i.unit,
      ]),
    ).toEqual([
      [14300000000, "USD"],
      [18000000000, "USD"],
      [2500000000, "MYR"],
      [5000000, "USD"],
    ]);
  });

  it("counts no listicle things, reading times or page counters", () => {
    expect(ind("5 things to know about the visit")).toEqual([]);
    expect(ind("Hanoi Times · April 26, 2025 20:15 · 4 min read")).toEqual([]);
    expect(ind("The Wayback Machine has 42 captures of this page.")).toEqual([]);
    expect(ind("Share Like 0 Print 0 Email")).toEqual([]);
  });

  it("keeps the noun named before a figure followed by a rate", () => {
    expect(
      ind("He asked to raise the number of scholarships for Vietnamese students, currently around 100 a year.").map(
        (i) => [i.value, i.unit],
      ),
    ).toEqual([[100, "scholarships"]]);
  });

  it("reads a figure after a determiner that repeats an earlier one as a reference back", () => {
    expect(
      ind(
        "Timor-Leste joined, bringing the bloc's membership to 11 countries. The bloc's 11 members have a combined GDP of about US$3.8 trillion.",
      ).map((i) => i.value),
    ).toEqual([11, 3800000000000]);
    expect(
      ind('Washington set a 20% tariff. Exporters reacted. "The 20% rate is a relief," one said.').map((i) => i.value),
    ).toEqual([20]);
  });

  it("keeps one copy of a figure a standfirst and its lead both write, but two separate facts", () => {
    expect(
      ind(
        "Vietnam and Cambodia agreed to lift trade to US$20 billion. Leaders met in Hanoi. The two leaders agreed to raise two-way trade to $20 billion.",
      ).map((i) => i.value),
    ).toEqual([20000000000]);
    expect(
      ind(
        "Vietnam has evacuated nearly 300 citizens from Iran. The flights landed in Hanoi. Families met them. Officials spoke. In 2023, Vietnam evacuated more than 300 citizens from Israel.",
      ).map((i) => i.value),
    ).toEqual([300, 300]);
  });
});

describe("figures that are names or tolls", () => {
  it("reads NT$ as New Taiwan dollars", () => {
    expect(ind("Investors pledged NT$120 billion for new plants in Vietnam.").map((f) => [f.value, f.unit])).toEqual([
      [120_000_000_000, "TWD"],
    ]);
  });

  it("does not count the number in 'the Group of 20'", () => {
    expect(ind("The minister flew in from the Group of 20 meeting in Rome.")).toEqual([]);
  });

  it("does not count the toll of a massacre", () => {
    expect(ind("Survivors recalled the 1966 massacre in which 41 fishermen died.")).toEqual([]);
  });
});

describe("indicator shapes from foreign news pages", () => {
  it("reads a scaled decimal count whose noun has a demonym before it", () => {
    expect(ind("Some 2.5 million Korean visitors came last year.").map((i) => [i.value, i.unit])).toEqual([
      [2_500_000, "visitors"],
    ]);
  });

  it("reads a count before a superlative as a rank", () => {
    expect(ind("The two are among the world's four biggest coffee exporters.").map((i) => [i.value, i.unit])).toEqual([
      [4, "rank"],
    ]);
  });

  it("counts the aircraft, not the maker or the model number", () => {
    expect(ind("The airline will buy 30 Airbus 321 planes.").map((i) => [i.value, i.unit])).toEqual([[30, "planes"]]);
  });

  it("does not count a number word that opens a capitalised plan name", () => {
    expect(ind("They linked it to Laos's Three Pillars and One Belt plan.")).toEqual([]);
  });

  it("does not count steps taken in an upgrade", () => {
    expect(ind("The deal moves the relationship up two steps at once.")).toEqual([]);
  });

  it("reads an unnumbered first place in a trade role as rank 1, not 'one of the largest' or a plural role", () => {
    const short = (body: string) => ind(body).map((i) => `${i.value} ${i.unit}`);
    expect(
      short("China is Vietnam's largest trading partner, and Vietnam is the Philippines' top supplier of rice."),
    ).toEqual(["1 rank", "1 rank"]);
    expect(short("Vietnam is one of the largest investors in Laos.")).toEqual([]);
    expect(short("The Netherlands and Germany remained the largest buyers of Vietnamese goods.")).toEqual([]);
  });

  it("leaves a first place between two other countries to them", () => {
    expect(ind("China is India's largest trading partner.")).toEqual([]);
  });

  it("does not count hull numbers or the number in a ship's name", () => {
    expect(ind("The Haiyang Dizhi 8 left port with cutters numbered 5901 and 4203.")).toEqual([]);
  });

  it("counts boats after a demonym and a participle, not people", () => {
    expect(ind("Officers detained 35 Vietnamese fishing boats.").map((i) => `${i.value} ${i.unit}`)).toEqual([
      "35 boats",
    ]);
  });

  it("counts a collective noun and a noun after 'of its own'", () => {
    const short = (body: string) => ind(body).map((i) => `${i.value} ${i.unit}`);
    expect(short("A fishing boat with eight crew aboard went down near the islands.")).toEqual(["8 crew"]);
    expect(short("Vietnam kept as many as 40 of its own vessels nearby.")).toEqual(["40 vessels"]);
  });

  it("reads a bare dollar sign as the outlet's local dollar, but never US$", () => {
    const money = analyseArticle("Trade was worth nearly $15 billion, and US$2 billion came from investment.", {
      localDollar: "AUD",
    }).indicators.map((i) => `${i.value} ${i.unit}`);
    expect(money).toEqual(["15000000000 AUD", "2000000000 USD"]);
    expect(ind("Trade was worth nearly $15 billion.").map((i) => i.unit)).toEqual(["USD"]);
  });

  it("counts a bare figure by the plural subject of a verb of level, but not an amount of money", () => {
    const short = (body: string) => ind(body).map((i) => `${i.value} ${i.unit}`);
    expect(short("Vietnamese arrivals in Thailand topped one million, according to tourism authorities.")).toEqual([
      "1000000 arrivals",
    ]);
    expect(short("Its exports hit 400 billion.")).toEqual([]);
  });
});

describe("what a figure counts, on real pages", () => {
  const short = (body: string) => ind(body).map((i) => `${i.value} ${i.unit}`);

  it("counts the plural after two joined modifiers, and plurals not written with -s", () => {
    expect(short("About 3,000 foreign and local journalists registered for the summit.")).toEqual(["3000 journalists"]);
    expect(short("Some 35,000 married women from Vietnam live in Korea.")).toEqual(["35000 women"]);
    expect(short("Patrol boats held about 200 fishermen near the islands.")).toEqual(["200 fishermen"]);
  });

  it("counts the plural after a demonym even when it is not written with -s, or after two joined demonyms", () => {
    expect(short("Indonesia released 100 Vietnamese fishermen last week.")).toEqual(["100 fishermen"]);
    expect(short("More than 150 British and Vietnamese companies attended the forum.")).toEqual(["150 companies"]);
    expect(short("Some 3,000 Thais and Vietnamese attended.")).toEqual(["3000 people"]);
  });

  it("reads no count in a house number before a street's name, nor in a group's name written in words", () => {
    expect(short("The leaders met at 10 Downing Street in London.")).toEqual([]);
    expect(short("He will fly to Japan for the Group of Seven summit.")).toEqual([]);
  });

  it("counts the noun after a possessor in 'the number of X's partners'", () => {
    expect(short("The week brings the number of Hanoi's comprehensive strategic partners to 12.")).toEqual([
      "12 partners",
    ]);
  });

  it("reads first place from 'the largest recipient of' and a rank from 'placing … 52nd'", () => {
    expect(short("The loans made Vietnam the largest recipient of such Korean credit.")).toEqual(["1 rank"]);
    expect(short("It has 12 projects, placing the UAE 52nd among the countries investing there.")).toEqual([
      "12 projects",
      "52 rank",
    ]);
  });
});
