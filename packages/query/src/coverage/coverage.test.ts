import { openDatabase, recordOutcomes, writerFor } from "@chancery/db";
import { articleToStore } from "@chancery/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { Coverage, getCoverage } from "./coverage.js";

describe("the coverage ledger", () => {
  const database = openDatabase({ path: ":memory:" });
  afterAll(() => database.close());
  const [stored] = writerFor(database).storeArticles([articleToStore()]);
  const base = { origin: "url", source: "https://a.example/1", feedId: null, detail: null } as const;
  recordOutcomes(database, [
    { ...base, status: "stored", outlet: "VnExpress", day: "2026-11-02", articleId: stored?.id ?? null, findings: 6 },
    { ...base, status: "stored", outlet: "VnExpress", day: "2026-11-02", articleId: null, findings: 2 },
    { ...base, status: "duplicate", outlet: "VnExpress", day: "2026-11-03", articleId: null },
    { ...base, status: "stored", outlet: "VnExpress", day: null, articleId: null, findings: 1 },
    { ...base, status: "failed", outlet: "VnExpress", day: "2026-11-03", reason: "timeout", detail: "slow" },
    { ...base, status: "failed", outlet: "Nhan Dan", day: null, reason: "http", detail: "HTTP 404" },
    { ...base, status: "failed", outlet: "Nhan Dan", day: null, reason: "http", detail: "HTTP 404" },
    { ...base, origin: "feed", status: "feedError", outlet: "Nhan Dan", day: null, reason: "notAFeed" },
  ]);

  it("counts read, stored, duplicates, failures by reason, undated articles and findings per outlet", () => {
    const coverage = Coverage.parse(getCoverage(database));
    expect(coverage.totals).toEqual({
      read: 7,
      stored: 3,
      duplicates: 1,
      failed: 3,
      failures: { timeout: 1, http: 2 },
      withoutDate: 1,
      findings: 9,
      findingsPerArticle: 3,
      feedErrors: 1,
    });
    expect(coverage.outlets.map((o) => [o.outlet, o.read, o.failed, o.feedErrors])).toEqual([
      ["VnExpress", 5, 1, 0],
      ["Nhan Dan", 2, 2, 1],
    ]);
    expect(coverage.days.map((d) => [d.day, d.stored, d.duplicates, d.failed])).toEqual([
      ["2026-11-02", 2, 0, 0],
      ["2026-11-03", 0, 1, 1],
    ]);
    expect(coverage.undated).toMatchObject({ read: 3, stored: 1, failed: 2, withoutDate: 1, feedErrors: 1 });
    expect(coverage.rows.find((r) => r.outlet === "VnExpress" && r.day === "2026-11-02")).toMatchObject({
      stored: 2,
      findingsPerArticle: 4,
    });
  });

  it("filters by outlet and by publication day, keeping the undated apart", () => {
    const coverage = getCoverage(database, { outlet: "VnExpress", from: "2026-11-03", to: "2026-11-30" });
    expect(coverage.days.map((d) => d.day)).toEqual(["2026-11-03"]);
    expect(coverage.undated.stored).toBe(1);
    expect(coverage.totals).toMatchObject({ read: 3, stored: 1, duplicates: 1, failed: 1 });
  });

  it("keeps an outcome's row when its article is deleted", () => {
    writerFor(database).deleteArticle(stored?.id ?? 0);
    expect(getCoverage(database).totals.stored).toBe(3);
  });

  it("refuses a date that is not YYYY-MM-DD", () => {
    expect(() => getCoverage(database, { from: "November" })).toThrow(/YYYY-MM-DD/);
  });
});
