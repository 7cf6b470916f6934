import { describe, expect, it } from "vitest";
import { extractHtml, labelledHeading, titleSiteOutlet } from "./html.js";

const STORY = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>India and Viet Nam agreed in paragraph ${i + 1} to widen their cooperation in trade, energy and defence, the two prime ministers said after talks in New Delhi on Thursday.</p>`,
).join("");

describe("a saved page's site and headline", () => {
  it("reads the outlet from the site a <title> ends on, by name or by an old domain", () => {
    expect(titleSiteOutlet("Clinton speaks in Hanoi | World news | guardian.co.uk")).toBe("The Guardian");
    expect(titleSiteOutlet("Vietnam and Laos sign deal - Reuters")).toBe("Reuters");
    expect(titleSiteOutlet("Vietnam and Laos sign deal - Part two")).toBeNull();
    expect(titleSiteOutlet("A headline with no site")).toBeNull();
  });

  it("gives a page without <h1> the titled element its lead echoes, even through a hyphenated name", () => {
    const html = `<!DOCTYPE html><html><head><title>Ministry of External Affairs, Government of India</title></head><body>
      <h2 class="page-title">Bilateral/Multilateral Documents</h2>
      <h3 class="doc-title">India-Viet Nam Joint Statement</h3>
      <div class="doc-body">${STORY}</div></body></html>`;
    const result = extractHtml(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.metadata.title).toBe("India-Viet Nam Joint Statement");
  });
});

describe("a headline and a label before its colon", () => {
  const heading = "India and Viet Nam widen trade ties";

  it("takes the page's <h1> over a print view's labelled <title>", () => {
    const html = `<!DOCTYPE html><html><head><title>Print: ${heading} - Newssite</title></head><body>
      <h1>${heading}</h1><div class="story">${STORY}</div></body></html>`;
    const result = extractHtml(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.metadata.title).toBe(heading);
  });

  it("keeps the place label the page's own headline opens with", () => {
    expect(labelledHeading(heading, `India: ${heading}`)).toBe(`India: ${heading}`);
    expect(labelledHeading(`Print: ${heading}`, heading)).toBe(heading);
  });

  it("keeps a title that differs from the heading by more than a label", () => {
    expect(labelledHeading(`Analysis of why ${heading}`, heading)).toBe(`Analysis of why ${heading}`);
    expect(labelledHeading(`Vietnam: ${heading}`, "trade ties")).toBe(`Vietnam: ${heading}`);
  });
});

// Round 40: an article's <h3> headline is the <title>'s, and a bold deck above the lead echoes the lead more: the deck
// is no headline, and the <title> that holds the printed headline is no site's frame.
describe("a printed headline over a bold deck", () => {
  it("keeps the headline the <title> holds and the page prints, not the deck that echoes the lead", () => {
    const lead =
      "Ambassador Nguyen Van Long of Vietnam hosted a reception in Seoul on Monday to mark the anniversary of diplomatic relations between the two countries.";
    const html = `<!DOCTYPE html><html><head><title>Vietnam marks anniversary of ties with Korea at Seoul reception - Harbour Post</title></head><body>
      <article><h3 class="heading">Vietnam marks anniversary of ties with Korea at Seoul reception</h3>
      <div class="article-body"><p><strong>Ambassador Nguyen Van Long says ties have grown beyond trade</strong></p>
      <p>${lead}</p>${STORY}</div></article></body></html>`;
    const result = extractHtml(html);
    if (!result.ok) throw new Error(result.reason);
    expect(result.metadata.title).toContain("Vietnam marks anniversary of ties with Korea at Seoul reception");
  });
});
