import { describe, expect, it } from "vitest";
import { dayInYear, parsePublishedDate } from "./dates.js";

describe("parsePublishedDate", () => {
  it.each([
    ["2026-11-23", "2026-11-23"],
    ["2026-11-23T14:05:00+07:00", "2026-11-23"],
    ["2026-11-23T07:05:00.000Z", "2026-11-23"],
    ["2026-11-23 14:05", "2026-11-23"],
    ["November 23, 2026", "2026-11-23"],
    ["Nov. 23, 2026", "2026-11-23"],
    ["Monday, November 23, 2026 - 09:12", "2026-11-23"],
    ["23 November 2026", "2026-11-23"],
    ["23rd of November 2026", "2026-11-23"],
    ["23/11/2026", "2026-11-23"],
    ["3/2/2026", "2026-02-03"],
    ["23.11.2026", "2026-11-23"],
    ["Monday, 23/11/2026 14:05 (GMT+7)", "2026-11-23"],
    ["Thứ Hai, 23/11/2026, 14:05 (GMT+7)", "2026-11-23"],
    ["ngày 23 tháng 11 năm 2026", "2026-11-23"],
    ["2026/11/23", "2026-11-23"],
    ["2018.09.11.", "2018-09-11"],
    ["2024-02-29", "2024-02-29"],
  ])("reads %s as the day %s", (value, date) => {
    expect(parsePublishedDate(value)).toEqual({ date, precision: "day" });
  });

  it("reads a US-style date only when day-first is impossible", () => {
    expect(parsePublishedDate("11/23/2026")).toEqual({ date: "2026-11-23", precision: "day" });
  });

  it.each([
    ["2026-11", "2026-11"],
    ["November 2026", "2026-11"],
    ["Nov 2026", "2026-11"],
    ["11/2026", "2026-11"],
  ])("reads %s as the month %s", (value, date) => {
    expect(parsePublishedDate(value)).toEqual({ date, precision: "month" });
  });

  it("reads a bare year as a year", () => {
    expect(parsePublishedDate(" 2026 ")).toEqual({ date: "2026", precision: "year" });
  });

  it.each([
    "",
    "yesterday",
    "31/02/2026",
    "2026-13-01",
    "2026-11-31",
    "2023-02-29",
    "2026-13",
    "February 30, 2026",
    "32 January 2026",
    "0000",
    "12345",
    "Q4 2026",
  ])("gives null for %j instead of inventing a date", (value) => {
    expect(parsePublishedDate(value)).toBeNull();
  });
});

describe("dayInYear", () => {
  it.each([
    ["HANOI, Dec. 12 (Xinhua) --", 2023, "2023-12-12"],
    ["KUALA LUMPUR, Mar 3 (Bernama) --", 2025, "2025-03-03"],
    ["JAKARTA, 10 March (ANTARA) -", 2025, "2025-03-10"],
  ])("completes %s with the page's year", (text, year, date) => {
    expect(dayInYear(text, year)).toEqual({ date, precision: "day" });
  });

  it("refuses a text with no day or a day the year lacks", () => {
    expect(dayInYear("HANOI (VNA) -", 2024)).toBeNull();
    expect(dayInYear("HANOI, Feb 29 (VNA) -", 2023)).toBeNull();
  });
});

describe("a dotted day written year first", () => {
  it("is no version number", () => {
    expect(parsePublishedDate("release 2018.09.11.4")).toBeNull();
    expect(parsePublishedDate("2018.9.1")).toEqual({ date: "2018-09-01", precision: "day" });
  });
});
