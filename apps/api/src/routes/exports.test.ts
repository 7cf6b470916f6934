import { afterAll, describe, expect, it } from "vitest";
import { testApp } from "../testing/test-app.js";

const { app, dispose } = testApp();
afterAll(dispose);

describe("exports", () => {
  it.each(["articles", "entities", "indicators", "partnerships", "quotes"])(
    "streams %s as CSV and JSON",
    async (dataset) => {
      const csv = await app.request(`/api/export/${dataset}.csv`);
      expect(csv.status).toBe(200);
      expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
      expect(csv.headers.get("content-disposition")).toMatch(new RegExp(`chancery-${dataset}\\.csv`));
      const lines = (await csv.text()).trim().split("\r\n");
      expect(lines.length).toBeGreaterThan(1);
      const json = await app.request(`/api/export/${dataset}.json`);
      const rows = (await json.json()) as unknown[];
      expect(rows.length).toBe(lines.length - 1 - (await multilineRows(dataset)));
    },
  );

  it("applies the list filters and search query", async () => {
    const rows = (await (await app.request("/api/export/articles.json?outlet=VietnamPlus")).json()) as Array<{
      outlet: string;
    }>;
    expect(rows.map((row) => row.outlet)).toEqual(["VietnamPlus", "VietnamPlus"]);
    const hits = (await (await app.request("/api/export/search.json?q=partner*")).json()) as unknown[];
    expect(hits).toHaveLength(4);
    expect((await app.request("/api/export/search.csv?q=NOT%20x")).status).toBe(400);
    expect((await app.request("/api/export/secrets.csv")).status).toBe(400);
  });

  it("exports the rows of a read-only query", async () => {
    const response = await app.request("/api/export/query.csv", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sql: "SELECT id, '=cmd()' AS formula FROM articles ORDER BY id LIMIT 2" }),
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("id,formula\r\n1,'=cmd()\r\n2,'=cmd()\r\n");
  });
});

/** CSV rows whose quoted cells hold line breaks add lines: count them so JSON and CSV agree. */
async function multilineRows(dataset: string): Promise<number> {
  const rows = (await (await app.request(`/api/export/${dataset}.json`)).json()) as Array<Record<string, unknown>>;
  return rows.reduce<number>(
    (extra, row) =>
      extra +
      Object.values(row).reduce<number>(
        (n, v) => n + (typeof v === "string" ? (v.match(/\r\n|\n|\r/g) ?? []).length : 0),
        0,
      ),
    0,
  );
}
