import { describe, expect, it } from "vitest";
import { isPublicationDateLine } from "./datelines.js";

describe("a publication date line with what templates set beside the date", () => {
  it.each([
    "VOV.VN - Friday, 10/11/2017, 22:05 PM",
    "Xinhua | Updated: 2025-06-24 21:08",
    "Xinhua, October 30, 2025",
    "October 30, 2025 | Bernama",
    "Written: 2018-03-23 15:02:11Updated: 2018-03-23 16:40:57",
    "Published on October 7, 2024, at 7:14 pm (Paris), updated at 8:30 pm",
    "Rabu, 12 Maret 2025 14:20 WIB",
    "Khamis, 21 November 2024 10:15 MYT",
    "Jakarta / Hanoi ● Fri, January 12, 2024",
    "Posted: 13/07/2015 | Print | Email to friend",
    "Thursday, 27 June 2013 | Print | E-mail | Viewed: 2.114 times",
  ])("takes %s as the page's stamp", (line) => {
    expect(isPublicationDateLine(line)).toBe(true);
  });

  it.each([
    // An outlet's credit whose stamp has dashes of its own is left to the byline reader as one line.
    "KYODO NEWS - Nov 27, 2023 - 21:15",
    // A place in brackets inside a sentence is no clock's zone.
    "Talks opened (Hanoi) at 10:00 on May 5, 2024",
    // A name that is not an outlet before the date keeps the line from being a stamp.
    "Trade Minister, October 30, 2025",
    "Reuters | Reuters",
    // Bars after a stamp hold the page's tools, not a menu or a headline.
    "May 5, 2024 | Talks in Hanoi",
    "Home / News ● Fri, January 12, 2024",
    // A table's row of a partner and its year names no day.
    "Singapore – 2025",
  ])("leaves %s alone", (line) => {
    expect(isPublicationDateLine(line)).toBe(false);
  });
});

describe("a publication date labelled as such", () => {
  it("takes 'Publication Date: <day>' as the page's stamp", () => {
    expect(isPublicationDateLine("Publication Date: March 3, 2011")).toBe(true);
  });
});
