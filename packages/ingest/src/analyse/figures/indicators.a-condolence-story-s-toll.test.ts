import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const ind = (body: string, title?: string) =>
  analyseArticle(body, title ? { title } : {}).indicators.map(({ value, unit }) => ({ value, unit }));

// Round 51: a headline sending condolences is about the tragedy it mourns, so its toll is the story's own figure.
describe("the toll on a page sending condolences over it", () => {
  const toll =
    "The President sent a message of sympathy after the bombing, which killed at least 31 people in the port city.";

  it("reads the toll when the headline sends condolences", () => {
    expect(ind(toll, "President sends condolences to Peru over port bombing")).toEqual([{ value: 31, unit: "people" }]);
  });

  it("leaves the toll out under a headline about something else", () => {
    expect(ind(toll, "President meets Peruvian trade delegation")).toEqual([]);
  });
});
