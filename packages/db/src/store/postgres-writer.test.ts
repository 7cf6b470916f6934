import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../open.js";
import { postgresSuitesRun, startThrowawayCluster, type ThrowawayCluster } from "../postgres/cluster.js";
import { openPostgres, type PostgresDatabase } from "../postgres/open.js";
import { articleToStore, japanToStore, speakerInTheBody, speakerOnlyInTheHeadline } from "../testing.js";
import { lshBucketRange } from "./lsh.js";
import { postgresWriterFor } from "./postgres-writer.js";
import type { ArticleToStore, EntityToStore } from "./types.js";
import { writerFor } from "./writer.js";

/* The PostgreSQL writer against the SQLite one, and several PostgreSQL writers racing on the same articles. */
const serverTests = postgresSuitesRun() ? describe : describe.skip;

const person = (name: string): EntityToStore => ({
  type: "person",
  key: name.toLowerCase(),
  name,
  code: null,
  acronym: null,
  mentions: [{ sentenceIndex: 0, start: 10, end: 10 + name.length, surface: name }],
  roles: [{ role: "minister", start: 0, end: 8 }],
});

/** Article `i` of story `story`: its buckets share the story's key, its findings name Japan and a person. */
function item(story: number, i: number, shared = true): ArticleToStore {
  const base = articleToStore(
    {
      body: `Story ${story}, version ${i}: Vietnam and Japan agree on trade.`,
      publishedAt: `2024-0${1 + (story % 9)}-0${1 + i}`,
    },
    {
      entities: shared ? [japanToStore, person(`Minister ${story % 3}`), japanToStore] : [person(`Minister ${story}`)],
      indicators: [
        {
          key: "gdp_growth",
          value: 6 + (story % 2),
          of: null,
          unit: "%",
          qualifier: null,
          about: null,
          sentence: "GDP grew.",
          sentenceIndex: 0,
          start: 0,
          end: 9,
        },
      ],
      partnerships: [
        {
          countryCode: "JP",
          countryName: "Japan",
          level: "Comprehensive Strategic Partnership",
          year: 2023,
          yearSource: "sentence",
          sentence: "Japan.",
          sentenceIndex: 0,
          start: 0,
          end: 6,
        },
      ],
      quotes: [{ speaker: `Minister ${story % 3}`, text: "We agree.", start: 20, end: 29 }],
      themes: [{ key: story % 2 ? "trade" : "diplomacy", score: 0.5 }],
    },
  );
  return { ...base, fingerprint: { ...base.fingerprint, buckets: [1000 + story, 5000 + story * 10 + i] } };
}

const SUMMARIES = [
  "SELECT type, key, name, code, mention_count, article_count FROM entities ORDER BY type, key",
  "SELECT key, findings, figures FROM indicator_keys ORDER BY key",
  "SELECT key, granularity, period, findings FROM indicator_periods ORDER BY 1, 2, 3",
  `SELECT key, value, "of", unit, articles, undated FROM indicator_figures ORDER BY key, value`,
  "SELECT key, granularity, period, value, articles FROM indicator_figure_periods ORDER BY 1, 2, 3, 4",
  "SELECT outlet, articles FROM indicator_figure_outlets ORDER BY 1, 2",
  "SELECT country_code, statements FROM partnership_countries ORDER BY 1",
  "SELECT published_at, articles FROM entity_dates ORDER BY 1, 2",
  "SELECT theme_key, granularity, period, stories FROM theme_periods ORDER BY 1, 2, 3",
  "SELECT title, article_count FROM stories ORDER BY title",
  "SELECT key, value FROM meta WHERE key IN ('articles', 'stories', 'words') ORDER BY key",
  "SELECT count(*) AS n FROM mentions UNION ALL SELECT count(*) FROM quotes UNION ALL SELECT count(*) FROM person_roles UNION ALL SELECT count(*) FROM lsh_keys UNION ALL SELECT count(*) FROM article_sightings",
];

const asText = (rows: Array<Record<string, unknown>>) =>
  rows.map((row) => Object.values(row).map((v) => (v === null ? null : String(v))));

/** The story already holding an article in one of `item`'s buckets, read as the ingest's story search reads. */
const STORY_OF_BUCKET = `SELECT a.story_id AS story_id FROM lsh_keys k JOIN articles a ON a.id = (k.id & 2147483647)
  WHERE k.id BETWEEN $1 AND $2 ORDER BY k.id LIMIT 1`;

