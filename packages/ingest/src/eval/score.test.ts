import { describe, expect, it } from "vitest";
import type { Analysis, EntityFinding, IndicatorFinding, PartnershipFinding } from "../analyse/types.js";
import { GoldArticle } from "./gold.js";
import { type Prediction, scoreArticle, summarise, unitKey } from "./score.js";

const gold = (over: Partial<GoldArticle>): GoldArticle =>
  GoldArticle.parse({
    file: "a.txt",
    people: [],
    countries: [],
    organizations: [],
    indicators: [],
    partnerships: [],
    quotes: [],
    ...over,
  });

const entity = (type: EntityFinding["type"], name: string, extra: Partial<EntityFinding> = {}): EntityFinding => ({
  type,
  name,
  key: name.toLowerCase(),
  code: null,
  acronym: null,
  mentions: [],
  roles: [],
  ...extra,
});

const indicator = (value: number, unit: string | null): IndicatorFinding => ({
  sentenceIndex: 0,
  start: 0,
  end: 0,
  key: null,
  value,
  of: null,
  unit,
  qualifier: null,
  about: null,
  sentence: "",
});

const partnership = (countryCode: string, level: PartnershipFinding["level"], year: number | null) => ({
  sentenceIndex: 0,
  start: 0,
  end: 0,
  countryCode,
  countryName: countryCode,
  level,
  year,
  yearSource: null,
  sentence: "",
});

const predicted = (analysis: Partial<Analysis>, over: Partial<Prediction> = {}): Prediction => ({
  body: "",
  title: null,
  source: null,
  analysis: {
    version: "t",
    entities: [],
    indicators: [],
    partnerships: [],
    quotes: [],
    themes: [],
    inferredDate: null,
    ...analysis,
  },
  ...over,
});

