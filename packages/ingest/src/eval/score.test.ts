import { describe, expect, it } from "vitest";
import type { Analysis } from "../analyse/types.js";
import type { GoldArticle } from "./gold.js";
import { scoreArticle, summarise } from "./score.js";

const gold: GoldArticle = {
  file: "a.txt",
  people: [{ name: "Tô Lâm", roles: [] }],
  countries: ["Viet Nam", "UAE"],
  organizations: ["Association of Southeast Asian Nations"],
  indicators: [{ value: 194 }, { value: 6 }],
  partnerships: [{ country: "United Arab Emirates", level: "Comprehensive Partnership", year: 2024 }],
  quotes: [{ speaker: "To Lam", textStart: "We are elevating" }],
  notInBody: { people: ["Pham Minh Chinh"], countries: ["Poland"], text: [] },
};

const entity = (type: Analysis["entities"][number]["type"], name: string, key: string, code: string | null = null) => ({
  type,
  name,
  key,
  code,
  acronym: null,
  mentions: [],
  roles: [],
});

const analysis: Analysis = {
  version: "t",
  entities: [
    entity("person", "To Lam", "to lam"),
    entity("person", "Pham Minh Chinh", "pham minh chinh"),
    entity("country", "Vietnam", "vietnam", "VN"),
    entity("country", "United Arab Emirates", "united arab emirates", "AE"),
    entity("organization", "ASEAN", "asean"),
  ],
  indicators: [194, 7].map((value) => ({
    sentenceIndex: 0,
    start: 0,
    end: 0,
    key: null,
    value,
    of: null,
    unit: null,
    qualifier: null,
    about: null,
    sentence: "",
  })),
  partnerships: [
    {
      sentenceIndex: 0,
      start: 0,
      end: 0,
      countryCode: "AE",
      countryName: "UAE",
      level: "Comprehensive Partnership",
      year: 2024,
      yearSource: "sentence",
      sentence: "",
    },
  ],
  quotes: [{ speaker: "To Lam", text: "We are elevating Vietnam's foreign affairs", start: 0, end: 0 }],
  themes: [],
  inferredDate: null,
};

describe("scoreArticle", () => {
  it("matches names through folding, aliases and acronyms", () => {
    const s = scoreArticle(gold, analysis);
    expect(s.fields.countries).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(s.fields.organizations).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.fields.partnerships).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.fields.quotes).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("matches indicators by value and counts misses and extras", () => {
    expect(scoreArticle(gold, analysis).fields.indicators).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it("reports people extracted from outside the body", () => {
    const s = scoreArticle(gold, analysis);
    expect(s.leaked).toEqual(["person Pham Minh Chinh"]);
    expect(s.fields.people).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it("computes precision, recall and F1 per field and overall", () => {
    const sum = summarise([scoreArticle(gold, analysis)]);
    expect(sum.indicators.precision).toBe(0.5);
    expect(sum.indicators.recall).toBe(0.5);
    expect(sum.overall.tp).toBe(7);
  });
});
