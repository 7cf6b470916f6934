import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * American and Asian English-language papers write a governor's, a congressman's or a senator's title short, with a
 * full stop, straight before the name ("Gov.", "Rep."), often after the state or prefecture it is held in. The title is
 * kept as printed and the place before it is no part of it, nor of the name.
 */
const analyse = (body: string) => analyseArticle(body, { publishedAt: "2024-03-11" });
const people = (body: string) =>
  analyse(body)
    .entities.filter((e) => e.type === "person")
    .map((p) => ({ name: p.name, roles: p.roles.map((r) => r.role) }));

describe("civil titles written short before a name", () => {
  it("reads 'Gov.' before a name as the title, as printed", () => {
    expect(people("DANANG – Gov. Martha Quill opened the state's first trade office in the city on Tuesday.")).toEqual([
      { name: "Martha Quill", roles: ["Gov."] },
    ]);
  });

  it("leaves the state or prefecture before the short title out of both title and name", () => {
    expect(people("Officials said Nevada Gov. Tom Arbuckle toured the port on Friday.")).toEqual([
      { name: "Tom Arbuckle", roles: ["Gov."] },
    ]);
    expect(people("East Hollow Province Gov. Park Min-jae (right) shakes hands with the mayor.")).toEqual([
      { name: "Park Min-jae", roles: ["Gov."] },
    ]);
  });

  it("gives the quotation after the surname to the person titled short", () => {
    const a = analyse(
      "Rep. Dana Whitlock met the delegation in Hue. “Our farmers have waited a long time for this market,” Whitlock said after the meeting.",
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual(["Dana Whitlock"]);
  });

  it("drops the short title beside an office given in apposition", () => {
    const found = people(
      "The talks in Hanoi, Vietnam, were attended by Rep. Ari Mendel, Chairman of the Ohio-Vietnam Trade Caucus.",
    );
    expect(found.map((p) => p.name)).toEqual(["Ari Mendel"]);
    expect(found[0]?.roles).not.toContain("Rep.");
    expect(found[0]?.roles[0]).toMatch(/^Chairman/);
  });

  it("keeps a surname that ends a sentence before one capital", () => {
    const found = people("They met Prime Minister Hun Sen. He said the road would open next year.");
    expect(found.map((p) => p.name)).toContain("Hun Sen");
  });
});
