import { describe, expect, it } from "vitest";
import { parsePublishedDate } from "./dates.js";

describe("a page's stamp in the shapes templates print it", () => {
  it.each([
    ["October, 19/2020 - 21:36", "2020-10-19"],
    ["Update: March, 18/2014 - 21:05 PM", "2014-03-18"],
    ["Sep, 03 2016 10:12:44 IST", "2016-09-03"],
    ["By Jane DoeJanuary 30, 2024, 7:45 pm", "2024-01-30"],
    ["Rabu, 12 Maret 2025 14:20 WIB", "2025-03-12"],
    ["Isnin, 4 Ogos 2025 09:30 MYT", "2025-08-04"],
  ])("reads %s as the day %s", (value, date) => {
    expect(parsePublishedDate(value)).toEqual({ date, precision: "day" });
  });

  it("does not split a name that merely ends in a month's letters", () => {
    expect(parsePublishedDate("Gomar 3, 2024")).toBeNull();
  });

  it("still refuses a day the month lacks when the month is followed by a comma", () => {
    expect(parsePublishedDate("February, 30/2026")).toBeNull();
  });
});
