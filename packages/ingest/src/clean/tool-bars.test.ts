import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { isShareBar } from "./boilerplate.js";
import { cleanArticle } from "./index.js";
import { isGluedToolBar, isHomeToContactMenu, isToolBar } from "./tool-bars.js";

const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n");

const TITLE = "Laos and Vietnam open a new border gate for freight";
const LEAD =
  "Laos and Vietnam opened a new international border gate for freight on Monday, the two provinces said, cutting the road trip between their capitals by half a day.";
const LAST =
  "Officials expect about 300 trucks a day to cross once the customs station on the Lao side is finished later this year, the provinces added.";

describe("a bar of the page's tools", () => {
  it("reads tool phrases, counters and menu words between bars as a tool bar", () => {
    expect(isToolBar("Print | Send to a friend | Increase text size")).toBe(true);
    expect(isToolBar("Share 3.4K | Tweet | Copy link")).toBe(true);
    expect(isToolBar("View in browser | Manage your newsletters")).toBe(true);
  });

  it("lets the site's name in capitals open a bar of languages and menu words", () => {
    expect(isToolBar("NATIONAL PORTAL OF THE PROVINCE | Tiếng Việt | English | Sitemap | Contact")).toBe(true);
  });

  it("does not read a headline, a table's row or a sentence as a tool bar", () => {
    expect(isToolBar("Vietnam | 2023 | 14.2")).toBe(false);
    expect(isToolBar("Laos opens border gate | Vietnam expects more trucks")).toBe(false);
    expect(isToolBar("Print, send and share the report | Vietnam | Laos.")).toBe(false);
    expect(isToolBar("Print")).toBe(false);
  });

  it("removes a tool bar between the lead and the story", () => {
    const bar = "Share 3.4K | Tweet | Copy link";
    const cleaned = clean(lines(TITLE, LEAD, bar, LAST));
    expect(cleaned.body).toBe([LEAD, LAST].join("\n\n"));
    expect(cleaned.noise.map((n) => n.text)).toContain(bar);
  });

  it("reads share icons set in styled letters as a share bar", () => {
    expect(isShareBar("🔗 Share f 𝕏 in ✉")).toBe(true);
    expect(isShareBar("Share the road")).toBe(false);
  });
});

describe("page prompts and wrappers named in the data", () => {
  it("removes a cached copy's note, a cookie notice after a privacy heading and a link's help prompts", () => {
    const furniture = [
      "This is the cached copy of https://example.org/story.html. It is a snapshot of the page as it appeared on 2 Mar 2024 04:10:00 GMT.",
      "Your privacy matters. We and our partners use cookies to measure traffic and show ads.",
      "Get news updates:What's this?",
    ];
    const cleaned = clean(lines(...furniture, TITLE, LEAD, LAST, "Problems viewing this page?"));
    expect(cleaned.body).toBe([LEAD, LAST].join("\n\n"));
  });

  it("keeps a sentence of the story about cookies or privacy", () => {
    const story =
      "Privacy groups said the customs system stores drivers' data, and we asked the ministry how cookies on its site are used.";
    expect(clean(lines(TITLE, LEAD, story, LAST)).body).toContain(story);
  });
});

describe("a footer's contact lines shaped as a table's rows", () => {
  it("removes an office's address and its telephone line under the story, and keeps a real table", () => {
    const address = "Border Studies Centre | 12 River Road, Suite 4, Vientiane 0100";
    const phone = "Tel: (856) 21-555-0101 | Fax: (856) 21-555-0102";
    const cleaned = clean(lines(TITLE, LEAD, LAST, address, phone));
    expect(cleaned.body).toBe([LEAD, LAST].join("\n\n"));
    const table = clean(lines(TITLE, LEAD, "Trucks | 2023 | 120", "Buses | 2023 | 40", LAST));
    expect(table.body).toContain("2023");
  });

  it("removes a link's arrow line under the story", () => {
    const cleaned = clean(lines(TITLE, LEAD, LAST, "> Border gates of the province", "> Customs rules"));
    expect(cleaned.body).toBe([LEAD, LAST].join("\n\n"));
  });
});

describe("a bar or a menu whose separators the copy lost", () => {
  it("cuts a bar without separators into tool phrases and menu words", () => {
    expect(isGluedToolBar("Share Email to a friend Print")).toBe(true);
    expect(isGluedToolBar("Printer friendly version Comment")).toBe(true);
    // Menu words alone are the menu readers' to judge; a sentence or a headline is never a bar.
    expect(isGluedToolBar("Print Share Email")).toBe(false);
    expect(isGluedToolBar("Print your ticket and send to a friend today")).toBe(false);
  });

  it("reads a line from the home link to the contact link as the site's menu", () => {
    expect(isHomeToContactMenu("Home About Laos Visas and passports Trade offices News Contact us")).toBe(true);
    expect(isHomeToContactMenu("Homepage Ministers Press releases Speeches Contact")).toBe(true);
    expect(isHomeToContactMenu("Home ministers from both sides kept in close contact")).toBe(false);
    expect(isHomeToContactMenu("Home Contact")).toBe(false);
  });

  it("removes a glued tool bar and a home-to-contact menu around the story", () => {
    const cleaned = clean(
      lines(
        "Home About Laos Visas and passports Trade offices News Contact us",
        TITLE,
        LEAD,
        "Share Email to a friend Print",
        LAST,
      ),
    );
    expect(cleaned.body).toBe([LEAD, LAST].join("\n\n"));
  });
});
