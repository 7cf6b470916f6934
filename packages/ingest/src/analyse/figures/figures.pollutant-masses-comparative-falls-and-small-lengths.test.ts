import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 59: figures of environment stories. A mass of a pollutant (plastic, waste, emissions) measures the environment,
 * not goods the story tracks, so the readings leave it out, while goods in tonnes stay; a percentage with "less" or
 * "fewer" after it is a fall; centimetres and millimetres are lengths, a measurement; a flood named as a hazard a
 * project guards against ("cope with floods") tells of no disaster, so the sentence's counts stand. Sentences and
 * figures are the tests' own.
 */
const figures = (body: string) => analyseArticle(body, {}).indicators.map((i) => `${i.value} ${i.unit}`);

describe("masses of pollutants", () => {
  it("drops tonnes of plastic or waste and a capped emissions peak, keeps tonnes of goods", () => {
    expect(
      figures(
        "The islands dump about 2.4 million tonnes of plastic waste a year. The plan caps power sector emissions in 2031 at 95 million tonnes. The port shipped 3 million tonnes of cassava last year.",
      ),
    ).toEqual(["3000000 tonnes"]);
  });

  it("drops kilograms of plastic used per person", () => {
    expect(figures("Each resident used about 37 kilograms of plastic in 2019.")).toEqual([]);
  });
});

describe("falls written with a comparative", () => {
  it("reads a percentage with 'less' or 'fewer' after it as negative", () => {
    expect(figures("The lake now receives 35 per cent less silt, and farms use 15% fewer workers.")).toEqual([
      "-35 percent",
      "-15 percent",
    ]);
  });
});

describe("small lengths", () => {
  it("drops centimetres and millimetres", () => {
    expect(figures("The coast sinks by 2-4 centimetres a year and rain fell at 120 mm a day.")).toEqual([]);
  });
});

describe("a hazard a project guards against", () => {
  it("keeps the counts of a sentence that names floods only as a risk", () => {
    expect(
      figures("The loan will help some 800,000 people in six coastal provinces cope with floods and drought."),
    ).toEqual(["800000 people", "6 provinces"]);
  });

  it("still drops a storm's toll outside its own story", () => {
    expect(figures("Floods killed 14 people and washed away 200 homes in the north.")).toEqual([]);
  });
});
