import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const ind = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => ({ value, unit }));

describe("figures in continental notation", () => {
  it("reads a comma and one or two digits before a scale, a currency or a percent sign as a decimal comma", () => {
    expect(ind("Trade between the two countries amounted to 3,6 billion dollars and grew by 6,5 % this year.")).toEqual(
      [
        { value: 3_600_000_000, unit: "USD" },
        { value: 6.5, unit: "percent" },
      ],
    );
    expect(ind("Indonesia imported Vietnamese rice worth Rp 19,7 trillion last year.")).toEqual([
      { value: 19_700_000_000_000, unit: "IDR" },
    ]);
  });

  it("reads groups of three digits after a space as thousands", () => {
    expect(ind("Over 5 000 Vietnamese students are studying in Russia.")).toEqual([{ value: 5000, unit: "students" }]);
    expect(ind("The Vietnamese side donated 10 000 tonnes of rice.")).toEqual([{ value: 10_000, unit: "tonnes" }]);
  });

  it("reads a dot and three digits before a counted noun as thousands, a count never being a fraction", () => {
    expect(ind("Over 200.000 people of Vietnamese origin live in Germany.")).toEqual([
      { value: 200_000, unit: "people" },
    ]);
    expect(ind("Russia allocated 1.035 state scholarships for 2024.")).toEqual([{ value: 1035, unit: "scholarships" }]);
  });

  it("reads a dot and three digits before a scale by the page's own notation", () => {
    // English page: "1.035 billion" is a decimal.
    expect(ind("Exports reached 1.035 billion dollars, up 2.5 percent.")).toEqual([
      { value: 1_035_000_000, unit: "USD" },
      { value: 2.5, unit: "percent" },
    ]);
    // Continental page: its decimal commas make the dot a thousands mark.
    expect(ind("Trade rose to 4,4 billion dollars. Investment pledges reached 3.600 million dollars.")).toEqual([
      { value: 4_400_000_000, unit: "USD" },
      { value: 3_600_000_000, unit: "USD" },
    ]);
  });

  it("leaves a list of small numbers and English thousands alone", () => {
    expect(ind("Some 1,200 Vietnamese students study there.")).toEqual([{ value: 1200, unit: "students" }]);
  });
});

describe("scales written the East Asian way in translation", () => {
  it("reads a number word between the digits and the scale as one scale", () => {
    expect(ind("The number of Vietnamese living in Korea is about 33 ten thousand people.")).toEqual([
      { value: 330_000, unit: "people" },
    ]);
  });

  it("adds a smaller scaled figure right after a scaled one", () => {
    expect(ind("Bilateral trade reached 6 trillion 630 billion yen in 2022.")).toEqual([
      { value: 6_630_000_000_000, unit: "JPY" },
    ]);
  });
});

describe("masses and speeds that measure", () => {
  it("drops a ship's displacement and speed but keeps goods counted in tonnes", () => {
    expect(
      ind("The corvette has a displacement of 1,450 tonnes and is capable of speeds in excess of 25 knots."),
    ).toEqual([]);
    expect(ind("The cutter displaces about 12,000 tonnes.")).toEqual([]);
    expect(ind("Vietnam will supply 1.5 million tonnes of rice a year.")).toEqual([
      { value: 1_500_000, unit: "tonnes" },
    ]);
  });

  it("drops a load a vehicle carries", () => {
    expect(ind("Each flight carried about 73 tonnes of equipment to Juba.")).toEqual([]);
  });

  it("drops an area column of a table", () => {
    const body =
      "Feature | Acres created in 2025 | Total acres\nBarque Canada Reef | 470 | 1,070\nLadd Reef | 120 | 410";
    expect(ind(body).filter((f) => f.unit === "acres")).toEqual([]);
  });
});

describe("a figure inside a name", () => {
  it("does not count a capitalised singular noun after a figure above one", () => {
    expect(ind("The team is led by a surgeon from the 175 Military Hospital in Ho Chi Minh City.")).toEqual([]);
    expect(ind("He serves with the VCG Region 3 Command in Ho Chi Minh City.")).toEqual([]);
    expect(ind("About 20,000 Vietnamese live in Malaysia.")).toEqual([{ value: 20_000, unit: "people" }]);
    expect(ind("After the talks, nine Memoranda of Understanding were exchanged.")).toMatchObject([{ value: 9 }]);
  });
});
