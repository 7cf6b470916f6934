import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ChanceryDatabase, openDatabase } from "../open.js";
import { articleToStore, speakerOnlyInTheHeadline } from "../testing.js";
import type { EntityToStore, FindingsToStore } from "./types.js";
import { writerFor } from "./writer.js";

let dir: string;
let database: ChanceryDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-corrections-"));
  database = openDatabase({ path: join(dir, "test.db") });
});

afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

const rows = <T>(sql: string, ...params: unknown[]) => database.sqlite.prepare(sql).all(...params) as T[];
const one = <T>(sql: string, ...params: unknown[]) =>
  database.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as T;

function person(name: string, key: string, body: string): EntityToStore {
  const start = body.indexOf(name);
  return {
    type: "person",
    key,
    name,
    code: null,
    acronym: null,
    mentions: [{ sentenceIndex: 0, start, end: start + name.length, surface: name }],
    roles: [],
  };
}

const country = (name: string, code: string, body: string): EntityToStore => ({
  ...person(name, name.toLowerCase(), body),
  type: "country",
  code,
});

const KISHIDA_A = "Prime Minister Kishida Fumio said trade with Vietnam grew 12 percent since 2000.";
const KISHIDA_B = "Fumio Kishida met Vietnam's leaders in Hanoi on Monday.";
const SENTENCE_A = KISHIDA_A;

function storeKishidaPair() {
  const writer = writerFor(database);
  const a = articleToStore(
    { body: KISHIDA_A },
    {
      entities: [person("Kishida Fumio", "kishida fumio", KISHIDA_A), country("Vietnam", "VN", KISHIDA_A)],
      indicators: [
        {
          key: "trade",
          value: 12,
          of: null,
          unit: "percent",
          qualifier: null,
          about: "trade",
          sentence: SENTENCE_A,
          sentenceIndex: 0,
          start: 58,
          end: 68,
        },
        {
          key: null,
          value: 2000,
          of: null,
          unit: "year",
          qualifier: null,
          about: null,
          sentence: SENTENCE_A,
          sentenceIndex: 0,
          start: 75,
          end: 79,
        },
      ],
      quotes: [{ text: "trade with Vietnam grew", start: 30, end: 53, speaker: "Kishida Fumio" }],
      themes: [{ key: "trade", score: 0.8 }],
    },
  );
  const b = articleToStore(
    { body: KISHIDA_B },
    { entities: [person("Fumio Kishida", "fumio kishida", KISHIDA_B), country("Vietnam", "VN", KISHIDA_B)] },
  );
  const [sa, sb] = writer.storeArticles([a, b]);
  return { writer, a, b, idA: sa?.id ?? 0, idB: sb?.id ?? 0 };
}

const mergeKishida = {
  kind: "merge_entity",
  target: { entity: { type: "person", key: "kishida fumio" } },
  payload: { into: { type: "person", key: "fumio kishida" } },
  author: "test",
  reason: "same person, name order",
};

const rejectYear = (hash: string) => ({
  kind: "reject_finding",
  target: { finding: "indicator", article: hash, key: null, value: 2000, unit: "year", sentence: SENTENCE_A },
  author: "test",
  reason: "a year, not a figure",
});

const people = () =>
  rows<{ key: string; name: string; mentionCount: number; articleCount: number }>(
    "SELECT key, name, mention_count AS mentionCount, article_count AS articleCount FROM entities WHERE type = 'person' ORDER BY key",
  );

describe("corrections log", () => {
  it("refuses to edit or delete an entry in the database itself", () => {
    const { writer } = storeKishidaPair();
    writer.correct([mergeKishida]);
    expect(() => database.sqlite.prepare("UPDATE corrections SET author = 'x'").run()).toThrow(/append-only/);
    expect(() => database.sqlite.prepare("DELETE FROM corrections").run()).toThrow(/append-only/);
    expect(one<number>("SELECT count(*) FROM corrections")).toBe(1);
  });

  it("refuses merging a person into a country, and changes nothing", () => {
    const { writer } = storeKishidaPair();
    const stamp = one<string>("SELECT value FROM meta WHERE key = 'last_changed_at'");
    expect(() => writer.correct([{ ...mergeKishida, payload: { into: { type: "country", key: "vietnam" } } }])).toThrow(
      expect.objectContaining({ code: "bad_request", message: expect.stringMatching(/same type/) }),
    );
    expect(one<number>("SELECT count(*) FROM corrections")).toBe(0);
    expect(one<string>("SELECT value FROM meta WHERE key = 'last_changed_at'")).toBe(stamp);
  });

  it("names the unknown entity, the missing article and the unmatched finding", () => {
    const { writer, a } = storeKishidaPair();
    expect(() =>
      writer.correct([{ ...mergeKishida, payload: { into: { type: "person", key: "nobody here" } } }]),
    ).toThrow(expect.objectContaining({ code: "not_found", message: expect.stringMatching(/nobody here/) }));
    expect(() => writer.correct([rejectYear("no-such-hash")])).toThrow(
      expect.objectContaining({ code: "not_found", message: expect.stringMatching(/no-such-hash/) }),
    );
    const wrongValue = rejectYear(a.article.contentHash);
    wrongValue.target.value = 1999;
    expect(() => writer.correct([wrongValue])).toThrow(
      expect.objectContaining({ code: "not_found", message: expect.stringMatching(/1999/) }),
    );
    expect(one<number>("SELECT count(*) FROM corrections")).toBe(0);
    expect(one<number>("SELECT count(*) FROM indicators")).toBe(2);
  });
});

