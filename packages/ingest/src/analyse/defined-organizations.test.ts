import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

const orgs = (text: string) =>
  analyseArticle(text, {})
    .entities.filter((e) => e.type === "organization")
    .map((e) => `${e.name}|${e.acronym}|${e.mentions.length}`);

describe("organisations the text defines by acronym", () => {
  it("reads an unlisted international body written as Name (ACR), and its later acronym", () => {
    const text =
      "The leaders backed the Pacific Skills Exchange Network (PSEN) and the Indian Ocean Tuna Commission (IOTC). PSEN members met in June.";
    expect(orgs(text)).toEqual(["Pacific Skills Exchange Network|PSEN|2", "Indian Ocean Tuna Commission|IOTC|1"]);
  });

  it("skips domestic agencies, companies and documents", () => {
    const text =
      "The Vietnam Chamber of Commerce and Industry (VCCI), the Asia Trading Corporation (ATC) and the Regional Trade Agreement (RTA) were cited.";
    expect(orgs(text)).toEqual([]);
  });

  it("needs the name to spell the acronym", () => {
    expect(orgs("He joined the International Mekong Forum (XYZ) last year.")).toEqual([]);
  });
});
