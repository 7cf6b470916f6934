import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ChanceryDatabase, openDatabase } from "../open.js";
import { articleToStore, japanToStore, speakerInTheBody, speakerOnlyInTheHeadline } from "../testing.js";
import { writerFor } from "./writer.js";

let dir: string;
let database: ChanceryDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-writer-"));
  database = openDatabase({ path: join(dir, "test.db") });
});

afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

const one = <T>(sql: string) => database.sqlite.prepare(sql).pluck().get() as T;
const meta = (key: string) => Number(one<string>(`SELECT value FROM meta WHERE key = '${key}'`));
const japan = japanToStore;
const noFindings = { entities: [], indicators: [], partnerships: [], quotes: [], themes: [] };

describe("Writer", () => {
  it("stores new content once and records a sighting for each later copy", () => {
    const writer = writerFor(database);
    const first = articleToStore({ body: "Japan and Vietnam signed two agreements." });
    const [stored] = writer.storeArticles([first]);
    const [again] = writer.storeArticles([{ ...first, sighting: { ...first.sighting, sourcePath: "copy.txt" } }]);
    expect(stored?.status).toBe("new");
    expect(again).toEqual({ id: stored?.id, storyId: stored?.storyId, status: "alreadyPresent" });
    expect(one<number>("SELECT count(*) FROM articles")).toBe(1);
    expect(one<number>("SELECT count(*) FROM article_sightings")).toBe(2);
    expect(meta("articles")).toBe(1);
  });

  it("keeps totals by trigger: articles, words, stories and a story's article count", () => {
    const writer = writerFor(database);
    const [a] = writer.storeArticles([articleToStore({ body: "one two three" })]);
    writer.storeArticles([articleToStore({ body: "four five" })], () => a?.storyId ?? null);
    expect(meta("articles")).toBe(2);
    expect(meta("words")).toBe(5);
    expect(meta("stories")).toBe(1);
    expect(one<number>("SELECT article_count FROM stories")).toBe(2);
  });

  it("counts an entity listed twice in one analysis as one article", () => {
    writerFor(database).storeArticles([articleToStore({}, { entities: [japan, { ...japan, roles: [] }] })]);
    expect(database.sqlite.prepare("SELECT mention_count, article_count FROM entities").get()).toEqual({
      mention_count: 2,
      article_count: 1,
    });
  });

  it("writes an article's many mentions and buckets in their order, past one statement's worth of rows", () => {
    const mentions = Array.from({ length: 150 }, (_, i) => ({
      sentenceIndex: i,
      start: i,
      end: i + 5,
      surface: "Japan",
    }));
    const buckets = Array.from({ length: 70 }, (_, i) => 0xfff00000 + i);
    const item = articleToStore({}, { entities: [{ ...japan, mentions }] });
    writerFor(database).storeArticles([{ ...item, fingerprint: { ...item.fingerprint, buckets } }]);
    const starts = database.sqlite.prepare("SELECT start FROM mentions ORDER BY id").pluck().all();
    expect(starts).toEqual(mentions.map((m) => m.start));
    expect(one<number>("SELECT count(*) FROM lsh_keys")).toBe(70);
    expect(one<number>("SELECT mention_count FROM entities")).toBe(150);
  });

  it("leaves nothing of a batch whose transaction fails part-way", () => {
    const writer = writerFor(database);
    const batch = [articleToStore({}, { entities: [japan] }), articleToStore(), articleToStore()];
    let calls = 0;
    expect(() =>
      writer.storeArticles(batch, () => {
        if (++calls === 3) throw new Error("the disk is full");
        return null;
      }),
    ).toThrow("the disk is full");
    expect(one<number>("SELECT count(*) FROM articles")).toBe(0);
    expect(one<number>("SELECT count(*) FROM entities")).toBe(0);
    expect(meta("articles")).toBe(0);
  });

  it("replaces an analysis, moving entity counts, the words total and the change stamp", () => {
    const writer = writerFor(database);
    const item = articleToStore({ body: "Japan and Vietnam met." }, { entities: [japan] });
    const [stored] = writer.storeArticles([item]);
    const stamp = one<string>("SELECT value FROM meta WHERE key = 'last_changed_at'");
    writer.replaceAnalysis({
      articleId: stored?.id ?? 0,
      article: { ...item.article, wordCount: 40 },
      findings: { entities: [], indicators: [], partnerships: [], quotes: [], themes: [] },
    });
    expect(meta("words")).toBe(40);
    expect(one<number>("SELECT count(*) FROM entities")).toBe(0);
    expect(one<string>("SELECT value FROM meta WHERE key = 'last_changed_at'") > stamp).toBe(true);
  });

  it("counts a speaker with no mention once per article, through a reanalysis, an emptied analysis and a delete", () => {
    const writer = writerFor(database);
    const entities = () =>
      database.sqlite.prepare("SELECT type, key, mention_count, article_count FROM entities ORDER BY type, key").all();
    const briefing = { ...noFindings, ...speakerOnlyInTheHeadline() };
    const [stored] = writer.storeArticles([articleToStore({}, briefing), articleToStore({}, speakerInTheBody())]);
    const fresh = entities();
    expect(fresh).toEqual([
      { type: "country", key: "japan", mention_count: 1, article_count: 1 },
      { type: "person", key: "lena vik", mention_count: 1, article_count: 2 },
    ]);
    const article = articleToStore().article;
    const id = stored?.id ?? 0;
    writer.replaceAnalysis({ articleId: id, article, findings: briefing });
    expect(entities()).toEqual(fresh);
    writer.replaceAnalysis({ articleId: id, article, findings: noFindings });
    expect(entities()).toEqual([{ type: "person", key: "lena vik", mention_count: 1, article_count: 1 }]);
    writer.replaceAnalysis({ articleId: id, article, findings: briefing });
    expect(entities()).toEqual(fresh);
    writer.deleteArticle(id + 1);
    writer.deleteArticle(id);
    expect(entities()).toEqual([]);
  });

  it("deletes an article with its findings and its story when it was the story's last", () => {
    const writer = writerFor(database);
    const item = articleToStore({}, { entities: [japan] });
    const [kept] = writer.storeArticles([{ ...item, fingerprint: { ...item.fingerprint, buckets: [7, 8] } }]);
    const other = articleToStore({ body: "Another text." });
    const [stored] = writer.storeArticles([{ ...other, fingerprint: { ...other.fingerprint, buckets: [7, 9] } }]);
    expect(writer.deleteArticle(kept?.id ?? 0)).toBe(true);
    // Its bucket memberships go with it; the other article's stay, bucket 7 included.
    expect(database.sqlite.prepare("SELECT id FROM lsh_keys ORDER BY id").pluck().safeIntegers().all()).toEqual([
      (7n << 31n) + BigInt(stored?.id ?? 0),
      (9n << 31n) + BigInt(stored?.id ?? 0),
    ]);
    expect(writer.deleteArticle(stored?.id ?? 0)).toBe(true);
    expect(writer.deleteArticle(stored?.id ?? 0)).toBe(false);
    for (const table of [
      "articles",
      "stories",
      "entities",
      "mentions",
      "article_sightings",
      "article_fingerprints",
      "lsh_keys",
    ]) {
      expect(one<number>(`SELECT count(*) FROM ${table}`)).toBe(0);
    }
    expect([meta("articles"), meta("words"), meta("stories")]).toEqual([0, 0, 0]);
  });
});
