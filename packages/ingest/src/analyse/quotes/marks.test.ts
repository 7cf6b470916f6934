import { describe, expect, it } from "vitest";
import { quoteSpans } from "./marks.js";

const inner = (line: string) =>
  quoteSpans(line).map((s) => line.slice(s.open + 1, s.close < 0 ? line.length : s.close));

describe("quoteSpans", () => {
  it("pairs straight and curly marks, also when they are mixed", () => {
    expect(inner('The concepts of “strategic autonomy" and "self-reliance” matter.')).toEqual([
      "strategic autonomy",
      "self-reliance",
    ]);
  });

  it("keeps a nested quotation inside the outer one", () => {
    expect(inner("He said: “We need a “win-win” approach.”")).toEqual(["We need a “win-win” approach."]);
  });

  it("ends a quotation that lost its closing mark where the next one opens", () => {
    expect(inner("“We will do more. “Trade must grow,” he said.")).toEqual(["We will do more. ", "Trade must grow,"]);
  });

  it("runs an unclosed quotation to the end of the line", () => {
    expect(inner('"We resolutely protect these rights by peaceful means.')).toEqual([
      "We resolutely protect these rights by peaceful means.",
    ]);
  });

  it("reads single quotes and guillemets but not apostrophes or a plural possessive", () => {
    expect(inner("‘Vietnam’s ties matter,’ he said of the two countries’ trust and «a new chapter».")).toEqual([
      "Vietnam’s ties matter,",
      "a new chapter",
    ]);
  });

  it("reads two apostrophes as a closing double mark, not as two single quotes", () => {
    expect(inner("\"Vietnam is ready to work with Thailand,'' Mr Dung said of the countries' ties.")).toEqual([
      "Vietnam is ready to work with Thailand,",
    ]);
  });

  it("reads a closing mark written as an opening one", () => {
    expect(inner("Lam said: “Diplomacy must go one step ahead.“")).toEqual(["Diplomacy must go one step ahead."]);
  });
});

describe("guillemets printed as padded straight marks", () => {
  it("reads a padded mark at the line's start as an opening and one between words by the marks before it", () => {
    expect(
      inner('" Our doors stay open to every partner ", said the envoy, who wished to be " a friend who listens ".'),
    ).toEqual([" Our doors stay open to every partner ", " a friend who listens "]);
  });
});

describe("a stray padded mark at a line's start", () => {
  it("opens no quotation when no padded mark follows to close it", () => {
    expect(inner('" Exports of rice, 12 months of 2014')).toEqual([]);
  });
});

describe("British single marks a paragraph leaves out", () => {
  it("reads a closing mark before a credit as a quotation whose opening mark is missing", () => {
    const line = "Laos is ready to share its experience with our friends,' said Ms Vong, who arrived on Sunday.";
    expect(quoteSpans(line)).toEqual([{ open: -1, close: line.indexOf("'") }]);
  });

  it("runs a paragraph opened by a single mark and never closed on to the next paragraph", () => {
    expect(quoteSpans("'We came to this country to stay. Our network reaches every region.")).toEqual([
      { open: 0, close: -1 },
    ]);
  });

  it("leaves a plural possessive before a credit-like word an apostrophe", () => {
    expect(quoteSpans("The ministers' aides said the talks went well.")).toEqual([]);
    expect(quoteSpans("It was the 'best deal ever,' officials said.")).toEqual([{ open: 11, close: 27 }]);
  });
});
