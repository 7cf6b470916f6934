import { describe, expect, it } from "vitest";
import { extractHtml, withoutOwnSiteName } from "./html.js";

const STORY = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Thailand and Cambodia agreed in paragraph ${i + 1} to reopen two border checkpoints and to widen trade in farm goods, their foreign ministers said after talks in Bangkok on Monday.</p>`,
).join("");

describe("a page title's own site name", () => {
  it("drops the site's name set before the headline when it is a known outlet or the page's own", () => {
    expect(withoutOwnSiteName("The Saigon Times - Thailand and Cambodia reopen checkpoints", null, null)).toBe(
      "Thailand and Cambodia reopen checkpoints",
    );
    expect(withoutOwnSiteName("Border Daily - Thailand and Cambodia reopen checkpoints", null, "Border Daily")).toBe(
      "Thailand and Cambodia reopen checkpoints",
    );
  });

  it("keeps a headline whose first part is a country, not a site", () => {
    expect(withoutOwnSiteName("Thailand - Cambodia checkpoints reopen after talks", null, "Border Daily")).toBe(
      "Thailand - Cambodia checkpoints reopen after talks",
    );
  });

  it("drops the page's own site name after the headline, as og:site_name gives it", () => {
    expect(
      withoutOwnSiteName(
        "Relations With Cambodia - Kingdom of Example Foreign Office",
        "Relations With Cambodia",
        "Kingdom of Example Foreign Office",
      ),
    ).toBe("Relations With Cambodia");
  });

  it("puts a known outlet's name from the page's source line before the text as a labelled credit", () => {
    const html = `<!DOCTYPE html><html><head><title>Thailand and Cambodia reopen checkpoints</title></head><body>
      <article>${STORY}</article><div class="source-line">The Saigon Times</div></body></html>`;
    const result = extractHtml(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.startsWith("Source: The Saigon Times\n\n")).toBe(true);
  });

  it("keeps a dated credit line that Readability drops, before the text", () => {
    const html = `<!DOCTYPE html><html><head><title>Thailand and Cambodia reopen checkpoints</title></head><body>
      <div class="meta"><a>Philippine Daily Inquirer</a> / 12:30 AM November 18, 2015</div>
      <article>${STORY}</article></body></html>`;
    const result = extractHtml(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text.startsWith("Philippine Daily Inquirer / 12:30 AM November 18, 2015\n\n")).toBe(true);
  });

  it("ignores a source line that names no known outlet", () => {
    const html = `<!DOCTYPE html><html><head><title>Thailand and Cambodia reopen checkpoints</title></head><body>
      <article>${STORY}</article><div class="source-line">Our correspondents</div></body></html>`;
    const result = extractHtml(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).not.toContain("Our correspondents");
  });
});
