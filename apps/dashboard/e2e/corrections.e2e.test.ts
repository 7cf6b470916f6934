import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserPerFile, openPage, screenshot } from "./browser.js";
import { type RunningServer, repoRoot, startServer } from "./server.js";

/*
 * Corrections made where analysts work: a merge on the entity page, a rejected figure on the article page, an undo
 * on the Corrections page; the overview, the exports and the search facets follow each one. Its own server over
 * the seeds, so the shared server the page tests read is never changed.
 */

let server: RunningServer;
const browsers = browserPerFile();

beforeAll(async () => {
  server = await startServer({ ingest: [join(repoRoot, "seeds")] });
});

afterAll(async () => {
  await browsers.close();
  await server?.stop();
});

async function json<T>(path: string): Promise<T> {
  const response = await fetch(`${server.url}${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

async function personId(key: string): Promise<number> {
  const found = await json<{ items: Array<{ id: number; key: string }> }>(
    `/api/corrections/entities?type=person&q=${encodeURIComponent(key)}`,
  );
  const id = found.items.find((e) => e.key === key)?.id;
  if (id === undefined) throw new Error(`no person "${key}" in the seeds`);
  return id;
}

async function peopleOnOverview(page: Page): Promise<string> {
  await page.goto(`${server.url}/`);
  const value = page.locator(".kpi", { hasText: "People" }).locator(".kpi-value");
  await value.waitFor();
  return (await value.textContent()) ?? "";
}

/** The people the search page's entity facet offers for a word of the article that names Xu Ningning. */
async function facetText(page: Page): Promise<string> {
  await page.goto(`${server.url}/search?q=Ningning`);
  const facets = page.getByRole("complementary", { name: "Refine" });
  await facets.waitFor();
  return (await facets.textContent()) ?? "";
}

/** The stored article whose findings hold this figure. */
async function articleWithFigure(value: number): Promise<number> {
  const list = await json<{ items: Array<{ id: number }> }>("/api/articles?limit=50");
  for (const { id } of list.items) {
    const findings = await json<{ indicators: Array<{ value: number }> }>(`/api/corrections/findings?article=${id}`);
    if (findings.indicators.some((i) => i.value === value)) return id;
  }
  throw new Error(`no article with the figure ${value}`);
}

const count194 = (values: number[]) => values.filter((v) => v === 194).length;
const exportedFigures = async () => {
  const response = await fetch(`${server.url}/api/export/indicators.json`);
  return ((await response.json()) as Array<{ value: number }>).map((row) => row.value);
};

describe("corrections in the dashboard", () => {
  it("merges two people, rejects a figure, adds it back from selected text and undoes the merge; every view follows", async () => {
    const { page, problems } = await openPage(await browsers.get(), `${server.url}/`);
    try {
      const peopleBefore = await peopleOnOverview(page);
      expect(await facetText(page)).toContain("Xu Ningning");
      const figuresBefore = await exportedFigures();
      expect(figuresBefore).toContain(194);

      // Merge on the entity page, through the search box of people.
      await page.goto(`${server.url}/entities/${await personId("xu ningning")}`);
      await page.getByRole("button", { name: "Merge into…" }).click();
      await page.getByLabel(/Merge “Xu Ningning” into/).fill("Bui");
      await page.getByRole("button", { name: "Merge into Bui Thanh Son" }).click();
      await page.getByRole("heading", { level: 1, name: "Bui Thanh Son" }).waitFor();
      await screenshot(page, "corrections-entity-merged");
      expect(Number(await peopleOnOverview(page))).toBe(Number(peopleBefore) - 1);
      const merged = await facetText(page);
      expect(merged).toContain("Bui Thanh Son");
      expect(merged).not.toContain("Xu Ningning");

      // Reject a figure in place on the article page.
      const id = await articleWithFigure(194);
      await page.goto(`${server.url}/articles/${id}`);
      const reject = page.getByRole("button", { name: "Reject indicator 194 countries" });
      await reject.click();
      await reject.waitFor({ state: "detached" });
      // The figure is rejected in this article only; other articles stating it keep it.
      expect(count194(await exportedFigures())).toBe(count194(figuresBefore) - 1);
      await screenshot(page, "corrections-article-rejected");

      // Add it back by selecting its words in the text, as the analyst would after a wrong rejection.
      await page.evaluate(() => {
        const walker = document.createTreeWalker(
          document.querySelector(".reader-main") ?? document.body,
          NodeFilter.SHOW_TEXT,
        );
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent?.indexOf("194 countries") ?? -1;
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + "194 countries".length);
          document.getSelection()?.removeAllRanges();
          document.getSelection()?.addRange(range);
          return;
        }
        throw new Error("no text node holds 194 countries");
      });
      const add = page.getByRole("form", { name: "Add a missing finding" });
      await add.getByLabel("As").selectOption("indicator");
      await add.getByLabel("Unit").fill("countries");
      await add.getByLabel("Indicator key").fill("diplomatic_relations");
      await add.getByRole("button", { name: "Add" }).click();
      await page.getByRole("button", { name: "Reject indicator 194 countries" }).waitFor();
      expect(count194(await exportedFigures())).toBe(count194(figuresBefore));

      // The log lists both; undo the merge.
      await page.goto(`${server.url}/corrections`);
      const rows = page.locator("table.corrections-log tbody tr");
      await rows
        .nth(2)
        .waitFor()
        .catch(async (error: unknown) => {
          throw new Error(`the log did not list all three: ${await page.locator("main").textContent()} ${problems}`, {
            cause: error,
          });
        });
      expect(await rows.count()).toBe(3);
      await page
        .locator('tr[data-kind="merge_entity"]')
        .getByRole("button", { name: /Undo correction/ })
        .click();
      await page.locator('tr[data-kind="merge_entity"]', { hasText: "undone by" }).waitFor();
      await screenshot(page, "corrections-log");
      expect(await peopleOnOverview(page)).toBe(peopleBefore);
      expect(await facetText(page)).toContain("Xu Ningning");
      expect(count194(await exportedFigures())).toBe(count194(figuresBefore));
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