describe("strict scoring of one article", () => {
  it("matches people on the folded full name and scores their roles apart", () => {
    const s = scoreArticle(
      gold({
        people: [
          { name: "Tô Lâm", roles: ["General Secretary", "President"] },
          { name: "Bùi Thanh Sơn", roles: [] },
        ],
      }),
      predicted({
        entities: [
          entity("person", "To Lam", { roles: [{ role: "general  secretary", start: 0, end: 0 }] }),
          entity("person", "Son"),
        ],
      }),
    );
    expect(s.fields.people).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.roles).toMatchObject({ right: 1, total: 2 });
  });

  it("counts a role the gold does not list against the analysis, and one office in two wordings once", () => {
    const role = (r: string) => ({ role: r, start: 0, end: 0 });
    const s = scoreArticle(
      gold({ people: [{ name: "Bui Thanh Son", roles: ["Foreign Minister"] }] }),
      predicted({
        entities: [
          entity("person", "Bui Thanh Son", {
            roles: [
              role("Minister of Foreign Affairs"),
              role("Vietnamese Foreign Minister"),
              role("Deputy Prime Minister"),
            ],
          }),
        ],
      }),
    );
    expect(s.roles).toMatchObject({ right: 1, total: 2 });
    expect(s.roles.wrong).toEqual(['Bui Thanh Son: extra "deputy prime minister"']);
  });

  it("reads Vietnam's 'State President' and 'President' as one office", () => {
    const role = (r: string) => ({ role: r, start: 0, end: 0 });
    const s = scoreArticle(
      gold({ people: [{ name: "Vo Van Thuong", roles: ["State President"] }] }),
      predicted({ entities: [entity("person", "Vo Van Thuong", { roles: [role("President")] })] }),
    );
    expect(s.roles).toMatchObject({ right: 1, total: 1 });
  });

  it("reads an office written with its party or the state it is held to as the office, and keeps others apart", () => {
    const role = (r: string) => ({ role: r, start: 0, end: 0 });
    const s = scoreArticle(
      gold({
        people: [
          { name: "To Lam", roles: ["Communist Party General Secretary"] },
          { name: "Xi Jinping", roles: ["general secretary of the Communist Party of China (CPC) Central Committee"] },
          { name: "Helen Carter", roles: ["Ambassador"] },
          { name: "Marc Knapper", roles: ["Ambassador to the Philippines"] },
        ],
      }),
      predicted({
        entities: [
          entity("person", "To Lam", { roles: [role("General Secretary")] }),
          entity("person", "Xi Jinping", { roles: [role("Party General Secretary")] }),
          entity("person", "Helen Carter", { roles: [role("Ambassador to Viet Nam")] }),
          entity("person", "Marc Knapper", { roles: [role("Ambassador to the Prime Minister")] }),
        ],
      }),
    );
    expect(s.roles).toMatchObject({ right: 3, total: 5 });
    expect(s.roles.wrong).toEqual([
      "Marc Knapper: Ambassador to the Philippines",
      'Marc Knapper: extra "ambassador to the prime minister"',
    ]);
  });

  it("reads a spokesperson's office in its news wordings, and any state's demonym before an office, as one office", () => {
    const role = (r: string) => ({ role: r, start: 0, end: 0 });
    const s = scoreArticle(
      gold({
        people: [
          { name: "Pham Thu Hang", roles: ["Foreign Ministry spokeswoman"] },
          { name: "Kim Jong Un", roles: ["North Korean leader"] },
          { name: "Cho Tae-yul", roles: ["Foreign Minister"] },
          { name: "Ana Silva", roles: ["spokesperson"] },
        ],
      }),
      predicted({
        entities: [
          entity("person", "Pham Thu Hang", { roles: [role("Spokesperson of the Ministry of Foreign Affairs")] }),
          entity("person", "Kim Jong Un", { roles: [role("leader")] }),
          entity("person", "Cho Tae-yul", { roles: [role("ROK Foreign Minister")] }),
          entity("person", "Ana Silva", { roles: [role("Foreign Ministry spokesman")] }),
        ],
      }),
    );
    // A ministry's spokesperson is not any spokesperson: that one pair stays apart.
    expect(s.roles).toMatchObject({ right: 3, total: 5 });
    expect(s.roles.wrong).toEqual([
      "Ana Silva: spokesperson",
      'Ana Silva: extra "spokesperson of the ministry of foreign affairs"',
    ]);
  });

  it("scores no relation as a role: a gold or found 'counterpart' neither counts nor costs", () => {
    const role = (r: string) => ({ role: r, start: 0, end: 0 });
    const s = scoreArticle(
      gold({ people: [{ name: "Pham Minh Chinh", roles: ["counterpart"] }] }),
      predicted({ entities: [entity("person", "Pham Minh Chinh", { roles: [role("Prime Minister")] })] }),
    );
    expect(s.roles).toMatchObject({ right: 0, total: 1 });
    expect(s.roles.wrong).toEqual(['Pham Minh Chinh: extra "prime minister"']);
  });

  it("reads gold country names with the ISO list and a small alias table, not the analyser", () => {
    const s = scoreArticle(
      gold({ countries: ["Vietnam", "South Korea", "Laos", "United Arab Emirates"] }),
      predicted({
        entities: ["VN", "KR", "LA", "AE"].map((code) => entity("country", code, { code })),
      }),
    );
    expect(s.fields.countries).toMatchObject({ tp: 4, fp: 0, fn: 0 });
  });

  it("reads a gold country written by a short name the ISO list lacks", () => {
    const s = scoreArticle(
      gold({ countries: ["Moldova", "Syria", "Burma"] }),
      predicted({ entities: ["MD", "SY", "MM"].map((code) => entity("country", code, { code })) }),
    );
    expect(s.fields.countries).toMatchObject({ tp: 3, fp: 0, fn: 0 });
  });

  it("matches an organisation on its name or its acronym only", () => {
    const s = scoreArticle(
      gold({ organizations: ["ASEAN", "Asia-Pacific Economic Cooperation", "Mekong Cooperation"] }),
      predicted({
        entities: [
          entity("organization", "Association of Southeast Asian Nations", { acronym: "ASEAN" }),
          entity("organization", "Asia-Pacific Economic Cooperation", { acronym: "APEC" }),
          entity("organization", "Mekong-Lancang Cooperation"),
        ],
      }),
    );
    expect(s.fields.organizations).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });

  it("reads the UN's abbreviation at the start of an organisation's name as the name spelled out", () => {
    const s = scoreArticle(
      gold({ organizations: ["United Nations Security Council", "UN General Assembly", "UNESCO", "UN Women"] }),
      predicted({
        entities: [
          entity("organization", "UN Security Council", { acronym: "UNSC" }),
          entity("organization", "U.N. General Assembly"),
          entity("organization", "UNICEF"),
          entity("organization", "United Nations Women"),
        ],
      }),
    );
    expect(s.fields.organizations).toMatchObject({ tp: 3, fp: 1, fn: 1 });
  });

  it("matches an indicator on value and unit kind, and on value alone when gold gives no unit", () => {
    const s = scoreArticle(
      gold({
        indicators: [
          { value: 3_000_000_000, unit: "US$" },
          { value: 12, unit: "percent" },
          { value: 42, unit: "countries" },
          { value: 7 },
        ],
      }),
      predicted({
        indicators: [
          indicator(3_000_000_000, "USD"),
          indicator(12, "%"),
          indicator(42, "projects"),
          indicator(7, "km"),
        ],
      }),
    );
    expect(s.fields.indicators).toMatchObject({ tp: 3, fp: 1, fn: 1 });
  });

  it("folds unit spellings to one kind", () => {
    expect(unitKey("member states")).toBe(unitKey("states"));
    expect(unitKey("dollars")).toBe("USD");
    expect(unitKey("per cent")).toBe("percent");
    expect(unitKey("countries")).toBe("country");
    expect(unitKey("memorandums of understanding")).toBe(unitKey("MoUs"));
    expect(unitKey("memorandums of understanding")).not.toBe(unitKey("understandings"));
    expect(unitKey("square kilometres")).not.toBe(unitKey("kilometres"));
  });

  it("reads a Latin plural and its English plural as one noun, and no other noun with them", () => {
    expect(unitKey("memoranda")).toBe(unitKey("memorandums"));
    expect(unitKey("memoranda")).not.toBe(unitKey("agreements"));
  });

  it("matches a partnership on country, level and the year gold gives, and reports year accuracy apart", () => {
    const s = scoreArticle(
      gold({
        partnerships: [
          { country: "Japan", level: "Comprehensive Strategic Partnership", year: 2023 },
          { country: "Australia", level: "Comprehensive Strategic Partnership", year: 2024 },
          { country: "Chile", level: "Comprehensive Partnership", year: null },
        ],
      }),
      predicted({
        partnerships: [
          partnership("JP", "Comprehensive Strategic Partnership", 2023),
          partnership("AU", "Comprehensive Strategic Partnership", null),
          partnership("CL", "Comprehensive Partnership", 2009),
        ],
      }),
    );
    expect(s.fields.partnerships).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.partnershipYears).toMatchObject({ right: 1, total: 2 });
  });

  it("matches a quote on speaker and its first four words, with no prefix leniency", () => {
    const s = scoreArticle(
      gold({
        quotes: [
          { speaker: "Phạm Minh Chính", textStart: "We are ready to work" },
          { speaker: "Anwar Ibrahim", textStart: "Malaysia wants closer ties" },
        ],
      }),
      predicted({
        quotes: [
          { speaker: "Pham Minh Chinh", text: "We are ready to work with partners.", start: 0, end: 0 },
          { speaker: "Anwar Ibrahim", text: "Malaysia", start: 0, end: 0 },
        ],
      }),
    );
    expect(s.fields.quotes).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it("fixes only the words a reading wrote when it gave fewer than four", () => {
    const s = scoreArticle(
      gold({ quotes: [{ speaker: "Sergey Lavrov", textStart: "Our countries" }] }),
      predicted({
        quotes: [{ speaker: "Sergey Lavrov", text: "Our countries are linked by long friendship.", start: 0, end: 0 }],
      }),
    );
    expect(s.fields.quotes).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it("counts page noise left in the body, and scores source and title when gold gives them", () => {
    const s = scoreArticle(
      gold({
        source: "VNA",
        title: "Leaders meet",
        notInBody: { people: [], countries: [], text: ["Zalo Facebook Twitter"] },
        noise: ["Read full this story"],
      }),
      predicted({}, { body: "Zalo  Facebook Twitter\n\nThe talks ...", source: "vna", title: "Leaders met" }),
    );
    expect(s.noise).toEqual(["Zalo Facebook Twitter"]);
    expect(s.source).toMatchObject({ right: 1, total: 1 });
    expect(s.title).toMatchObject({ right: 0, total: 1 });
  });

  it("reads an agency's name with or without its generic tail as one source, and a wire's update marker as no part of a title", () => {
    const pairs: [string, string, number][] = [
      ["Anadolu", "Anadolu Agency", 1],
      ["Jiji Press", "Jiji", 1],
      ["The Canadian Press", "Canadian Press", 1],
      ["Associated Press", "AP", 1],
      ["VietNamNet Bridge", "VietnamNet", 1],
      ["Vietnam News", "VNA", 0],
      ["Jiji", "Kyodo", 0],
    ];
    for (const [written, read, right] of pairs) {
      const s = scoreArticle(gold({ source: written }), predicted({}, { source: read }));
      expect([written, read, s.source.right]).toEqual([written, read, right]);
    }
    const lead = scoreArticle(gold({ title: "(LEAD) Leaders meet" }), predicted({}, { title: "Leaders meet" }));
    expect(lead.title).toMatchObject({ right: 1, total: 1 });
    const other = scoreArticle(gold({ title: "(Focus) Leaders meet" }), predicted({}, { title: "Leaders meet" }));
    expect(other.title).toMatchObject({ right: 0, total: 1 });
  });

  it("reads a Vietnamese paper's initials and its full name as one source", () => {
    const pairs: [string, string, number][] = [
      ["Hanoimoi", "HNM", 1],
      ["HNM", "Hanoi Moi", 1],
      ["CPV", "CPV Online Newspaper", 1],
      ["CPV", "VNA", 0],
    ];
    for (const [written, read, right] of pairs) {
      const s = scoreArticle(gold({ source: written }), predicted({}, { source: read }));
      expect([written, read, s.source.right]).toEqual([written, read, right]);
    }
  });

  it("counts a noise string left in the body only as words of its own, not inside a longer word", () => {
    const s = scoreArticle(
      gold({ notInBody: { people: [], countries: [], text: ["EFE", "(VNA)"] } }),
      predicted({}, { body: "The side was defeated in 2019 (VNA). The EFEs were not." }),
    );
    expect(s.noise).toEqual(["(VNA)"]);
    const credit = scoreArticle(
      gold({ notInBody: { people: [], countries: [], text: ["EFE"] } }),
      predicted({}, { body: "The talks ended on Friday. EFE" }),
    );
    expect(credit.noise).toEqual(["EFE"]);
  });

  it("matches a noise string in the case it was printed, so a masthead set aside is not found in the story's own mention", () => {
    const masthead = scoreArticle(
      gold({ notInBody: { people: [], countries: [], text: ["HARBOUR TIMES"] } }),
      predicted({}, { body: "The minister told the Harbour Times that talks went well." }),
    );
    expect(masthead.noise).toEqual([]);
    const left = scoreArticle(
      gold({ notInBody: { people: [], countries: [], text: ["HARBOUR TIMES"] } }),
      predicted({}, { body: "HARBOUR TIMES\n\nThe minister said talks went well." }),
    );
    expect(left.noise).toEqual(["HARBOUR TIMES"]);
  });

  it("expects no source when gold says the page names none", () => {
    const s = scoreArticle(gold({ source: null }), predicted({}, { source: "Reuters" }));
    expect(s.source).toMatchObject({ right: 0, total: 1 });
  });
});

describe("summary over articles", () => {
  it("gives micro F1 per field, macro F1 over the six fields and pages with noise left", () => {
    const a = scoreArticle(
      gold({ countries: ["Japan"] }),
      predicted({ entities: [entity("country", "JP", { code: "JP" })] }),
    );
    const b = scoreArticle(
      gold({ countries: ["India"], notInBody: { people: [], countries: [], text: ["Advertisement"] } }),
      predicted({}, { body: "Advertisement" }),
    );
    const s = summarise([a, b]);
    expect(s.fields.countries).toMatchObject({ tp: 1, fn: 1 });
    expect(s.macroF1).toBeCloseTo((5 + 2 / 3) / 6);
    expect([s.noisyPages, s.pages]).toEqual([1, 2]);
  });
});
