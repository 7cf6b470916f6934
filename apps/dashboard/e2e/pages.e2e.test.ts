import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { browserPerFile, openPage, screenshot } from "./browser.js";
import { repoRoot } from "./server.js";

type Gold = { articles: Array<{ file: string; notInBody: { text: string[] } }> };
const gold = JSON.parse(readFileSync(join(repoRoot, "packages/ingest/test/fixtures/seeds.gold.json"), "utf8")) as Gold;

const baseUrl = inject("baseUrl");
const browsers = browserPerFile();

afterAll(async () => {
  await browsers.close();
});

/**
 * Opens a page, runs the checks, saves a screenshot and fails on any console error or dialog.
 * `allow` names the failed-request logs a test provokes on purpose (a refused SQL query answers 400).
 */
async function visit(path: string, name: string | null, check: (page: Page) => Promise<void>, allow?: RegExp) {
  const { page, problems } = await openPage(await browsers.get(), `${baseUrl}${path}`);
  try {
    await page.locator("main h1").first().waitFor();
    await check(page);
    await page
      .locator(".chart-loading")
      .first()
      .waitFor({ state: "detached", timeout: 10_000 })
      .catch(() => {});
    if (name) await screenshot(page, name);
    expect(problems.filter((p) => !allow?.test(p))).toEqual([]);
  } finally {
    await page.context().close();
  }
}

const text = async (page: Page) => (await page.locator("main").textContent()) ?? "";

