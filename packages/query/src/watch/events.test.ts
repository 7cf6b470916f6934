import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ChanceryDatabase, openDatabase, writerFor } from "@chancery/db";
import { articleToStore } from "@chancery/db/testing";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listChangeEvents, pendingDeliveries } from "./events.js";
import { listFollows } from "./follows.js";

let dir: string;
let database: ChanceryDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-events-"));
  database = openDatabase({ path: join(dir, "test.db") });
  const watch = writerFor(database).watch;
  watch.addFollow({ kind: "query", target: "rice", label: '"rice"', match: '"rice"' });
  watch.addFollow({ kind: "partnership", target: "JP", label: "Japan", match: null });
  const japan = (sentence: string) => ({
    countryCode: "JP",
    countryName: "Japan",
    level: "Strategic Partnership" as const,
    year: null,
    yearSource: null,
    sentence,
    sentenceIndex: 0,
    start: 0,
    end: 4,
  });
  writerFor(database).storeArticles([
    articleToStore({ body: "Rice one.", title: "First" }),
    articleToStore({ body: "Japan ties.", title: "Second" }, { partnerships: [japan("Japan ties.")] }),
    articleToStore({ body: "Rice three.", title: "Third" }),
  ]);
});

afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("listChangeEvents", () => {
  it("lists events newest first with their follow and article, a page at a time", () => {
    const first = listChangeEvents(database, { limit: 2 });
    expect(first.items.map((e) => e.articleTitle)).toEqual(["Third", "Second"]);
    expect(first.items[1]).toMatchObject({ kind: "partnership", followLabel: "Japan", evidence: "Japan ties." });
    const second = listChangeEvents(database, { limit: 2, cursor: first.nextCursor ?? "" });
    expect(second.items.map((e) => e.articleTitle)).toEqual(["First"]);
    expect(second.nextCursor).toBeNull();
  });

  it("filters by follow kind and by follow", () => {
    expect(listChangeEvents(database, { kind: "query" }).items.map((e) => e.articleTitle)).toEqual(["Third", "First"]);
    const japan = listFollows(database).items.find((f) => f.kind === "partnership");
    expect(listChangeEvents(database, { follow: japan?.id }).items).toHaveLength(1);
    expect(japan).toMatchObject({ events: 1 });
    expect(() => listChangeEvents(database, { kind: "country" as never })).toThrow(/kind/);
  });

  it("queues every new event for delivery, oldest first, until it is delivered", () => {
    const now = new Date(Date.now() + 1000).toISOString();
    const due = pendingDeliveries(database, { now, maxAttempts: 3, limit: 10 });
    expect(due.map((e) => e.articleTitle)).toEqual(["First", "Second", "Third"]);
    writerFor(database).watch.recordDelivery(due[0]?.id ?? 0, { ok: true, at: now });
    expect(pendingDeliveries(database, { now, maxAttempts: 3, limit: 10 })).toHaveLength(2);
  });
});
