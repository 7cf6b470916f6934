import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ChanceryDatabase, openDatabase, writerFor } from "@chancery/db";
import { ingestBuffers, reanalyzeAll } from "@chancery/ingest";
import { CorrectionLog, CorrectionPage, OverviewMetrics } from "@chancery/query";
import { hc } from "hono/client";
import { afterEach, describe, expect, it } from "vitest";
import { type AppType, createApp } from "../app.js";
import { ErrorBody } from "../errors.js";

/*
 * Corrections through the API over databases built by the real ingest: they must survive reanalysis, the article
 * being stored again, and travel to another database as an exported log.
 */

const files = [
  {
    name: "albanese-visit.txt",
    text: "Title: Ties with Australia\n\nHANOI, March 3, 2025 - Australian Prime Minister Anthony Albanese said on Monday that two-way trade with Vietnam rose 12 percent last year. Foreign Ministry spokeswoman Pham Thu Hang welcomed the visit.",
  },
  {
    name: "albanese-hanoi.txt",
    text: "Title: Albanese in Hanoi\n\nHANOI, March 5, 2025 - Prime Minister Tony Albanese met Vietnamese Foreign Minister Bui Thanh Son in Hanoi on Wednesday. Spokeswoman Thu Hang Pham said Australia would provide 500 million USD in ODA to Vietnam.",
  },
];
const bytesOf = (file: { name: string; text: string }) => ({
  name: file.name,
  bytes: new TextEncoder().encode(file.text),
});

