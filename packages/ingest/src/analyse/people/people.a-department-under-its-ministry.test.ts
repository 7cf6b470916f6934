import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// "deputy director of the <Department> under the <Ministry>": the ministry a department sits under belongs to the
// office as the page gives it, after a title set off by commas or before the name. "under" before anything that is not
// a body's name ("under the plan") ends the office. Sentences are the tests' own.
const rolesOf = (body: string, name: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "person" && e.name === name)
    .flatMap((e) => (e.roles ?? []).map((r) => r.role));

describe("a department under its ministry", () => {
  it("keeps the ministry in an apposition's office", () => {
    const body =
      "Lam Thi Nga, director of the Department of International Cooperation under the Ministry of Agriculture, said the tests ended.";
    expect(rolesOf(body, "Lam Thi Nga")).toEqual([
      "director of the Department of International Cooperation under the Ministry of Agriculture",
    ]);
  });

  it("keeps it before the holder's name", () => {
    const body =
      "Deputy Director of the Department of International Cooperation under the Ministry of Agriculture Lam Thi Nga said the tests ended.";
    expect(rolesOf(body, "Lam Thi Nga")).toEqual([
      "Deputy Director of the Department of International Cooperation under the Ministry of Agriculture",
    ]);
  });

  it("ends the office before 'under' and a plan", () => {
    const body =
      "Lam Thi Nga, director of the Department of International Cooperation, under the plan will test every batch.";
    expect(rolesOf(body, "Lam Thi Nga")).toEqual(["director of the Department of International Cooperation"]);
  });
});
