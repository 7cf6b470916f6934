import { describe, expect, it } from "vitest";
import { extractHtml } from "./html.js";

// Round 54: a callout or pull quote set beside the story (a line lifted from it, a promotion, a disclaimer) is the
// page's furniture under its class. Sentences are written for the tests.
const prose =
  "The two provinces agreed to open a joint trade office and to exchange farming experts every year from next spring. ";

function textOf(html: string): string {
  const result = extractHtml(html);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

describe("a callout or pull quote marked by its class", () => {
  it("drops a callout paragraph between the story's paragraphs", () => {
    const text = textOf(`<html><body><article><h1>Provinces sign farming accord</h1><div class="body">
      <p>${prose}</p><p class="callout">Farming links between the provinces go back three decades.</p>
      <p>${prose}</p><p>${prose}</p></div></article></body></html>`);
    expect(text).not.toContain("three decades");
    expect(text).toContain("joint trade office");
  });

  it("drops a pull quote set in a block of its own", () => {
    const text = textOf(`<html><body><article><h1>Provinces sign farming accord</h1><div class="body">
      <p>${prose}</p><div class="pull-quote">"Seeds travel further than trucks."</div>
      <p>${prose}</p><p>${prose}</p></div></article></body></html>`);
    expect(text).not.toContain("Seeds travel");
  });

  it("keeps a story whose class only contains the word inside a longer one", () => {
    const text = textOf(
      `<html><body><div class="recallouts"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div></body></html>`,
    );
    expect(text).toContain("joint trade office");
  });
});