describe("dashboard pages against the seeds", () => {
  it("overview shows the five seed articles and the KPI cards", async () => {
    await visit("/", "overview", async (page) => {
      const latest = page.getByTestId("latest-articles").locator("li");
      await latest.first().waitFor();
      expect(await latest.count()).toBe(5);
      const articles = page.locator(".kpi", { hasText: "Articles" }).locator(".kpi-value");
      expect((await articles.textContent()) ?? "").toBe("5");
      for (const label of [
        "Stories",
        "Outlets",
        "People",
        "Countries",
        "Organisations",
        "Indicators tracked",
        "Partnerships",
      ]) {
        await page.locator(".kpi dt", { hasText: label }).first().waitFor();
      }
      await page.getByRole("img", { name: /Stories and articles published/ }).waitFor();
      const nav = await page.getByRole("navigation", { name: "Pages" }).getByRole("link").allInnerTexts();
      expect(nav).toEqual([
        "Overview",
        "Indicators",
        "Partnerships",
        "Entities",
        "Themes",
        "Articles",
        "Search",
        "SQL",
        "Corrections",
        "Changes",
        "Coverage",
        "Feeds",
        "Upload",
      ]);
      await page.setViewportSize({ width: 1920, height: 1080 });
      await screenshot(page, "overview-1920");
      await page.setViewportSize({ width: 1280, height: 800 });
    });
  });

  it("each article opens to its clean text, without the noise the cleaner removed", async () => {
    const { page, problems } = await openPage(await browsers.get(), `${baseUrl}/articles`);
    try {
      const links = page.locator("table.sortable tbody tr td:first-child a");
      await links.first().waitFor();
      const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
      expect(hrefs).toHaveLength(5);
      for (const href of hrefs) {
        await page.goto(`${baseUrl}${href}`);
        const body = page.getByTestId("article-body");
        await body.waitFor();
        const clean = (await body.textContent()) ?? "";
        const source = (await page.locator(".facts dd").first().textContent()) ?? "";
        const article = gold.articles.find((a) => source.endsWith(a.file));
        expect(article, `provenance ${source} names a seed file`).toBeDefined();
        expect(clean.length).toBeGreaterThan(500);
        for (const noise of article?.notInBody.text ?? []) expect(clean).not.toContain(noise);
      }
      await page.getByRole("link", { name: /Show the \d+ removed parts/ }).click();
      await page.locator(".noise-list li").first().waitFor();
      await screenshot(page, "article");
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it("indicators show 194 relations and both 32 and 42 partnership frameworks side by side", async () => {
    await visit("/indicators", "indicators", async (page) => {
      await page.locator("article.indicator").first().waitFor();
      const relations = page.locator("article.indicator", { hasText: "194" });
      expect(await relations.count()).toBeGreaterThan(0);
      const frameworks = page.locator("article.indicator", { has: page.locator(".disagreement") }).filter({
        has: page.locator(".reading-value", { hasText: /^32\b/ }),
      });
      await frameworks.first().waitFor();
      const values = await frameworks.first().locator(".reading-value").allInnerTexts();
      expect(values.some((v) => /^32\b/.test(v))).toBe(true);
      expect(values.some((v) => /^42\b/.test(v))).toBe(true);
      expect(await frameworks.first().locator(".badge.warn").textContent()).toBe("Sources disagree");
      await page
        .getByRole("img", { name: /values reported over time/ })
        .first()
        .waitFor();
    });
  });

  it("the map colours Australia, France and Malaysia as Comprehensive Strategic Partnership", async () => {
    await visit("/partnerships", "partnerships", async (page) => {
      await page.locator("path.country").first().waitFor();
      const legendFill = await page
        .locator('.legend .swatch[data-level="Comprehensive Strategic Partnership"]')
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      for (const code of ["AU", "FR", "MY"]) {
        const country = page.locator(`path.country[data-code="${code}"]`);
        expect(await country.getAttribute("data-level")).toBe("Comprehensive Strategic Partnership");
        expect(await country.evaluate((el) => getComputedStyle(el).fill)).toBe(legendFill);
      }
      const table = (await page.locator("table.sortable").textContent()) ?? "";
      for (const name of ["Australia", "France", "Malaysia"]) expect(table).toContain(name);
      await page.getByRole("button", { name: /Country/ }).click();
      expect(await page.locator("th", { hasText: "Country" }).getAttribute("aria-sort")).toBe("ascending");
      expect(page.url()).toContain("sort=country");
      expect(await page.locator(".timeline li", { hasText: "2024" }).count()).toBeGreaterThan(0);
    });
  });

  it("entities list people with counts and open to mentions in context", async () => {
    await visit("/entities?type=person", "entities", async (page) => {
      const row = page.locator("table.sortable tbody tr", { hasText: "Bui Thanh Son" });
      await row.first().waitFor();
      await row.first().getByRole("link").first().click();
      await page.getByRole("heading", { level: 1, name: /Bui Thanh Son/ }).waitFor();
      await page.locator(".context-list li mark").first().waitFor();
      expect(await text(page)).toContain("Roles over time");
    });
  });

  it("themes show shares and trend and click through to stories", async () => {
    await visit("/themes", "themes", async (page) => {
      await page.getByRole("img", { name: "Share of stories per theme" }).waitFor();
      const chip = page.getByRole("navigation", { name: "Themes" }).getByRole("link").first();
      await chip.click();
      await page.locator("#theme-stories").waitFor();
      await page.locator(".panel .article-list li a").first().waitFor();
      expect(page.url()).toContain("theme=");
    });
  });

  it("articles list filters and sorts in the URL", async () => {
    await visit("/articles", "articles", async (page) => {
      await page.locator("table.sortable tbody tr").first().waitFor();
      expect(await page.locator("table.sortable tbody tr").count()).toBe(5);
      await page.getByRole("button", { name: /Words/ }).click();
      expect(page.url()).toContain("sort=words");
      await page.getByRole("checkbox", { name: "One per story" }).check();
      await page.getByRole("button", { name: "Apply" }).click();
      await page.waitForURL(/stories=true/);
      await page.locator("table.sortable tbody tr").first().waitFor();
      expect(await page.locator("table.sortable tbody tr").count()).toBeLessThan(5);
    });
  });

  it("search finds articles with highlighted snippets and facets", async () => {
    await visit("/search?q=partnership", "search", async (page) => {
      await page.getByTestId("result-count").waitFor();
      expect((await page.getByTestId("result-count").textContent()) ?? "").toMatch(/^[1-5] results?/);
      expect(await page.locator(".snippet mark").count()).toBeGreaterThan(0);
      await page.locator(".facets h3").first().waitFor();
    });
  });

  it("search explains a query it cannot run instead of failing", async () => {
    await visit(
      `/search?q=${encodeURIComponent('"unbalanced AND (')}`,
      null,
      async (page) => {
        await page.locator("[data-testid=result-count], .error-box, p.empty").first().waitFor();
        expect(await text(page)).not.toMatch(/internal|stack/i);
      },
      /status of 400/,
    );
  });

  it("SQL runs an example query, shows the schema, and shows the server's refusal", async () => {
    await visit(
      "/sql",
      null,
      async (page) => {
        await page.locator(".schema-tables li").first().waitFor();
        await page.getByRole("button", { name: "Articles and words per outlet" }).click();
        await page.getByTestId("sql-status").waitFor();
        expect(await page.locator(".results-table tbody tr").count()).toBeGreaterThan(0);
        await page.getByRole("button", { name: "Download CSV" }).waitFor();
        await screenshot(page, "sql");
        await page.getByLabel("Query").fill("DELETE FROM articles");
        await page.getByRole("button", { name: "Run" }).click();
        await page.locator(".error-box").waitFor();
        expect(((await page.locator(".error-box").textContent()) ?? "").length).toBeGreaterThan(20);
      },
      /status of 400/,
    );
  });
});
