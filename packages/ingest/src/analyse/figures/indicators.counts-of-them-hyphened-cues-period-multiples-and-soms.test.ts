import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 57: "N of them" after a clause that counts its own plural, a rank cue that is half of a hyphened adjective,
// a multiple of a period's figure, paired counts of two trades and two counts joined by "and", and the som of Central Asia.
// Sentences are written for the tests.
const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("a part of a count written 'N of them'", () => {
  it("counts the plural the clause counted, not the nearer place word", () => {
    expect(
      figures("Around 3,000 Lao trainees now attend Vietnamese colleges, some 800 of them on government grants."),
    ).toEqual(["3000 trainees", "800 trainees"]);
  });

  it("keeps the nearest plural when the clause counts nothing", () => {
    expect(figures("The country has signed trade agreements, nine of them with Asian partners.")).toEqual([
      "9 agreements",
    ]);
  });
});

describe("a rank cue hyphened onto another word", () => {
  it("reads no rank in 'third countries' after a long-standing partner", () => {
    expect(figures("Traders kept long-standing buyers by settling payments through banks in third countries.")).toEqual(
      [],
    );
  });

  it("still reads a rank after a cue standing alone", () => {
    expect(figures("The port is ranked third in the region for container traffic.")).toEqual(["3 rank"]);
  });
});

describe("a multiple of a period's figure", () => {
  it("reads 'three times last year's figure' as a multiple", () => {
    expect(
      figures("The two sides aim to lift trade to $90 million by 2030, about three times last year's figure."),
    ).toEqual(["90000000 USD", "3 times"]);
  });
});

describe("paired counts", () => {
  it("reads two counts when a number word follows 'and'", () => {
    expect(figures("Delegates from 30 countries and two territories attended the forum.")).toEqual([
      "30 countries",
      "2 territories",
    ]);
  });

  it("keeps engineers and doctors as one phrase", () => {
    expect(figures("More than 900 engineers and doctors trained at the institute in the 1980s.")).toEqual([
      "900 engineers and doctors",
    ]);
  });
});

describe("the som", () => {
  it("reads soms on a Kyrgyz page as Kyrgyz som and on an Uzbek page as Uzbek som", () => {
    expect(
      figures("Kyrgyzstan's exports reached 4.5 billion soms in the first half, officials in Bishkek said."),
    ).toEqual(["4500000000 KGS"]);
    expect(
      figures("Uzbekistan's exports reached 4.5 billion soms in the first half, officials in Tashkent said."),
    ).toEqual(["4500000000 UZS"]);
  });
});
