import { describe, expect, it } from "vitest";
import { readDateline } from "../clean/datelines.js";
import {
  agencyNamed,
  carriedAgency,
  markupSlots,
  ownAgency,
  resolveSource,
  type SourceEvidence,
  slotAgency,
  wireTailAgency,
} from "./sources.js";

// Sentences here are written for the tests; the outlets are invented unless they are agencies the data lists.
const none: SourceEvidence = { cleaned: null, noise: [], body: "", author: null, outlet: null, raw: null };
const evidence = (given: Partial<SourceEvidence>): SourceEvidence => ({ ...none, ...given });

describe("agency names resolve through the outlet data", () => {
  it.each([
    ["Press Trust of India", "PTI"],
    ["Bulgarian News Agency", "BTA"],
    ["Agencia Brasil", "Agência Brasil"],
    ["MONTSAME News Agency", "MONTSAME"],
    ["Canadian Press", "The Canadian Press"],
  ])("%s is the agency %s", (name, agency) => {
    expect(agencyNamed(name)).toBe(agency);
  });

  it.each(["The Straits Times", "Lisbon Courier", "Politics"])("%s is no agency", (name) => {
    expect(agencyNamed(name)).toBeNull();
  });
});

describe("a carried-with credit line names the agency that wrote the story", () => {
  it.each([
    ["Harbour Gazette with BTA | 16 October 2025", "BTA"],
    ["The Valley Post with Belga", "Belga"],
    ["via MTI", "MTI"],
    ["By: RIVER 24 with AFP", "AFP"],
    ["Cairo Evening , MENA , Tuesday 6 May 2025", "MENA"],
    ["Clara Fontaine with Lusa", "Lusa"],
  ])("%s", (line, agency) => {
    expect(carriedAgency(line)).toBe(agency);
  });

  it.each([
    ["a picture's credit", "Photo: Ana Costa/Lusa"],
    ["a credit line", "Credit: AFP"],
    ["two agencies", "Harbour Gazette with AFP and Reuters"],
    ["a bare name the cleaner weighs", "Belga"],
    ["a sentence", "The minister flew home with MTI reporters on board the plane."],
    ["a menu", "News | Politics | Business | Culture"],
  ])("not %s", (_, line) => {
    expect(carriedAgency(line)).toBeNull();
  });

  it("takes a caption's line only when it carries a day", () => {
    expect(carriedAgency("Cairo Evening , MENA", true)).toBeNull();
    expect(carriedAgency("Cairo Evening , MENA , Tuesday 6 May 2025", true)).toBe("MENA");
  });
});

describe("an author slot names the agency", () => {
  it.each([
    ["PTI Last Updated: May 03, 2025, 10:15:00 AM IST", "PTI"],
    ["| Anadolu Agency", "Anadolu Agency"],
    ["Jane Morrow, The Canadian Press", "The Canadian Press"],
    ["Agência Brasil", "Agência Brasil"],
    ["Tom Hale PA Political Correspondent", "PA"],
    ["By Ana Peduzzi – Agencia Brasil reporter – Rio de Janeiro", "Agência Brasil"],
    ["Xinhua | Updated: 2025-06-24 10:12", "Xinhua"],
    // Round 31: the agency fused with the place and the time by middle dots or bullets.
    ["Reuters · Lima, March 04, 2019 09:10 PET · Updated: March 04, 2019", "Reuters"],
    ["ANSA • Rome, 12 May 2021", "ANSA"],
  ])("%s", (slot, agency) => {
    expect(slotAgency(slot)).toBe(agency);
  });

  it.each(["Marta Sousa", "By The Valley Post", "Photo: Reuters", "Staff reporter"])("%s names none", (slot) => {
    expect(slotAgency(slot)).toBeNull();
  });
});

describe("markup slots", () => {
  it("reads the author meta tag, JSON-LD and each byline span on its own", () => {
    const raw = `<html><head><meta name="author" content="Kim Lee"><script type="application/ld+json">{"author":{"@type":"Organization","name":"Yonhap"}}</script></head>
<body><div class="byline"><span class="author">Marta Sousa</span> <span class="source">Lusa</span></div>
<figure><figcaption class="caption-source">Reuters</figcaption></figure></body></html>`;
    expect(markupSlots(raw)).toEqual(["Kim Lee", "Yonhap", "Marta Sousa Lusa", "Marta Sousa", "Lusa"]);
  });

  it("reads nothing from plain text", () => {
    expect(markupSlots("By Marta Sousa | Lusa")).toEqual([]);
  });
});

describe("a wire's closing line of initials names its agency", () => {
  it.each([
    ["abc/xy (Reuters)", "Reuters"],
    ["(END) ab/cd (KUNA)", "KUNA"],
  ])("%s", (line, agency) => {
    expect(wireTailAgency(line)).toBe(agency);
  });

  it.each(["(END) ABC/XYZ", "He said (Reuters)", "abc/xy (Harbour Gazette)"])("%s names none", (line) => {
    expect(wireTailAgency(line)).toBeNull();
  });
});

