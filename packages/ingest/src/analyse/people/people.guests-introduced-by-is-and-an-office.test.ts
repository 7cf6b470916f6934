import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 16: broadcast scripts and podcast notes introduce a guest as "Name is an office at a body." with no title before
 * the name and no speech verb after it. The name opening its sentence (or a transcript turn) and the office after
 * "is"/"was" make the person, with that office; a body or a place before "is" makes no one.
 */
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => [e.name, e.roles.map((r) => r.role.toLowerCase())]);

describe("people introduced as 'Name is an office'", () => {
  it("reads a guest introduced with 'is' and an office at a body", () => {
    expect(
      people(
        "The deal matters to exporters. Ingrid Halvorsen is chief economist at Nordkapp Bank in Oslo.\n\nIngrid Halvorsen: The tariff is lower than many feared.",
      ),
    ).toEqual([["Ingrid Halvorsen", ["chief economist at nordkapp bank"]]]);
  });

  it("makes no one of an author's note that names its writer nowhere else", () => {
    expect(
      people("Hanoi wants partners, not patrons. Hugh Kellerman is a former diplomat who served in Hanoi and Da Nang."),
    ).toEqual([]);
  });

  it("reads the introduction inside a host's labelled turn", () => {
    expect(
      people("HOST: Tomas Lindgren is a senior fellow at the Baltic Policy Forum.\n\nTomas Lindgren: Thank you."),
    ).toEqual([["Tomas Lindgren", ["senior fellow at the baltic policy forum"]]]);
  });

  it("makes no one of a body or a place before 'is'", () => {
    expect(people("Harbor Point Capital is a fund in Singapore. Ho Chi Minh City is the largest city.")).toEqual([]);
  });
});
