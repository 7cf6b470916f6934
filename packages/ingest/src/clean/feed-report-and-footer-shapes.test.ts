import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle, withoutSiteSuffix } from "./index.js";

// Round 12 shapes (feed and channel copies, report PDFs, old sites' footers): each test fails if the furniture is
// read as story or the frame's line is taken for the headline.
const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n");

const TITLE = "Mongolia and Vietnam agree to double coal and beef trade";
const LEAD =
  "ULAANBAATAR, 12 May (MONTSAME) – Mongolia and Vietnam will work to double their trade within five years, the two prime ministers said after talks in the capital on Monday.";
const STORY = LEAD.replace(/^.*?– /u, "");
const MORE =
  "Coal, beef and cashmere make up most of what Mongolia sells, while Vietnam sends rice, coffee and garments, officials from both ministries said.";

describe("a channel's or feed's frame over a story that opens on its dateline", () => {
  it("takes the line just above the dateline's lead as the headline, emoji off, and drops the frame above it", () => {
    const cleaned = clean(
      lines(
        "Montsame | News of Mongolia",
        "Channel info",
        "Khovd to host a horse festival next month 🐎",
        "June 2, 2025",
        `🇲🇳🇻🇳 ${TITLE}`,
        "",
        LEAD,
        "",
        MORE,
      ),
    );
    expect(cleaned.hints.title).toBe(TITLE);
    expect(cleaned.body).toBe([STORY, MORE].join("\n\n"));
  });

  it("keeps a long caption above the dateline's lead out of the title", () => {
    const caption =
      "Prime Minister of Mongolia and Prime Minister of Vietnam at the State Palace in Ulaanbaatar with ministers of both governments beside them";
    const cleaned = clean(lines(TITLE, "By Staff Reporter", caption, LEAD, MORE));
    expect(cleaned.hints.title).toBe(TITLE);
  });

  it("drops a counter of followers and a login form's prompt", () => {
    for (const line of ["8 312 followers", "12 540 subscribers", "Forgot password?", "Create new account"]) {
      const cleaned = clean(lines(TITLE, LEAD, line, MORE));
      expect(cleaned.body, line).toBe([STORY, MORE].join("\n\n"));
    }
  });
});

describe("a report's contents, notes and a site's footer", () => {
  const REPORT_LEAD =
    "Coffee exports rose 12 percent in the first half, the council's figures show, as buyers in Europe turned to Robusta.1";
  const REPORT_MORE = "Prices held above last year's level for most of the period, traders said.2";

  it("drops contents lines with dot leaders and the numbered source notes the text marks", () => {
    const cleaned = clean(
      lines(
        "CONTENTS",
        "Coffee exports in the first half ............ 1",
        "New pledges from Japan .. 2",
        "",
        "Coffee exports climb as Europe buys more Robusta",
        "",
        REPORT_LEAD,
        "",
        REPORT_MORE,
        "",
        "1 Customs statistics, July 2024.",
        "2 Council survey of exporters.",
      ),
    );
    expect(cleaned.body).toContain([REPORT_LEAD, REPORT_MORE].join("\n\n"));
    for (const furniture of ["............ 1", "Japan .. 2", "Customs statistics", "Council survey"])
      expect(cleaned.body, furniture).not.toContain(furniture);
  });

  it("keeps numbered lines the text never marks: a story's own list", () => {
    const lead = "Coffee exports rose 12 percent in the first half, the council's figures show, for three reasons.";
    const list = ["1 Buyers in Europe turned to Robusta.", "2 Freight costs fell."];
    const cleaned = clean(lines("Coffee exports climb as Europe buys more Robusta", lead, ...list));
    expect(cleaned.body).toBe([lead, ...list].join("\n\n"));
  });

  it("ends the story above a footer notice with two marks of rights, and drops the box between", () => {
    const footer =
      "Highland Courier - Newspaper of the Dak Lak Press Association. Licence No. 118/GP-BTTTT. Copyright © Highland Courier.";
    const cleaned = clean(lines(TITLE, LEAD, MORE, "Market watch", "Coffee 96,500 VND/kg", footer));
    expect(cleaned.body).toBe([STORY, MORE].join("\n\n"));
  });

  it("keeps a story sentence that names copyright once", () => {
    const sentence = "The two sides also agreed to protect each other's copyright in films and music from next year.";
    expect(clean(lines(TITLE, LEAD, MORE, sentence)).body).toBe([STORY, MORE, sentence].join("\n\n"));
  });
});

describe("labels and notes around the story", () => {
  it("drops a share bar of networks between the standfirst and the story", () => {
    const standfirst = "Ulaanbaatar and Hanoi want to double their trade, and both say coal and beef will lead.";
    const cleaned = clean(lines(TITLE, standfirst, "WhatsApp  Telegram  Email  Print", LEAD, MORE));
    expect(cleaned.body).toBe([standfirst, STORY, MORE].join("\n\n"));
  });

  it("drops a summary box's label over its points and keeps the points", () => {
    const points = [
      "Mongolia and Vietnam agree to double their trade, five years after their leaders last met in Hanoi",
      "Analysts say both want partners beyond their two large neighbours",
    ];
    const cleaned = clean(lines(TITLE, "Key points:", ...points, LEAD, MORE));
    expect(cleaned.body).not.toContain("Key points");
    for (const point of points) expect(cleaned.body).toContain(point);
  });

  it("drops the author's note that gives the role without an article", () => {
    const note = "Bolor Erdene is senior economics correspondent at the Courier.";
    const cleaned = clean(lines(TITLE, "By Bolor Erdene", LEAD, MORE, note));
    expect(cleaned.body).toBe([STORY, MORE].join("\n\n"));
  });

  it("takes a section's name off a page title once the site's name is off", () => {
    expect(withoutSiteSuffix("Envoys urged to put trade first | Investing | Vietnam Investment Review - VIR")).toBe(
      "Envoys urged to put trade first",
    );
    expect(withoutSiteSuffix("Envoys urged to put trade first | Investing")).toBe(
      "Envoys urged to put trade first | Investing",
    );
  });
});
