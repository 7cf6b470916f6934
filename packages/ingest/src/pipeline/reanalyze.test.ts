import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { articles, type ChanceryDatabase, openDatabase, writerFor } from "@chancery/db";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ANALYZER_VERSION } from "../analyse/index.js";
import { ingestPaths } from "./ingest.js";
import { formatDelta, reanalyzeAll } from "./reanalyze.js";

const seeds = fileURLToPath(new URL("../../../../seeds", import.meta.url));
let dir: string;
let database: ChanceryDatabase;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), "chancery-reanalyze-"));
  database = openDatabase({ path: join(dir, "test.db") });
  await ingestPaths(database, [seeds]);
});

afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = (sql: string) => (database.sqlite.prepare(sql).get() as { n: number }).n;
const findings = () => ({
  mentions: count("SELECT count(*) AS n FROM mentions"),
  indicators: count("SELECT count(*) AS n FROM indicators"),
  partnerships: count("SELECT count(*) AS n FROM partnerships"),
  quotes: count("SELECT count(*) AS n FROM quotes"),
});

describe("reanalyzeAll", () => {
  it("changes nothing when the extractors have not changed", () => {
    const before = findings();
    const report = reanalyzeAll(database, { all: true });
    expect(report.articles).toBe(5);
    expect(report.changed).toBe(0);
    expect(formatDelta(report.delta)).toBe("no change");
    expect(findings()).toEqual(before);
  });

  it("reports no change for an article whose quote's speaker is named only in its headline", async () => {
    // The speaker has a quote and no mention in the body: the stored count must see the entity as the writer does.
    const page = join(dir, "briefing.txt");
    writeFileSync(
      page,
      [
        "Remarks by Spokesperson Anna Berglund at the Regular Press Conference on 25 July 2019",
        "Q (Reuters): Fishing boats were reportedly chased from waters near the islands last week. What is the ministry's response?",
        "A: We have verified the reports and asked the other side to respect the agreed rules at sea and to stop such acts.",
        "Q (Kyodo): Will the minister attend the regional meeting next month in the capital?",
        "A: The minister will lead the delegation to the meeting and hold talks with his counterparts on the sidelines.",
      ].join("\n\n"),
    );
    await ingestPaths(database, [page]);
    expect(
      count(
        "SELECT count(*) AS n FROM quotes q JOIN entities e ON e.id = q.speaker_entity_id WHERE e.name = 'Anna Berglund'",
      ),
    ).toBe(2);
    const report = reanalyzeAll(database, { all: true });
    expect(report.articles).toBe(6);
    expect(report.changed).toBe(0);
  });

  it("restores an article's findings from its raw text and says what changed", () => {
    const before = findings();
    const id = count("SELECT id AS n FROM articles WHERE raw_text LIKE '%(Photo: VNA)%'");
    const row = database.db.select().from(articles).where(eq(articles.id, id)).get();
    if (!row) throw new Error("the seed with a VNA photo credit is missing");
    // An older analysis that found nothing, stored as any write is: through the writer.
    writerFor(database).replaceAnalysis({
      articleId: id,
      article: { ...row, analyzerVersion: "old" },
      findings: { entities: [], indicators: [], partnerships: [], quotes: [], themes: [] },
    });
    const report = reanalyzeAll(database);
    expect(report.changed).toBe(1);
    expect(report.delta.partnerships).toBeGreaterThan(0);
    expect(formatDelta(report.delta)).toMatch(/\+\d+ partnerships?/);
    expect(findings()).toEqual(before);
    expect(count("SELECT count(*) AS n FROM articles WHERE analyzer_version = 'old'")).toBe(0);
  });

  it("moves the words total and the change stamp when a reanalysis changes the cleaned text", () => {
    const id = count("SELECT min(id) AS n FROM articles");
    const row = database.db.select().from(articles).where(eq(articles.id, id)).get();
    if (!row) throw new Error("no article stored");
    const stamp = () =>
      (database.sqlite.prepare("SELECT value FROM meta WHERE key = 'last_changed_at'").get() as { value: string })
        .value;
    const before = stamp();
    writerFor(database).replaceAnalysis({
      articleId: id,
      article: { ...row, wordCount: row.wordCount + 7, analyzerVersion: "old" },
      findings: { entities: [], indicators: [], partnerships: [], quotes: [], themes: [] },
    });
    reanalyzeAll(database);
    expect(
      Number((database.sqlite.prepare("SELECT value FROM meta WHERE key = 'words'").get() as { value: string }).value),
    ).toBe(count("SELECT sum(word_count) AS n FROM articles"));
    expect(stamp() > before).toBe(true);
  });

  it("takes only the articles an older analyzer read, so a second run does nothing", () => {
    const ids = database.sqlite.prepare("SELECT id FROM articles ORDER BY id LIMIT 2").pluck().all() as number[];
    // Stamped as an older analyzer would have (dotted numbers below the current one, and a hand-written stamp).
    database.sqlite.prepare("UPDATE articles SET analyzer_version = '0.9.0' WHERE id = ?").run(ids[0]);
    database.sqlite.prepare("UPDATE articles SET analyzer_version = 'fixture' WHERE id = ?").run(ids[1]);
    const stamp = () => database.sqlite.prepare("SELECT value FROM meta WHERE key = 'last_changed_at'").pluck().get();
    const first = reanalyzeAll(database);
    expect(first.articles).toBe(2);
    expect(count(`SELECT count(*) AS n FROM articles WHERE analyzer_version = '${ANALYZER_VERSION}'`)).toBe(5);
    const before = stamp();
    const second = reanalyzeAll(database);
    expect(second.articles).toBe(0);
    expect(stamp()).toBe(before);
  });

  it("leaves an article a newer analyzer read alone unless asked for all", () => {
    const id = count("SELECT min(id) AS n FROM articles");
    database.sqlite.prepare("UPDATE articles SET analyzer_version = '999.0.0' WHERE id = ?").run(id);
    expect(reanalyzeAll(database).articles).toBe(0);
    expect(reanalyzeAll(database, { all: true }).articles).toBe(5);
    expect(count(`SELECT count(*) AS n FROM articles WHERE analyzer_version = '${ANALYZER_VERSION}'`)).toBe(5);
  });

  it("keeps entity counts equal to the mentions stored", () => {
    reanalyzeAll(database, { all: true });
    const drift = count(
      `SELECT count(*) AS n FROM entities e
       WHERE e.mention_count != (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id)
          OR e.article_count != (SELECT count(DISTINCT article_id) FROM mentions m WHERE m.entity_id = e.id)`,
    );
    expect(drift).toBe(0);
  });
});
