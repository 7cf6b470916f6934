import { describe, expect, it } from "vitest";
import { extractHtml } from "./html.js";

// Own page. An agency's credit line over its story: the agency's name, a dash, the day and the time, then the
// story's sections after a bar. The day is the story's.
const STORY = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Chile and Vietnam agreed in paragraph ${i + 1} to widen trade in fruit and seafood, their trade ministers said after talks in Santiago.</p>`,
).join("");

const page = (credit: string) =>
  `<!DOCTYPE html><html><head><title>Chile and Vietnam widen trade</title></head><body><article><h1>Chile and Vietnam widen trade</h1>${credit}<div class="body">${STORY}</div></article></body></html>`;

const published = (html: string) => {
  const read = extractHtml(html);
  return read.ok ? (read.metadata.published ?? null) : null;
};

describe("an agency's credit line with its stamp", () => {
  it("reads the day after the agency's name and a dash, without the sections after the bar", () => {
    const credit = `<p class="credit">Yonhap - Mar 3, 2021 - 10:15 | <a href="/world">World</a>, <a href="/asia">Asia</a></p>`;
    expect(published(page(credit))).toBe("Mar 3, 2021 - 10:15");
  });

  it("leaves a line whose name before the dash is no known outlet", () => {
    const credit = `<p class="credit">Trade talks - Mar 3, 2021 - 10:15 | <a href="/world">World</a></p>`;
    expect(published(page(credit))).toBeNull();
  });
});
