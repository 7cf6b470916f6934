import { describe, expect, it } from "vitest";
import { readDateline } from "../clean/datelines.js";
import {
  drewOnAgency,
  labelledOutlet,
  resolveSource,
  type SourceEvidence,
  slotAgency,
  taggedAgency,
} from "./sources.js";

// Sentences here are written for the tests; the outlets are invented unless they are ones the data lists.
const none: SourceEvidence = { cleaned: null, noise: [], body: "", author: null, outlet: null, raw: null };
const evidence = (given: Partial<SourceEvidence>): SourceEvidence => ({ ...none, ...given });

describe("a note of the copy a story drew on names its agency", () => {
  it.each([
    ["With files from The Canadian Press", "The Canadian Press"],
    ["BY MARIA SANTOS @HarbourDaily with a report from AFP", "AFP"],
    ["With information from EFE and the Presidential Press Office.", "EFE"],
    ["Lan Huong (According to VNA)", "VNA"],
    ["(With additional reporting from Reuters)", "Reuters"],
  ])("%s → %s", (line, agency) => {
    expect(drewOnAgency(line)).toBe(agency);
  });

  it.each([
    // Two agencies: contributions to the outlet's own story, neither its source.
    "With reports from AFP and Reuters",
    // "According to" in a sentence attributes a fact, not the story.
    "The two sides signed nine agreements, according to Reuters.",
    // A picture's credit.
    "Photo courtesy of AFP, with information from EFE",
  ])("%s → none", (line) => {
    expect(drewOnAgency(line)).toBeNull();
  });

  it("reads a note under the story when nothing else names a source", () => {
    const body = "The ministers met in Hanoi on Monday.\n\nThey agreed to meet again next year.";
    expect(
      resolveSource(evidence({ body, noise: [{ kind: "boilerplate", text: "With files from The Canadian Press" }] })),
    ).toEqual({ source: "The Canadian Press", kind: "carried" });
  });
});

describe("closing tags and aggregator brackets that join names", () => {
  it.each([
    ["… before returning home on Monday. (SGT-VNA)", "VNA"],
    ["The talks ended on Friday. (HCT/Bernama)", "Bernama"],
    ["(FIN) Source: Andina", "Andina"],
    ["(END) Fuente: EFE", "EFE"],
    ["(MENAFN- Trend News Agency) BAKU, Azerbaijan, May 5. The two leaders met.", "Trend"],
  ])("%s → %s", (line, agency) => {
    expect(taggedAgency(line)).toBe(agency);
  });

  it.each(["… the ministers said. (ABC-XYZ)", "(Updated - Monday) The ministers met.", "Source: the ministry"])(
    "%s → none",
    (line) => {
      expect(taggedAgency(line)).toBeNull();
    },
  );
});

describe("a byline slot's joining word after a comma", () => {
  it("reads the agency in 'Harbour Daily English, with WAM'", () => {
    expect(slotAgency("Harbour Daily English, with WAM")).toBe("WAM");
  });
});

describe("a labelled source slot in the markup", () => {
  it("names the outlet the copy was taken from", () => {
    expect(labelledOutlet("Source: VGP", "Harbour TV")).toBe("Vietnam Government Portal");
  });
  it("is none when it names the publisher itself", () => {
    expect(labelledOutlet("Source: VOV", "VOV")).toBeNull();
    expect(labelledOutlet("Source: the ministry's press office", null)).toBeNull();
  });
  it("is read from a source box outside the story", () => {
    const raw = `<html><body><article><p>The ministers met.</p></article><div class="detail__source">Source: VGP</div></body></html>`;
    expect(resolveSource(evidence({ raw, outlet: "Harbour TV", body: "The ministers met." }))?.source).toBe(
      "Vietnam Government Portal",
    );
  });
});

describe("a listed place, then the outlet's name as a dateline", () => {
  it("credits the outlet in 'JAKARTA, TEMPO.CO - '", () => {
    const read = readDateline("JAKARTA, TEMPO.CO - The two presidents met on Monday.");
    expect(read?.outlet).toBe("Tempo");
    expect(read?.place).toBe("Jakarta");
  });
  it("leaves a sentence that opens on a place and a country alone", () => {
    expect(readDateline("Jakarta, Hanoi - both capitals welcomed the deal.")?.outlet ?? null).toBeNull();
  });
});
