import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../open.js";
import { postgresSuitesRun, startThrowawayCluster, type ThrowawayCluster } from "../postgres/cluster.js";
import { openPostgres, type PostgresDatabase } from "../postgres/open.js";
import { articleToStore } from "../testing.js";
import { tsQueryOfMatch } from "./postgres-watch.js";
import { PostgresWriter, postgresWriterFor } from "./postgres-writer.js";
import type { ArticleToStore, PartnershipToStore } from "./types.js";
import type { FollowToStore } from "./watch.js";
import { writerFor } from "./writer.js";

/* Follows and change events on PostgreSQL against SQLite's writer, and two PostgreSQL writers storing at once. */
const serverTests = postgresSuitesRun() ? describe : describe.skip;
if (!postgresSuitesRun()) console.log("postgres-watch.test.ts: skipped, no PostgreSQL binaries");

const FOLLOWS: FollowToStore[] = [
  { kind: "partnership", target: "JP", label: "Japan", match: null },
  { kind: "indicator", target: "gdp_growth", label: "GDP growth", match: null },
  { kind: "person", target: "to lam", label: "Tô Lâm", match: null },
  {
    kind: "query",
    target: "semiconductor* NOT coffee",
    label: '"semiconductor* NOT coffee"',
    match: '"semiconductor"* NOT "coffee"',
  },
];

function partnership(level: PartnershipToStore["level"], sentence: string): PartnershipToStore {
  return {
    countryCode: "JP",
    countryName: "Japan",
    level,
    year: null,
    yearSource: null,
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

function person(body: string, role: string) {
  const at = body.indexOf(role);
  return {
    type: "person" as const,
    key: "to lam",
    name: "Tô Lâm",
    code: null,
    acronym: null,
    mentions: [{ sentenceIndex: 0, start: 0, end: 6, surface: "Tô Lâm" }],
    roles: at < 0 ? [] : [{ role, start: at, end: at + role.length }],
  };
}

/** Articles that raise (and, in between, do not raise) every kind of change event, in the order stored. */
function corpus(): ArticleToStore[] {
  const roleBody = (role: string) => `Hanoi hosted talks. Tô Lâm, ${role}, met guests. Trade was discussed.`;
  return [
    articleToStore(
      { body: "Vietnam and Japan are strategic partners." },
      {
        partnerships: [partnership("Strategic Partnership", "Vietnam and Japan are strategic partners.")],
      },
    ),
    articleToStore(
      { body: "Japan is also a comprehensive partner." },
      {
        partnerships: [partnership("Comprehensive Partnership", "Japan is also a comprehensive partner.")],
      },
    ),
    articleToStore(
      { body: "Vietnam and Japan upgraded ties to a CSP." },
      {
        partnerships: [partnership("Comprehensive Strategic Partnership", "Vietnam and Japan upgraded ties to a CSP.")],
      },
    ),
    articleToStore(
      { publishedAt: "2025-03-01", body: "GDP grew 7.1% in the first quarter." },
      {
        indicators: [figure(7.1, "GDP grew 7.1% in the first quarter.")],
      },
    ),
    articleToStore(
      { publishedAt: "2024-01-01", body: "GDP grew 5% in 2023." },
      { indicators: [figure(5, "GDP grew 5% in 2023.")] },
    ),
    articleToStore(
      { publishedAt: "2025-04-01", body: "GDP growth held at 7.1%." },
      { indicators: [figure(7.1, "GDP growth held at 7.1%.")] },
    ),
    articleToStore(
      { publishedAt: "2025-06-01", body: "GDP grew 7.5% in the half." },
      { indicators: [figure(7.5, "GDP grew 7.5% in the half.")] },
    ),
    articleToStore(
      { body: roleBody("Party General Secretary") },
      {
        entities: [person(roleBody("Party General Secretary"), "Party General Secretary")],
      },
    ),
    articleToStore(
      { body: roleBody("party general secretary") },
      {
        entities: [person(roleBody("party general secretary"), "party general secretary")],
      },
    ),
    articleToStore(
      { body: roleBody("State President") },
      { entities: [person(roleBody("State President"), "State President")] },
    ),
    articleToStore({ body: "Rice exports rose in the delta." }),
    articleToStore({ body: "Vietnam courts semiconductors investors from Korea." }),
    articleToStore({ body: "Semiconductor plants and coffee farms both grew." }),
  ];
}

/** The events as both backends store them, article ids as positions in the corpus. */
const EVENTS = `SELECT f.kind AS follow, e.kind, e.summary, e.before, e.after, e.evidence, e.article_id AS article,
  e.created_at = e.next_attempt_at AS due, e.attempts, e.delivered_at FROM change_events e JOIN follows f ON f.id = e.follow_id
  ORDER BY e.id`;
const plain = (rows: Array<Record<string, unknown>>): Array<Record<string, string | null>> =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? null : String(v)])));

