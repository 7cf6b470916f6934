import { describe, expect, it } from "vitest";
import { extractHtml } from "./html.js";

// Round 57: an older CMS sets a picture and its italic caption in one paragraph of the story. Own sentences.
const prose =
  "The two navies agreed to hold a joint search-and-rescue drill every year and to open a hotline between fleets. ";

describe("a picture and its italic caption in one paragraph", () => {
  it("drops the caption and keeps the story around it", () => {
    const html = `<html><body><h1>Navies agree on yearly drill</h1><div class="content"><p>${prose}</p>
      <p><img src="a.jpg"><br><i>Admiral Jane Roe and Admiral John Doe at the meeting</i></p>
      <p>${prose}</p><p>${prose}</p></div></body></html>`;
    const result = extractHtml(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).not.toContain("at the meeting");
    expect(result.text).toContain("joint search-and-rescue drill");
  });

  it("keeps a paragraph whose text stands outside the italics", () => {
    const html = `<html><body><h1>Navies agree on yearly drill</h1><div class="content"><p>${prose}</p>
      <p><img src="icon.png"> The fleets will also <i>share</i> weather data from their patrol ships every week.</p>
      <p>${prose}</p></div></body></html>`;
    const result = extractHtml(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.text).toContain("weather data from their patrol ships");
  });
});