describe("the publisher is the source when it is an agency", () => {
  it.each([
    [
      "the <title> after the headline",
      { raw: "<html><title>Peru and Chile sign a pact | Andina - Peru News Agency</title></html>" },
    ],
    ["og:site_name", { raw: '<html><meta property="og:site_name" content="AGERPRES"></html>' }],
    ["the masthead line", { noise: [{ kind: "boilerplate", text: "Kazinform" }] }],
    [
      "the copyright notice",
      { noise: [{ kind: "boilerplate", text: "MONTSAME News Agency © 2024. All rights reserved." }] },
    ],
    [
      "a copyright notice followed by its legal terms",
      {
        noise: [
          {
            kind: "boilerplate",
            text: "© Copyright 2009 Kyodo. All rights reserved. Republication or redistribution of Kyodo content, including by framing, is prohibited without prior written consent.",
          },
        ],
      },
    ],
    ["the metadata's outlet", { outlet: "Xinhua" }],
    [
      "a cache copy's address",
      { noise: [{ kind: "boilerplate", text: "This is a cached copy of https://www.bernama.com/en/news.php?id=1" }] },
    ],
  ])("from %s", (_, given) => {
    expect(ownAgency(evidence(given as Partial<SourceEvidence>))).not.toBeNull();
  });

  it.each([
    ["a newspaper's site name", { raw: '<html><meta property="og:site_name" content="Lisbon Courier"></html>' }],
    ["a caption's picture notice", { noise: [{ kind: "caption", text: "The leaders meet in Hanoi. © Reuters" }] }],
    ["a notice after a sentence", { noise: [{ kind: "boilerplate", text: "The leaders met on June 20. © Reuters" }] }],
    ["the pictures' rights", { noise: [{ kind: "boilerplate", text: "Photos © AFP. All rights reserved." }] }],
  ])("not from %s", (_, given) => {
    expect(ownAgency(evidence(given as Partial<SourceEvidence>))).toBeNull();
  });
});

describe("the evidence kinds in order", () => {
  it("keeps what the cleaner read from the dateline over every other kind", () => {
    const found = resolveSource(
      evidence({ cleaned: "Xinhua", author: "PTI", noise: [{ kind: "dateline", text: "BEIJING, May 2 (Xinhua) --" }] }),
    );
    expect(found).toEqual({ source: "Xinhua", kind: "cleaned" });
  });

  it("sets aside an agency the page names only under a picture for the credit line", () => {
    const found = resolveSource(
      evidence({
        cleaned: "AFP",
        noise: [
          { kind: "boilerplate", text: "The Valley Post with Belga" },
          { kind: "caption", text: "Delegates raise their cards in a hall. Credit: AFP" },
        ],
      }),
    );
    expect(found).toEqual({ source: "Belga", kind: "carried" });
  });

  it("takes no picture's agency for the source, even when nothing else names one", () => {
    const found = resolveSource(
      evidence({
        cleaned: "AFP",
        noise: [{ kind: "caption", text: "Delegates raise their cards in a hall. Credit: AFP" }],
      }),
    );
    expect(found).toBeNull();
  });

  it.each([
    ["with the lead's first words", "A port crane at dusk. PHOTO: FILE (Reuters) - Exports rose again in May"],
    ["alone on its line", "NEWS FILE (Reuters) -"],
  ])("keeps an agency's bracketed tag before the dash with a picture's credit glued in front of it, %s", (_, text) => {
    const found = resolveSource(evidence({ cleaned: "Reuters", noise: [{ kind: "dateline", text }] }));
    expect(found).toEqual({ source: "Reuters", kind: "cleaned" });
  });

  it("reads the author slot before the publisher", () => {
    const found = resolveSource(evidence({ author: "The Canadian Press", outlet: "Xinhua" }));
    expect(found).toEqual({ source: "The Canadian Press", kind: "slot" });
  });

  it("takes the markup's slots only when they name one agency, not a list of stories each with its own", () => {
    const list = `<html><body><ul><li><span class="source">Reuters</span> Oil rises</li><li><span class="source">AFP</span> Rain in Paris</li></ul></body></html>`;
    expect(resolveSource(evidence({ raw: list }))).toBeNull();
    const one = `<html><body><div class="byline"><span class="author">Marta Sousa</span> <span class="source">Lusa</span></div></body></html>`;
    expect(resolveSource(evidence({ raw: one }))).toEqual({ source: "Lusa", kind: "slot" });
  });

  it("takes no bracketed name alone for a byline: it is a caption's tail", () => {
    expect(resolveSource(evidence({ noise: [{ kind: "byline", text: "(Yonhap)" }] }))).toBeNull();
  });

  it("reads a wire tail left at the story's end", () => {
    const found = resolveSource(evidence({ body: "One.\nTwo.\nThree.\nFour.\nFive.\nabc/xy (Reuters)" }));
    expect(found).toEqual({ source: "Reuters", kind: "tail" });
  });

  it("names nobody for a newspaper's own staff", () => {
    const found = resolveSource(
      evidence({
        author: "Marta Sousa",
        raw: '<html><meta property="og:site_name" content="Lisbon Courier"></html>',
        noise: [{ kind: "caption", text: "The two leaders in Lisbon. Photo: Ana Costa/Lusa" }],
      }),
    );
    expect(found).toBeNull();
  });
});

describe("datelines that close on a full stop or open on the agency after the place", () => {
  it.each([
    ["Ulaanbaatar, May 3 (MONTSAME). The two ministers met.", "MONTSAME", "Ulaanbaatar"],
    ["Lima, Feb. 2 (ANDINA). The two ministers met.", "Andina", "Lima"],
    ["ASTANA. KAZINFORM – Kazakhstan's minister met.", "Kazinform", "Astana"],
    ["HANOI, Jan. 16, Kyodo", "Kyodo", "Hanoi"],
  ])("%s", (paragraph, outlet, place) => {
    const dateline = readDateline(paragraph);
    expect(dateline?.outlet).toBe(outlet);
    expect(dateline?.place).toBe(place);
  });

  it.each([
    ["a bracket after a place with no day", "Lima (ANDINA). Peru's president met."],
    ["a sentence's bracket", "The ministers met (in Lima). Talks went on."],
    ["a line closed by a place, not an agency", "HANOI, Jan. 16, Vietnam"],
  ])("not %s", (_, paragraph) => {
    expect(readDateline(paragraph)?.outlet ?? null).toBeNull();
  });
});
