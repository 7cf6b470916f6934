import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ChanceryDatabase, openDatabase } from "../open.js";
import { articleToStore } from "../testing.js";
import type { PartnershipToStore } from "./types.js";
import { changeLookups, sentenceAround } from "./watch.js";
import { writerFor } from "./writer.js";

let dir: string;
let database: ChanceryDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-watch-"));
  database = openDatabase({ path: join(dir, "test.db") });
});

afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

interface EventRow {
  kind: string;
  summary: string;
  before: string | null;
  after: string;
  evidence: string;
  article_id: number;
  attempts: number;
  delivered_at: string | null;
  last_error: string | null;
}
const events = () => database.sqlite.prepare("SELECT * FROM change_events ORDER BY id").all() as EventRow[];

function partnership(level: PartnershipToStore["level"], sentence: string, year: number | null = null) {
  return {
    countryCode: "JP",
    countryName: "Japan",
    level,
    year,
    yearSource: year ? ("sentence" as const) : null,
    sentence,
    sentenceIndex: 0,
    start: 0,
    end: sentence.length,
  };
}

function figure(value: number, sentence: string) {
  return {
    key: "gdp_growth",
    value,
    of: null,
    unit: "%",
    qualifier: null,
    about: "GDP growth",
    sentence,
    sentenceIndex: 0,
    start: 0,
    end: 5,
  };
}

function person(roles: Array<{ role: string; start: number; end: number }>) {
  return {
    type: "person" as const,
    key: "to lam",
    name: "Tô Lâm",
    code: null,
    acronym: null,
    mentions: [{ sentenceIndex: 0, start: 0, end: 6, surface: "Tô Lâm" }],
    roles,
  };
}

