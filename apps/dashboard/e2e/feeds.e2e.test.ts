import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NewsServer, startNewsServer } from "../../../packages/ingest/test/news-server.js";
import { browserPerFile, openPage, screenshot } from "./browser.js";
import { type RunningServer, repoRoot, startServer } from "./server.js";

/* Feeds, add-by-URL and the coverage ledger in the browser, against a news site on 127.0.0.1 (never the internet). */
let server: RunningServer;
let news: NewsServer;
const browsers = browserPerFile();

beforeAll(async () => {
  news = await startNewsServer(`${repoRoot}/packages/ingest/test/pages`);
  news.items = [
    { id: "1", title: "Indonesia EEZ", page: "html-antara-indonesia-eez.html", published: "2026-11-20T08:00:00Z" },
  ];
  server = await startServer();
});

afterAll(async () => {
  await browsers.close();
  await server?.stop();
  await news?.close();
});

describe("following the news from the dashboard", () => {
  it("follows a feed, polls it (then finds it unchanged), shows a failing feed, adds pages by URL and counts it all", async () => {
    const { page, problems } = await openPage(await browsers.get(), `${server.url}/feeds`);
    await page.getByText("No feeds followed yet").waitFor();
    await page.getByTestId("feed-url").fill(news.url("/rss.xml"));
    await page.getByRole("button", { name: "Follow" }).click();
    const row = page.getByTestId("feed-row").first();
    await row.getByText("new", { exact: true }).waitFor();

    await row.getByRole("button", { name: "Poll now" }).click();
    await row.getByTestId("feed-poll-result").getByText("1 listed, 1 new: 1 stored").waitFor();
    await row.getByText("ok", { exact: true }).waitFor();
    await row.getByText("Test News (RSS)").waitFor();
    const pagesFetched = news.requests.get("/pages/html-antara-indonesia-eez.html");

    await row.getByRole("button", { name: "Poll now" }).click();
    await row
      .getByTestId("feed-poll-result")
      .getByText(/not modified/)
      .waitFor();
    expect(news.requests.get("/pages/html-antara-indonesia-eez.html")).toBe(pagesFetched);

    await page.getByTestId("feed-url").fill(news.url("/missing"));
    await page.getByRole("button", { name: "Follow" }).click();
    await page.getByTestId("feed-row").nth(1).waitFor();
    await page.getByRole("button", { name: "Poll all now" }).click();
    const failing = page.getByTestId("feed-row").nth(1);
    await failing.getByText("failing", { exact: true }).waitFor();
    await failing
      .getByTestId("feed-error")
      .getByText(/HTTP 404/)
      .waitFor();
    await screenshot(page, "feeds");

    const upload = await openPage(await browsers.get(), `${server.url}/upload`);
    await upload.page
      .getByTestId("upload-urls")
      .fill(`${news.url("/pages/html-kyodo-japan-philippines.html")}\n${news.url("/report.pdf")}`);
    await upload.page.getByRole("button", { name: "Fetch and add" }).click();
    await upload.page.getByTestId("upload-summary").getByText("1 new · 0 already present · 1 failed").waitFor();
    await upload.page.getByText(/application\/pdf/).waitFor();

    const coverage = await openPage(await browsers.get(), `${server.url}/coverage`);
    const totals = coverage.page.getByTestId("coverage-totals");
    await totals.waitFor();
    const kpi = (label: string) => totals.locator(".kpi", { has: coverage.page.getByText(label, { exact: true }) });
    expect(await kpi("Stored").locator(".kpi-value").textContent()).toBe("2");
    expect(await kpi("Failed").locator(".kpi-value").textContent()).toBe("1");
    expect(await kpi("Failed").locator(".kpi-hint").textContent()).toBe("not a page 1");
    expect(await kpi("Feed errors").locator(".kpi-value").textContent()).toBe("1");
    await coverage.page.locator("figure.chart svg").first().waitFor();
    expect(await coverage.page.locator("figure.chart svg").count()).toBeGreaterThan(0);
    await coverage.page.getByRole("table", { name: "What was read per outlet" }).getByText("127.0.0.1").waitFor();
    await screenshot(coverage.page, "coverage");

    await page.getByRole("button", { name: `Remove ${news.url("/missing")}` }).click();
    await page.getByText(news.url("/missing")).waitFor({ state: "detached" });
    expect([...problems, ...upload.problems, ...coverage.problems]).toEqual([]);
  });
});
