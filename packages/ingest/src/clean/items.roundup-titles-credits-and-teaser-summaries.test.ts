import { describe, expect, it } from "vitest";
import { prepareArticle } from "../pipeline/prepare.js";
import { extractHtml } from "../read/html.js";
import { readBuffer } from "../read/index.js";
import { clean, lines } from "./testing/story-parts.js";

// Round 49: pages of several items (a column of briefs, a weekly roundup, a briefing's web view, a programme's
// segments), written here in other words.

const HEADLINE = "Cambodia and Vietnam open third border market";
const LEAD =
  "PHNOM PENH — Cambodia and Vietnam opened a third border market on Monday, officials of the two provinces said after a ceremony at the crossing.";
const MORE =
  "Traders expect the market to lift rice and fruit sales across the border by a fifth this year, the provincial trade office said.";
const LAST = "A fourth market is planned for next year further north, officials said.";

const brief = (place: string, text: string) => `${place} — ${text}`;
const BRIEFS = [
  "Jakarta port opens new terminal",
  brief("JAKARTA", "A new container terminal opened at the city's port on Monday, operators said. — Reuters"),
  "Manila raises fuel taxes",
  brief("MANILA", "The government will raise fuel taxes next month, the finance ministry said. — AFP"),
  "Yangon floods ease",
  brief("YANGON", "Floodwaters receded in the city's outskirts on Monday, officials said. — Xinhua"),
];

const prepared = (name: string, text: string) => {
  const [doc] = readBuffer(name, Buffer.from(text));
  if (!doc || !("text" in doc)) throw new Error("no document");
  return prepareArticle(doc);
};

describe("roundup titles, item credits and teaser summaries", () => {
  it("takes the brief's own headline over a page title naming the column of briefs", () => {
    const page = `<!DOCTYPE html><html><head><title>Mekong in brief | River Daily</title></head><body>
      <h1>Mekong in brief</h1><p>Tuesday, May 5, 2026</p><h3>${HEADLINE}</h3><p>${LEAD}</p><p>${MORE}</p>
      <p>${LAST}</p><p>— VNA</p>${BRIEFS.map((b, k) => (k % 2 ? `<p>${b}</p>` : `<h3>${b}</h3>`)).join("")}
      </body></html>`;
    expect(prepared("page.html", page).title).toBe(HEADLINE);
  });

  it("keeps the page's title for a wire roundup whose first brief, read for want of a headline, opens on its dateline", () => {
    const first = brief(
      "DAVAO",
      "A ferry ran aground off the southern coast overnight, the coast guard said. (Philippines-Ferry)",
    );
    const page = `<!DOCTYPE html><html><head><title>Regional news roundup at 0600 GMT, May 5</title></head><body>
      <h1>Regional news roundup at 0600 GMT, May 5</h1><div class="story"><p>${first}</p><p>- - - -</p>
      <p>${LEAD}</p><p>${MORE}</p><p>${LAST}</p><p>(Cambodia-Vietnam-Markets)</p><p>- - - -</p>
      <p>${BRIEFS[1]}</p><p>- - - -</p><p>${BRIEFS[3]}</p></div></body></html>`;
    expect(prepared("page.html", page).title).toBe("Regional news roundup at 0600 GMT, May 5");
  });

  it("credits a roundup's item to its paper's closing line, not to the desk the page's author slot names", () => {
    const given = { author: "By AFP Desk", title: "Weekly roundup: border markets, port terminals" };
    const text = lines(
      "Weekly roundup",
      "Every week our desk picks the region's big stories. This week: markets, ports and floods.",
      HEADLINE,
      LEAD,
      MORE,
      LAST,
      "— Vietnam News",
      "Ports",
      "Jakarta port opens new terminal",
      "A new container terminal opened at the city's port on Monday, operators said.",
      "— Jakarta Post",
      "Finance",
      "Manila raises fuel taxes",
      "The government will raise fuel taxes next month, the finance ministry said.",
      "— Inquirer",
    );
    expect(clean(text, given).hints.source).toBe("Vietnam News");
  });

  it("drops a briefing's other items whose summaries close on a link's label, one opening on a quotation", () => {
    const cleaned = clean(
      lines(
        "Daily Briefing",
        "Top story",
        HEADLINE,
        LEAD,
        MORE,
        LAST,
        "Read the full story",
        "World",
        "Storm cuts power across the northern islands",
        "Thousands of homes were left without power after the storm crossed the islands overnight. Read more",
        "Business",
        "Summit closes with a deal on shipping",
        '"This agreement shows the region can still act together," the summit\'s host said as talks closed. Read more',
      ),
    );
    expect(cleaned.body).toBe([LEAD.replace(/^PHNOM PENH — /u, ""), MORE, LAST].join("\n\n"));
  });

  it("takes no standfirst from a later item of a page of several", () => {
    const other = "Prosecutors charged two men over a port robbery, a court spokesman said on Monday afternoon.";
    const page = `<!DOCTYPE html><html><head><title>Evening bulletin</title></head><body>
      <article><h2>${HEADLINE}</h2><p>${LEAD}</p><p>${MORE}</p><p>${LAST}</p></article>
      <article><h2>Two charged over port robbery</h2><p class="summary">${other}</p></article>
      </body></html>`;
    const read = extractHtml(page);
    expect(read.ok && read.text.startsWith(other)).toBe(false);
  });
});
