import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Japanese prefectures' and houses' English pages write a family name in capitals before the given name
 * ("Governor SATO Kenta"), whatever the given name. Straight after a title, or the body a title names, such a pair is
 * one person, filed given name first; an acronym in capitals there is not.
 */
const people = (body: string) =>
  analyseArticle(body, { publishedAt: "2023-09-14" })
    .entities.filter((e) => e.type === "person")
    .map((p) => ({ name: p.name, roles: p.roles.map((r) => r.role) }));

describe("family names in capitals after a title", () => {
  it("reads a capitals family name and any given name after a title as one person", () => {
    expect(people("Governor MORIKAWA Hayate arrived in Hanoi, Vietnam, on Monday for a three-day visit.")).toEqual([
      { name: "Hayate Morikawa", roles: ["Governor"] },
    ]);
  });

  it("reads one after the body that closes a title", () => {
    const found = people(
      "Vietnam's delegation called on Speaker of the House of Representatives KOBAYASHI Tomoharu in Tokyo.",
    );
    expect(found.map((p) => p.name)).toEqual(["Tomoharu Kobayashi"]);
  });

  it("takes no acronym followed by two capitalised words for a name", () => {
    const found = people("Vietnam sent Minister NATO Summit Hall guests a letter on Monday.");
    expect(found.map((p) => p.name)).not.toContain("Summit Nato");
  });
});
