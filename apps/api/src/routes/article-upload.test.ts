import { IngestReport } from "@chancery/ingest";
import { afterAll, describe, expect, it } from "vitest";
import { testApp } from "../testing/test-app.js";

const token = "upload-test-token-0123456789";
const { app, dispose } = testApp({ token, uploadLimitBytes: 64 * 1024 });
afterAll(dispose);
const auth = { Authorization: `Bearer ${token}` };

const article =
  "Vietnam and Laos pledge closer ties\n\nVietnam and Laos agreed on Monday to deepen their special relationship, Foreign Minister Bui Thanh Son said after talks in Vientiane.\n\nThe two sides signed 12 cooperation agreements.";

describe("POST /api/articles", () => {
  it("stores one article sent as JSON and reports it", async () => {
    const response = await app.request("/api/articles", {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ text: article, outlet: "VietnamPlus", published: "2025-02-03" }),
    });
    expect(response.status).toBe(200);
    const report = IngestReport.parse(await response.json());
    expect(report.new).toBe(1);
    expect(report.articles[0]).toMatchObject({ status: "new", publishedAt: expect.stringMatching(/^2025-02-03/) });
    const list = (await (await app.request("/api/articles?limit=1")).json()) as { items: Array<{ id: number }> };
    expect(list.items[0]?.id).toBe(report.articles[0]?.id);
  });

  it("answers with what was found in each article, as the ingest report does", async () => {
    const text =
      'Vietnam and Thailand pledge closer ties\n\nVietnam and Thailand agreed on Monday to deepen their Comprehensive Strategic Partnership, Foreign Minister Bui Thanh Son said after talks in Bangkok.\n\n"We will lift two-way trade to 25 billion USD by 2027," Son said. The two sides signed 12 cooperation agreements with ASEAN support.';
    const response = await app.request("/api/articles", {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ text }),
    });
    const found = IngestReport.parse(await response.json()).articles[0];
    expect(found?.people).toEqual([{ name: "Bui Thanh Son", roles: ["Foreign Minister"] }]);
    expect(found?.countries.map((country) => country.code)).toEqual(["VN", "TH"]);
    expect(found?.organizations.map((organization) => organization.name)).toEqual(["ASEAN"]);
    expect(found?.indicators.map((indicator) => [indicator.key, indicator.value])).toEqual([
      ["trade_value", 25_000_000_000],
      ["cooperation_agreements", 12],
    ]);
    expect(found?.partnerships).toEqual([
      { country: "Thailand", level: "Comprehensive Strategic Partnership", year: null },
    ]);
    expect(found?.quotes[0]?.speaker).toBe("Bui Thanh Son");
  });

  it("answers per file for a multipart upload: stored, duplicate, failed and too large", async () => {
    const form = new FormData();
    form.append(
      "files",
      new File([article.replaceAll("Laos", "Cambodia").replace("12", "9")], "cambodia.txt", { type: "text/plain" }),
    );
    form.append("files", new File([article], "again.txt", { type: "text/plain" }));
    form.append("files", new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])], "image.png"));
    form.append("files", new File(["x".repeat(70 * 1024)], "huge.txt"));
    const response = await app.request("/api/articles", { method: "POST", headers: auth, body: form });
    expect(response.status).toBe(200);
    const report = IngestReport.parse(await response.json());
    expect(report.new).toBe(1);
    expect(report.alreadyPresent).toBe(1);
    expect(report.failed.map((failure) => failure.file).sort()).toEqual(["huge.txt", "image.png"]);
    expect(report.failed.find((failure) => failure.file === "huge.txt")?.error).toMatch(/upload limit/);
  });

  it("moves /api/changes forward after a write", async () => {
    const changes = (await (await app.request("/api/changes")).json()) as { articles: number };
    expect(changes.articles).toBe(8);
  });

  it("refuses other content types and empty JSON articles with 400", async () => {
    const text = await app.request("/api/articles", {
      method: "POST",
      headers: { ...auth, "Content-Type": "text/plain" },
      body: article,
    });
    expect(text.status).toBe(400);
    const empty = await app.request("/api/articles", {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ text: "   " }),
    });
    expect(empty.status).toBe(400);
  });

  it("cuts off a body over the request limit with 413", async () => {
    const response = await app.request("/api/articles", {
      method: "POST",
      headers: { ...auth, "Content-Type": "application/json" },
      body: JSON.stringify({ text: "y".repeat(400 * 1024) }),
    });
    expect(response.status).toBe(413);
  });
});
