import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserPerFile, openPage, screenshot } from "./browser.js";
import { type RunningServer, repoRoot, startIngestWatch, startServer } from "./server.js";

let server: RunningServer;
const browsers = browserPerFile();
const inbox = mkdtempSync(join(tmpdir(), "chancery-watch-"));

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await browsers.close();
  await server?.stop();
  rmSync(inbox, { recursive: true, force: true });
});

describe("live ingest", () => {
  it("an open overview shows articles that watch mode ingests, without a reload", async () => {
    const { page, problems } = await openPage(await browsers.get(), `${server.url}/`);
    const watcher = startIngestWatch(inbox, server.dbPath);
    try {
      await page.getByText("No articles yet").waitFor();
      copyFileSync(join(repoRoot, "seeds/002_b2cf3374afdbd7ab.txt"), join(inbox, "vna-2024-review.txt"));
      await page
        .getByTestId("latest-articles")
        .locator("li")
        .first()
        .waitFor({ timeout: 30_000 })
        .catch((error: unknown) => {
          throw new Error(`the overview did not update; watcher said:\n${watcher.output()}`, { cause: error });
        });
      expect(await page.getByTestId("latest-articles").locator("li").count()).toBe(1);
      expect(problems).toEqual([]);
    } finally {
      await watcher.stop();
      await page.context().close();
    }
  });

  it("follows the system's dark theme", async () => {
    const context = await (await browsers.get()).newContext({
      colorScheme: "dark",
      viewport: { width: 1920, height: 1080 },
    });
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/`);
      await page.locator("main h1").waitFor();
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
      expect(r + g + b).toBeLessThan(150);
      await screenshot(page, "empty-database-dark");
    } finally {
      await context.close();
    }
  });
});
