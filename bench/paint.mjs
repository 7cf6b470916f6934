// Dashboard first meaningful paint in Chromium (playwright-core, as apps/dashboard/e2e launches it): the time from
// navigation start until the page's heading is drawn and, in the first screenful, no "Loading …" status or chart placeholder is left, i.e.
// the user sees the page's data. Each page is opened in a fresh browser context (no cache), `runs` times.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(new URL("../apps/dashboard/package.json", import.meta.url));
const executablePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** Runs in the page: the moment (ms since navigation start) the page shows its data, or false while it does not. */
function meaningful() {
  const heading = document.querySelector("main h1");
  if (!heading || heading.getBoundingClientRect().height === 0) return false;
  // Only what is in the first screenful counts: charts further down may still be loading their code.
  const visible = (node) => node.getBoundingClientRect().top < window.innerHeight;
  const loading = [...document.querySelectorAll('[role="status"]')].some(
    (node) => visible(node) && /Loading/.test(node.textContent),
  );
  if (loading || [...document.querySelectorAll(".chart-loading")].some(visible)) return false;
  return performance.now();
}

export async function measurePaints(baseUrl, pages, { runs = 3, timeoutMs = 20_000 } = {}) {
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}; set CHROME_PATH`);
  const { chromium } = require("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-sync"],
  });
  const results = {};
  try {
    for (const [name, path] of Object.entries(pages)) {
      const times = [];
      const problems = [];
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        page.on("pageerror", (error) => problems.push(error.message));
        try {
          await page.goto(baseUrl + path, { waitUntil: "commit" });
          const handle = await page.waitForFunction(meaningful, null, { polling: "raf", timeout: timeoutMs });
          times.push(await handle.jsonValue());
        } catch (error) {
          problems.push(error instanceof Error ? error.message.split("\n")[0] : String(error));
          times.push(Number.POSITIVE_INFINITY);
        } finally {
          await context.close();
        }
      }
      times.sort((a, b) => a - b);
      results[name] = { medianMs: times[Math.floor(times.length / 2)], maxMs: times.at(-1), timeoutMs, problems };
    }
  } finally {
    await browser.close();
  }
  return results;
}
