import { describe, expect, it } from "vitest";
import { extractHtml } from "./html.js";

/*
 * Round 49: an embedded social post is the network's card and goes with its chrome, unless the story introduces it
 * as it would a quotation, with a paragraph ending in a colon. Written fresh in the project's own words.
 */
const STORY = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>The two trade ministers met in Lima in round ${i + 1} of talks on fruit, copper and shipping, and agreed to meet again before the end of the year to settle the open points.</p>`,
).join("");

function bodyOf(post: string, intro: string): string {
  const html = `<!DOCTYPE html><html><head><title>Ministers meet in Lima</title></head><body><article>
    <h1>Ministers meet in Lima</h1>${STORY}<p>${intro}</p>${post}${STORY}</article></body></html>`;
  const result = extractHtml(html);
  if (!result.ok) throw new Error(result.reason);
  return result.text;
}

const CARD = `<div class="social-embed">
  <div class="embed-meta">Rosa Quispe <span>@rosaquispe</span> · Follow</div>
  <p>Good talks in Lima today on copper and fruit. We will meet again before the year is out.</p>
  <p>9:40 AM · May 2, 2024</p>
  <p>1.2K Reposts 4.5K Likes</p>
</div>`;

describe("an embedded social post", () => {
  it("keeps only its text as a paragraph when the paragraph before it introduces it with a colon", () => {
    const text = bodyOf(CARD, "After the meeting the minister posted on X:");
    expect(text).toContain("Good talks in Lima today on copper and fruit. We will meet again before the year is out.");
    expect(text).not.toContain("@rosaquispe");
    expect(text).not.toContain("9:40 AM");
    expect(text).not.toContain("4.5K Likes");
  });

  it("goes whole when the paragraph before it ends its own sentence", () => {
    const text = bodyOf(CARD, "The minister also shared photos of the meeting on X.");
    expect(text).not.toContain("Good talks in Lima today");
  });

  it("drops the network's photo link after a tweet's text", () => {
    const tweet = `<blockquote class="twitter-tweet"><p>Proud to sign the fruit accord with our friends in Lima today. <a href="#">pic.twitter.com/Ab12Cd</a></p>&mdash; Rosa Quispe (@rosaquispe) <a>May 2, 2024</a></blockquote>`;
    const text = bodyOf(tweet, "The minister wrote on Twitter:");
    expect(text).toContain("Proud to sign the fruit accord with our friends in Lima today.");
    expect(text).not.toContain("pic.twitter.com");
  });
});
