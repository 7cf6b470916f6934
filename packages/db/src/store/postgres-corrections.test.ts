import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChanceryDatabase, openDatabase } from "../open.js";
import { postgresSuitesRun, startThrowawayCluster, type ThrowawayCluster } from "../postgres/cluster.js";
import { openPostgres, type PostgresDatabase } from "../postgres/open.js";
import { articleToStore } from "../testing.js";
import { CorrectionError } from "./correction-entry.js";
import { postgresWriterFor } from "./postgres-writer.js";
import type { ArticleToStore, EntityToStore } from "./types.js";
import { writerFor } from "./writer.js";

/* Corrections on PostgreSQL against SQLite: the same articles and the same corrections leave the same tables. */
const serverTests = postgresSuitesRun() ? describe : describe.skip;
if (!postgresSuitesRun()) console.log("postgres-corrections: PostgreSQL 15 binaries not found, skipped");

function entity(type: EntityToStore["type"], name: string, key: string, body: string): EntityToStore {
  const start = body.indexOf(name);
  return {
    type,
    key,
    name,
    code: type === "country" ? name.slice(0, 2).toUpperCase() : null,
    acronym: null,
    mentions: [{ sentenceIndex: 0, start, end: start + name.length, surface: name }],
    roles: [],
  };
}

const BODIES = [
  "Prime Minister Kishida Fumio said trade with Vietnam grew 12 percent in 2024.",
  "Fumio Kishida met Vietnam's leaders in Hanoi; exports grew 12 percent in 2024.",
  "Kishida Fumio and Vietnam signed a deal; GDP grew 7 percent in 2024.",
];
const LATER = "Kishida Fumio returned to Vietnam, where GDP grew 7 percent in 2024.";

function article(body: string, day: number): ArticleToStore {
  const name = body.includes("Fumio Kishida") ? "Fumio Kishida" : "Kishida Fumio";
  const figure = body.includes("12 percent") ? 12 : 7;
  const at = body.indexOf(`${figure} percent`);
  return articleToStore(
    { body, contentHash: `hash:${body}`, publishedAt: `2024-0${day}-01`, title: `Story ${day}` },
    {
      entities: [entity("person", name, name.toLowerCase(), body), entity("country", "Vietnam", "vietnam", body)],
      indicators: [
        {
          key: figure === 12 ? "trade_growth" : "gdp_growth",
          value: figure,
          of: null,
          unit: "%",
          qualifier: null,
          about: null,
          sentence: body,
          sentenceIndex: 0,
          start: at,
          end: at + 10,
        },
      ],
      partnerships: [
        {
          countryCode: "JP",
          countryName: "Japan",
          level: "Comprehensive Strategic Partnership",
          year: 2023,
          yearSource: "sentence",
          sentence: body,
          sentenceIndex: 0,
          start: 0,
          end: 5,
        },
      ],
      quotes: [{ speaker: name, text: "We agree.", start: 0, end: 9 }],
      themes: [{ key: day % 2 ? "trade" : "diplomacy", score: 0.5 }],
    },
  );
}

const CORRECTIONS = [
  {
    kind: "merge_entity",
    target: { entity: { type: "person", key: "fumio kishida" } },
    payload: { into: { type: "person", key: "kishida fumio" } },
    author: "analyst",
  },
  {
    kind: "rename_entity",
    target: { entity: { type: "person", key: "kishida fumio" } },
    payload: { name: "Kishida Fumio (PM)" },
    author: "analyst",
  },
  {
    kind: "reject_finding",
    target: {
      finding: "indicator",
      article: `hash:${BODIES[0]}`,
      key: "trade_growth",
      value: 12,
      unit: "%",
      sentence: BODIES[0],
    },
    author: "analyst",
  },
  {
    kind: "reject_finding",
    target: {
      finding: "partnership",
      article: `hash:${BODIES[1]}`,
      countryCode: "JP",
      level: "Comprehensive Strategic Partnership",
      year: 2023,
    },
    author: "analyst",
  },
  {
    kind: "add_finding",
    target: { article: `hash:${BODIES[2]}` },
    payload: { finding: "theme", key: "economy" },
    author: "analyst",
  },
];

