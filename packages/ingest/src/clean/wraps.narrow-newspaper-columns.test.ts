import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { unwrapNarrowColumn } from "./narrow-columns.js";
import { unwrapLines } from "./wraps.js";

// An e-paper page read by OCR: a narrow column with words split at the margin, page furniture on longer lines.
const EPAPER = [
  "E-paper | The Daily Example | 4 Jun 2024 | Page 5",
  "WORLD",
  "Leaders agree to",
  "expand shipping links",
  "Thailand and Vietnam on",
  "Tuesday agreed to open two",
  "new container routes be-",
  "tween their main ports, the",
  "transport ministers said af-",
  "ter a meeting in Bangkok.",
  "  The routes will start next",
  "year and are expected to cut",
  "delivery times by a third for",
  "exporters of fruit and elec-",
  "tronic parts, officials said.",
  '  "This is a practical step',
  'for traders on both sides,"',
  "the Thai minister said.",
  "(Continued on page 7)",
].join("\n");

describe("a narrow newspaper column read by OCR", () => {
  it("joins the column's lines into paragraphs, mending split words, and leaves the headline and furniture apart", () => {
    expect(unwrapLines(EPAPER).split("\n")).toEqual([
      "E-paper | The Daily Example | 4 Jun 2024 | Page 5",
      "WORLD",
      "Leaders agree to expand shipping links",
      "Thailand and Vietnam on Tuesday agreed to open two new container routes between their main ports, the transport ministers said after a meeting in Bangkok.",
      "The routes will start next year and are expected to cut delivery times by a third for exporters of fruit and electronic parts, officials said.",
      '"This is a practical step for traders on both sides," the Thai minister said.',
      "(Continued on page 7)",
    ]);
  });

  it("leaves a list of short headlines, which never splits a word at the margin, line by line", () => {
    const list = [
      "Most read today",
      "Rice exports rise in May",
      "Port strike ends after talks",
      "New bridge opens in the north",
      "Flood warnings for three towns",
      "Airline adds routes to Seoul",
      "Stocks close higher on Friday",
      "Power prices to rise in July",
      "Farmers protest over land fees",
      "Ministry moves to cut red tape",
    ].join("\n");
    expect(unwrapLines(list)).toBe(list);
  });

  it("sets a newspaper's jump line ('Continued on page 7') aside as furniture", () => {
    const body = cleanArticle(normaliseText(EPAPER)).body;
    expect(body).not.toContain("Continued on page 7");
    expect(body).toContain("the transport ministers said after a meeting in Bangkok.");
  });
});

// Round 29: one reader (narrow-columns.ts) for every narrow column, called by unwrapLines and so by the cleaner.
describe("the one reader of a narrow column", () => {
  const column = (...head: string[]) =>
    [
      ...head,
      "Laos and Vietnam on",
      "Friday opened a new bor-",
      "der gate for trucks carry-",
      "ing farm goods, customs offi-",
      "cials in both provinces said.",
      "The gate will stay open from",
      "six in the morning until ten",
      "at night, and traders said the",
      "new hours would save them a",
      "day on each delivery to the",
      "river ports of the south.",
    ].join("\n");

  it("goes on after a line ending on a word no sentence ends on, though the next opens in capitals", () => {
    const lines = unwrapNarrowColumn(column("New gate opens", "for border trucks")).split("\n");
    expect(lines[0]).toBe("New gate opens for border trucks");
    expect(lines[1]).toMatch(/^Laos and Vietnam on Friday opened a new border gate for trucks carrying farm goods/);
  });

  it("keeps a short headline line with no stop apart from the lead that opens in capitals", () => {
    const lines = unwrapNarrowColumn(column("Border gate opens", "to farm trucks at dawn")).split("\n");
    expect(lines.slice(0, 2)).toEqual([
      "Border gate opens to farm trucks at dawn",
      expect.stringMatching(/^Laos and Vietnam on/),
    ]);
  });

  it("keeps a running head or a section's name in capitals on its own line", () => {
    const lines = unwrapNarrowColumn(column("2 | THE DAILY EXAMPLE NATION", "IN BRIEF", "New gate opens")).split("\n");
    expect(lines.slice(0, 3)).toEqual(["2 | THE DAILY EXAMPLE NATION", "IN BRIEF", "New gate opens"]);
  });
});