describe("change detection in the writer", () => {
  it("raises no event and reads no follow-specific state when nothing is followed", () => {
    const writer = writerFor(database);
    expect(writer.watch.detector()).toBeNull();
    writer.storeArticles([articleToStore({}, { partnerships: [partnership("Strategic Partnership", "S.")] })]);
    expect(events()).toEqual([]);
  });

  it("records a partnership's first report and its upgrade, not a repeat or a lower level", () => {
    const writer = writerFor(database);
    writer.watch.addFollow({ kind: "partnership", target: "JP", label: "Japan", match: null });
    const store = (level: PartnershipToStore["level"], sentence: string) =>
      writer.storeArticles([articleToStore({ body: sentence }, { partnerships: [partnership(level, sentence)] })]);
    store("Strategic Partnership", "Vietnam and Japan are strategic partners.");
    store("Strategic Partnership", "The strategic partnership with Japan deepened.");
    store("Comprehensive Partnership", "Japan is also a comprehensive partner.");
    const [upgrade] = store("Comprehensive Strategic Partnership", "Vietnam and Japan upgraded ties to a CSP.");
    expect(events().map((e) => [e.kind, e.before, e.after])).toEqual([
      ["partnership", null, "Strategic Partnership"],
      ["partnership", "Strategic Partnership", "Comprehensive Strategic Partnership"],
    ]);
    const last = events()[1];
    expect(last?.evidence).toBe("Vietnam and Japan upgraded ties to a CSP.");
    expect(last?.article_id).toBe(upgrade?.id);
    expect(last?.summary).toBe("Japan: Strategic Partnership → Comprehensive Strategic Partnership");
  });

  it("records an indicator's new latest value by publication date, not an older report or the same value", () => {
    const writer = writerFor(database);
    writer.watch.addFollow({ kind: "indicator", target: "gdp_growth", label: "GDP growth", match: null });
    const store = (publishedAt: string, value: number) =>
      writer.storeArticles([
        articleToStore({ publishedAt }, { indicators: [figure(value, `GDP grew ${value}% (${publishedAt}).`)] }),
      ]);
    store("2025-03-01", 7.1);
    store("2024-01-01", 5.0);
    store("2025-04-01", 7.1);
    store("2025-06-01", 7.5);
    expect(events().map((e) => [e.before, e.after, e.evidence])).toEqual([
      [null, "7.1 %", "GDP grew 7.1% (2025-03-01)."],
      ["7.1 %", "7.5 %", "GDP grew 7.5% (2025-06-01)."],
    ]);
  });

  it("records a followed person's role not seen before, with the sentence that gives it", () => {
    const writer = writerFor(database);
    writer.watch.addFollow({ kind: "person", target: "to lam", label: "Tô Lâm", match: null });
    const body1 = "Hanoi hosted talks. Tô Lâm, Party General Secretary, met guests. Trade was discussed.";
    const roleAt = body1.indexOf("Party General Secretary");
    const role1 = { role: "Party General Secretary", start: roleAt, end: roleAt + 23 };
    writer.storeArticles([articleToStore({ body: body1 }, { entities: [person([role1])] })]);
    writer.storeArticles([
      articleToStore({ body: "Tô Lâm, party general secretary, spoke." }, { entities: [person([role1])] }),
    ]);
    const body3 = "Tô Lâm was elected State President. He spoke.";
    const at = body3.indexOf("State President");
    writer.storeArticles([
      articleToStore({ body: body3 }, { entities: [person([{ role: "State President", start: at, end: at + 15 }])] }),
    ]);
    expect(events().map((e) => [e.before, e.after, e.evidence])).toEqual([
      [null, "Party General Secretary", "Tô Lâm, Party General Secretary, met guests."],
      ["Party General Secretary", "State President", "Tô Lâm was elected State President."],
    ]);
  });

  it("records a new article matching a followed search through the full-text index", () => {
    const writer = writerFor(database);
    writer.watch.addFollow({
      kind: "query",
      target: "semiconductor*",
      label: '"semiconductor*"',
      match: '"semiconductor"*',
    });
    const stored = writer.storeArticles([
      articleToStore({ body: "Rice exports rose in the delta." }),
      articleToStore({ body: "Vietnam courts semiconductors investors from Korea." }),
      articleToStore({ body: "Coffee prices fell." }),
    ]);
    // Only the matching article: the lookup is of the new article's own row, not of any match in the index.
    expect(events().map((e) => e.article_id)).toEqual([stored[1]?.id]);
    expect(events()[0]?.evidence).toContain("semiconductors");
  });

  it("never fires again for a second copy or a reanalysis of a stored article", () => {
    const writer = writerFor(database);
    writer.watch.addFollow({ kind: "partnership", target: "JP", label: "Japan", match: null });
    const item = articleToStore({}, { partnerships: [partnership("Strategic Partnership", "Japan is a partner.")] });
    const [stored] = writer.storeArticles([item]);
    writer.storeArticles([item]);
    writer.replaceAnalysis({
      articleId: stored?.id ?? 0,
      article: { ...item.article },
      findings: { ...item.findings, partnerships: [partnership("Comprehensive Strategic Partnership", "CSP.")] },
    });
    expect(events()).toHaveLength(1);
  });

  it("keeps one follow per thing, records delivery attempts and removes a follow's events with it", () => {
    const writer = writerFor(database);
    const first = writer.watch.addFollow({ kind: "partnership", target: "JP", label: "Japan", match: null });
    const again = writer.watch.addFollow({ kind: "partnership", target: "JP", label: "Japan", match: null });
    expect(again).toEqual({ id: first.id, created: false });
    writer.storeArticles([articleToStore({}, { partnerships: [partnership("Strategic Partnership", "S.")] })]);
    const id = database.sqlite.prepare("SELECT id FROM change_events").pluck().get() as number;
    writer.watch.recordDelivery(id, { ok: false, at: "2025-01-01T00:00:00Z", error: "HTTP 500", retryAt: "x" });
    writer.watch.recordDelivery(id, { ok: true, at: "2025-01-01T00:00:01Z" });
    expect(events()[0]).toMatchObject({ attempts: 2, delivered_at: "2025-01-01T00:00:01Z", last_error: null });
    expect(writer.watch.removeFollow(first.id)).toBe(true);
    expect(writer.watch.removeFollow(first.id)).toBe(false);
    expect(events()).toEqual([]);
  });
});

describe("sentenceAround", () => {
  it("cuts the sentence holding a span out of a body", () => {
    const body = "First one. The minister, Mr Son, spoke! Last.";
    const at = body.indexOf("minister");
    expect(sentenceAround(body, at, at + 8)).toBe("The minister, Mr Son, spoke!");
  });
});

describe("change detection's lookups", () => {
  it("each run through an index, never scanning a findings table or the full-text index", () => {
    for (const [name, text] of Object.entries(changeLookups)) {
      const params = Array.from({ length: text.split("?").length - 1 }, (_, i) => (i === 0 ? '"a"' : 1));
      const plan = (database.sqlite.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...params) as Array<{ detail: string }>)
        .map((row) => row.detail)
        .join(" | ");
      expect(plan, name).not.toMatch(/\bSCAN (indicators|partnerships|person_roles|entities)\b|USE TEMP B-TREE/);
      expect(plan, name).toMatch(/USING (COVERING )?INDEX|VIRTUAL TABLE INDEX \d+:=M/);
    }
  });
});
