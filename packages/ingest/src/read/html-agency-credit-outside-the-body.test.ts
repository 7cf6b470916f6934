import { describe, expect, it } from "vitest";
import { extractHtml } from "./html.js";

const STORY = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Peru and Vietnam agreed in paragraph ${i + 1} to open their markets to each other's fruit and to widen trade in seafood, their trade ministers said after talks in Lima on Tuesday.</p>`,
).join("");

const page = (credit: string) =>
  `<!DOCTYPE html><html><head><title>Peru and Vietnam widen fruit trade</title></head><body><article><h1>Peru and Vietnam widen fruit trade</h1>${credit}<div class="content">${STORY}</div></article></body></html>`;

const textOf = (html: string) => {
  const read = extractHtml(html);
  return read.ok ? read.text : "";
};

describe("a paper's credit naming the agency its story drew on, set outside the story's body", () => {
  it("keeps '<Paper> with <Agency>' from the byline's row, without the date beside it", () => {
    const text = textOf(page(`<p class="meta">By Ana Rojas | Andes Daily with AFP <time>May 2, 2024</time></p>`));
    expect(text.startsWith("By Ana Rojas | Andes Daily with AFP\n")).toBe(true);
  });

  it("keeps the same credit set under the story", () => {
    const html = page("").replace("</article>", `<p class="closing">Andes Daily with Reuters</p></article>`);
    expect(textOf(html)).toContain("Andes Daily with Reuters");
  });

  it("leaves a line whose 'with' names no listed agency", () => {
    const text = textOf(page(`<p class="meta">Ana Rojas with Carlos Diaz</p>`));
    expect(text).not.toContain("with Carlos Diaz");
  });
});
