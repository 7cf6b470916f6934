import { describe, expect, it } from "vitest";
import { analyseArticle } from "./index.js";

const orgs = (text: string) =>
  analyseArticle(text, {})
    .entities.filter((e) => e.type === "organization")
    .map((e) => e.name);

describe("a standing meeting known by its acronym (test/READING.md: an acronym of a meeting)", () => {
  it("is no organisation where the page names a meeting held", () => {
    const text =
      "The ministers met on the sidelines of the 19th ASEAN Defence Ministers' Meeting (ADMM) in Kuala Lumpur. " +
      "The ADMM-Plus opened on Thursday with the defence chiefs of ASEAN's dialogue partners.";
    expect(orgs(text)).toEqual(["ASEAN"]);
  });

  it("is one where the page calls it a forum or a framework", () => {
    expect(orgs("The two sides will coordinate at multilateral forums such as the ADMM-Plus.")).toEqual(["ADMM-Plus"]);
    expect(
      orgs(
        "They agreed to deepen cooperation within regional frameworks, including the United Nations and the ADMM-Plus.",
      ),
    ).toEqual(["United Nations", "ADMM-Plus"]);
    expect(
      orgs("Mohamed Khaled chaired the ADMM-Plus and said the forum, which groups the ASEAN members, works."),
    ).toContain("ADMM-Plus");
  });

  it("is one where it has a chair for a term, partners or a coordination at it", () => {
    expect(orgs("The meeting was chaired by the Chairman of the ADMM in 2020.")).toContain(
      "ASEAN Defence Ministers' Meeting",
    );
    expect(orgs("The two sides will enhance coordination at the ADMM-Plus.")).toEqual(["ADMM-Plus"]);
    expect(orgs("New Zealand is a partner in the ADMM-Plus.")).toEqual(["ADMM-Plus"]);
  });

  it("takes every mention once one mention defines it", () => {
    const text =
      "Vietnam values multilateral forums such as the ADMM-Plus. The 12th ADMM-Plus was held in Kuala Lumpur.";
    expect(orgs(text)).toEqual(["ADMM-Plus"]);
  });
});

describe("names joined by an en dash", () => {
  it("reads a framework typeset with an en dash as the one with a hyphen", () => {
    expect(orgs("They discussed the Mekong–Ganga Cooperation framework.")).toEqual(["Mekong-Ganga Cooperation"]);
  });
});

describe("regional bodies the gazetteer lists", () => {
  it("reads the East African Community, the Five Power Defence Arrangements and the CIS", () => {
    expect(
      orgs(
        "Kenya will help Vietnam deepen ties with the East African Community. Singapore hosted a meeting of the Five Power Defence Arrangements (FPDA). Uzbekistan is a member of the Commonwealth of Independent States.",
      ),
    ).toEqual(["East African Community", "Five Power Defence Arrangements", "Commonwealth of Independent States"]);
  });

  it("names the Francophonie by the word the text writes, not with its article", () => {
    const found = analyseArticle("Vietnam backs France within the Francophonie.", {}).entities.find(
      (e) => e.type === "organization",
    );
    expect(found?.mentions.map((m) => m.surface)).toEqual(["Francophonie"]);
  });
});
