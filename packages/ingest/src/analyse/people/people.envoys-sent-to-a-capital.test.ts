import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

/*
 * Round 51: an envoy is named as sent to a capital as often as to a state ("Ambassador to Seoul", "ambassador to
 * Brussels"). The capital is no country mention, so "to" opened no complement and the name after the title was lost;
 * the capital stays in the office as the page writes it.
 */
const people = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person")
    .map((e) => ({ name: e.name, roles: e.roles.map((r) => r.role) }));

describe("envoys sent to a capital", () => {
  it("reads the holder after a title sent to a capital", () => {
    expect(people("Laos's Ambassador to Tokyo Bounmy Vongsa said the new route would open next spring.")).toEqual([
      { name: "Bounmy Vongsa", roles: ["Ambassador to Tokyo"] },
    ]);
  });

  it("keeps a capital of two words in an apposition's office", () => {
    expect(people("Le Van Khoa, ambassador to Kuala Lumpur, said the talks would resume.")).toEqual([
      { name: "Le Van Khoa", roles: ["ambassador to Kuala Lumpur"] },
    ]);
  });
});
