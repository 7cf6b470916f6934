import { IngestReport } from "@chancery/ingest";
import { ArticleDetail } from "@chancery/query";
import { afterAll, describe, expect, it } from "vitest";
import { testApp } from "../testing/test-app.js";

const { app, dispose } = testApp();
afterAll(dispose);

describe("GET /api/articles/{id} after an upload with a dateline", () => {
  it("gives the agency the dateline names as source and its city as place, kept apart from the outlet", async () => {
    const text =
      "Japan and Vietnam widen energy ties\n\nTokyo (VNA) – Japan and Vietnam agreed on Tuesday to widen cooperation in clean energy and semiconductors, officials of both governments said after talks in the Japanese capital.";
    const upload = await app.request("/api/articles", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text, outlet: "Hanoi Times", published: "2025-03-04" }),
    });
    const id = IngestReport.parse(await upload.json()).articles[0]?.id;
    const detail = ArticleDetail.parse(await (await app.request(`/api/articles/${id}`)).json());
    expect(detail.article).toMatchObject({ outlet: "Hanoi Times", source: "VNA", datelinePlace: "Tokyo" });
    expect(detail.body.startsWith("Japan and Vietnam agreed")).toBe(true);
  });
});
