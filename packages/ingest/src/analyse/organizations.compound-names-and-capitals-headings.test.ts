import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

const orgs = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "organization" || e.type === "domestic_body")
    .map((o) => o.name);

describe("organisations inside longer names and in headings in capitals", () => {
  it("reads a known name glued by a hyphen into a longer body's name as that longer body, not the known one", () => {
    expect(orgs("Executives of the Chile-APEC Business Council met the trade minister in Santiago.")).toEqual([]);
    expect(orgs("The Korea-ASEAN Business Council will meet in Busan.")).toEqual(["Korea-ASEAN Business Council"]);
  });

  it("does not name a known body joined by 'and' into a centre's name", () => {
    expect(orgs("Le Thi Mai, director of the WTO and Regional Integration Centre, spoke in Hanoi.")).not.toContain(
      "World Trade Organization",
    );
  });

  it("keeps two bodies joined by 'and' when the second is known on its own", () => {
    expect(orgs("Both are members of the World Trade Organization and Mekong River Commission.")).toEqual([
      "World Trade Organization",
      "Mekong River Commission",
    ]);
  });

  it("keeps a known name followed straight by its own body's words", () => {
    expect(orgs("Delegates gathered in Hanoi for the ASEAN Future Forum on Tuesday.")).toContain("ASEAN");
  });

  it("reads no acronym in a heading in capitals when the text never names the body in ordinary case", () => {
    expect(orgs("WHO ELSE WILL SIGN?\n\nThree more countries are expected to sign the accord in May.")).toEqual([]);
  });

  it("keeps an acronym in a heading in capitals when the text names the body elsewhere", () => {
    expect(orgs("ASEAN AFTER THE SUMMIT\n\nASEAN leaders agreed to meet again in October.")).toEqual(["ASEAN"]);
  });
});
