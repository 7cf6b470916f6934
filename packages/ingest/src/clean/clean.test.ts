import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
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
    });
    expect(cleaned.noise.map((n) => n.kind)).toEqual(["title", "byline", "dateline", "byline"]);
    expect(cleaned.noise[2]?.text).toBe("HANOI, Nov 12 (Reuters) -");
  });

  it("reads a VNA dispatch with an en-dash dateline and the ./. end mark", () => {
    const cleaned = clean(`Hanoi (VNA) – ${SIGNING}\n${TALKS.replace(/\.$/, "./.")}`);
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toEqual({ title: null, outlet: "VNA", author: null });
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
    });
    expect(cleaned.noise.map((n) => n.kind)).toEqual(["title", "byline", "dateline", "boilerplate", "boilerplate"]);
  });

  it("gives all hints null and removes nothing when the text has no header at all", () => {
    const text = lines(SIGNING, TALKS);
    expect(clean(text)).toEqual({ body: text, noise: [], hints: { title: null, outlet: null, author: null, source: null, place: null } });
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
    const started = performance.now();
    cleanArticle(`a${" ".repeat(100_000)}b.`);
    cleanArticle(`By${"\u00A0".repeat(50_000)}X`);
    cleanArticle("(Photo: VNA) ".repeat(5_000));
    cleanArticle(`${"A. ".repeat(20_000)}Photo: VNA`);
    // A backtracking pattern would take minutes here; the bound is loose because CI machines are shared.
    expect(performance.now() - started).toBeLessThan(5_000);
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
    });
  });

  it("reads a Tuoi Tre masthead line and its update time", () => {
    const cleaned = clean(
      ["Vietnam, US elevate ties", "Tuoi Tre News", "Updated: 09/11/2023 14:05 GMT+7", SIGNING, TALKS].join("\n"),
    );
    expect(cleaned.body).toBe(lines(SIGNING, TALKS));
    expect(cleaned.hints).toEqual({ title: "Vietnam, US elevate ties", outlet: "Tuoi Tre", author: null });
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
