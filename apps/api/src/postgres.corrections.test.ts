import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openReadOnlyDatabase } from "@chancery/db";
import {
  connectPostgres,
  postgresSuitesRun,
  startThrowawayCluster,
  type ThrowawayCluster,
} from "@chancery/db/postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreed, answer, type Labels, labelsOf, type ReadRequest } from "./testing/backend-answers.js";
import { ingest, pageFiles, seeds, serve } from "./testing/served.js";

/*
 * Corrections on PostgreSQL (issue 17): the seeds and half the test pages ingested into SQLite and into a throwaway
 * PostgreSQL, the built API started on each, the same corrections posted to both; the read routes must then answer
 * alike, and still after everything is ingested again with the other half (each corrected as it is stored), after
 * undos and after an import.
 */
const serverTests = postgresSuitesRun() ? describe : describe.skip;
if (!postgresSuitesRun()) console.log("postgres.corrections: PostgreSQL 15 binaries not found, skipped");

const TOKEN = "corrections-test-token";
type Rows = (sql: string) => Promise<Array<Record<string, unknown>>>;

/** The corrections to make, chosen from what was stored (the same on both backends). */
async function correctionsFor(rows: Rows): Promise<unknown[]> {
  const people = await rows(
    "SELECT key FROM entities WHERE type = 'person' AND article_count > 1 ORDER BY mention_count DESC, key LIMIT 3",
  );
  const [partnership] = await rows(
    "SELECT a.content_hash AS article, p.country_code AS code, p.level, p.year FROM partnerships p JOIN articles a ON a.id = p.article_id ORDER BY a.content_hash, p.country_code, p.start LIMIT 1",
  );
  const [indicator] = await rows(
    "SELECT a.content_hash AS article, i.key, i.value, i.unit, i.sentence FROM indicators i JOIN articles a ON a.id = i.article_id WHERE i.key IS NOT NULL ORDER BY a.content_hash, i.start LIMIT 1",
  );
  const [theme] = await rows(
    "SELECT a.content_hash AS article, t.theme_key AS key FROM article_themes t JOIN articles a ON a.id = t.article_id ORDER BY a.content_hash, t.theme_key LIMIT 1",
  );
  if (people.length < 3 || !partnership || !indicator || !theme) throw new Error("the corpus lacks what to correct");
  const author = "analyst";
  return [
    {
      kind: "rename_entity",
      target: { entity: { type: "person", key: people[0]?.key } },
      payload: { name: "Renamed By Correction" },
      author,
    },
    {
      kind: "merge_entity",
      target: { entity: { type: "person", key: people[2]?.key } },
      payload: { into: { type: "person", key: people[1]?.key } },
      author,
    },
    {
      kind: "reject_finding",
      target: {
        finding: "partnership",
        article: partnership.article,
        countryCode: partnership.code,
        level: partnership.level,
        year: partnership.year === null ? null : Number(partnership.year),
      },
      author,
    },
    {
      kind: "reject_finding",
      target: {
        finding: "indicator",
        article: indicator.article,
        key: indicator.key,
        value: Number(indicator.value),
        unit: indicator.unit,
        sentence: indicator.sentence,
      },
      author,
    },
    { kind: "reject_finding", target: { finding: "theme", article: theme.article, key: theme.key }, author },
  ];
}

/** The routes the corrections change, by what they name. */
const requestsAbout = (people: string[]): ReadRequest[] => [
  { kind: "article", path: () => "/api/metrics/overview" },
  { kind: "entity", path: () => "/api/entities?limit=30", ties: "mentionCount" },
  { kind: "entity", path: () => "/api/entities?type=person&sort=name&limit=50" },
  ...people.map(
    (key): ReadRequest => ({ kind: "entity", path: (id) => `/api/entities/${id("entity", key)}`, ties: "articles" }),
  ),
  { kind: "figure", path: () => "/api/indicators" },
  { kind: "entity", path: () => "/api/partnerships" },
  { kind: "article", path: () => "/api/themes" },
  { kind: "quote", path: () => "/api/quotes?limit=30" },
  { kind: "article", path: () => "/api/export/indicators.json" },
  { kind: "article", path: () => "/api/export/partnerships.json" },
];

/** A corrections answer without what each backend numbers or times itself. */
const entriesOf = (body: unknown) =>
  JSON.parse(JSON.stringify(body, (key, value) => (key === "id" || key === "createdAt" ? undefined : value)));

