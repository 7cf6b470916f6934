import { describe, expect, it } from "vitest";
import { isReadFailure, readBuffer } from "../read/index.js";
import { prepareArticle } from "./prepare.js";

const page = (lang: string, stamp: string) => `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>Ministers meet on trade | The Harbour Ledger</title>
<meta property="article:published_time" content="${stamp}"></head>
<body><article>
<h1>Ministers meet on trade</h1>
<p>Two-way trade between the two countries is worth about $2.7 billion a year, officials said on Tuesday.</p>
<p>The leaders agreed to work towards a target of $4 billion by 2030.</p>
</article></body></html>`;

const money = (html: string) => {
  const [document] = readBuffer("page.html", new TextEncoder().encode(html));
  if (!document || isReadFailure(document)) throw new Error("the page was not read");
  return prepareArticle(document).analysis.indicators.map(({ value, unit }) => ({ value, unit }));
};

describe("a bare dollar on a page no outlet entry places", () => {
  it("is the dollar of the country the page's language tag names", () => {
    expect(money(page("en-NZ", "2025-02-26T17:02:00+13:00"))).toEqual([
      { value: 2_700_000_000, unit: "NZD" },
      { value: 4_000_000_000, unit: "NZD" },
    ]);
  });

  it("stays the US dollar on a page in plain English", () => {
    expect(money(page("en", "2025-02-26T17:02:00+07:00")).map((f) => f.unit)).toEqual(["USD", "USD"]);
  });
});

// A foreign site carrying a national agency's story keeps the agency's "$": the words are the agency's.
const carried = (dateline: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Leaders agree to deepen ties | The Harbour Ledger</title>
<meta property="og:site_name" content="The Harbour Ledger"></head>
<body><article>
<h1>Leaders agree to deepen ties</h1>
<p>${dateline} Two-way trade between the two countries is worth about $2.7 billion a year, officials said on Tuesday.</p>
<p>The leaders agreed to work towards a target of $4 billion by 2030.</p>
</article></body></html>`;

const wireMoney = (html: string) => {
  const [document] = readBuffer("page.html", new TextEncoder().encode(html));
  if (!document || isReadFailure(document)) throw new Error("the page was not read");
  const prepared = prepareArticle(document);
  return { outlet: prepared.outlet, source: prepared.source, units: prepared.analysis.indicators.map((f) => f.unit) };
};

describe("a bare dollar in wire copy carried by another outlet", () => {
  it("is the dollar of an Australian or Canadian agency's country", () => {
    expect(wireMoney(carried("CANBERRA, March 14 (AAP) -"))).toEqual({
      outlet: "The Harbour Ledger",
      source: "AAP",
      units: ["AUD", "AUD"],
    });
    expect(wireMoney(carried("OTTAWA (The Canadian Press) -"))).toMatchObject({
      source: "The Canadian Press",
      units: ["CAD", "CAD"],
    });
  });

  it("stays the US dollar in copy of an agency with no dollar of its own", () => {
    expect(wireMoney(carried("SINGAPORE, March 14 (Reuters) -")).units).toEqual(["USD", "USD"]);
  });
});
