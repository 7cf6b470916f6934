import { afterAll, describe, expect, inject, it } from "vitest";
import routes from "../src/first-requests/data/routes.json" with { type: "json" };
import { firstRequestsFor } from "../src/first-requests/match.js";
import { browserPerFile, openPage } from "./browser.js";

/*
 * index.html starts each page's first API requests before the dashboard's code runs
 * (src/first-requests/data/routes.json). A request the page never takes is a wasted read on the server and a
 * sign that the table and the page disagree; a page that asks again for what was started pays twice.
 */

const baseUrl = inject("baseUrl");
const browsers = browserPerFile();

afterAll(async () => {
  await browsers.close();
});

async function firstId(path: string): Promise<number> {
  const answer = (await (await fetch(`${baseUrl}${path}`)).json()) as { items: Array<{ id: number }> };
  const id = answer.items[0]?.id;
  if (id === undefined) throw new Error(`${path} listed nothing to open`);
  return id;
}

describe("requests started by index.html", () => {
  it.each(routes.routes.map((route) => route.path))("%s takes each started answer once", async (pattern) => {
    const path = pattern
      .replace("/entities/{id}", `/entities/${await firstId("/api/entities?type=person&limit=1")}`)
      .replace("/articles/{id}", `/articles/${await firstId("/api/articles?limit=1")}`);
    const { page, problems } = await openPage(await browsers.get(), "about:blank");
    const asked = new Map<string, number>();
    page.on("request", (request) => {
      const url = request.url().replace(baseUrl, "");
      if (url.startsWith("/api/")) asked.set(url, (asked.get(url) ?? 0) + 1);
    });
    try {
      await page.goto(`${baseUrl}${path}`);
      await page.locator("main h1").first().waitFor();
      await page.waitForLoadState("networkidle");
      const untaken = await page.evaluate(() => [
        ...((
          window as { __chanceryFirstRequests?: { responses: Map<string, unknown> } }
        ).__chanceryFirstRequests?.responses.keys() ?? []),
      ]);
      expect(untaken, "started but never taken by the page").toEqual([]);
      // Each started request went to the server once (the live status polls /api/changes again every 4 s).
      const started = firstRequestsFor(routes, path, "").requests;
      expect(started.length).toBeGreaterThan(routes.everyPage.length);
      const counts = started.map((url) => [url, Math.min(asked.get(url) ?? 0, url === "/api/changes" ? 1 : 2)]);
      expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(started.map((url) => [url, 1])));
      expect(problems).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
