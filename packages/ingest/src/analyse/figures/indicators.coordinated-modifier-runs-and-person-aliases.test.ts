import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/** Round 34 (issue 11): modifiers joined before one plural, and names for counted persons read as one kind. */
const figures = (body: string) => analyseArticle(body, {}).indicators.map(({ value, unit }) => `${value} ${unit}`);

describe("a singular modifier joined by 'and' to a longer modifier run", () => {
  it("counts the plural that closes the run, not the first modifier", () => {
    expect(figures("The province dispatched 14 border guard and maritime rescue boats to the strait.")).toEqual([
      "14 boats",
    ]);
  });

  it("leaves a count alone when 'and' opens a clause with its own verb", () => {
    expect(figures("The ministry signed trade deals with more than 40 partner and lifted tariff barriers.")).toEqual([
      "40 partner",
    ]);
  });

  it("reads a participle inside the run as one more modifier of the shared plural", () => {
    expect(figures("The navy sent 12 coast guard and fisheries armed ships to the area.")).toEqual(["12 ships"]);
  });

  it("keeps a two-word joined modifier pair as before", () => {
    expect(figures("The province dispatched 14 border guard and navy boats to the strait.")).toEqual(["14 boats"]);
  });
});

describe("names for counted persons", () => {
  it("reads labourers as workers and foreigners as people", () => {
    expect(
      figures("A charter plane brought 180 labourers home, and 2,500 foreigners were moved to camps near the border."),
    ).toEqual(["180 workers", "2500 people"]);
  });
});

describe("a figure opening an absolute phrase after 'with'", () => {
  it("counts the plural heading the sentence's subject when a participle follows the figure", () => {
    expect(
      figures(
        "Filipino nurses have filled most vacancies at the hospitals, with some 900 arriving in Hanoi last year.",
      ),
    ).toEqual(["900 nurses"]);
  });

  it("reads nothing when the subject is no plural", () => {
    expect(figures("The programme has grown quickly, with some 900 arriving in Hanoi last year.")).toEqual([]);
  });
});

describe("a count of 'others'", () => {
  it("counts more of what the count just before it counted", () => {
    expect(
      figures("Some 600 engineers reached Da Nang by ship on Sunday. A further 140 others were due to arrive by air."),
    ).toEqual(["600 engineers", "140 engineers"]);
  });

  it("keeps the word when no count stands close before it", () => {
    expect(figures("A further 140 others were due to arrive by air.")).toEqual(["140 others"]);
  });
});

describe("a bare scaled figure later in the sentence", () => {
  it("counts what the figure before it counted", () => {
    expect(figures("Da Nang hosted 3 million tourists, while Hue drew 1.2 million.")).toEqual([
      "3000000 tourists",
      "1200000 tourists",
    ]);
  });

  it("looks past a change in percent given beside the earlier count", () => {
    expect(
      figures(
        "Seoul sent 2.5 million students abroad, up 4 per cent, and Tokyo came next at 1.9 million, up 2 per cent.",
      ),
    ).toEqual(["2500000 students", "4 percent", "1900000 students", "2 percent"]);
  });
});