serverTests("follows and change events on PostgreSQL", () => {
  let cluster: ThrowawayCluster;
  let admin: PostgresDatabase;
  let made = 0;
  const freshDatabase = async () => {
    const name = `watch_${++made}`;
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

  it("records the same change events as SQLite's writer, for every kind of follow, in the article's transaction", async () => {
    const items = corpus();
    const sqlite = openDatabase({ path: ":memory:" });
    const database = await openPostgres(await freshDatabase());
    try {
      const writer = writerFor(sqlite);
      for (const follow of FOLLOWS) writer.watch.addFollow(follow, "2025-01-01T00:00:00.000Z");
      const sqliteIds = items.map((item) => writer.storeArticles([item])[0]?.id);
      const postgres = postgresWriterFor(database);
      for (const follow of FOLLOWS) await postgres.watch.addFollow(follow, "2025-01-01T00:00:00.000Z");
      const postgresIds: Array<number | undefined> = [];
      for (const item of items) postgresIds.push((await postgres.storeArticles([item]))[0]?.id);
      // A second copy raises nothing on either.
      writer.storeArticles([items[2] as ArticleToStore]);
      await postgres.storeArticles([items[2] as ArticleToStore]);

      const position =
        (ids: Array<number | undefined>) =>
        (row: Record<string, string | null>): Record<string, string | null> => ({
          ...row,
          article: String(ids.indexOf(Number(row.article))),
          due: row.due === "1" || row.due === "true" ? "yes" : "no",
        });
      const expected = plain(sqlite.sqlite.prepare(EVENTS).all() as Array<Record<string, unknown>>).map(
        position(sqliteIds),
      );
      const actual = plain((await database.pool.query(EVENTS)).rows).map(position(postgresIds));
      // Each kind is there, and the search matched one article (not the one also about coffee).
      expect(expected.map((e) => e.kind)).toEqual([
        "partnership",
        "partnership",
        "indicator",
        "indicator",
        "person",
        "person",
        "query",
      ]);
      // The search's evidence is each engine's own excerpt (FTS5's snippet, ts_headline): compared by what it holds.
      const excerpt = (rows: typeof expected) =>
        rows.map((e) => (e.kind === "query" ? { ...e, evidence: /semiconductors/.test(e.evidence ?? "") } : e));
      expect(excerpt(actual)).toEqual(excerpt(expected));
      expect(actual.find((e) => e.kind === "query")?.evidence).toContain("semiconductors");
    } finally {
      sqlite.close();
      await database.close();
    }
  });

  it("keeps one follow per thing, records deliveries and removes a follow with its events, as on SQLite", async () => {
    const url = await freshDatabase();
    const database = await openPostgres(url);
    const second = await openPostgres(url);
    const other = new PostgresWriter(second);
    try {
      const follow = FOLLOWS[0] as FollowToStore;
      const writers = [postgresWriterFor(database), other];
      // Ten adds from two connections at once: the unique index, not this process, keeps one.
      const added = await Promise.all(Array.from({ length: 10 }, (_, i) => writers[i % 2]?.watch.addFollow(follow)));
      expect(added.filter((a) => a?.created)).toHaveLength(1);
      expect(new Set(added.map((a) => a?.id)).size).toBe(1);
      const id = added[0]?.id as number;
      expect(await other.watch.findFollow("partnership", "JP")).toBe(id);
      await postgresWriterFor(database).storeArticles([
        articleToStore({}, { partnerships: [partnership("Strategic Partnership", "S.")] }),
      ]);
      const eventId = Number((await database.pool.query("SELECT id FROM change_events")).rows[0]?.id);
      const watch = postgresWriterFor(database).watch;
      await watch.recordDelivery(eventId, { ok: false, at: "2025-01-01T00:00:00Z", error: "HTTP 500", retryAt: "x" });
      await watch.recordDelivery(eventId, { ok: true, at: "2025-01-01T00:00:01Z" });
      const [row] = (await database.pool.query("SELECT attempts, delivered_at, last_error FROM change_events")).rows;
      expect(plain([row])).toEqual([{ attempts: "2", delivered_at: "2025-01-01T00:00:01Z", last_error: null }]);
      expect(await watch.removeFollow(id)).toBe(true);
      expect(await watch.removeFollow(id)).toBe(false);
      expect((await database.pool.query("SELECT count(*)::int AS n FROM change_events")).rows[0]?.n).toBe(0);
    } finally {
      await second.close();
      await database.close();
    }
  });

  it("with two writers storing at once, records each upgrade once, each event starting where the last ended", async () => {
    const url = await freshDatabase();
    const a = await openPostgres(url);
    const b = await openPostgres(url);
    try {
      await postgresWriterFor(a).watch.addFollow(FOLLOWS[0] as FollowToStore);
      await postgresWriterFor(a).watch.addFollow(FOLLOWS[1] as FollowToStore);
      const levels: PartnershipToStore["level"][] = [
        "Strategic Partnership",
        "Comprehensive Partnership",
        "Comprehensive Strategic Partnership",
      ];
      const items = Array.from({ length: 24 }, (_, i) =>
        articleToStore(
          { body: `Round ${i}: Japan ties and GDP ${i}.`, publishedAt: `2025-01-${String(1 + i).padStart(2, "0")}` },
          {
            partnerships: [partnership(levels[i % 3] as PartnershipToStore["level"], `Round ${i}.`)],
            indicators: [figure(5 + i / 10, `GDP ${i}.`)],
          },
        ),
      );
      await Promise.all([
        postgresWriterFor(a).storeArticles(items.filter((_, i) => i % 2 === 0)),
        postgresWriterFor(b).storeArticles(items.filter((_, i) => i % 2 === 1)),
      ]);
      const events = (
        await a.pool.query<{ kind: string; before: string | null; after: string }>(
          "SELECT kind, before, after FROM change_events ORDER BY id",
        )
      ).rows;
      for (const kind of ["partnership", "indicator"]) {
        const chain = events.filter((e) => e.kind === kind);
        expect(chain[0]?.before, kind).toBeNull();
        // Had two detections run side by side, two events would start from the same state (two "first reported").
        for (let i = 1; i < chain.length; i++) expect(chain[i]?.before, kind).toBe(chain[i - 1]?.after);
      }
      expect(events.filter((e) => e.kind === "partnership").length).toBeLessThanOrEqual(levels.length);
    } finally {
      await a.close();
      await b.close();
    }
  }, 60_000);
});

describe("a followed search's FTS5 expression read by PostgreSQL", () => {
  it("keeps terms quoted, prefixes, columns as weights, and FTS5's implicit AND and NOT", () => {
    expect(tsQueryOfMatch('"semiconductor"* NOT "coffee"')).toBe("'semiconductor':* & ! 'coffee'");
    expect(tsQueryOfMatch('"East Sea" "Japan"')).toBe("'East Sea' & 'Japan'");
    expect(tsQueryOfMatch('("a" OR "b") AND title : "c"*')).toBe("( 'a' | 'b' ) & 'c':*A");
    expect(tsQueryOfMatch('"it""s" "l\'eau"')).toBe(`'it"s' & 'l''eau'`);
  });

  it("refuses an expression it cannot read, naming it", () => {
    expect(() => tsQueryOfMatch("NEAR(a b)")).toThrow(/NEAR\(a b\).*not one PostgreSQL can read/);
  });
});
