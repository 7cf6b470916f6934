import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 47: first places as provincial outlets and market pages write them. A Vietnamese province or city may hold the
 * place ("Laos is Nghe An's biggest trading partner"), an export destination and a trade gateway are trade roles, and
 * one name after ", followed by" holds the place behind the first.
 */
const ranks = (body: string) =>
  analyseArticle(body, {})
    .indicators.filter((f) => f.unit === "rank")
    .map((f) => f.value);

describe("first places held by a province of Vietnam", () => {
  it("reads a province's first place as the home country's own", () => {
    expect(ranks("Laos is now Nghe An's biggest trading partner, with exports of timber and cement.")).toEqual([1]);
  });

  it("still leaves a foreign region's first place alone", () => {
    expect(ranks("Thailand is now Yunnan's biggest trading partner, with exports of rubber.")).toEqual([]);
  });
});

describe("trade roles of destinations and gateways", () => {
  it("reads 'its largest export destination' as a first place", () => {
    expect(
      ranks("For Vietnam the prize is Europe. The EU is its largest export destination, taking textiles."),
    ).toEqual([1]);
  });

  it("reads the biggest trade gateway between two places as a first place", () => {
    expect(ranks("The new bridge made Mong Cai the biggest trade gateway between Viet Nam and Guangxi.")).toEqual([1]);
  });
});

describe("the runner-up after a first place", () => {
  it("puts the one name after ', followed by' second", () => {
    expect(
      ranks(
        "Japan remained the largest investor with about a third of the total, followed by Singapore, whose firms led.",
      ),
    ).toEqual([1, 2]);
  });

  it("reads the runner-up after an amount with a decimal point", () => {
    expect(
      ranks(
        "Vietnam welcomed China as the largest source market with 4.1 million visitors, followed by Japan with 1.2 million.",
      ),
    ).toEqual([1, 2]);
  });

  it("places no single runner-up when a list follows", () => {
    expect(
      ranks(
        "Korea was the largest investor with $5.2 billion, followed by Japan with $3.1 billion and Taiwan with $2 billion.",
      ),
    ).toEqual([1]);
    expect(ranks("Korea is Vietnam's largest investor, followed by Japan, Singapore and Taiwan.")).toEqual([1]);
  });
});