const opened: Array<{ dir: string; database: ChanceryDatabase }> = [];
afterEach(() => {
  for (const { dir, database } of opened.splice(0)) {
    database.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

async function ingestedApp(token?: string) {
  const dir = mkdtempSync(join(tmpdir(), "chancery-corrections-api-"));
  const dbPath = join(dir, "test.db");
  const database = openDatabase({ path: dbPath });
  opened.push({ dir, database });
  await ingestBuffers(database, files.map(bytesOf));
  const app = createApp({ dbPath, database, token });
  const client = hc<AppType>("http://chancery.test", {
    fetch: (input: string | URL | Request, init?: RequestInit) => app.request(input, init),
  });
  return { app, client, database };
}

const one = <T>(database: ChanceryDatabase, sql: string, ...params: unknown[]) =>
  database.sqlite
    .prepare(sql)
    .pluck()
    .get(...params) as T;
const hashOf = (database: ChanceryDatabase, name: string) =>
  one<string>(database, "SELECT content_hash FROM articles WHERE source_path LIKE ?", `%${name}`);
const people = (database: ChanceryDatabase) =>
  database.sqlite
    .prepare("SELECT key, article_count AS articles FROM entities WHERE type = 'person' ORDER BY key")
    .all();
const figures = (database: ChanceryDatabase) =>
  database.sqlite.prepare("SELECT value FROM indicators ORDER BY value").pluck().all();

const mergeAlbanese = {
  kind: "merge_entity" as const,
  target: { entity: { type: "person" as const, key: "tony albanese" } },
  payload: { into: { type: "person" as const, key: "anthony albanese" } },
  author: "analyst",
  reason: "a nickname",
};

function rejectTrade(database: ChanceryDatabase) {
  const sentence = one<string>(database, "SELECT sentence FROM indicators WHERE value = 12");
  return {
    kind: "reject_finding" as const,
    target: {
      finding: "indicator" as const,
      article: hashOf(database, "albanese-visit.txt"),
      key: one<string | null>(database, "SELECT key FROM indicators WHERE value = 12"),
      value: 12,
      unit: "percent",
      sentence,
    },
    author: "analyst",
    reason: "not a figure we track",
  };
}

const withoutTimes = ({ lastIngestAt, lastChangedAt, ...rest }: OverviewMetrics) => rest;

describe("corrections API", () => {
  it("applies a merge and a rejection to every read, and keeps them through reanalysis and re-ingest", async () => {
    const { client, database } = await ingestedApp();
    const before = OverviewMetrics.parse(await (await client.api.metrics.overview.$get()).json());
    expect(people(database)).toContainEqual({ key: "tony albanese", articles: 1 });

    expect((await client.api.corrections.$post({ json: mergeAlbanese })).status).toBe(200);
    expect((await client.api.corrections.$post({ json: rejectTrade(database) })).status).toBe(200);
    const after = OverviewMetrics.parse(await (await client.api.metrics.overview.$get()).json());
    expect(after.people).toBe(before.people - 1);
    expect(after.lastChangedAt).not.toBe(before.lastChangedAt);
    expect(people(database)).toContainEqual({ key: "anthony albanese", articles: 2 });
    expect(figures(database)).toEqual([500_000_000]);

    reanalyzeAll(database, { all: true });
    expect(people(database)).toContainEqual({ key: "anthony albanese", articles: 2 });
    expect(people(database)).not.toContainEqual(expect.objectContaining({ key: "tony albanese" }));
    expect(figures(database)).toEqual([500_000_000]);

    const visit = one<number>(
      database,
      "SELECT id FROM articles WHERE content_hash = ?",
      hashOf(database, "albanese-visit.txt"),
    );
    writerFor(database).deleteArticle(visit);
    const hanoi = one<number>(database, "SELECT id FROM articles WHERE source_path LIKE '%albanese-hanoi.txt'");
    writerFor(database).deleteArticle(hanoi);
    await ingestBuffers(database, files.map(bytesOf));
    expect(people(database)).toContainEqual({ key: "anthony albanese", articles: 2 });
    expect(figures(database)).toEqual([500_000_000]);

    const log = CorrectionPage.parse(await (await client.api.corrections.$get({ query: {} })).json());
    expect(log.items.map((e) => [e.kind, e.active, e.stale])).toEqual([
      ["reject_finding", true, false],
      ["merge_entity", true, false],
    ]);
  });

  it("restores the picture when a correction is undone, and lists it as undone", async () => {
    const { client, database } = await ingestedApp();
    const made = await (await client.api.corrections.$post({ json: mergeAlbanese })).json();
    const id = "items" in made ? (made.items[0]?.id ?? 0) : 0;
    const undo = await client.api.corrections[":id"].undo.$post({
      param: { id: String(id) },
      json: { author: "analyst", reason: "they are different people after all" },
    });
    expect(undo.status).toBe(200);
    expect(people(database)).toContainEqual({ key: "tony albanese", articles: 1 });
    const log = CorrectionPage.parse(
      await (await client.api.corrections.$get({ query: { kind: "merge_entity" } })).json(),
    );
    expect(log.items[0]).toMatchObject({ id, active: false, undoneBy: id + 1, stale: false });
  });

  it("gives another database that ingested the same articles the same corrected metrics from an exported log", async () => {
    const first = await ingestedApp();
    await first.client.api.corrections.$post({ json: mergeAlbanese });
    await first.client.api.corrections.$post({ json: rejectTrade(first.database) });
    const exported = CorrectionLog.parse(await (await first.client.api.corrections.export.$get()).json());
    expect(exported.corrections).toHaveLength(2);

    const second = await ingestedApp();
    const imported = await second.client.api.corrections.import.$post({ json: exported });
    expect(await imported.json()).toEqual({ imported: 2, stale: 0 });
    const metricsOf = async (client: typeof first.client) =>
      withoutTimes(OverviewMetrics.parse(await (await client.api.metrics.overview.$get()).json()));
    expect(await metricsOf(second.client)).toEqual(await metricsOf(first.client));
    expect(people(second.database)).toEqual(people(first.database));
    expect(figures(second.database)).toEqual(figures(first.database));
  });

  it("marks an imported correction stale when its article is not stored here", async () => {
    const { client, database } = await ingestedApp();
    const log = {
      format: "chancery-corrections" as const,
      version: 1 as const,
      exportedAt: new Date().toISOString(),
      corrections: [
        {
          id: 7,
          ...rejectTrade(database),
          target: { ...rejectTrade(database).target, article: "elsewhere" },
          createdAt: "2026-01-01T00:00:00.000Z",
        },
      ],
    };
    expect(await (await client.api.corrections.import.$post({ json: log })).json()).toEqual({ imported: 1, stale: 1 });
    const stale = CorrectionPage.parse(await (await client.api.corrections.$get({ query: { stale: "true" } })).json());
    expect(stale.items).toHaveLength(1);
    expect(stale.staleCount).toBe(1);
  });
});

describe("correction targets", () => {
  it("reads an article's findings and the entities by the keys a correction names them by", async () => {
    const { client, database } = await ingestedApp();
    const id = one<number>(database, "SELECT id FROM articles WHERE source_path LIKE '%albanese-visit.txt'");
    const findings = await (await client.api.corrections.findings.$get({ query: { article: String(id) } })).json();
    expect(findings).toMatchObject({
      article: hashOf(database, "albanese-visit.txt"),
      indicators: [
        expect.objectContaining({ value: 12, unit: "percent", sentence: expect.stringMatching(/12 percent/) }),
      ],
      people: expect.arrayContaining([expect.objectContaining({ key: "anthony albanese" })]),
    });
    const missing = await client.api.corrections.findings.$get({ query: { article: "999" } });
    expect(missing.status).toBe(404);
    const found = await (
      await client.api.corrections.entities.$get({ query: { type: "person", q: "albanese" } })
    ).json();
    expect("items" in found && found.items.map((e) => e.key).sort()).toEqual(["anthony albanese", "tony albanese"]);
  });
});

describe("corrections API errors", () => {
  it("refuses merging a person into a country with a 400 naming the reason, changing nothing", async () => {
    const { client, database } = await ingestedApp();
    const response = await client.api.corrections.$post({
      json: { ...mergeAlbanese, payload: { into: { type: "country", key: "vietnam" } } },
    });
    expect(response.status).toBe(400);
    expect(ErrorBody.parse(await response.json()).error.message).toMatch(/same type/);
    expect(one<number>(database, "SELECT count(*) FROM corrections")).toBe(0);
  });

  it("answers 404 naming an unknown entity or article", async () => {
    const { client } = await ingestedApp();
    const entity = await client.api.corrections.$post({
      json: { ...mergeAlbanese, target: { entity: { type: "person", key: "nobody at all" } } },
    });
    expect(entity.status).toBe(404);
    expect(ErrorBody.parse(await entity.json()).error.message).toMatch(/nobody at all/);
    const article = await client.api.corrections.$post({
      json: {
        kind: "add_finding",
        target: { article: "missing-hash" },
        payload: { finding: "theme", key: "trade" },
        author: "a",
      },
    });
    expect(article.status).toBe(404);
    const undo = await client.api.corrections[":id"].undo.$post({ param: { id: "99" }, json: { author: "a" } });
    expect(undo.status).toBe(404);
  });

  it("needs the bearer token for every write when the server has one", async () => {
    const { client, database } = await ingestedApp("s3cret");
    const refused = await client.api.corrections.$post({ json: mergeAlbanese });
    expect(refused.status).toBe(401);
    const log = { format: "chancery-corrections" as const, version: 1 as const, exportedAt: "x", corrections: [] };
    expect((await client.api.corrections.import.$post({ json: log })).status).toBe(401);
    const allowed = await client.api.corrections.$post(
      { json: mergeAlbanese },
      { headers: { Authorization: "Bearer s3cret" } },
    );
    expect(allowed.status).toBe(200);
    expect(one<number>(database, "SELECT count(*) FROM corrections")).toBe(1);
    expect((await client.api.corrections.$get({ query: {} })).status).toBe(200);
  });
});
