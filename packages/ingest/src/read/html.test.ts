import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractHtml } from "./html.js";

const fixtures = new URL("../../test/fixtures/", import.meta.url);
const page = (path: string) => readFileSync(new URL(path, fixtures), "utf8");

describe("extractHtml", () => {
  it("never yields script, style, iframe, navigation, noscript, object or svg text from a hostile page", () => {
    const result = extractHtml(page("bad/hostile.html"));
    if (!result.ok) throw new Error(result.reason);
    for (const payload of [
      "payload",
      "SCRIPT",
      "STYLE",
      "IFRAME",
      "NAVIGATION",
      "NOSCRIPT",
      "OBJECT",
      "SVG",
      "javascript:",
      "onerror",
      "alert(",
      "evil.example",
    ]) {
      expect(result.text).not.toContain(payload);
    }
    expect(result.text).toContain("Vietnam and the Philippines on Tuesday signed agreements");
    expect(result.text).toContain("Click here for the full text.");
  });

  it("keeps the article's paragraphs, separated by blank lines, without captions, ads, asides or share buttons", () => {
    const result = extractHtml(page("formats/japan-partnership.html"));
    if (!result.ok) throw new Error(result.reason);
    const paragraphs = result.text.split("\n\n");
    expect(paragraphs).toContain(
      "TOKYO — Japan and Vietnam on Monday elevated their relations to a Comprehensive Strategic Partnership as President Vo Van Thuong met Prime Minister Fumio Kishida in Tokyo, marking the 50th anniversary of diplomatic ties.",
    );
    expect(paragraphs.at(-1)).toMatch(/^The two sides also agreed to strengthen defence/);
    expect(paragraphs[0]).toBe("Japan and Vietnam upgrade ties to Comprehensive Strategic Partnership");
    for (const noise of [
      "By Hoang Minh Anh",
      "Photo: Pool",
      "Advertisement",
      "Related",
      "Xi visits Hanoi",
      "Share on",
      "All rights reserved",
      "Subscribe",
      "gtag",
    ]) {
      expect(result.text).not.toContain(noise);
    }
  });

  it("reads the page's own metadata: og:title, og:site_name, canonical link, published time, author, language", () => {
    const result = extractHtml(page("formats/japan-partnership.html"));
    expect(result).toMatchObject({
      ok: true,
      metadata: {
        title: "Japan and Vietnam upgrade ties to Comprehensive Strategic Partnership",
        outlet: "Asia Diplomacy Today",
        url: "https://asiadiplomacy.example/2023/11/27/japan-vietnam-upgrade",
        published: "2023-11-27T14:30:00+09:00",
        author: "Hoang Minh Anh",
        language: "en",
      },
    });
  });

  it("falls back to the <title> and a <time datetime> when the page has no meta tags", () => {
    const html = `<html><head><title>Vietnam, India sign defence pact</title></head><body><article>
      <p>Posted <time datetime="2024-08-01">1 August</time></p>
      <p>NEW DELHI — Vietnam and India signed a memorandum on defence cooperation.<br>The deal covers training.</p>
      </article></body></html>`;
    const result = extractHtml(html);
    expect(result).toMatchObject({
      ok: true,
      metadata: { title: "Vietnam, India sign defence pact", published: "2024-08-01" },
    });
    expect(result.ok && result.text).toContain(
      "NEW DELHI — Vietnam and India signed a memorandum on defence cooperation.\nThe deal covers training.",
    );
  });

  it("reads a page nested 20,000 elements deep in bounded time, without overflowing the stack", () => {
    const depth = 20_000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>Vietnam and Laos.</p>${"</div>".repeat(depth)}</body></html>`;
    const started = performance.now();
    expect(extractHtml(html)).toEqual({ ok: true, text: "Vietnam and Laos.", metadata: {} });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("refuses a page with no text", () => {
    expect(extractHtml("<html><body><nav>Home</nav><script>x()</script></body></html>")).toEqual({
      ok: false,
      reason: "no article text found in the HTML page",
    });
  });
});