serverTests("corrections on PostgreSQL through the API", () => {
  let cluster: ThrowawayCluster;
  let dir: string;
  let file: string;
  let sqliteApi: Awaited<ReturnType<typeof serve>>;
  let postgresApi: Awaited<ReturnType<typeof serve>>;
  let people: string[] = [];

  const sqliteRows: Rows = async (sql) => {
    const sqlite = openReadOnlyDatabase({ path: file });
    try {
      return sqlite.sqlite.prepare(sql).all() as Array<Record<string, unknown>>;
    } finally {
      sqlite.close();
    }
  };
  const postgresRows: Rows = async (sql) => {
    const postgres = connectPostgres(cluster.url, 1);
    try {
      return (await postgres.pool.query(sql)).rows;
    } finally {
      await postgres.close();
    }
  };
  const post = (base: string, path: string, body: unknown) =>
    fetch(`${base}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify(body),
    });
  const postBoth = (path: string, body: unknown): Promise<[Response, Response]> =>
    Promise.all([post(sqliteApi.url, path, body), post(postgresApi.url, path, body)]);
  /** Every route about the corrected things answers on PostgreSQL as on SQLite. */
  const expectSameAnswers = async () => {
    const [onSqlite, onPostgres]: [Labels, Labels] = await Promise.all([labelsOf(sqliteRows), labelsOf(postgresRows)]);
    for (const request of requestsAbout(people)) {
      const [a, b] = await Promise.all([
        answer(sqliteApi.url, request, onSqlite),
        answer(postgresApi.url, request, onPostgres),
      ]);
      expect(
        b.status,
        request.path(() => 0),
      ).toBe(200);
      expect(agreed(b.body, onPostgres, request)).toEqual(agreed(a.body, onSqlite, request));
    }
    const [a, b] = await Promise.all(
      [sqliteApi.url, postgresApi.url].map((base) => fetch(`${base}/api/corrections`).then((r) => r.json())),
    );
    expect(entriesOf(b)).toEqual(entriesOf(a));
  };

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    dir = mkdtempSync(join(tmpdir(), "chancery-api-corrections-"));
    file = join(dir, "chancery.db");
    // Half the test pages first; the rest come after the corrections, to be corrected as they are stored.
    const first = pageFiles().filter((_, i) => i % 2 === 0);
    ingest(file, seeds, ...first);
    ingest(cluster.url, seeds, ...first);
    [sqliteApi, postgresApi] = await Promise.all([
      serve({ CHANCERY_DB: file, CHANCERY_TOKEN: TOKEN }),
      serve({ CHANCERY_DB: cluster.url, CHANCERY_TOKEN: TOKEN }),
    ]);
    people = (
      await sqliteRows(
        "SELECT 'person:' || key AS key FROM entities WHERE type = 'person' AND article_count > 1 ORDER BY mention_count DESC, key LIMIT 2",
      )
    ).map((r) => String(r.key));
  }, 240_000);

  afterAll(() => {
    sqliteApi?.stop();
    postgresApi?.stop();
    cluster?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("makes the same corrections on both backends, and the routes answer alike", async () => {
    const corrections = await correctionsFor(sqliteRows);
    expect(await correctionsFor(postgresRows)).toEqual(corrections);
    for (const correction of corrections) {
      const [a, b] = await Promise.all([
        post(sqliteApi.url, "/api/corrections", correction),
        post(postgresApi.url, "/api/corrections", correction),
      ]);
      expect(b.status).toBe(200);
      expect(a.status).toBe(200);
      expect(entriesOf(await b.json())).toEqual(entriesOf(await a.json()));
    }
    const renamed = await postgresRows("SELECT name FROM entities WHERE name = 'Renamed By Correction'");
    expect(renamed).toHaveLength(1);
    await expectSameAnswers();
  }, 120_000);

  it("keeps the corrections through a re-ingest and applies them to the articles ingested after", async () => {
    ingest(file, seeds, ...pageFiles());
    ingest(cluster.url, seeds, ...pageFiles());
    await expectSameAnswers();
    const [corrected] = await postgresRows(
      "SELECT count(*)::int AS n FROM correction_hits h JOIN corrections c ON c.id = h.correction_id WHERE c.kind = 'rename_entity'",
    );
    const [onSqlite] = await sqliteRows(
      "SELECT count(*) AS n FROM correction_hits h JOIN corrections c ON c.id = h.correction_id WHERE c.kind = 'rename_entity'",
    );
    expect(corrected?.n).toBe(onSqlite?.n);
  }, 240_000);

  it("undoes a correction on both backends alike, and refuses a second undo with SQLite's error", async () => {
    for (const id of [1, 3]) {
      const [a, b] = await postBoth(`/api/corrections/${id}/undo`, { author: "analyst" });
      expect([a.status, b.status]).toEqual([200, 200]);
    }
    await expectSameAnswers();
    const [a, b] = await postBoth("/api/corrections/1/undo", { author: "analyst" });
    expect(b.status).toBe(a.status);
    expect(await b.json()).toEqual(await a.json());
  }, 120_000);

  it("imports an exported log on PostgreSQL as on SQLite", async () => {
    // A merge already made is refused even from a log, and undos need their entries: the others, imported again.
    const exported = (await (await fetch(`${sqliteApi.url}/api/corrections/export`)).json()) as {
      corrections: Array<{ kind: string }>;
    };
    const log = { ...exported, corrections: exported.corrections.filter((e) => !/^(merge_entity|undo)$/.test(e.kind)) };
    expect(log.corrections).toHaveLength(4);
    const [a, b] = await postBoth("/api/corrections/import", log);
    expect(b.status).toBe(200);
    expect(await b.json()).toEqual(await a.json());
    await expectSameAnswers();
  }, 120_000);
});
