import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ChanceryDatabase, openDatabase, writerFor } from "@chancery/db";
import { articleToStore } from "@chancery/db/testing";
import { listChangeEvents } from "@chancery/query";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { changesAtomFeed } from "./atom.js";
import { addFollow } from "./follows.js";

let dir: string;
let database: ChanceryDatabase;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "chancery-atom-"));
  database = openDatabase({ path: join(dir, "test.db") });
});

afterEach(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  isArray: (name) => name === "entry",
});

function storeMatching(body: string, title: string) {
  writerFor(database).storeArticles([articleToStore({ body, title })]);
}

describe("changesAtomFeed", () => {
  it("is well-formed Atom: feed id, title, updated and one entry per event with id, title, updated and link", () => {
    addFollow(database, { kind: "query", target: "rice" });
    storeMatching("Rice exports rose <fast> & steady.", "Rice & <exports>");
    storeMatching("Rice prices fell.", "Rice prices");
    const xml = changesAtomFeed(listChangeEvents(database).items, { baseUrl: "http://127.0.0.1:3000/" });
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe("http://127.0.0.1:3000/changes");
    expect(String(feed.title).trim()).toMatch(/changes/);
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
    expect(feed.entry).toHaveLength(2);
    const [newest, older] = feed.entry;
    const [newestId, olderId] = listChangeEvents(database).items.map((e) => e.id);
    expect(newest.id).toBe(`http://127.0.0.1:3000/changes#event-${newestId}`);
    expect(older.id).toBe(`http://127.0.0.1:3000/changes#event-${olderId}`);
    expect(newest.link["@href"]).toMatch(/^http:\/\/127\.0\.0\.1:3000\/articles\/\d+$/);
    expect(String(newest.title).trim()).toBe('New article matching "rice"');
    expect(Number.isNaN(Date.parse(newest.updated))).toBe(false);
    expect(String(older.summary)).toContain("Rice exports rose <fast> & steady.");
  });

  it("is a valid feed with no entries when nothing has changed", () => {
    const xml = changesAtomFeed([], { baseUrl: "http://localhost", updated: new Date("2026-01-02T03:04:05Z") });
    const { feed } = parser.parse(xml);
    expect(feed.updated).toBe("2026-01-02T03:04:05.000Z");
    expect(feed.entry).toBeUndefined();
  });
});
