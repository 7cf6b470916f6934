import { describe, expect, it } from "vitest";
import { highlightsOf } from "./highlights.js";

const findings = {
  mentions: [
    { id: 1, entityId: 10, type: "person", name: "Bui Thanh Son", start: 40, end: 53, surface: "Bui Thanh Son" },
    { id: 2, entityId: 11, type: "country", name: "Australia", start: 70, end: 79, surface: "Australia" },
  ],
  roles: [],
  indicators: [
    {
      id: 3,
      key: "diplomatic_relations",
      value: 194,
      of: null,
      unit: "countries",
      qualifier: null,
      start: 90,
      end: 103,
    },
  ],
  partnerships: [],
  quotes: [{ id: 4, speakerEntityId: 10, speakerName: "Bui Thanh Son", text: "…", start: 30, end: 120 }],
  themes: [],
} as unknown as Parameters<typeof highlightsOf>[0];

describe("highlightsOf", () => {
  it("says what each highlight is in its hover text", () => {
    const titles = highlightsOf(findings).map((h) => [h.kind, h.title]);
    expect(titles).toContainEqual(["person", "Person: Bui Thanh Son"]);
    expect(titles).toContainEqual(["place", "Country: Australia"]);
    expect(titles).toContainEqual(["figure", "Figure: 194 countries — Diplomatic relations"]);
    expect(titles).toContainEqual(["quote", "Quote by Bui Thanh Son"]);
  });

  it("puts a quote before the names inside it, so it wraps them", () => {
    expect(highlightsOf(findings).map((h) => h.kind)).toEqual(["quote", "person", "place", "figure"]);
  });
});
