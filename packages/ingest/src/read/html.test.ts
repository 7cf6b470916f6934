import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cpuMillis } from "../testing/cpu-time.js";
import { extractHtml } from "./html.js";

const fixtures = new URL("../../test/fixtures/", import.meta.url);
const page = (path: string) => readFileSync(new URL(path, fixtures), "utf8");

describe("extractHtml", () => {
  it("never yields script, style, iframe, navigation, noscript, object or svg text from a hostile page", () => {
    const result = extractHtml(page("bad/hostile.html"));
    if (!result.ok) throw new Error(result.reason);
    for (const payload of [
      "payload",
      "SCRIPT",
      "STYLE",
      "IFRAME",
      "NAVIGATION",
      "NOSCRIPT",
      "OBJECT",
      "SVG",
      "javascript:",
      "onerror",
      "alert(",
      "evil.example",
    ]) {
      expect(result.text).not.toContain(payload);
    }
    expect(result.text).toContain("Vietnam and the Philippines on Tuesday signed agreements");
    expect(result.text).toContain("Click here for the full text.");
  });

  it("keeps the article's paragraphs, separated by blank lines, without captions, ads, asides or share buttons", () => {
    const result = extractHtml(page("formats/japan-partnership.html"));
    if (!result.ok) throw new Error(result.reason);
    const paragraphs = result.text.split("\n\n");
    expect(paragraphs).toContain(
      "TOKYO — Japan and Vietnam on Monday elevated their relations to a Comprehensive Strategic Partnership as President Vo Van Thuong met Prime Minister Fumio Kishida in Tokyo, marking the 50th anniversary of diplomatic ties.",
    );
    expect(paragraphs.at(-1)).toMatch(/^The two sides also agreed to strengthen defence/);
    expect(paragraphs[0]).toBe("Japan and Vietnam upgrade ties to Comprehensive Strategic Partnership");
    for (const noise of [
      "By Hoang Minh Anh",
      "Photo: Pool",
      "Advertisement",
      "Related",
      "Xi visits Hanoi",
      "Share on",
      "All rights reserved",
      "Subscribe",
      "gtag",
    ]) {
      expect(result.text).not.toContain(noise);
    }
  });

  it("reads the page's own metadata: og:title, og:site_name, canonical link, published time, author, language", () => {
    const result = extractHtml(page("formats/japan-partnership.html"));
    expect(result).toMatchObject({
      ok: true,
      metadata: {
        title: "Japan and Vietnam upgrade ties to Comprehensive Strategic Partnership",
        outlet: "Asia Diplomacy Today",
        url: "https://asiadiplomacy.example/2023/11/27/japan-vietnam-upgrade",
        published: "2023-11-27T14:30:00+09:00",
        author: "Hoang Minh Anh",
        language: "en",
      },
    });
  });

  it.each([
    ["Published: Dec 13, 2023 10:14 PM", "Dec 13, 2023 10:14 PM"],
    ["Posted on 5 March 2024", "5 March 2024"],
    ["Last updated: 07/03/2024 09:15", "07/03/2024 09:15"],
    ["Date: 2024-03-07", "2024-03-07"],
  ])("reads a date the header labels, %s, when no markup states one", (label, date) => {
    const html = `<html><body><div class="head"><span class="by">By Global Times</span><span class="t">${label}</span></div>
      <article><p>Vietnam and China signed 36 cooperation documents during the state visit to Hanoi, officials said.</p></article></body></html>`;
    const result = extractHtml(html);
    expect(result).toMatchObject({ ok: true, metadata: { published: date } });
  });

  it("reads a date slot's own text when the slot also holds its tool links (print, e-mail)", () => {
    const html = `<html><body><div class="post-date">12/09/2023 08:15 | <a href="#print">Print</a> | <a href="#mail">E-mail</a></div>
      <article><p>Vietnam and Indonesia agreed on Monday to lift their ties to a comprehensive strategic partnership, officials said.</p></article></body></html>`;
    const result = extractHtml(html);
    expect(result).toMatchObject({ ok: true, metadata: { published: "12/09/2023 08:15" } });
  });

  it("reads a date set as the last part of the page title when nothing else dates the page", () => {
    const body =
      "<p>German Chancellor Angela Merkel signed a declaration in Hanoi on Wednesday with her host.</p>".repeat(4);
    const result = extractHtml(
      `<!DOCTYPE html><html><head><title>Merkel signs pact in Hanoi | Asia | DW.DE | 12.10.2011</title></head><body><article>${body}</article></body></html>`,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.metadata.published).toBe("12.10.2011");
  });

  it("falls back to the <title> and a <time datetime> when the page has no meta tags", () => {
    const html = `<html><head><title>Vietnam, India sign defence pact</title></head><body><article>
      <p>Posted <time datetime="2024-08-01">1 August</time></p>
      <p>NEW DELHI — Vietnam and India signed a memorandum on defence cooperation.<br>The deal covers training.</p>
      </article></body></html>`;
    const result = extractHtml(html);
    expect(result).toMatchObject({
      ok: true,
      metadata: { title: "Vietnam, India sign defence pact", published: "2024-08-01" },
    });
    expect(result.ok && result.text).toContain(
      "NEW DELHI — Vietnam and India signed a memorandum on defence cooperation.\nThe deal covers training.",
    );
  });

  it("reads a page nested 20,000 elements deep in bounded time, without overflowing the stack", () => {
    const depth = 20_000;
    const html = `<html><body>${"<div>".repeat(depth)}<p>Vietnam and Laos.</p>${"</div>".repeat(depth)}</body></html>`;
    let result: ReturnType<typeof extractHtml> | undefined;
    expect(cpuMillis(() => (result = extractHtml(html)))).toBeLessThan(5_000);
    expect(result).toEqual({ ok: true, text: "Vietnam and Laos.", metadata: {} });
  });

  it("refuses a page with no text", () => {
    expect(extractHtml("<html><body><nav>Home</nav><script>x()</script></body></html>")).toEqual({
      ok: false,
      reason: "no article text found in the HTML page",
    });
  });

  it("reads a one-paragraph fragment that Readability refuses as too short", () => {
    const result = extractHtml(
      "<article><h1>Vietnam, Chile hold talks</h1><p>The two ministers met in Santiago.</p></article>",
    );
    expect(result).toMatchObject({ ok: true, metadata: { title: "Vietnam, Chile hold talks" } });
    expect(result.ok && result.text).toContain("The two ministers met in Santiago.");
  });

  it("drops share bars, figure captions, related lists, breadcrumbs and footers, and reads outlet and title from meta tags", () => {
    const story = [
      "Tokyo (VNA) - Vietnam and Japan agreed on Monday to expand cooperation in defence, energy and semiconductors during talks between their prime ministers in Tokyo.",
      "The two leaders witnessed the signing of nine cooperation documents, including a loan agreement worth 50 billion yen for infrastructure projects in Vietnam.",
      "They also agreed to maintain regular high-level exchanges and to coordinate closely at regional and international forums, the Vietnamese government said in a statement.",
    ];
    const html = `<!DOCTYPE html><html lang="en"><head>
      <meta property="og:site_name" content="VietnamPlus"><meta property="og:title" content="Vietnam, Japan expand cooperation">
      <title>Vietnam, Japan expand cooperation | Politics | VietnamPlus</title></head><body>
      <header><ul class="menu"><li>Home page</li><li>Newsletter</li><li>Feedback</li></ul></header>
      <ol class="breadcrumb"><li>Politics</li><li>Diplomacy</li></ol>
      <main><article><div class="share-bar">Zalo Facebook Twitter Print Copy link</div>
      <h1>Vietnam, Japan expand cooperation</h1>
      <figure><img src="a.jpg"><figcaption>The two prime ministers at the talks. (Photo: VNA)</figcaption></figure>
      <div class="article-body">${story.map((p) => `<p>${p}</p>`).join("")}
      <div class="related-news"><h3>Related</h3><ul><li><a href="/x">Vietnam, Laos hold talks</a></li></ul></div></div>
      <div class="tags">Tags: Japan, Vietnam</div></article></main>
      <footer>Copyright VietnamPlus. Contact us.</footer></body></html>`;
    const result = extractHtml(html);
    if (!result.ok) throw new Error(result.reason);
    for (const paragraph of story) expect(result.text).toContain(paragraph);
    for (const noise of [
      "Zalo",
      "Home page",
      "Breadcrumb",
      "Diplomacy",
      "(Photo: VNA)",
      "Vietnam, Laos hold talks",
      "Tags",
      "Copyright",
    ])
      expect(result.text).not.toContain(noise);
    expect(result.metadata).toMatchObject({ outlet: "VietnamPlus", title: "Vietnam, Japan expand cooperation" });
  });

  it("takes the title from the page's h1 when it states no og:title, not from the share bar above it", () => {
    const paragraph =
      "Vietnamese Foreign Minister Bui Thanh Son held talks with his Lao counterpart in Vientiane on Tuesday on border management and trade.";
    const html = `<html><body><div class="social-share">Facebook Twitter Email</div><h1>Vietnam, Laos review border work</h1><p>${paragraph}</p></body></html>`;
    expect(extractHtml(html)).toMatchObject({ ok: true, metadata: { title: "Vietnam, Laos review border work" } });
  });

  it("takes the titled element sharing words with the story over a <title> that is only the site's name", () => {
    const paragraph =
      "Foreign Minister Park Jin held talks with his Vietnamese counterpart in Seoul on Thursday on trade, minerals and the sea.";
    const html = `<html><head><title>Ministry of Foreign Affairs, Republic of Korea</title></head><body>
      <div class="page-title">Press Releases</div><div class="view-title"><strong>Outcome of Korea-Viet Nam Foreign Ministers' Talks</strong></div>
      <div class="view-content"><p>${paragraph}</p><p>${paragraph}</p></div></body></html>`;
    expect(extractHtml(html)).toMatchObject({
      ok: true,
      metadata: { title: "Outcome of Korea-Viet Nam Foreign Ministers' Talks" },
    });
  });

  it("gives no title rather than a <title> that is only the site's name", () => {
    const paragraph =
      "Foreign Minister Park Jin held talks with his Vietnamese counterpart in Seoul on Thursday on trade, minerals and the sea.";
    const html = `<html><head><title>Asia Times Online :: Southeast Asia news</title></head><body><p>${paragraph}</p></body></html>`;
    const result = extractHtml(html);
    expect(result.ok && result.metadata.title).toBeFalsy();
  });

  it("hands each table row on as one marked line ('| cell | cell |') for the cleaner, also in a figure", () => {
    const intro =
      "The ministry released figures on Viet Nam's foreign relations at its year-end review conference in Ha Noi on Tuesday.";
    const html = `<html><body><article><p>${intro}</p><figure class="wp-block-table"><table><tr><th>Measure</th><th>Count</th></tr><tr><td>Countries with diplomatic relations</td><td>194</td></tr><tr><td>Japan</td><td>2023</td><td>CSP</td></tr></table></figure></article></body></html>`;
    const result = extractHtml(html);
    if (!result.ok) throw new Error(result.reason);
    const paragraphs = result.text.split("\n\n");
    expect(paragraphs).toContain("| Measure | Count |");
    expect(paragraphs).toContain("| Countries with diplomatic relations | 194 |");
    expect(paragraphs).toContain("| Japan | 2023 | CSP |");
  });
});

