import { describe, expect, it } from "vitest";
import { headlineUnderPrintLine, isPrintPageLine } from "./titles.js";

// Lines and headlines are written for the tests.
describe("a print page's or a bulletin's running line is no headline", () => {
  it.each(["Mon, Mar 3, 2014 - Page 7 World News", "No. 4/2019 – April 2019 For members only", "Issue 12 · June 2021"])(
    "%s is a running line",
    (line) => {
      expect(isPrintPageLine(line)).toBe(true);
    },
  );

  it.each([
    "Hanoi and Rome sign pact on July 24, 2010",
    "No. 1 trading partner for the third year",
    "Page turns on a decade of talks",
  ])("%s is a headline", (line) => {
    expect(isPrintPageLine(line)).toBe(false);
  });
});

describe("the headline under a running line taken for the title opens the body", () => {
  const story = "The two ministers met in Hanoi on Friday and agreed to raise trade to 20 billion dollars by 2030.";

  it("takes the body's first line", () => {
    expect(
      headlineUnderPrintLine("Mon, Mar 3, 2014 - Page 7 World News", `Ministers agree to lift trade\n\n${story}`),
    ).toEqual({ title: "Ministers agree to lift trade", body: story });
  });

  it("joins a headline wrapped after its colon", () => {
    expect(
      headlineUnderPrintLine(
        "No. 4/2019 – April 2019 For members only",
        `Trade pact in force from May:\nExporters "ready", survey says\n${story}`,
      ),
    ).toEqual({ title: 'Trade pact in force from May: Exporters "ready", survey says', body: story });
  });

  it("leaves a real headline and a body opening on a sentence", () => {
    expect(headlineUnderPrintLine("Ministers agree to lift trade", `Trade rises\n\n${story}`)).toBeNull();
    expect(headlineUnderPrintLine("Mon, Mar 3, 2014 - Page 7 World News", story)).toBeNull();
  });
});
