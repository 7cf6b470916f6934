import { describe, expect, it } from "vitest";
import { extractHtml } from "./html.js";

const prose =
  "The two delegations reviewed cooperation in trade, energy and education and agreed to meet again next year in the capital. ";

function page(footer: string) {
  const html = `<!DOCTYPE html><html><head><title>Ministers meet on trade</title></head><body><main><article><h1>Ministers meet on trade</h1><p>${prose.repeat(4)}</p><p>${prose.repeat(3)}</p></article></main>${footer}</body></html>`;
  const result = extractHtml(html);
  if (!result.ok) throw new Error(result.reason);
  return result.metadata;
}

describe("a saved page's footer notice", () => {
  it("keeps the single year the footer's copyright notice claims", () => {
    expect(page("<footer><a href='#'>Terms</a> <span>&copy; 2019 Example Media</span></footer>").copyright).toBe(
      "2019",
    );
  });

  it("reads a notice set in a block whose class names the footer", () => {
    expect(page("<div class='site-footer'>Copyright 2021 The Daily Example</div>").copyright).toBe("2021");
  });

  it("gives no year for a running span or for two notices that disagree", () => {
    expect(page("<footer>© 2008-2024 Example Media</footer>").copyright).toBeUndefined();
    expect(
      page("<footer><p>© 2020 Example</p></footer><div id='copyright'>© 2022 Partner</div>").copyright,
    ).toBeUndefined();
  });

  it("gives no year from a footer without a notice", () => {
    expect(page("<footer>Founded 1998 · About us · Contact</footer>").copyright).toBeUndefined();
  });
});
