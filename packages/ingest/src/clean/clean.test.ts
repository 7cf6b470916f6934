import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cpuMillis } from "../testing/cpu-time.js";
import { cleanArticle } from "./index.js";

const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n\n");

const SIGNING =
  "Vietnam and China signed 14 cooperation agreements on Wednesday during a visit by Chinese Premier Li Qiang, the two governments said.";
const TALKS =
  "The two sides agreed to speed up talks on a railway link and to expand trade in farm products, officials said.";

describe("cleanArticle on other outlets' layouts", () => {
  it("reads a Reuters wire story: headline, byline, dateline and credit line", () => {
    const cleaned = clean(
      lines(
        "Vietnam, China sign deals on rail links during premier's visit",
        "By Khanh Vu",
        `HANOI, Nov 12 (Reuters) - ${SIGNING}`,
        TALKS,
        "(Reporting by Khanh Vu; Editing by Martin Petty)",
      ),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toEqual({
      title: "Vietnam, China sign deals on rail links during premier's visit",
      outlet: "Reuters",
      author: "Khanh Vu",
      source: "Reuters",
      place: "Hanoi",
    });
    expect(cleaned.noise.map((n) => n.kind)).toEqual(["title", "byline", "dateline", "byline"]);
    expect(cleaned.noise[2]?.text).toBe("HANOI, Nov 12 (Reuters) -");
  });

  it("reads a VNA dispatch with an en-dash dateline and the ./. end mark", () => {
    const cleaned = clean(`Hanoi (VNA) – ${SIGNING}\n${TALKS.replace(/\.$/, "./.")}`);
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toEqual({ title: null, outlet: "VNA", author: null, source: "VNA", place: "Hanoi" });
  });

  it("reads a Vietnam News story with a By byline, a capital dateline and the VNS sign-off", () => {
    const cleaned = clean(
      lines("Việt Nam, Laos agree to boost connectivity", "By Nguyễn Hằng", `HÀ NỘI — ${SIGNING}`, `${TALKS} — VNS`),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toEqual({
      title: "Việt Nam, Laos agree to boost connectivity",
      outlet: "Vietnam News",
      author: "Nguyễn Hằng",
      source: "Vietnam News",
      place: "Hanoi",
    });
  });

  it("reads an AP story whose outlet is in the dateline and the copyright line", () => {
    const cleaned = clean(
      lines(
        `HANOI, Vietnam (AP) — ${SIGNING}`,
        TALKS,
        "Copyright 2026 The Associated Press. All rights reserved. This material may not be published.",
      ),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints.outlet).toBe("AP");
  });

  it("reads The Diplomat's byline and date line without inventing its outlet", () => {
    const cleaned = clean(
      lines(
        "What Vietnam Wants From Its New Partnerships",
        "By Sebastian Strangio",
        "November 12, 2026",
        SIGNING,
        TALKS,
        "Share",
        "Tags: ASEAN, Southeast Asia, Vietnam",
      ),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toEqual({
      title: "What Vietnam Wants From Its New Partnerships",
      outlet: null,
      author: "Sebastian Strangio",
      source: null,
      place: null,
    });
    expect(cleaned.noise.map((n) => n.kind)).toEqual(["title", "byline", "dateline", "boilerplate", "boilerplate"]);
  });

  it("gives all hints null and removes nothing when the text has no header at all", () => {
    const text = lines(SIGNING, TALKS);
    expect(clean(text)).toEqual({
      body: text,
      noise: [],
      hints: { title: null, outlet: null, author: null, source: null, place: null },
    });
  });

  it("drops a caption glued to a body sentence and keeps the sentences on both sides", () => {
    const cleaned = clean(
      `${SIGNING} Premier Li Qiang and Prime Minister Pham Minh Chinh at the event. (Photo: VNA) ${TALKS}`,
    );
    expect(cleaned.body).toBe(`${SIGNING} ${TALKS}`);
    expect(cleaned.noise).toEqual([
      { kind: "caption", text: "Premier Li Qiang and Prime Minister Pham Minh Chinh at the event. (Photo: VNA)" },
    ]);
  });

  it("keeps a body sentence that an Illustrative photo caption is glued to", () => {
    const cleaned = clean(
      `${SIGNING} Illustrative photo: The Vietnamese Embassy visits people affected by the fire.\n${TALKS}`,
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
  });

  it("removes Vietnamese captions with and without diacritics, and their English twin", () => {
    const cleaned = clean(
      [
        SIGNING,
        "Thủ tướng Phạm Minh Chính tiếp Thủ tướng Trung Quốc Lý Cường. Ảnh: TTXVN",
        "Thu tuong Pham Minh Chinh tiep Thu tuong Trung Quoc. Anh: TTXVN",
        "Prime Minister Pham Minh Chinh receives Chinese Premier Li Qiang. Photo: VNA",
        TALKS,
      ].join("\n"),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.noise.map((n) => n.kind)).toEqual(["caption", "caption", "caption"]);
  });

  it("cuts a RELATED NEWS block and everything after it", () => {
    const cleaned = clean(
      lines(
        SIGNING,
        TALKS,
        "Related news",
        "Vietnam, Laos hold political consultation",
        "|",
        "Hanoi - The two sides met.",
      ),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.noise).toHaveLength(1);
    expect(cleaned.noise[0]?.kind).toBe("related");
    expect(cleaned.noise[0]?.text).toContain("Vietnam, Laos hold political consultation");
  });

  it("does not cut the article at a navigation heading that comes before the body", () => {
    const cleaned = clean(lines("Read more", SIGNING, TALKS));
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
  });

  it("cleans CRLF text with a BOM and curly quotes once it is normalised", () => {
    const crlf =
      "\uFEFFLeaders pledge \u201Cnew momentum\u201D for ties\r\n\r\n(VOVWORLD) - " +
      `${SIGNING}\r\n\r\nDeputy Prime Minister Bui Thanh Son (Photo: VNA) |\r\n${TALKS}\r\n`;
    const cleaned = clean(crlf);
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toEqual({
      title: 'Leaders pledge "new momentum" for ties',
      outlet: "VOV World",
      author: null,
      source: "VOV World",
      place: null,
    });
  });

  it("takes a bare name after the last paragraph as the author, but not a quote's speaker", () => {
    expect(clean(lines(SIGNING, TALKS, "Tran Thuong")).hints.author).toBe("Tran Thuong");
    const quoted = clean(lines(SIGNING, `"${TALKS}"`, "To Lam"));
    expect(quoted.hints.author).toBeNull();
    expect(quoted.body).toContain("To Lam");
  });

  it("keeps sentences that only look like credits", () => {
    const text = lines(
      "By 2030, Vietnam aims to raise trade with its strategic partners to a level it has never reached before.",
      "Share prices in Hanoi rose after the visit, and the exhibition titled Photo: Vietnam opened on Monday.",
      "Sources said the two sides would sign more agreements when the premier returns to Hanoi next year.",
    );
    expect(clean(text).body).toBe(text);
  });

  it("keeps a mid-article subheading and a speaker line", () => {
    const text = lines(
      SIGNING,
      "Priorities in international integration",
      `"${TALKS}"`,
      "Foreign Minister Bui Thanh Son",
      SIGNING,
    );
    expect(clean(text).body).toBe(text);
  });

  it("stays fast on hostile input: long whitespace runs, many brackets, many sentence ends", () => {
    const spent = cpuMillis(() => {
      cleanArticle(`a${" ".repeat(100_000)}b.`);
      cleanArticle(`By${"\u00A0".repeat(50_000)}X`);
      cleanArticle("(Photo: VNA) ".repeat(5_000));
      cleanArticle(`${"A. ".repeat(20_000)}Photo: VNA`);
    });
    // A backtracking pattern would take minutes here.
    expect(spent).toBeLessThan(5_000);
  });
});

describe("cleanArticle on more mastheads", () => {
  it("reads a VnExpress byline that carries the date, and a Photo by credit", () => {
    const cleaned = clean(
      [
        "Vietnam, Japan upgrade ties to comprehensive strategic partnership",
        "By Viet Anh   November 27, 2023 | 04:12 pm GMT+7",
        SIGNING,
        "Prime Minister Fumio Kishida (R) and President Vo Van Thuong in Tokyo, Nov. 27, 2023. Photo by Reuters",
        TALKS,
      ].join("\n"),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toEqual({
      title: "Vietnam, Japan upgrade ties to comprehensive strategic partnership",
      outlet: null,
      author: "Viet Anh",
      source: "Reuters",
      place: null,
    });
  });

  it("reads a Tuoi Tre masthead line and its update time", () => {
    const cleaned = clean(
      ["Vietnam, US elevate ties", "Tuoi Tre News", "Updated: 09/11/2023 14:05 GMT+7", SIGNING, TALKS].join("\n"),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toEqual({
      title: "Vietnam, US elevate ties",
      outlet: "Tuoi Tre News",
      author: null,
      source: "Tuoi Tre News",
      place: null,
    });
    expect(cleaned.noise.map((n) => n.kind)).toEqual(["title", "byline", "dateline"]);
  });

  it("drops an AP contributor note and an AFP copyright line", () => {
    const cleaned = clean(
      [
        `Hanoi (AFP) - ${SIGNING}`,
        TALKS,
        "Associated Press writer Aniruddha Ghosal in Hanoi contributed to this report.",
        "© 2026 AFP",
      ].join("\n"),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints.outlet).toBe("AFP");
  });

  it("removes the link labels Reuters pages leave inside sentences", () => {
    const cleaned = clean(`${SIGNING.replace("said.", "said in a statement, opens new tab.")}\n${TALKS}`);
    expect(cleaned.body).toBe(lines(SIGNING.replace("said.", "said in a statement."), TALKS));
  });

  it("takes a headline that sits under a share bar", () => {
    const cleaned = clean(["Share", "Vietnam, Laos sign deals", SIGNING].join("\n"));
    expect(cleaned.hints.title).toBe("Vietnam, Laos sign deals");
  });
});

describe("cleanArticle on real page shapes (issue 11)", () => {
  const ARRIVAL =
    "President Vo Van Thuong and his spouse arrived at Haneda International Airport in Tokyo on Sunday evening, starting an official visit to Japan.";

  it("strips a caption glued to the dateline and keeps the agency as source", () => {
    const cleaned = clean(
      lines(
        `Prime Minister Kishida Fumio welcomes the President at the Prime Minister's Office. (Photo: Kyodo/VNA)Tokyo (VNA) - ${ARRIVAL}`,
        TALKS,
      ),
    );
    expect(cleaned.body).toBe(lines(ARRIVAL, TALKS));
    expect(cleaned.hints).toMatchObject({ outlet: "VNA", source: "VNA", place: "Tokyo" });
    expect(cleaned.noise.map((n) => n.kind)).toEqual(["caption", "dateline"]);
  });

  it("strips a VNA/VNS photo credit glued to a capital dateline and reads the place in title case", () => {
    const cleaned = clean(
      lines(
        `The new ambassador presents his credentials to the State President. VNA/VNS Photo HÀ NỘI — ${SIGNING}`,
        `${TALKS} — VNS`,
      ),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toMatchObject({ outlet: "Vietnam News", source: "Vietnam News", place: "Hanoi" });
  });

  it("finds the dateline after a lead paragraph and drops a caption that repeats the story's first sentence", () => {
    const cleaned = clean(
      lines(
        "Vietnam, Japan leaders hold talks",
        "Prime Minister Pham Minh Chinh held talks with his Japanese counterpart in Tokyo on Sunday",
        `Tokyo (VNA) – Prime Minister Pham Minh Chinh held talks with his Japanese counterpart in Tokyo on Sunday, agreeing to expand cooperation in semiconductors and clean energy.`,
        TALKS,
      ),
    );
    expect(cleaned.body).toBe(
      lines(
        "Prime Minister Pham Minh Chinh held talks with his Japanese counterpart in Tokyo on Sunday, agreeing to expand cooperation in semiconductors and clean energy.",
        TALKS,
      ),
    );
    expect(cleaned.hints).toMatchObject({ title: "Vietnam, Japan leaders hold talks", source: "VNA", place: "Tokyo" });
    expect(cleaned.noise.map((n) => n.kind)).toEqual(["title", "caption", "dateline"]);
  });

  it("removes page furniture before and after the story: menus, province lists, share bar, widgets, labels, promotion", () => {
    const cleaned = clean(
      lines(
        "Home page Newsletter Feedback",
        "Hà Nội Hồ Chí Minh Đà Nẵng Hải Phòng Cần Thơ An Giang Bắc Ninh Quảng Ninh",
        "Search",
        "Politics",
        "Zalo Facebook Twitter Print Copy link",
        "A- A+",
        "Vietnam, Laos pledge to deepen special ties",
        "Advertisement - scroll to continue reading",
        `HANOI: ${SIGNING}`,
        TALKS,
        "Follow VNA on Facebook and YouTube for the latest news.",
        "Sign up for our newsletter",
      ),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toMatchObject({ title: "Vietnam, Laos pledge to deepen special ties", place: "Hanoi" });
  });

  it("removes a wire service's update note and story label", () => {
    const cleaned = clean(
      lines(
        "(LEAD) S. Korea, Vietnam agree to boost trade",
        "ATTN: CHANGES headline, lead; UPDATES throughout",
        `SEOUL, Nov. 3 (Yonhap) -- ${SIGNING}`,
        TALKS,
        "(Adds comments from the presidential office in paras 4-5)",
      ),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toMatchObject({
      title: "S. Korea, Vietnam agree to boost trade",
      source: "Yonhap",
      place: "Seoul",
    });
  });

  it("removes a cache mirror's wrapper and keeps its date as a dateline for the published date", () => {
    const cleaned = clean(
      lines(
        `date 2021-04-15 HÀ NỘI — ${SIGNING}`,
        `${TALKS}… Read full this story`,
        "This story has 311 words, post on vietnamnews.vn at April 15, 2021.",
      ),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.noise[0]).toEqual({ kind: "dateline", text: "date 2021-04-15" });
  });

  it("reads a byline fused with agency, place and time", () => {
    const cleaned = clean(lines("ByBernama, Kuala Lumpur Mon, Jun 01, 2020 10:40 PM", SIGNING, TALKS));
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toMatchObject({
      title: null,
      author: null,
      outlet: "Bernama",
      source: "Bernama",
      place: "Kuala Lumpur",
    });
  });

  it.each([
    ["MOSCOW, March 5. /TASS/.", "TASS", "Moscow"],
    ["NEW DELHI, Jan 9 (PTI) -", "PTI", "New Delhi"],
    ["JAKARTA, Oct 12 (ANTARA) -", "Antara", "Jakarta"],
    ["Tokyo June 6 (Kyodo) -", "Kyodo", "Tokyo"],
    ["(VOVworld) –", "VOV World", null],
    ["VGP -", "Vietnam Government Portal", null],
    ["KUALA LUMPUR—", null, "Kuala Lumpur"],
    ["PUTRAJAYA, May 17 ―", null, "Putrajaya"],
  ])("strips the dateline %s and records source %s and place %s", (prefix, source, place) => {
    const cleaned = clean(lines(`${prefix} ${SIGNING}`, TALKS));
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toMatchObject({ source, place });
  });

  it("takes the source from a sign-off or a photo credit when no dateline names one", () => {
    expect(clean(lines(SIGNING, `${TALKS} ― Bernama`)).hints.source).toBe("Bernama");
    expect(clean(lines(SIGNING, `${TALKS} VNA/VNS`)).hints).toMatchObject({ source: "VNA", outlet: "Vietnam News" });
    const credited = clean(lines(SIGNING, "The two ministers at the signing ceremony. (Photo: Xinhua)", TALKS));
    expect(credited.hints).toMatchObject({ source: "Xinhua", outlet: null });
  });

  it("reads an agency tag on its own line and a republisher's credit line, and drops numbered image alt text", () => {
    const cleaned = clean(
      lines(
        SIGNING,
        "Leaders meet in Hanoi - ảnh 1Prime Minister Pham Minh Chinh greets the visiting premier.",
        TALKS,
        "VNA/VNS",
      ),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toMatchObject({ source: "VNA", outlet: "Vietnam News" });
    const republished = clean(lines(SIGNING, TALKS, "Laodong.vn", "Comment (0)"));
    expect(republished.body).toBe(lines(SIGNING, TALKS));
    expect(republished.hints).toMatchObject({ source: "Lao Dong", outlet: "Lao Dong" });
  });

  it("removes a cache mirror's note that repeats the title, and a caption naming its photographer before the dateline", () => {
    const cleaned = clean(
      lines(
        `date 2021-09-11 The two ministers at their talks. VNA/VNS Photo Lâm Khánh HÀ NỘI — ${SIGNING} ${TALKS}… Read full this story`,
        "Ministers talk ways to boost ties have 311 words, post on vietnamnews.vn at September 11, 2021. This is cached page on a mirror site. If you want remove this page, please contact us.",
      ),
    );
    expect(cleaned.body).toBe(`${SIGNING} ${TALKS}`);
    expect(cleaned.hints).toMatchObject({ place: "Hanoi", source: "Vietnam News" });
    expect(cleaned.noise.map((n) => n.kind)).toEqual(["dateline", "boilerplate", "caption", "dateline", "boilerplate"]);
  });

  it("removes a province menu listed one a line and a date line set under the lead", () => {
    const cleaned = clean(
      [
        "• An Giang",
        "• Binh Duong",
        "• Can Tho",
        "• Thua Thien Hue",
        "Vietnam, China foreign ministers hold talks",
        `VGP - ${SIGNING}`,
        "June 08, 2021 10:30 PM GMT+7",
        "The two ministers before their talks in Chongqing, June 8, 2021. Photo: VGP",
        TALKS,
      ].join("\n"),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toMatchObject({
      title: "Vietnam, China foreign ministers hold talks",
      source: "Vietnam Government Portal",
    });
  });

  it("reads a dateline standing on its own line and drops a lead the story repeats", () => {
    const cleaned = clean(
      [
        "Ministers meet in Vientiane",
        SIGNING,
        "Ministers meet in Vientiane ảnh 1The two ministers at the meeting (Photo: VNA)",
        "Vientiane (VNA) –",
        SIGNING,
        TALKS,
      ].join("\n"),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toMatchObject({ source: "VNA", place: "Vientiane" });
  });

  it("drops a caption credited to a news agency as its source, but keeps a figure credited to a statistics office", () => {
    const credited = clean(`${SIGNING} Foreign Minister Bui Thanh Son (Source: VNA) ${TALKS}`);
    expect(credited.body).toBe(`${SIGNING} ${TALKS}`);
    expect(credited.hints.source).toBe("VNA");
    const figure = "Exports to China rose 14 percent last year (Source: General Statistics Office).";
    expect(clean(lines(SIGNING, figure, TALKS)).body).toBe(lines(SIGNING, figure, TALKS));
  });

  it("keeps Markdown table rows in the body rather than dropping them as captions, a labelled figure as 'label: n'", () => {
    const cleaned = clean(
      lines(
        SIGNING,
        "| Measure | Count |",
        "|---|---|",
        "| Countries with diplomatic relations | 194 |",
        "| Strategic partners | 17 |",
        TALKS,
      ),
    );
    expect(cleaned.body).toBe(
      lines(SIGNING, "Measure | Count", "Countries with diplomatic relations: 194", "Strategic partners: 17", TALKS),
    );
  });

  it("keeps a table's rows that hold years or figures, and drops a layout table's row of links as a menu", () => {
    const cleaned = clean(
      lines(
        "| Home | Asia | Markets | Opinion |",
        SIGNING,
        "| China | Comprehensive strategic partnership | 2008 |",
        "| Russia | Comprehensive strategic partnership | 2012 |",
        TALKS,
        "| About us | Contact | Advertise | Careers |",
      ),
    );
    expect(cleaned.body).toBe(
      lines(
        SIGNING,
        "China | Comprehensive strategic partnership | 2008",
        "Russia | Comprehensive strategic partnership | 2012",
        TALKS,
      ),
    );
  });

  const LATER = "Officials gave no date for the next round of talks on the railway link, the ministry said.";
  it("keeps a text copy's table rows written without outer bars when a neighbour row matches, not a lone menu", () => {
    const cleaned = clean(
      lines(SIGNING, "China | CSP | 2008", "Russia | CSP | 2012", TALKS, "Home | World | 2024 Archive", LATER),
    );
    expect(cleaned.body).toBe(lines(SIGNING, "China | CSP | 2008", "Russia | CSP | 2012", TALKS, LATER));
  });

  it("keeps a table's header row of words above its figures, which a lone row of words would read as a menu", () => {
    const header = "No. | Province | New projects | Capital (US$ million)";
    const rows = ["1 | Binh Duong | 112 | 845.2", "2 | Bac Ninh | 97 | 1,204.8"];
    expect(clean(lines(SIGNING, header, ...rows, TALKS)).body).toBe(lines(SIGNING, header, ...rows, TALKS));
    expect(clean(lines(SIGNING, "| Home | Provinces | Archive |", ...rows, TALKS)).body).toBe(
      lines(SIGNING, ...rows, TALKS),
    );
  });

  it("keeps a timeline's entries that open on a month, as it keeps those that open on a year", () => {
    const entries = ["2008 - China", "Dec 2022 — South Korea", "September 2023: the United States"];
    // Above the first full paragraph, where a short line with no stop is otherwise taken for the page's label.
    const cleaned = clean(lines("Vietnam's top partners", "The dates so far:", ...entries, SIGNING, TALKS));
    expect(cleaned.body).toBe(lines("The dates so far:", ...entries, SIGNING, TALKS));
  });

  it("keeps a heading in capitals over bulleted items of a country and its year, as it keeps the items", () => {
    const items = ["* Poland - 2016", "* Mexico, Peru - both 2019", "• Kenya – 2021"];
    const cleaned = clean(lines(SIGNING, "COUNTRIES BY YEAR JOINED", ...items, TALKS));
    expect(cleaned.body).toBe(lines(SIGNING, "COUNTRIES BY YEAR JOINED", ...items, TALKS));
  });

  it("keeps short headings and sentences made of ordinary words", () => {
    const text = lines(SIGNING, "Foreign affairs and national security", "Hanoi", TALKS, "Vietnam and the world");
    expect(clean(text).body).toBe(text);
  });

  it("stays fast on hostile furniture: many brackets before a dateline, long menus, long trailing notes", () => {
    const spent = cpuMillis(() => {
      cleanArticle(`${"(Photo) ".repeat(5_000)}Tokyo (VNA) - ${SIGNING}`);
      cleanArticle(`${"Home ".repeat(20_000)}\n${SIGNING}`);
      cleanArticle(`${SIGNING}${" have 3 words, post on x at".repeat(5_000)}`);
      cleanArticle(`${"HANOI, ".repeat(10_000)}(VNA) - ${SIGNING}`);
      cleanArticle(`By${"Bernama, ".repeat(10_000)}`);
    });
    expect(spent).toBeLessThan(5_000);
  });
});

describe("cleanArticle on site headers and wire footers (issue 11)", () => {
  it("takes the headline under a masthead, menus, a search box and a date line, and drops them all", () => {
    const cleaned = clean(
      lines(
        "Mekong Daily Herald",
        "Home | Region | Trade | Sci-Tech | Opinion",
        "Search news, articles... Go",
        "Saturday, March 8, 2025 - 10:15 (GMT+7)",
        "Vietnam, Laos pledge to deepen special ties",
        `HANOI, March 7 (Bernama) -- ${SIGNING}`,
        TALKS,
      ),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toMatchObject({ title: "Vietnam, Laos pledge to deepen special ties", source: "Bernama" });
  });

  it("never takes a glued byline with a clock time or a title-case menu for the headline", () => {
    const cleaned = clean(
      lines(
        "Ministries Provinces Prime Minister Deputy Ministers",
        "ByBernamaHanoiSat 08, 2025 10:40 PM",
        "Vietnam, Laos pledge to deepen special ties",
        SIGNING,
      ),
    );
    expect(cleaned.hints.title).toBe("Vietnam, Laos pledge to deepen special ties");
    expect(cleaned.body).toBe(SIGNING);
  });

  it("removes wire sign-offs, editor lines, reporter mail, syndication notes and follow prompts", () => {
    const cleaned = clean(
      lines(
        SIGNING,
        `${TALKS} Enditem`,
        "Editor: Tran Minh",
        "[Editor: QXL]",
        "Reporter: Siti Rahma",
        "tminh@example.co.kr",
        "(END)",
        "(With inputs from PTI)",
        "(This story has not been edited by our staff and is auto-generated from a syndicated news agency feed.)",
        "Follow Mekong Herald on Telegram",
        "Share this article: Facebook Twitter WhatsApp",
        "Advertisement · Scroll to continue",
        "Reply Share",
      ),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints.source).toBe("PTI");
  });

  it("cuts the next story's headline with its 'Next article' label", () => {
    const cleaned = clean(lines(SIGNING, TALKS, "Next article", "Thai minister tours Cambodian border posts"));
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
  });

  it("reads an undashed agency dateline and removes the agency's sign-off with reporter initials", () => {
    const cleaned = clean(lines(`New Delhi, Aug 1 (PTI) ${SIGNING}`, `${TALKS} PTI KLM NOP`));
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toMatchObject({ source: "PTI", place: "New Delhi" });
  });

  it("splits a photo credit whose last code touches the dateline", () => {
    const cleaned = clean(
      `Officials pose at the palace. ANTARA FOTO/Budi Santoso/abc/xyz.Jakarta (ANTARA) - ${SIGNING}`,
    );
    expect(cleaned.body).toBe(SIGNING);
    expect(cleaned.hints.source).toBe("Antara");
  });
});

describe("cleanArticle on page furniture from layouts the rules were not written from", () => {
  it("drops a consent banner, so the headline under it is the title", () => {
    const cleaned = clean(
      [
        "We use cookies to give you the best experience on our website. By continuing to browse you agree to our use of cookies. Accept Read More",
        "Hanoi and Phnom Penh agree on new rail link",
        SIGNING,
        TALKS,
      ].join("\n"),
    );
    expect(cleaned.hints.title).toBe("Hanoi and Phnom Penh agree on new rail link");
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
  });

  it("takes a state's name above a government site's headline for a tagline, and its repeat for a running header", () => {
    const cleaned = clean(
      lines(
        "Ministry of Foreign Affairs of Japan",
        "(Provisional translation)",
        "Japan-Viet Nam Foreign Ministers' Talks",
        SIGNING,
        "Ministry of Foreign Affairs of Japan",
        TALKS,
        "Page 2 of 2",
        "Back to Japan-Viet Nam Relations",
      ),
    );
    expect(cleaned.hints.title).toBe("Japan-Viet Nam Foreign Ministers' Talks");
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
  });

  it("reads a paragraph a PDF wrapped at the margin as one paragraph", () => {
    const wrapped = [
      "Vietnam and China signed 14 cooperation agreements on Wednesday during",
      "a visit by Chinese Premier Li Qiang, the two governments said in a joint",
      "statement issued after the talks in the capital.",
    ].join("\n");
    const cleaned = clean(lines("Republic of the Philippines", "Vietnam, China sign rail deals", wrapped, TALKS));
    expect(cleaned.hints.title).toBe("Vietnam, China sign rail deals");
    expect(cleaned.body).toBe(lines(wrapped.replace(/\n/g, " "), TALKS));
  });

  it("removes a web archive's toolbar above the copied page", () => {
    const cleaned = clean(
      [
        "The Wayback Machine - https://web.archive.org/web/20150806031522/http://example.com/story?id=1",
        "http://example.com/story?id=1",
        "17 captures",
        "06",
        "About this capture",
        "COLLECTED BY",
        "Formed in 2009, the collective saves copies of websites that are about to disappear from the web for good.",
        "TIMESTAMPS",
        "Vietnam, China sign rail deals",
        SIGNING,
        TALKS,
      ].join("\n"),
    );
    expect(cleaned.hints.title).toBe("Vietnam, China sign rail deals");
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
  });

  it("drops share bars with counters, promos, reading times and error-report prompts", () => {
    const cleaned = clean(
      lines(
        "Share Like 0 Print Email",
        "4 min read",
        "Refresh this page for the latest updates.",
        SIGNING,
        TALKS,
        "Found a mistake in this article? Report it to us.",
        "Get the best of the Daily Planet: sign up for our daily newsletter.",
      ),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
  });

  it("reads a name fused with its date as a byline, and a photographer credited after initials as a caption", () => {
    const cleaned = clean(
      [
        "Vietnam, China sign rail deals",
        "Le Thi HoaMarch 3, 2024",
        "The two premiers inspect a guard of honour in Hanoi on Monday. KT/Tran Van Binh",
        SIGNING,
        TALKS,
      ].join("\n"),
    );
    expect(cleaned.hints).toMatchObject({ title: "Vietnam, China sign rail deals", author: "Le Thi Hoa" });
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
  });

  it("drops an all-caps caption label with its caption and takes a bracketed agency after the last sentence", () => {
    const cleaned = clean(
      lines(
        "WARM WELCOME. The two premiers walk past the honour guard in Hanoi. (PNA photo courtesy of the palace)",
        SIGNING,
        `${TALKS} (PNA)`,
      ),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints.source).toBe("PNA");
  });

  it("ranks an agency in the page's author slot above a photo credit", () => {
    const text = lines("Chinese Premier Li Qiang in Hanoi on Monday. Photo: Xinhua", SIGNING, TALKS);
    expect(cleanArticle(normaliseText(text)).hints.source).toBe("Xinhua");
    expect(cleanArticle(normaliseText(text), { author: "By Global Times" }).hints.source).toBe("Global Times");
    expect(
      cleanArticle(normaliseText(text), { author: "BY PARK EUN-JI, YONHAP [park@example.com]" }).hints.source,
    ).toBe("Yonhap");
  });
});

describe("cleanArticle on a related link set inside the story", () => {
  const MORE =
    "Both ministers said they would meet again in Vientiane before the end of the year to review the agreements.";
  it.each(["Read also", "Read more", "See also"])("removes only %s and its one headline", (heading) => {
    const cleaned = clean(lines(SIGNING, TALKS, heading, "Laos, Cambodia agree on border crossings", MORE, SIGNING));
    expect(cleaned.body).toBe(lines(SIGNING, TALKS, MORE, SIGNING));
    expect(cleaned.noise.map((n) => n.text)).toEqual([`${heading}\nLaos, Cambodia agree on border crossings`]);
  });

  it("keeps the story after the link when its next sentence is broken over lines", () => {
    const broken = "The foreign ministers also met the president, who said Laos";
    const rest = "valued the border agreement reached last spring.";
    const text = [SIGNING, TALKS, "Read more:", "Laos, Cambodia agree on border crossings", MORE, broken, rest].join(
      "\n",
    );
    const cleaned = clean(text);
    expect(cleaned.body).toContain(MORE);
    expect(cleaned.body).toContain(rest);
    expect(cleaned.noise.find((n) => n.kind === "related")?.text).toBe(
      "Read more:\nLaos, Cambodia agree on border crossings",
    );
  });

  it("still ends the body at a heading followed only by headlines", () => {
    const cleaned = clean(
      lines(SIGNING, TALKS, "Read also", "Laos, Cambodia agree on border crossings", "Japan, Vietnam hold talks"),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
  });

  it("still ends the body at a block of headlines with teasers", () => {
    const cleaned = clean(
      lines(
        SIGNING,
        TALKS,
        "Related news",
        "Laos, Cambodia agree on border crossings",
        MORE,
        "Japan, Vietnam hold talks",
      ),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
  });
});

describe("cleanArticle on a caption glued to the dateline and lead", () => {
  it("keeps the lead and reads the dateline", () => {
    const cleaned = clean(
      lines(`Ministers at the ceremony in Hanoi, May 2, 2025. Photo: Thanh LamHANOI – ${SIGNING}`, TALKS),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints.place).toBe("Hanoi");
    expect(cleaned.noise.map((n) => n.kind)).toEqual(["caption", "dateline"]);
  });
});
