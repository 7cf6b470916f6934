import { describe, expect, it } from "vitest";
import { inferDate } from "./dates.js";
import { splitSentences } from "./sentences.js";

const date = (body: string) => inferDate(splitSentences(body));

describe("inferDate", () => {
  it("reads a full date with day precision", () => {
    expect(date("The leaders met in Hanoi on November 12, 2024.")).toEqual({
      date: "2024-11-12",
      precision: "day",
      evidence: "The leaders met in Hanoi on November 12, 2024.",
    });
  });

  it("takes the latest year written about, not targets or terms", () => {
    expect(
      date(
        "The achievements in 2024 matter. In 2024 trade grew. Goals for 2030 and 2045 remain, in the 2023-2025 term.",
      )?.date,
    ).toBe("2024");
  });

  it("does not take a year written once, which is usually a past event", () => {
    expect(date("The two sides set up a comprehensive partnership in 2013.")).toBeNull();
  });

  it("skips a year of an event still being prepared for, far back in its clause", () => {
    expect(
      date(
        "The talks were held on 11 December 2008. Both sides praised Hanoi's preparations to take over the chair of the regional bloc in 2010 and to host its summit in 2010. Ties grew in 2008.",
      )?.date,
    ).toBe("2008-12-11");
  });

  it("never turns a Party Congress number into a date", () => {
    expect(date("The 14th Party Congress adopted the XIII documents.")).toBeNull();
  });

  it("reads month precision", () => {
    expect(date("Trade rose in March 2025.")).toMatchObject({ date: "2025-03", precision: "month" });
  });

  it("counts the story's year from a dated event it says the news comes so many years after", () => {
    expect(
      date(
        "The upgrade came 30 years after the two countries normalised ties in 1992, and 13 years after 2009's pact.",
      ),
    ).toMatchObject({ date: "2022", precision: "year" });
    expect(date("This year marks the 50th anniversary of diplomatic relations set up in 1973.")).toMatchObject({
      date: "2023",
      precision: "year",
    });
  });

  it("does not count a past event dated from an older one", () => {
    expect(date("Vietnam joined ASEAN in 1995, 28 years after the bloc was founded in 1967.")).toBeNull();
  });

  it("reads the last day of a range of days, whose 'to' is no target", () => {
    expect(date("The prime minister paid an official visit to Viet Nam from 25 to 27 February 2025.")).toMatchObject({
      date: "2025-02-27",
      precision: "day",
    });
    expect(date("Trade should grow from 2024 to 2030.")).toBeNull();
  });

  it("does not take a year naming a document or a list label as the story's year", () => {
    expect(
      date(
        "The plan keeps the rules of the 2019 defence white paper. The 2019 paper is still cited. Partners are Chile (2009), Peru (2009) and Brazil (both 2009).",
      ),
    ).toBeNull();
  });

  it("does not take the base of a comparison as the story's year", () => {
    expect(date("Trade in 2018 was high. Exports rose 9 percent over 2018. Output grew 3 percent on 2018.")).toBeNull();
  });

  it("counts the story's year from a change measured against a written base year", () => {
    expect(date("Exports reached 40 billion dollars last year, up 12.5 percent on 2022.")?.date).toBe("2024");
    expect(date("Sales this year are up 6 percent from 2024, officials said.")?.date).toBe("2025");
  });
});

describe("a date a speaker recalls", () => {
  it("is history, not the time the story is written", () => {
    const text =
      "The minister opened the celebrations in Rome. He recalled that on 23 March 1973 Italy became one of the first Western countries to set up relations with Hanoi.";
    expect(inferDate(splitSentences(text))).toBeNull();
  });

  it("leaves a date the story reports as its own", () => {
    const text = "The two ministers met in Rome on 23 March 2013 and recalled the early years of their relations.";
    expect(inferDate(splitSentences(text))?.date).toBe("2013-03-23");
  });
});

describe("a period still running", () => {
  it("dates the story by the year of 'the first nine months of …', written once", () => {
    const text = "Exports reached $3 billion last year and $2.8 billion in the first nine months of 2021 alone.";
    expect(inferDate(splitSentences(text))?.date).toBe("2021");
  });

  it("does not take a running period that is only compared against", () => {
    const text = "Sales rose 8 percent, in the first six months of 2019 compared with a weak start.";
    expect(inferDate(splitSentences(text))).toBeNull();
  });
});

describe("a series of years", () => {
  it("does not date the story by a year repeated inside a series", () => {
    const text = "Hanoi signed such deals with five countries in 2006, 2008, 2008, 2008 and 2010 respectively.";
    expect(inferDate(splitSentences(text))).toBeNull();
  });
});
