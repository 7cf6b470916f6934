import { describe, expect, it } from "vitest";
import { extractHtml, headingOverSiteName } from "./html.js";

// Pages written for the tests: an invented embassy's notice board and a briefing page.
const STORY = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Chile and Viet Nam agreed in point ${i + 1} to open a direct shipping line for fruit and seafood, the two trade ministers said after their meeting in Santiago.</p>`,
).join("");
const QA = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Q: Reporters asked in round ${i + 1} whether the fishing boats detained last week would be released soon. A: We are in close contact with the other side and expect a quick answer.</p>`,
).join("");

const titleOf = (html: string) => {
  const result = extractHtml(html);
  if (!result.ok) throw new Error(result.reason);
  return result.metadata.title;
};

describe("a <title> that is only an institution's full name", () => {
  it("reads an embassy's full name as a site's name, to be replaced by the page's heading", () => {
    expect(headingOverSiteName("Embassy of the Republic of Chile in Viet Nam", "Chile opens fruit route")).toBe(
      "Chile opens fruit route",
    );
    expect(headingOverSiteName("Chile opens fruit route to Viet Nam", "Other heading")).toBe(
      "Chile opens fruit route to Viet Nam",
    );
  });

  it("takes a notice board's post subject, not the logo <h1> or the embassy's name", () => {
    const html = `<!DOCTYPE html><html><head><title>Embassy of the Republic of Chile in Viet Nam</title></head><body>
      <div id="top"><h1 class="logo"><a>Embassy of the Republic of Chile in Viet Nam</a></h1></div>
      <table class="board_view"><thead><tr><th class="subject">Chile and Viet Nam open a direct fruit shipping line</th></tr></thead>
      <tbody><tr><td class="board_content">${STORY}</td></tr></tbody></table></body></html>`;
    expect(titleOf(html)).toBe("Chile and Viet Nam open a direct fruit shipping line");
  });

  it("takes a briefing's own heading, which shares no word with its first question", () => {
    const html = `<!DOCTYPE html><html><head><title>Embassy of the Republic of Chile in Viet Nam</title></head><body>
      <div class="lefttitle">Press Notes</div>
      <div id="Page_Body_Title">Consul General's Regular Press Briefing on June 4, 2019</div>
      <div id="Page_Body_Text">${QA}</div></body></html>`;
    expect(titleOf(html)).toBe("Consul General's Regular Press Briefing on June 4, 2019");
  });
});
