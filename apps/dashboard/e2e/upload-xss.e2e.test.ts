import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserPerFile, openPage, screenshot } from "./browser.js";
import { type RunningServer, startServer } from "./server.js";

// Each payload sets window.__xss or opens a dialog if it ever runs; the dashboard must show it as text.
const payloads = {
  "script-tag.txt": [
    "<script>window.__xss = 'script'; alert('script')</script> Vietnam and Japan hold talks",
    "",
    "Vietnam and Japan agreed on Monday to deepen their Comprehensive Strategic Partnership, Foreign Minister Bui Thanh Son said. <script>window.__xss='body'</script>",
    "",
    "The two sides discussed trade worth 50 billion USD. <img src=x onerror=\"window.__xss='img';alert(1)\"> <a href=\"javascript:window.__xss='link'\">read more</a>",
  ].join("\n"),
  "front-matter.md": [
    "---",
    "title: \"<img src=x onerror=window.__xss='title'> Hanoi hosts ASEAN meeting\"",
    "outlet: \"<svg onload=window.__xss='outlet'>\"",
    "published: 2024-05-02",
    "---",
    "",
    "Hanoi hosted an ASEAN ministerial meeting on Thursday. <iframe src=\"javascript:window.__xss='iframe'\"></iframe> Delegates from ten countries attended.",
  ].join("\n"),
  "page.html": [
    "<!doctype html><html><head><title>Vietnam &lt;script&gt;window.__xss='html-title'&lt;/script&gt; and France</title>",
    "<script>window.__xss='html-script'</script></head><body><article>",
    "<h1>Vietnam and France upgrade ties</h1>",
    "<p>Vietnam and France upgraded their relations to a Comprehensive Strategic Partnership in 2024. &lt;img src=x onerror=window.__xss='escaped'&gt;</p>",
    "<p onclick=\"window.__xss='attr'\">The leaders met in Paris and signed several cooperation agreements on trade and education.</p>",
    "<p><a href=\"javascript:window.__xss='href'\">javascript link</a></p>",
    "</article></body></html>",
  ].join("\n"),
  "bulk.jsonl": `${JSON.stringify({
    title: "<svg/onload=window.__xss='jsonl'> Vietnam and Brazil",
    outlet: "<b onmouseover=window.__xss='hover'>Wire</b>",
    text: "Vietnam and Brazil discussed a Strategic Partnership. <script>alert('jsonl')</script> The meeting took place in Brasilia.",
  })}\n`,
};

let server: RunningServer;
const browsers = browserPerFile();

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await browsers.close();
  await server?.stop();
});

const ran = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss ?? null);

describe("upload page and hostile article text", () => {
  it("uploads files, reports each one with what was found in it, and open pages update without a reload", async () => {
    const overview = await openPage(await browsers.get(), `${server.url}/`);
    await overview.page.getByText("No articles yet").waitFor();

    const upload = await openPage(await browsers.get(), `${server.url}/upload`);
    await upload.page.getByTestId("upload-input").setInputFiles(
      Object.entries(payloads).map(([name, content]) => ({
        name,
        mimeType: name.endsWith(".html") ? "text/html" : "text/plain",
        buffer: Buffer.from(content),
      })),
    );
    const summary = upload.page.getByTestId("upload-summary");
    await summary.waitFor();
    expect((await summary.textContent()) ?? "").toMatch(/^[1-9]\d* new/);
    expect(await upload.page.locator("table tbody tr").count()).toBeGreaterThanOrEqual(4);
    // Each stored article lists what the analysis found in it.
    const articleRows = upload.page.locator("table tbody tr:not(.failed)");
    expect(await upload.page.getByTestId("upload-findings").count()).toBe(await articleRows.count());
    const japan = upload.page.locator("tr", { hasText: "script-tag.txt" }).getByTestId("upload-findings");
    const found = (await japan.textContent()) ?? "";
    expect(found).toMatch(/1 person.*Bui Thanh Son/);
    expect(found).toMatch(/\d countries.*Japan/);
    expect(found).toContain("Japan: Comprehensive Strategic Partnership");
    expect(found).toContain("Trade value: 50 billion USD");
    await screenshot(upload.page, "upload");

    await overview.page.getByTestId("latest-articles").waitFor({ timeout: 20_000 });
    for (const watched of [overview, upload]) {
      expect(await ran(watched.page)).toBeNull();
      expect(watched.problems).toEqual([]);
      await watched.page.context().close();
    }
  });

  it("never runs script, event-handler or javascript: payloads on any page", async () => {
    const { page, problems } = await openPage(await browsers.get(), `${server.url}/articles`);
    try {
      const links = page.locator("table.sortable tbody tr td:first-child a");
      await links.first().waitFor();
      const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
      expect(hrefs.length).toBeGreaterThanOrEqual(3);
      let sawPayloadAsText = false;
      for (const href of hrefs) {
        await page.goto(`${server.url}${href}`);
        await page.getByTestId("article-body").waitFor();
        const shown = (await page.locator("main").textContent()) ?? "";
        if (/<script>|onerror=|javascript:/.test(shown)) sawPayloadAsText = true;
        expect(await page.locator("main script, main iframe, main img, main svg:not(.sparkline)").count()).toBe(0);
        expect(await page.locator('main a[href^="javascript:"]').count()).toBe(0);
        expect(await ran(page)).toBeNull();
      }
      expect(sawPayloadAsText).toBe(true);
      for (const path of [
        "/",
        "/search?q=vietnam",
        "/entities?type=country",
        "/partnerships",
        "/indicators",
        "/themes",
      ]) {
        await page.goto(`${server.url}${path}`);
        await page.locator("main h1").waitFor();
        await page.waitForLoadState("networkidle");
        expect(await page.locator('main a[href^="javascript:"]').count()).toBe(0);
        expect(await ran(page)).toBeNull();
      }
      await page.goto(`${server.url}/sql?sql=${encodeURIComponent("SELECT title, outlet, body FROM articles")}`);
      await page.getByTestId("sql-status").waitFor();
      expect((await page.locator(".results-table").textContent()) ?? "").toContain("<script>");
      expect(await ran(page)).toBeNull();
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