/** Everything the corrections change, without ids (each backend numbers its own rows). */
const TABLES = [
  "SELECT type, key, name, mention_count, article_count FROM entities ORDER BY type, key",
  "SELECT a.content_hash, e.key, m.surface FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id ORDER BY 1, 2, 3",
  "SELECT a.content_hash, i.key, i.value FROM indicators i JOIN articles a ON a.id = i.article_id ORDER BY 1, 2",
  "SELECT a.content_hash, p.country_code FROM partnerships p JOIN articles a ON a.id = p.article_id ORDER BY 1, 2",
  "SELECT a.content_hash, q.speaker_name FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY 1, 2",
  "SELECT a.content_hash, t.theme_key FROM article_themes t JOIN articles a ON a.id = t.article_id ORDER BY 1, 2",
  "SELECT key, findings, figures FROM indicator_keys ORDER BY key",
  "SELECT key, granularity, period, findings FROM indicator_periods ORDER BY 1, 2, 3",
  `SELECT key, value, "of", unit, articles, undated FROM indicator_figures ORDER BY key, value`,
  "SELECT key, granularity, period, value, articles FROM indicator_figure_periods ORDER BY 1, 2, 3, 4",
  "SELECT outlet, articles FROM indicator_figure_outlets ORDER BY 1, 2",
  "SELECT country_code, statements FROM partnership_countries ORDER BY 1",
  "SELECT e.key, d.published_at, d.articles FROM entity_dates d JOIN entities e ON e.id = d.entity_id ORDER BY 1, 2",
  "SELECT theme_key, granularity, period, stories FROM theme_periods ORDER BY 1, 2, 3",
  "SELECT type, variant_key, canonical_key FROM entity_aliases ORDER BY 1, 2",
  "SELECT c.kind, a.content_hash FROM correction_hits h JOIN corrections c ON c.id = h.correction_id JOIN articles a ON a.id = h.article_id ORDER BY 1, 2",
  "SELECT a.content_hash FROM corrected_analyses r JOIN articles a ON a.id = r.article_id ORDER BY 1",
  "SELECT kind, author, undoes FROM corrections ORDER BY id",
];

const asText = (rows: Array<Record<string, unknown>>) =>
  rows.map((row) => Object.values(row).map((v) => (v === null ? null : String(v))));

