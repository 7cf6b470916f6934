import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

/** Round 48: bodies the gazetteer now knows. */
const named = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "organization")
    .flatMap((e) => [e.name, ...e.mentions.map((m) => m.surface)]);

describe("standing forums of navies, coast guards and banks", () => {
  it("reads each by its full name", () => {
    const body =
      "The drill followed rules agreed by the Western Pacific Naval Symposium. Both services sit in the ASEAN Coast " +
      "Guard Forum. Banks in the Glasgow Financial Alliance for Net Zero will lend the rest.";
    const orgs = named(body);
    expect(orgs).toContain("Western Pacific Naval Symposium");
    expect(orgs).toContain("ASEAN Coast Guard Forum");
    expect(orgs).toContain("Glasgow Financial Alliance for Net Zero");
    expect(orgs).not.toContain("ASEAN");
  });
});
