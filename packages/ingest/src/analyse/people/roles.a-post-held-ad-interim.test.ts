import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

const read = (body: string) => analyseArticle(body, {});

describe("a post held ad interim", () => {
  it("keeps 'a.i.' in the title and reads the embassy after it", () => {
    const analysis = read(
      'At the fair, Chargé d\'Affaires a.i. of the Lao Embassy Phan Thi Lan said the booths were full. "Food opens more doors than speeches," the diplomat added.',
    );
    const person = analysis.entities.find((e) => e.type === "person");
    expect(person?.name).toBe("Phan Thi Lan");
    expect(person?.roles.map((r) => r.role)).toEqual(["Chargé d'Affaires a.i. of the Lao Embassy"]);
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(["Phan Thi Lan"]);
  });

  it("keeps 'ad interim' in the title", () => {
    const person = read("Chargé d'Affaires ad interim Phan Thi Lan opened the fair on Sunday.").entities.find(
      (e) => e.type === "person",
    );
    expect(person?.roles.map((r) => r.role)).toEqual(["Chargé d'Affaires ad interim"]);
  });
});
