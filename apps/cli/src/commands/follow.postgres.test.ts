import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  openPostgres,
  type PostgresDatabase,
  postgresSuitesRun,
  startThrowawayCluster,
  type ThrowawayCluster,
} from "@chancery/db/postgres";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chancery } from "../testing/run-cli.js";

/*
 * `chancery follow … --db postgres://…` through the built CLI: the same follows added to a SQLite file and to a
 * throwaway PostgreSQL, the same articles ingested into each (the refusal of an ingest into a database with follows
 * is gone), the same change events recorded; then listed, and a follow removed with its events.
 */
const serverTests = postgresSuitesRun() ? describe : describe.skip;
if (!postgresSuitesRun()) console.log("follow.postgres.test.ts: PostgreSQL 15 binaries not found, skipped");

const ARTICLES: Array<[string, string]> = [
  [
    "a-ties.txt",
    "Vietnam and Japan deepen ties\n\nHANOI, March 3, 2025 - Vietnam and Japan agreed on Monday to work more closely on trade and semiconductors, officials said. Japan remains a leading investor in the country's electronics industry.",
  ],
  [
    "b-rice.txt",
    "Rice exports climb in the delta\n\nCAN THO, March 4, 2025 - Rice exports from the Mekong Delta rose sharply this season as prices held firm, traders said.",
  ],
  [
    "c-chips.txt",
    "New chip plant opens near Hanoi\n\nHANOI, March 5, 2025 - A semiconductor packaging plant opened near Hanoi on Wednesday, the latest of several semiconductor investments from Korea and Japan.",
  ],
];

const FOLLOWS = ["partnership:JP", "indicator:gdp_growth", "query:semiconductor* AND Japan", "query:rice NOT coffee"];

/** Each event with its follow and article named by content, not by id. */
const EVENTS = `SELECT f.kind || ':' || f.target AS follow, e.kind, e.summary, e.before, e.after, e.evidence,
  a.content_hash AS article FROM change_events e JOIN follows f ON f.id = e.follow_id JOIN articles a ON a.id = e.article_id
  ORDER BY a.content_hash, f.kind, f.target, e.summary`;

serverTests("chancery follow on PostgreSQL", () => {
  let cluster: ThrowawayCluster;
  let admin: PostgresDatabase;
  let dir: string;

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    admin = await openPostgres(cluster.url);
    dir = mkdtempSync(join(tmpdir(), "chancery-follow-pg-"));
    for (const [name, text] of ARTICLES) writeFileSync(join(dir, name), text);
  }, 60_000);
  afterAll(async () => {
    await admin?.close();
    cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("records, on ingest, the same change events as on SQLite for the same follows", { timeout: 900_000 }, async () => {
    await admin.pool.query("CREATE DATABASE follow_same");
    const url = cluster.url.replace(/\/chancery$/, "/follow_same");
    const file = join(dir, "same.db");
    for (const db of [file, url]) {
      const added = chancery("follow", "add", ...FOLLOWS, "--db", db, "--json");
      expect(added.stderr).toBe("");
      expect(added.code).toBe(0);
      const ingested = chancery("ingest", ...ARTICLES.map(([name]) => join(dir, name)), "--db", db, "--json");
      expect(ingested.stderr).toBe("");
      expect(ingested.code).toBe(0);
    }
    const sqlite = new Database(file, { readonly: true });
    const expected = sqlite.prepare(EVENTS).all() as Array<Record<string, unknown>>;
    sqlite.close();
    const database = await openPostgres(url);
    try {
      const actual = (await database.pool.query(EVENTS)).rows;
      // The searches fire on SQLite (the two chip articles, the rice one): the comparison is not of two empty lists.
      expect(
        expected
          .filter((e) => e.kind === "query")
          .map((e) => e.follow)
          .sort(),
      ).toEqual(["query:rice NOT coffee", "query:semiconductor* AND Japan", "query:semiconductor* AND Japan"]);
      // A search's evidence is each engine's excerpt (FTS5's snippet, ts_headline): compared by holding a hit.
      const comparable = (rows: Array<Record<string, unknown>>) =>
        rows.map((e) => (e.kind === "query" ? { ...e, evidence: /semiconductor|rice/i.test(String(e.evidence)) } : e));
      expect(comparable(actual)).toEqual(comparable(expected));

      const listed = chancery("follow", "list", "--db", url, "--json");
      expect(listed.code).toBe(0);
      const { items } = JSON.parse(listed.stdout) as { items: Array<{ kind: string; target: string; events: number }> };
      expect(items.map((f) => `${f.kind}:${f.target}`).sort()).toEqual([...FOLLOWS].sort());
      const changes = chancery("follow", "changes", "--db", url, "--json");
      expect((JSON.parse(changes.stdout) as { items: unknown[] }).items).toHaveLength(actual.length);

      const removed = chancery("follow", "remove", "query:rice NOT coffee", "--db", url);
      expect(removed.code).toBe(0);
      const left = await database.pool.query("SELECT count(*)::int AS n FROM change_events");
      expect(left.rows[0]?.n).toBe(actual.length - 1);
      const missing = chancery("follow", "remove", "query:rice NOT coffee", "--db", url);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/No follow query:rice NOT coffee/);
    } finally {
      await database.close();
    }
  });
});