serverTests("corrections on PostgreSQL", () => {
  let cluster: ThrowawayCluster;
  let admin: PostgresDatabase;
  let made = 0;
  const fresh = async () => {
    const name = `corrections_${++made}`;
    await admin.pool.query(`CREATE DATABASE ${name}`);
    const postgres = await openPostgres(cluster.url.replace(/\/chancery$/, `/${name}`));
    return { postgres, sqlite: openDatabase({ path: ":memory:" }) };
  };
  const tablesOf = async (sqlite: ChanceryDatabase, postgres: PostgresDatabase) => {
    const a: unknown[] = [];
    const b: unknown[] = [];
    for (const sql of TABLES) {
      a.push(asText(sqlite.sqlite.prepare(sql).all() as Array<Record<string, unknown>>));
      b.push(asText((await postgres.pool.query(sql)).rows));
    }
    return { sqlite: a, postgres: b };
  };

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    admin = await openPostgres(cluster.url);
  }, 60_000);
  afterAll(async () => {
    await admin?.close();
    cluster?.stop();
  });

  it("leaves the findings, summaries and entity counts SQLite leaves, after each correction and its undo", async () => {
    const { sqlite, postgres } = await fresh();
    const items = BODIES.map((body, i) => article(body, i + 1));
    writerFor(sqlite).storeArticles(items);
    await postgresWriterFor(postgres).storeArticles(items);
    for (const correction of CORRECTIONS) {
      const a = writerFor(sqlite).correct([correction]);
      const b = await postgresWriterFor(postgres).correct([correction]);
      expect(b.map((e) => e.kind)).toEqual(a.map((e) => e.kind));
      const both = await tablesOf(sqlite, postgres);
      expect(both.postgres).toEqual(both.sqlite);
    }
    const merged = await postgres.pool.query("SELECT count(*)::int AS n FROM entities WHERE key = 'fumio kishida'");
    expect(merged.rows[0].n).toBe(0);
    // Undo the rename and the rejected indicator (entries 2 and 3 on both).
    for (const id of [2, 3]) {
      const undo = { kind: "undo", target: { id }, author: "analyst" };
      writerFor(sqlite).correct([undo]);
      await postgresWriterFor(postgres).correct([undo]);
      const both = await tablesOf(sqlite, postgres);
      expect(both.postgres).toEqual(both.sqlite);
    }
    const renamed = await postgres.pool.query("SELECT name FROM entities WHERE key = 'kishida fumio'");
    expect(renamed.rows[0].name).not.toBe("Kishida Fumio (PM)");
    sqlite.close();
    await postgres.close();
  }, 60_000);

  it("applies the corrections to an article ingested later, as SQLite's ingest does", async () => {
    const { sqlite, postgres } = await fresh();
    const items = BODIES.map((body, i) => article(body, i + 1));
    writerFor(sqlite).storeArticles(items);
    await postgresWriterFor(postgres).storeArticles(items);
    writerFor(sqlite).correct(CORRECTIONS);
    await postgresWriterFor(postgres).correct(CORRECTIONS);
    const later = [
      article(LATER, 4),
      { ...article(BODIES[1] as string, 2), sighting: { sourcePath: "again.txt", url: null, outlet: null } },
    ];
    writerFor(sqlite).storeArticles(later);
    const outcomes = await postgresWriterFor(postgres).storeArticles(later);
    expect(outcomes.map((o) => o.status)).toEqual(["new", "alreadyPresent"]);
    const both = await tablesOf(sqlite, postgres);
    expect(both.postgres).toEqual(both.sqlite);
    const later_ = await postgres.pool.query(
      "SELECT e.name FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN articles a ON a.id = m.article_id WHERE a.content_hash = $1 AND e.type = 'person'",
      [`hash:${LATER}`],
    );
    expect(later_.rows).toEqual([{ name: "Kishida Fumio (PM)" }]);
    sqlite.close();
    await postgres.close();
  }, 60_000);

  it("refuses a correction that matches nothing, changing nothing, with SQLite's message", async () => {
    const { sqlite, postgres } = await fresh();
    const items = BODIES.map((body, i) => article(body, i + 1));
    writerFor(sqlite).storeArticles(items);
    await postgresWriterFor(postgres).storeArticles(items);
    const nothing = {
      kind: "reject_finding",
      target: { finding: "theme", article: `hash:${BODIES[0]}`, key: "sports" },
      author: "analyst",
    };
    let fromSqlite: unknown;
    try {
      writerFor(sqlite).correct([nothing]);
    } catch (error) {
      fromSqlite = error;
    }
    const fromPostgres = await postgresWriterFor(postgres)
      .correct([nothing])
      .catch((error: unknown) => error);
    expect(fromPostgres).toBeInstanceOf(CorrectionError);
    expect((fromPostgres as Error).message).toBe((fromSqlite as Error).message);
    const count = await postgres.pool.query("SELECT count(*)::int AS n FROM corrections");
    expect(count.rows[0].n).toBe(0);
    sqlite.close();
    await postgres.close();
  }, 60_000);

  it("applies a correction made while two writers ingest, to every article, once", async () => {
    const { sqlite, postgres } = await fresh();
    const other = await openPostgres(cluster.url.replace(/\/chancery$/, `/corrections_${made}`));
    const rename = CORRECTIONS[1];
    const first = [article(BODIES[0] as string, 1)];
    await postgresWriterFor(postgres).storeArticles(first);
    const many = Array.from({ length: 12 }, (_, i) =>
      article(`Kishida Fumio visited Vietnam for the ${i + 1}th time; GDP grew 7 percent in 2024.`, 1 + (i % 8)),
    );
    await Promise.all([
      postgresWriterFor(postgres).storeArticles(many.slice(0, 6)),
      postgresWriterFor(other).storeArticles(many.slice(6)),
      postgresWriterFor(other).correct([rename]),
    ]);
    const names = await postgres.pool.query(
      "SELECT name, mention_count::int AS mentions, article_count::int AS articles FROM entities WHERE type = 'person'",
    );
    expect(names.rows).toEqual([{ name: "Kishida Fumio (PM)", mentions: 13, articles: 13 }]);
    const hits = await postgres.pool.query("SELECT count(*)::int AS n FROM correction_hits");
    expect(hits.rows[0].n).toBe(13);
    sqlite.close();
    await other.close();
    await postgres.close();
  }, 60_000);
});
