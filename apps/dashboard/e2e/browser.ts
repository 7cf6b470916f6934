import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { repoRoot } from "./server.js";

const executablePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
export const screenshotDir = join(repoRoot, "artifacts/screenshots");

/** Chromium through playwright-core; a missing browser is a failure with the fix, never a skip. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with \`apt-get install -y chromium\` or set CHROME_PATH to a Chromium/Chrome executable.`,
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * One browser per test file, launched by the first test that needs it, so that a missing Chromium fails
 * every test with the fix rather than showing them as skipped.
 */
export function browserPerFile() {
  let launched: Promise<Browser> | null = null;
  return {
    get: () => {
      launched ??= launchBrowser();
      return launched;
    },
    close: async () => {
      const browser = await launched?.catch(() => null);
      await browser?.close();
    },
  };
}

export type WatchedPage = { page: Page; problems: string[] };

/** A page that records console errors, uncaught exceptions and dialogs, so a test can assert there were none. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 800 },
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, colorScheme: "light" });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("dialog", (dialog) => {
    problems.push(`dialog (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  return { page, problems };
}

const maxScreenshotHeight = 4000;

export async function screenshot(page: Page, name: string) {
  mkdirSync(screenshotDir, { recursive: true });
  // The whole page, cut at a height a reader scrolls through: a page taller than that is shown by its top.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()?.width ?? 1280;
  await page.screenshot({
    path: join(screenshotDir, `${name}.png`),
    fullPage: true,
    ...(height > maxScreenshotHeight ? { clip: { x: 0, y: 0, width, height: maxScreenshotHeight } } : {}),
  });
}
