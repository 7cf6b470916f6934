import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/**
 * Round 35 (issue 11): figures in economic stories written in pairs and names with a number in them, in sentences of
 * our own.
 */
const analyse = (body: string) => analyseArticle(body, { publishedAt: "2024-05-10", title: null });
const figures = (body: string) =>
  analyse(body)
    .indicators.map((f) => `${f.value} ${f.unit}`)
    .sort();

describe("falls written in pairs", () => {
  it("makes every percentage joined to a fallen one a fall", () => {
    expect(figures("Shipments of pepper and cashews dropped 6.5 per cent and 3.1 per cent respectively.")).toEqual([
      "-3.1 percent",
      "-6.5 percent",
    ]);
    expect(figures("Orders from the three markets were down 2%, 4% and 9% on the year.")).toEqual([
      "-2 percent",
      "-4 percent",
      "-9 percent",
    ]);
  });

  it("leaves a rise joined by its own verb a rise", () => {
    expect(figures("Rice sales fell 5 percent and coffee sales rose 7 percent.")).toEqual(["-5 percent", "7 percent"]);
  });
});

describe("a number inside a racing series' name", () => {
  it("is no count of what follows it", () => {
    expect(figures("The port city will stage its first Formula 1 race next spring.")).toEqual([]);
  });
});