describe("extractHtml reads the page's publication date", () => {
  const BODY =
    "<p>Leaders of the two countries met in the capital on Monday and agreed to widen trade, energy and education links over the coming years, officials from both sides told reporters after the talks ended.</p>";
  const dateOf = (head: string, header = "") => {
    const result = extractHtml(
      `<html><head><title>Talks</title>${head}</head><body>${header}<article><h1>Talks</h1>${BODY}${BODY}</article></body></html>`,
    );
    if (!result.ok) throw new Error(result.reason);
    return result.metadata.published;
  };

  it("reads a <time> element's own words when it has no datetime attribute", () => {
    expect(dateOf("", "<div class='meta'><time>Tuesday, 12 Mar 2019 08:15</time></div>")).toBe(
      "Tuesday, 12 Mar 2019 08:15",
    );
  });

  it("reads the article's datePublished from JSON-LD, not a listed site's", () => {
    const ld = JSON.stringify({
      "@graph": [
        { "@type": "WebSite", datePublished: "2001-01-01" },
        { "@type": "NewsArticle", datePublished: "2022-09-14T10:00:00+07:00", dateModified: "2022-09-15" },
      ],
    });
    expect(dateOf(`<script type="application/ld+json">${ld}</script>`)).toBe("2022-09-14T10:00:00+07:00");
  });

  it("reads a Dublin Core date and skips a published stamp that does not read as a date", () => {
    expect(dateOf(`<meta name="pubdate" content="{{date}}"><meta name="DC.date" content="2017-05-30">`)).toBe(
      "2017-05-30",
    );
  });

  it("takes a modified stamp only when no published one is given", () => {
    expect(dateOf(`<meta property="og:updated_time" content="2020-02-03T05:00:00Z">`)).toBe("2020-02-03T05:00:00Z");
    expect(
      dateOf(
        `<meta property="og:updated_time" content="2020-02-03T05:00:00Z"><meta property="article:published_time" content="2020-01-29">`,
      ),
    ).toBe("2020-01-29");
  });

  it("reads an unlabelled header line with a weekday, a clock time and a zone, over a top bar's bare day", () => {
    const header =
      "<div class='topbar'><span>Friday, 09 Jun 2023</span></div><div class='story-info'>Thursday, 17 Sep 2015 11:40 AM MYT</div>";
    expect(dateOf("", header)).toBe("Thursday, 17 Sep 2015 11:40 AM MYT");
  });

  it("takes the day of an old masthead's strip that sets the weather and the exchange rate beside it", () => {
    const strip = `<td class='top'>Saturday, April 17, 2010 &nbsp;|&nbsp; Rosario 21&deg;C &nbsp;|&nbsp; Dollar: 3.87 / 3.91</td>`;
    expect(dateOf("", `<table><tr>${strip}</tr></table>`)).toBe("Saturday, April 17, 2010");
    expect(
      dateOf("", "<table><tr><td class='top'>Saturday, April 17, 2010 | Print | E-mail</td></tr></table>"),
    ).toBeUndefined();
  });

  it("does not take a top bar's bare day for the story's date", () => {
    expect(dateOf("", "<div class='topbar'><span>Friday, 09 Jun 2023</span></div>")).toBeUndefined();
    expect(dateOf("", "<div class='topbar'><span>Friday, 09.06.2023</span></div>")).toBeUndefined();
    expect(dateOf("", "<div class='post-date'><span>Friday, 09 Jun 2023</span></div>")).toBe("Friday, 09 Jun 2023");
  });
  it("puts a source line set outside the article's body before the text, only when it names a known outlet", () => {
    const textOf = (line: string) => {
      const result = extractHtml(
        `<html><head><title>Talks</title></head><body><div class="story_source_line">${line}</div><article><h1>Talks</h1>${BODY}${BODY}</article></body></html>`,
      );
      if (!result.ok) throw new Error(result.reason);
      return result.text;
    };
    expect(textOf("Source:Xinhua Published: May 3, 2026 8:10 AM").split("\n")[0]).toBe(
      "Source:Xinhua Published: May 3, 2026 8:10 AM",
    );
    expect(textOf("Source: a reader's tip")).not.toContain("reader's tip");
  });
});
