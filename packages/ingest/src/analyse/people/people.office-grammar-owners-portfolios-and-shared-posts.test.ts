import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 18: the office grammar (qualifier + head + "of"-complement) read whole. An organisation before its own top
 * office is whose office it is; lower-case portfolios after a possessive are the title's; a lower-case head of two
 * words, "head of" what he heads, a firm's two posts joined by "and", and a monarch's title closing a surname.
 */
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => [e.name, e.roles.map((r) => r.role)]);

describe("the office grammar", () => {
  it("keeps the organisation before its own top office and a body before any other head", () => {
    expect(people("WTO Director-General Carla Mendes met European Commission President Lars Holm in Geneva.")).toEqual([
      ["Carla Mendes", ["WTO Director-General"]],
      ["Lars Holm", ["European Commission President"]],
    ]);
  });

  it("keeps lower-case portfolio words between a possessive and a lower-case head", () => {
    expect(people("Canada's digital economy minister Paul Ferris arrived on Monday.")).toEqual([
      ["Paul Ferris", ["digital economy minister"]],
    ]);
  });

  it("does not take a participle describing the holder as a portfolio", () => {
    expect(people("Canada's ruling minister Paul Ferris arrived on Monday.")).toEqual([["Paul Ferris", ["minister"]]]);
  });

  it("reads a lower-case head of two words, what 'head of' names, and a workplace the page leaves unnamed", () => {
    expect(
      people(
        "Le Van Tam, director general of the tax policy department, said so. Kim Soo-jin, head of Hanwha's Hanoi office, agreed. Tran Thi Ha, head of research at a Saigon bank, said the same.",
      ),
    ).toEqual([
      ["Le Van Tam", ["director general"]],
      ["Kim Soo-jin", ["head of Hanwha's Hanoi office"]],
      ["Tran Thi Ha", ["head of research at a Saigon bank"]],
    ]);
  });

  it("joins a firm's two posts into one, but not two offices of state", () => {
    expect(
      people(
        "Grab founder and CEO Anthony Tan spoke. Deputy Prime Minister and Foreign Minister Pham Binh Minh replied.",
      ),
    ).toEqual([
      ["Anthony Tan", ["founder and CEO"]],
      ["Pham Binh Minh", ["Deputy Prime Minister", "Foreign Minister"]],
    ]);
  });

  it("reads the head alone when the capitals before it end a body's 'of' name", () => {
    expect(people("Federation of Commerce and Industry Chairman Arief Nugroho said members agreed.")).toEqual([
      ["Arief Nugroho", ["Chairman"]],
    ]);
  });

  it("reads a monarch's title closing a name as its surname", () => {
    expect(people("Resources Minister Jane King said the plan was ready.")).toEqual([
      ["Jane King", ["Resources Minister"]],
    ]);
  });

  it("reads no place after 'to' in a demonym describing the next person", () => {
    expect(people("Chile handed the forum's chair to Peruvian leader Dina Boluarte in Lima.")).toEqual([
      ["Dina Boluarte", ["leader"]],
    ]);
  });

  it("keeps a ministry's acronym before a lower-case head", () => {
    expect(people("MEA spokesperson Arindam Bagchi told reporters.")).toEqual([
      ["Arindam Bagchi", ["MEA spokesperson"]],
    ]);
  });
});