describe("merging entities", () => {
  it("moves the variant's mentions, counts and quotes onto the canonical entity", () => {
    const { writer } = storeKishidaPair();
    writer.correct([mergeKishida]);
    expect(people()).toEqual([{ key: "fumio kishida", name: "Fumio Kishida", mentionCount: 2, articleCount: 2 }]);
    expect(rows("SELECT speaker_name AS s FROM quotes")).toEqual([{ s: "Fumio Kishida" }]);
    expect(one<number>("SELECT count(*) FROM quotes WHERE speaker_entity_id IS NOT NULL")).toBe(1);
  });

  it("learns the variant as an alias, so a new article spelling it that way lands on the canonical entity", () => {
    const { writer } = storeKishidaPair();
    writer.correct([mergeKishida]);
    expect(rows("SELECT type, variant_key AS v, canonical_key AS c FROM entity_aliases")).toEqual([
      { type: "person", v: "kishida fumio", c: "fumio kishida" },
    ]);
    const body = "Kishida Fumio returned to Tokyo.";
    writer.storeArticles([articleToStore({ body }, { entities: [person("Kishida Fumio", "kishida fumio", body)] })]);
    expect(people()).toEqual([{ key: "fumio kishida", name: "Fumio Kishida", mentionCount: 3, articleCount: 3 }]);
  });

  it("undoes a merge: both people come back with their own counts and the alias is forgotten", () => {
    const { writer } = storeKishidaPair();
    const [merge] = writer.correct([mergeKishida]);
    writer.correct([{ kind: "undo", target: { id: merge?.id }, author: "test", reason: "" }]);
    expect(people()).toEqual([
      { key: "fumio kishida", name: "Fumio Kishida", mentionCount: 1, articleCount: 1 },
      { key: "kishida fumio", name: "Kishida Fumio", mentionCount: 1, articleCount: 1 },
    ]);
    expect(one<number>("SELECT count(*) FROM entity_aliases")).toBe(0);
    expect(() => writer.correct([{ kind: "undo", target: { id: merge?.id }, author: "test" }])).toThrow(
      /already undone/,
    );
  });
});

