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
    // The written-out name is still an organisation; only the acronym that does not spell it is refused.
    expect(orgs("He joined the International Mekong Forum (XYZ) last year. XYZ met.")).toEqual([
      "International Mekong Forum|null|1",
    ]);
  });
});

describe("organisations written out in full without an acronym", () => {
  it("reads a name ending in an organisational head with an international cue", () => {
    expect(orgs("Researchers from the Mekong Institute and the Global Rice Trade Council met in Vientiane.")).toEqual([
      "Mekong Institute|null|1",
      "Global Rice Trade Council|null|1",
    ]);
  });

  it("reads a name opening with a head before 'for' only with a strong cue, and stops before a place", () => {
    const text =
      "Delegates of the Centre for International Forestry Cooperation in Bogor and the Center for Southeast Asian Cooperation agreed.";
    expect(orgs(text)).toEqual(["Centre for International Forestry Cooperation|null|1"]);
  });

  it("leaves out think tanks, universities and national institutes, whatever cue their name carries", () => {
    const text =
      "Analysts at the Center for Strategic and International Studies (CSIS), the Lowy Institute, the Stockholm International Peace Research Institute and the Asian Policy University agreed.";
    expect(orgs(text)).toEqual([]);
  });

  it("reads an NGO whose head needs no cue", () => {
    expect(orgs("Human Rights Watch said at least 20 activists were detained.")).toEqual(["Human Rights Watch|null|1"]);
  });

  it("leaves out domestic bodies, documents and policy initiatives", () => {
    const text =
      "The Vietnam Development Bank, the Provincial People's Council, the Global Development Initiative and the Regional Trade Agreement were cited.";
    expect(orgs(text)).toEqual([]);
  });

  it("keeps a known name inside a defined one as part of it", () => {
    expect(orgs("The ASEAN Infrastructure Fund (AIF) is studying a loan. AIF experts inspected the route.")).toEqual([
      "ASEAN Infrastructure Fund|AIF|2",
    ]);
  });

  it("reads a body 'on' a matter without an international cue, never a domestic one", () => {
    const text = "Members of the Commission on the Status of Women were cited, as was the Vietnam Commission on Trade.";
    expect(orgs(text).sort()).toEqual(["Commission on the Status of Women|null|1"]);
  });
});
