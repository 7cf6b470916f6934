import { describe, expect, it } from "vitest";
import { extractHtml } from "./html.js";

// Round 52: old templates mark a photo's caption with the abbreviated class "capt". Sentences are written for the tests.
const prose =
  "The two provinces agreed to open a joint trade office and to exchange farming experts every year from next spring. ";

describe("a caption under the abbreviated class 'capt'", () => {
  it("drops the caption and keeps the story", () => {
    const html = `<html><body><div class="title">Provinces sign farming accord</div>
      <div class="pic"><img src="a.jpg"><br><span class="capt">The two governors shake hands after the signing.</span></div>
      <div class="body"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div></body></html>`;
    const result = extractHtml(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).not.toContain("shake hands");
    expect(result.text).toContain("joint trade office");
  });

  it("keeps an element whose class only contains the letters in a longer word", () => {
    const html = `<html><body><div class="captivating"><p>${prose}</p><p>${prose}</p><p>${prose}</p></div></body></html>`;
    const result = extractHtml(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toContain("joint trade office");
  });
});