describe("rejecting and adding findings", () => {
  it("keeps a rejected indicator out after reanalysis and after the article is stored again", () => {
    const { writer, a, idA } = storeKishidaPair();
    writer.correct([rejectYear(a.article.contentHash)]);
    expect(rows("SELECT value FROM indicators")).toEqual([{ value: 12 }]);

    writer.replaceAnalysis({ articleId: idA, article: { ...a.article }, findings: a.findings });
    expect(rows("SELECT value FROM indicators")).toEqual([{ value: 12 }]);

    writer.deleteArticle(idA);
    writer.storeArticles([a]);
    expect(rows("SELECT value FROM indicators")).toEqual([{ value: 12 }]);
  });

  it("shows a correction as stale when its finding has gone, and live again when it comes back", () => {
    const { writer, a, idA } = storeKishidaPair();
    const [reject] = writer.correct([rejectYear(a.article.contentHash)]);
    const hits = () => one<number>("SELECT count(*) FROM correction_hits WHERE correction_id = ?", reject?.id);
    expect(hits()).toBe(1);
    const withoutYear: FindingsToStore = { ...a.findings, indicators: a.findings.indicators.slice(0, 1) };
    writer.replaceAnalysis({ articleId: idA, article: { ...a.article }, findings: withoutYear });
    expect(hits()).toBe(0);
    expect(one<number>("SELECT count(*) FROM corrections")).toBe(1);
    writer.replaceAnalysis({ articleId: idA, article: { ...a.article }, findings: a.findings });
    expect(hits()).toBe(1);
    expect(rows("SELECT value FROM indicators")).toEqual([{ value: 12 }]);
  });

  it("adds a missing finding located by its sentence, and an undo takes it out again", () => {
    const { writer, b } = storeKishidaPair();
    const [added] = writer.correct([
      {
        kind: "add_finding",
        target: { article: b.article.contentHash },
        payload: { finding: "person", name: "Nguyen Van A", surface: "Vietnam's leaders", sentence: KISHIDA_B },
        author: "test",
      },
    ]);
    expect(
      rows("SELECT surface, start FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.key = 'nguyen van a'"),
    ).toEqual([{ surface: "Vietnam's leaders", start: KISHIDA_B.indexOf("Vietnam's") }]);
    writer.correct([{ kind: "undo", target: { id: added?.id }, author: "test" }]);
    expect(one<number>("SELECT count(*) FROM entities WHERE key = 'nguyen van a'")).toBe(0);
  });

  it("refuses an added finding whose sentence is not in the article", () => {
    const { writer, b } = storeKishidaPair();
    expect(() =>
      writer.correct([
        {
          kind: "add_finding",
          target: { article: b.article.contentHash },
          payload: { finding: "theme", key: "trade" },
          author: "test",
        },
        {
          kind: "add_finding",
          target: { article: b.article.contentHash },
          payload: { finding: "quote", speaker: null, text: "words nobody wrote" },
          author: "test",
        },
      ]),
    ).toThrow(/words nobody wrote/);
    expect(one<number>("SELECT count(*) FROM article_themes")).toBe(1);
  });

  it("splits a wrongly merged mention off onto its own entity, and keeps the rest", () => {
    const body = "Le Thi Thu Hang spoke first. Le Thi Thu then answered.";
    const writer = writerFor(database);
    const le = person("Le Thi Thu", "le thi thu", body);
    const [stored] = writer.storeArticles([
      articleToStore(
        { body },
        {
          entities: [
            {
              ...le,
              mentions: [
                { sentenceIndex: 0, start: 0, end: 15, surface: "Le Thi Thu Hang" },
                { sentenceIndex: 1, start: 29, end: 39, surface: "Le Thi Thu" },
              ],
            },
          ],
        },
      ),
    ]);
    const hash = one<string>("SELECT content_hash FROM articles WHERE id = ?", stored?.id);
    writer.correct([
      {
        kind: "split_mention",
        target: { article: hash, entity: { type: "person", key: "le thi thu" }, surface: "Le Thi Thu Hang" },
        payload: { into: { type: "person", name: "Le Thi Thu Hang" } },
        author: "test",
      },
    ]);
    expect(people()).toEqual([
      { key: "le thi thu", name: "Le Thi Thu", mentionCount: 1, articleCount: 1 },
      { key: "le thi thu hang", name: "Le Thi Thu Hang", mentionCount: 1, articleCount: 1 },
    ]);
  });

  it("renames an entity everywhere and brings the old name back on undo", () => {
    const { writer } = storeKishidaPair();
    const [rename] = writer.correct([
      {
        kind: "rename_entity",
        target: { entity: { type: "person", key: "kishida fumio" } },
        payload: { name: "KISHIDA Fumio" },
        author: "test",
      },
    ]);
    expect(people().map((p) => p.name)).toEqual(["Fumio Kishida", "KISHIDA Fumio"]);
    expect(rows("SELECT speaker_name AS s FROM quotes")).toEqual([{ s: "KISHIDA Fumio" }]);
    writer.correct([{ kind: "undo", target: { id: rename?.id }, author: "test" }]);
    expect(people().map((p) => p.name)).toEqual(["Fumio Kishida", "Kishida Fumio"]);
  });
});

describe("an entity listed with no mention", () => {
  it("keeps a speaker named only in the headline, and her quote's link, when a correction rewrites the article", () => {
    const writer = writerFor(database);
    writer.storeArticles([articleToStore({}, speakerOnlyInTheHeadline())]);
    writer.correct([
      {
        kind: "rename_entity",
        target: { entity: { type: "country", key: "japan" } },
        payload: { name: "Nippon" },
        author: "test",
      },
    ]);
    expect(one<string>("SELECT name FROM entities WHERE type = 'country'")).toBe("Nippon");
    expect(people()).toEqual([{ key: "lena vik", name: "Lena Vik", mentionCount: 0, articleCount: 1 }]);
    expect(one<number>("SELECT count(*) FROM quotes WHERE speaker_entity_id IS NOT NULL")).toBe(1);
  });
});
