import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 50: a Vietnamese family name that is also a demonym ("Thai") opens a name before a middle name; a trade opening
 * a sentence in capitals is the title of the name after it; a trade's field in lower case is part of the title, a
 * degree's possessive too; a name opening its sentence with such a trade after a comma is a person's, whatever the
 * verb. Written fresh in the project's own words.
 */
const read = (body: string) =>
  analyseArticle(body, { publishedAt: "2021-06-01" })
    .entities.filter((e) => e.type === "person")
    .map((p) => [p.name, p.roles?.map((r) => r.role)]);

describe("a family name that is also a demonym", () => {
  it("opens the name before a middle name", () => {
    expect(read("The consul in Lyon, Thai Van Khiem, said the office would stay open.")).toEqual([
      ["Thai Van Khiem", ["consul"]],
    ]);
  });

  it("is still the demonym before an office", () => {
    expect(read("The Thai Foreign Ministry said the office would stay open.")).toEqual([]);
  });
});

describe("a trade", () => {
  it("opening the sentence in capitals is the title of the name after it", () => {
    expect(read("Fisherman Le Van Tho, who lost his boat in May, asked for help.")).toEqual([
      ["Le Van Tho", ["Fisherman"]],
    ]);
  });

  it("keeps its lower-case field and a degree's possessive", () => {
    expect(read("Pham Thi Yen, a doctoral student in Leeds, flew home on Friday.")).toEqual([
      ["Pham Thi Yen", ["doctoral student"]],
    ]);
    expect(read("Dao Minh Khoa, a bachelor's student in Perth, flew home on Friday.")).toEqual([
      ["Dao Minh Khoa", ["bachelor's student"]],
    ]);
    expect(read("Jan Novak, a hop grower near Zatec, said the harvest was late.")).toEqual([
      ["Jan Novak", ["hop grower"]],
    ]);
  });
});

describe("a profile after an age", () => {
  it("may hold a term in quotation marks before its speech verb", () => {
    expect(read('Hoang Thi Lua, 31, who works on a "high-skill" permit in Osaka, said the rules had changed.')).toEqual(
      [["Hoang Thi Lua", []]],
    );
  });
});