serverTests("the PostgreSQL writer", () => {
  let cluster: ThrowawayCluster;
  let admin: PostgresDatabase;
  let made = 0;
  const freshDatabase = async () => {
    const name = `writer_${++made}`;
    await admin.pool.query(`CREATE DATABASE ${name}`);
    return cluster.url.replace(/\/chancery$/, `/${name}`);
  };

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    admin = await openPostgres(cluster.url);
  }, 60_000);
  afterAll(async () => {
    await admin?.close();
    cluster?.stop();
  });

  it("stores articles, stories, findings, summaries and totals as the SQLite writer does", async () => {
    const items = [item(1, 0), item(2, 0), item(1, 1), item(3, 0), item(2, 1)];
    const copy = { ...(items[0] as ArticleToStore), sighting: { sourcePath: "copy.txt", url: null, outlet: null } };
    const sqlite = openDatabase({ path: ":memory:" });
    const sqliteStory = (i: ArticleToStore) => {
      const [lo, hi] = lshBucketRange(i.fingerprint.buckets[0] as number);
      const row = sqlite.sqlite.prepare(STORY_OF_BUCKET.replace("$1", "?").replace("$2", "?")).get(lo, hi);
      return (row as { story_id: number } | undefined)?.story_id ?? null;
    };
    const fromSqlite = [
      ...writerFor(sqlite).storeArticles(items, sqliteStory),
      ...writerFor(sqlite).storeArticles([copy], sqliteStory),
    ];
    const database = await openPostgres(await freshDatabase());
    try {
      const writer = postgresWriterFor(database);
      const postgresStory = async (
        i: ArticleToStore,
        read: Parameters<NonNullable<Parameters<typeof writer.storeArticles>[1]>>[1],
      ) => {
        const [lo, hi] = lshBucketRange(i.fingerprint.buckets[0] as number);
        const [row] = await read<{ story_id: string }>(STORY_OF_BUCKET, [String(lo), String(hi)]);
        return row ? Number(row.story_id) : null;
      };
      const fromPostgres = [
        ...(await writer.storeArticles(items, postgresStory)),
        ...(await writer.storeArticles([copy], postgresStory)),
      ];
      expect(fromPostgres).toEqual(fromSqlite);
      expect(fromPostgres.map((o) => o.status)).toEqual(["new", "new", "new", "new", "new", "alreadyPresent"]);
      for (const query of SUMMARIES) {
        const expected = asText(sqlite.sqlite.prepare(query).all() as Array<Record<string, unknown>>);
        expect(asText((await database.pool.query(query)).rows), query).toEqual(expected);
      }
    } finally {
      await database.close();
      sqlite.close();
    }
  });

  it("counts a speaker with no mention once per article, through a reanalysis and an emptied analysis, as SQLite does", {
    timeout: 60_000,
  }, async () => {
    const none = { entities: [], indicators: [], partnerships: [], quotes: [], themes: [] };
    const briefing = { ...none, ...speakerOnlyInTheHeadline() };
    const items = [articleToStore({}, briefing), articleToStore({}, speakerInTheBody())];
    const article = articleToStore().article;
    const ENTITIES = "SELECT type, key, mention_count, article_count FROM entities ORDER BY type, key";
    const sqlite = openDatabase({ path: ":memory:" });
    const database = await openPostgres(await freshDatabase());
    try {
      const writers = { sqlite: writerFor(sqlite), postgres: postgresWriterFor(database) };
      const [first] = writers.sqlite.storeArticles(items);
      const [stored] = await writers.postgres.storeArticles(items);
      const steps: Array<[string, (id: number) => unknown, (id: number) => Promise<unknown>]> = [
        ["stored", () => null, async () => null],
        [
          "reanalysed",
          (id) => writers.sqlite.replaceAnalysis({ articleId: id, article, findings: briefing }),
          (id) => writers.postgres.replaceAnalysis({ articleId: id, article, findings: briefing }),
        ],
        [
          "emptied",
          (id) => writers.sqlite.replaceAnalysis({ articleId: id, article, findings: none }),
          (id) => writers.postgres.replaceAnalysis({ articleId: id, article, findings: none }),
        ],
        [
          "read again",
          (id) => writers.sqlite.replaceAnalysis({ articleId: id, article, findings: briefing }),
          (id) => writers.postgres.replaceAnalysis({ articleId: id, article, findings: briefing }),
        ],
      ];
      const counts: Record<string, unknown> = {};
      for (const [step, onSqlite, onPostgres] of steps) {
        onSqlite(first?.id ?? 0);
        await onPostgres(stored?.id ?? 0);
        const expected = asText(sqlite.sqlite.prepare(ENTITIES).all() as Array<Record<string, unknown>>);
        expect(asText((await database.pool.query(ENTITIES)).rows), step).toEqual(expected);
        counts[step] = expected;
      }
      expect(counts).toEqual({
        stored: [
          ["country", "japan", "1", "1"],
          ["person", "lena vik", "1", "2"],
        ],
        reanalysed: [
          ["country", "japan", "1", "1"],
          ["person", "lena vik", "1", "2"],
        ],
        emptied: [["person", "lena vik", "1", "1"]],
        "read again": [
          ["country", "japan", "1", "1"],
          ["person", "lena vik", "1", "2"],
        ],
      });
    } finally {
      await database.close();
      sqlite.close();
    }
  });

  it("stores each article and each story once when three writers race on the same articles, without deadlocking", {
    timeout: 120_000,
  }, async () => {
    const url = await freshDatabase();
    // No entity shared across stories, whose row would queue the writers before they reach the summaries.
    const stories = Array.from({ length: 8 }, (_, story) => [0, 1, 2].map((i) => item(story, i, false)));
    const items = stories.flat();
    // Three connection pools, as three processes would have: the same articles in three orders, each writer storing
    // another version of the same story at the same moment, so each would start the story without the bucket locks.
    const writers = await Promise.all([0, 1, 2].map(() => openPostgres(url)));
    try {
      // The third walks the stories backwards, so it writes other stories' summaries at the same moment.
      const orders = [0, 1, 2].map((w) =>
        (w === 2 ? [...stories].reverse() : stories).flatMap((versions) => [0, 1, 2].map((j) => versions[(j + w) % 3])),
      );
      const outcomes = await Promise.all(
        writers.map((database, w) =>
          postgresWriterFor(database).storeArticles(orders[w] as ArticleToStore[], async (i, read) => {
            const [lo, hi] = lshBucketRange(i.fingerprint.buckets[0] as number);
            const [row] = await read<{ story_id: string }>(STORY_OF_BUCKET, [String(lo), String(hi)]);
            return row ? Number(row.story_id) : null;
          }),
        ),
      );
      expect(outcomes.flat().filter((o) => o.status === "new")).toHaveLength(items.length);
      const { pool } = writers[0] as PostgresDatabase;
      const rows = async (sql: string) => asText((await pool.query(sql)).rows);
      expect(await rows("SELECT count(*) AS n, count(DISTINCT content_hash) AS d FROM articles")).toEqual([
        ["24", "24"],
      ]);
      // One story per bucket group, each with its three articles.
      expect(await rows("SELECT article_count, count(*) FROM stories GROUP BY 1")).toEqual([["3", "8"]]);
      expect(await rows("SELECT count(DISTINCT story_id) FROM articles")).toEqual([["8"]]);
      const words = items.reduce((sum, i) => sum + i.article.wordCount, 0);
      expect(
        await rows("SELECT key, value FROM meta WHERE key IN ('articles', 'stories', 'words') ORDER BY key"),
      ).toEqual([
        ["articles", "24"],
        ["stories", "8"],
        ["words", String(words)],
      ]);
      expect(
        await rows("SELECT count(*) AS n, sum(article_count) AS a, sum(mention_count) AS m FROM entities"),
      ).toEqual([["8", "24", "24"]]);
      expect(await rows("SELECT findings FROM indicator_keys")).toEqual([["24"]]);
      expect(await rows("SELECT statements FROM partnership_countries")).toEqual([["24"]]);
      // A figure first met by two writers at once is still one figure; a story counts once for its theme.
      expect(await rows("SELECT value, articles FROM indicator_figures ORDER BY value")).toEqual([
        ["6", "12"],
        ["7", "12"],
      ]);
      expect(await rows("SELECT theme_key, stories FROM theme_periods WHERE granularity = 'all' ORDER BY 1")).toEqual([
        ["", "8"],
        ["diplomacy", "4"],
        ["trade", "4"],
      ]);
      // Three sightings of every article: one when stored, one for each writer that found it stored.
      expect(await rows("SELECT count(*) FROM article_sightings")).toEqual([["72"]]);
    } finally {
      await Promise.all(writers.map((w) => w.close()));
    }
  });
});
