import { describe, expect, it } from "vitest";
import { extractHtml } from "./html.js";

const prose =
  "The two ministers reviewed cooperation in fisheries, ports and training and agreed to meet again in the spring. ";

function published(underHeading: string) {
  const html = `<!DOCTYPE html><html><head><title>Ministers meet on ports</title></head><body><div id="main"><h1>Ministers meet on ports</h1>${underHeading}<div class="contents"><p>${prose.repeat(4)}</p><p>${prose.repeat(3)}</p></div></div></body></html>`;
  const result = extractHtml(html);
  if (!result.ok) throw new Error(result.reason);
  return result.metadata.published ?? null;
}

describe("a line that is only a day, right under the page's headline", () => {
  it("is the page's date whatever its class says", () => {
    expect(published('<p class="alignright">March 4, 2021</p>')).toBe("March 4, 2021");
  });

  it("is not taken when it is a sentence rather than a bare day", () => {
    expect(published('<p class="alignright">The talks began on March 4, 2021 in the port city.</p>')).toBeNull();
  });
});
