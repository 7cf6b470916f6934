import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

const orgs = (body: string) =>
  analyseArticle(body, {})
    .entities.filter((e) => e.type === "organization" || e.type === "domestic_body")
    .map((o) => `${o.type}:${o.name}`);

describe("organizations", () => {
  it("trusts the acronym when the name is mislabelled", () => {
    expect(orgs("Vietnam works at the Organization of the Islamic Conference (OIF).")).toEqual([
      "organization:International Organisation of La Francophonie",
    ]);
  });

  it("prefers the longest name", () => {
    expect(orgs("The United Nations General Assembly met; the ASEAN Inter-Parliamentary Assembly (AIPA) too.")).toEqual(
      ["organization:UN General Assembly", "organization:ASEAN Inter-Parliamentary Assembly"],
    );
  });

  it("keeps domestic bodies apart from international organisations", () => {
    expect(orgs("The Politburo and the National Assembly backed ASEAN.")).toEqual([
      "domestic_body:Politburo",
      "domestic_body:National Assembly",
      "organization:ASEAN",
    ]);
  });

  it("matches acronyms only in capitals", () => {
    expect(orgs("Who said the un-named deal helps WHO?")).toEqual(["organization:World Health Organization"]);
  });
});

describe("organisations on real pages", () => {
  const orgs = (body: string) =>
    analyseArticle(body, {})
      .entities.filter((e) => e.type === "organization")
      .map((e) => e.name);

  it("reads a UN commission or committee written out in full", () => {
    expect(orgs("Vietnam was elected to the Commission on Population and Development.")).toEqual([
      "Commission on Population and Development",
    ]);
    expect(orgs("She sits on the UN Committee on the Elimination of Discrimination against Women.")).toEqual([
      "Committee on the Elimination of Discrimination against Women",
    ]);
  });

  it("does not take a trade pact or a treaty as an organisation", () => {
    expect(orgs("Both are parties to the CPTPP and the Regional Comprehensive Economic Partnership (RCEP).")).toEqual(
      [],
    );
    expect(orgs("Disputes must be settled under the 1982 United Nations Convention on the Law of the Sea.")).toEqual(
      [],
    );
  });

  it("keeps ADMM-Plus apart from the ASEAN Defence Ministers' Meeting", () => {
    expect(orgs("New Zealand is a partner in the ADMM-Plus.")).toEqual(["ADMM-Plus"]);
  });

  it("reads a lower-case 'cooperation mechanisms' as a description, not a named body", () => {
    expect(orgs("They will work together in the Mekong Sub-regional cooperation mechanisms.")).toEqual([]);
    expect(orgs("They attended the Mekong Sub-regional Cooperation meeting.")).toEqual(["Mekong Cooperation"]);
  });

  it("reads 'Asean' in mixed case and bodies written out in full", () => {
    expect(orgs("Vietnam is Malaysia's third-largest trading partner in Asean.")).toEqual(["ASEAN"]);
    expect(
      orgs("Moscow counts on coordination within the United Nations and the Asia-Pacific Economic Cooperation forum."),
    ).toEqual(["United Nations", "APEC"]);
  });

  it("takes no organisation out of the U.N. Convention on the Law of the Sea", () => {
    expect(orgs("The code must be in line with the 1982 U.N. Convention on the Law of the Sea.")).toEqual([]);
  });

  it("keeps the AHA Centre apart from ASEAN and a national aid agency out of international bodies", () => {
    expect(
      orgs(
        "The European Union and the ASEAN Coordinating Centre for Humanitarian Assistance on disaster management sent aid.",
      ),
    ).toEqual(["European Union", "ASEAN Coordinating Centre for Humanitarian Assistance on Disaster Management"]);
    expect(orgs("The Japan International Cooperation Agency (JICA) funds the metro line.")).toEqual([]);
  });

  it("reads an India-founded treaty body as an international organisation", () => {
    expect(orgs("Vietnam recently joined the International Solar Alliance.")).toEqual(["International Solar Alliance"]);
  });

  it("reads a long acronym written as a word, as British and Malaysian papers do, but not a short one", () => {
    expect(orgs("He left for Lima to attend the Apec summit before a Nato meeting.")).toEqual(["APEC", "NATO"]);
    expect(orgs("Who will attend is unclear.")).toEqual([]);
  });
});
