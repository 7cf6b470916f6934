import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, writerFor } from "@chancery/db";
import { articleToStore } from "@chancery/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { relevanceLimit, SearchResult, search } from "./search.js";

/*
 * A corpus where one word ("harbour") is in nine articles of ten, more than `relevanceLimit`, and another
 * ("lighthouse") in three: the two ways search orders and counts.
 */
const size = Math.ceil(relevanceLimit * 1.3);
let folder: string;
let database: ReturnType<typeof openDatabase>;
let commonCount = 0;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "chancery-search-scale-"));
  database = openDatabase({ path: join(folder, "scale.db") });
  const batch = Array.from({ length: size }, (_, i) => {
    const common = i % 10 !== 0;
    if (common) commonCount++;
    const words = [`Dispatch ${i} from the coast.`];
    if (common) words.push("The harbour opened to ships.");
    if (i === 5) words.push("A lighthouse, a lighthouse, a lighthouse stood there.");
    if (i === 50 || i === 60) words.push("The lighthouse was repaired.");
    return articleToStore({ body: words.join(" "), outlet: i % 2 ? "Coast News" : "Port Daily" });
  });
  writerFor(database).storeArticles(batch);
}, 120_000);

afterAll(() => {
  database?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("search on a word in most articles", () => {
  it("lists the newest first, without scores, and says the total and facets are estimates", () => {
    const result = SearchResult.parse(search(database, { q: "harbour", limit: 10 }));
    expect(result.order).toBe("newest");
    const ids = result.items.map((item) => item.articleId);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(result.items.every((item) => item.score === null)).toBe(true);
    expect(result.totalEstimated).toBe(true);
    expect(Math.abs(result.total - commonCount) / commonCount).toBeLessThan(0.1);
    expect(result.facetsEstimated).toBe(true);
    expect(result.facets.outlet.reduce((sum, facet) => sum + facet.count, 0)).toBe(result.facetsOver);
  });

  it("pages on in the same order", () => {
    const first = search(database, { q: "harbour", limit: 10 });
    const second = search(database, { q: "harbour", limit: 10, cursor: first.nextCursor ?? "" });
    expect(second.order).toBe("newest");
    expect(second.items[0]?.articleId).toBeLessThan(first.items.at(-1)?.articleId ?? 0);
  });

  it("still ranks by relevance, with an exact count, when asked to", () => {
    const result = search(database, { q: "harbour", order: "relevance", limit: 5 });
    expect(result.order).toBe("relevance");
    expect(result.total).toBe(commonCount);
    expect(result.totalEstimated).toBe(false);
    expect(result.items.every((item) => typeof item.score === "number")).toBe(true);
  });
});

describe("search on a rare word", () => {
  it("ranks by bm25 with an exact count, and the newer article first between equal scores", () => {
    const result = SearchResult.parse(search(database, { q: "lighthouse" }));
    expect(result.order).toBe("relevance");
    expect(result.total).toBe(3);
    expect(result.totalEstimated).toBe(false);
    expect(result.facetsEstimated).toBe(false);
    const [best, second, third] = result.items;
    // Three mentions outrank one; the two single mentions tie, and the later article comes first.
    expect(best?.snippet.filter((segment) => segment.hit).length).toBe(3);
    expect(second?.score).toBe(third?.score);
    expect(second?.articleId).toBeGreaterThan(third?.articleId ?? 0);
  });

  it("lists newest first when asked to, with an exact count", () => {
    const result = search(database, { q: "lighthouse", order: "newest" });
    expect(result.order).toBe("newest");
    expect(result.total).toBe(3);
    expect(result.totalEstimated).toBe(false);
    expect(result.items.map((item) => item.articleId)).toEqual(
      result.items.map((item) => item.articleId).sort((a, b) => b - a),
    );
  });
});
