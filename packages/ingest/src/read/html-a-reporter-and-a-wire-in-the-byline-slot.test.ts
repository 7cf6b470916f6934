import { describe, expect, it } from "vitest";
import { extractHtml } from "./html.js";

// Round 55: "By <Name> and The Associated Press" in the byline's slot, the date under it after a <br>, while the
// page's meta author names the paper itself.
const STORY = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Chile and Vietnam agreed in paragraph ${i + 1} to widen their search for the graves of sailors lost off the coast, officials of both navies said after talks in Valparaiso on Monday.</p>`,
).join("");

const page = (byline: string) =>
  `<!DOCTYPE html><html><head><title>Chile and Vietnam widen search</title><meta name="author" content="Harbour Gazette"></head><body><article><h1>Chile and Vietnam widen search</h1><div class="byline">${byline}<br>Published: May 2, 2016</div><div class="content">${STORY}</div></article></body></html>`;

const textOf = (html: string) => {
  const read = extractHtml(html);
  return read.ok ? read.text : "";
};

describe("a reporter and a wire credited together in the byline's slot", () => {
  it("keeps the byline line, without its date, for the cleaner to read the wire from", () => {
    expect(textOf(page("By Ana Rojas and The Associated Press"))).toContain("By Ana Rojas and The Associated Press\n");
  });

  it("leaves a byline of two reporters", () => {
    expect(textOf(page("By Ana Rojas and Carlos Diaz"))).not.toContain("By Ana Rojas and Carlos Diaz\n");
  });
});
