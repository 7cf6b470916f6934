import { describe, expect, it } from "vitest";
import { resultKeys, toPostgres } from "./dialect.js";

describe("a read query in PostgreSQL's SQL", () => {
  it("numbers ? and @name parameters, a repeated name once", () => {
    expect(toPostgres("SELECT * FROM a WHERE x = ? AND y = @y AND z = @y AND w = ?")).toEqual({
      text: "SELECT * FROM a WHERE x = $1 AND y = $2 AND z = $2 AND w = $3",
      params: [0, "y", 1],
    });
  });
  it("leaves quoted text alone", () => {
    expect(toPostgres(`SELECT 'is ? @x LIKE' AS "is", "of" FROM t`).text).toBe(
      `SELECT 'is ? @x LIKE' AS "is", "of" FROM t`,
    );
  });
  it("spells null-safe equality and inequality as PostgreSQL does, keeping IS NULL", () => {
    expect(toPostgres("a IS @b AND c IS NOT d AND e IS NULL AND f IS NOT NULL").text).toBe(
      "a IS NOT DISTINCT FROM $1 AND c IS DISTINCT FROM d AND e IS NULL AND f IS NOT NULL",
    );
  });
  it("drops index hints and reads LIKE without case", () => {
    expect(toPostgres("SELECT 1 FROM e INDEXED BY e_idx WHERE name LIKE ?").text).toBe(
      "SELECT 1 FROM e WHERE name ILIKE $1",
    );
  });
  it("turns scalar min/max into least/greatest, nested, and keeps the aggregates", () => {
    expect(toPostgres("SELECT max(a), min(max(b - 1, 1), 200) FROM t").text).toBe(
      "SELECT max(a), least(greatest(b - 1, 1), 200) FROM t",
    );
  });
  it("rounds to places on a numeric and gives substr integer positions", () => {
    expect(toPostgres("SELECT round(x * 1.0 / y, 2), substr(body, max(s, 1), 10)").text).toBe(
      "SELECT round((x * 1.0 / y)::numeric, 2), substr(body,(greatest(s, 1))::int,(10)::int)",
    );
  });
  it("places NULLs as SQLite does in every ORDER BY, but not after a primary key", () => {
    expect(
      toPostgres("SELECT * FROM (SELECT id FROM t ORDER BY d DESC LIMIT 5) x ORDER BY x.d, x.id DESC LIMIT 3").text,
    ).toBe(
      "SELECT * FROM (SELECT id FROM t ORDER BY d DESC NULLS LAST LIMIT 5) x ORDER BY x.d NULLS FIRST, x.id DESC LIMIT 3",
    );
  });
  it("gives back mixed-case result names as written", () => {
    expect([...resultKeys("SELECT a AS firstSeen, b AS n, CAST(c AS INTEGER) AS lastSeen")]).toEqual([
      ["firstseen", "firstSeen"],
      ["lastseen", "lastSeen"],
    ]);
  });
});
