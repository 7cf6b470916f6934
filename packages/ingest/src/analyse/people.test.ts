import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((p) => ({ name: p.name, roles: p.roles.map((r) => r.role) }));

describe("people", () => {
  it("splits a title chain on 'and' into roles", () => {
    expect(people("Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son affirmed the results.")).toEqual(
      [{ name: "Bui Thanh Son", roles: ["Deputy Prime Minister", "Minister of Foreign Affairs"] }],
    );
  });

  it("resolves a bare surname to the full name given later", () => {
    const body = "Trung said the policy was sound.\n\nForeign Minister Le Hoai Trung said more.";
    const found = analyseArticle(body, {}).entities.filter((e) => e.type === "person");
    expect(found.map((p) => p.name)).toEqual(["Le Hoai Trung"]);
    expect(found[0]?.mentions.map((m) => m.surface)).toContain("Trung");
  });

  it("reads roles from apposition after an honorific", () => {
    expect(people("Mr. Xu Ningning, Chairman of the Industry Cooperation Committee, said trade grew.")).toEqual([
      { name: "Xu Ningning", roles: ["Chairman of the Industry Cooperation Committee"] },
    ]);
  });

  it("drops the demonym and possessive before a title", () => {
    expect(people("China's Foreign Minister Wang Yi met Vietnamese Party General Secretary To Lam.")).toEqual([
      { name: "Wang Yi", roles: ["Minister of Foreign Affairs"] },
      { name: "To Lam", roles: ["Party General Secretary"] },
    ]);
  });

  it("accepts lower-case titles before a name", () => {
    expect(people("Chinese leader Xi Jinping arrived; spokeswoman Pham Thu Hang spoke.").map((p) => p.name)).toEqual([
      "Xi Jinping",
      "Pham Thu Hang",
    ]);
  });

  it("folds diacritics into the key", () => {
    const p = analyseArticle("Tổng Bí thư Party General Secretary Tô Lâm spoke.", {}).entities.find(
      (e) => e.type === "person",
    );
    expect(p?.key).toBe("to lam");
  });

  it("ignores capitalised words that are not names", () => {
    expect(people("Officials said the Government and the Politburo agreed. Hanoi said nothing.")).toEqual([]);
  });

  it("drops stray capitals before a Vietnamese surname when only a speech verb marks the name", () => {
    expect(people("Traffic Tao Chi Trung said he had saved money.").map((p) => p.name)).toEqual(["Tao Chi Trung"]);
  });

  it("does not read an institution after a military-looking title as a person", () => {
    expect(people("The Party Committee of the Vietnam General Confederation of Labor met.")).toEqual([]);
  });
});

describe("person mentions", () => {
  it("counts a later bare part of a known name, but never an English function word", () => {
    const body =
      "Party General Secretary To Lam met President Prabowo Subianto. Prabowo thanked him. To conclude, both spoke.";
    const found = analyseArticle(body, {}).entities.filter((e) => e.type === "person");
    const byName = new Map(found.map((p) => [p.name, p.mentions.map((m) => m.surface)]));
    expect(byName.get("Prabowo Subianto")).toEqual(["Prabowo Subianto", "Prabowo"]);
    expect(byName.get("To Lam")).toEqual(["To Lam"]);
  });
});
