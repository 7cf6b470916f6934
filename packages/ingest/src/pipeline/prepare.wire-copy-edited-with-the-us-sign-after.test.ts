import { describe, expect, it } from "vitest";
import { isReadFailure, readBuffer } from "../read/index.js";
import { prepareArticle } from "./prepare.js";

// An Australian broadcaster's page carrying a wire story it edited: its own style marks the US dollar "$US".
const page = (converted: string) => `<!doctype html>
<html lang="en-AU"><head><meta charset="utf-8"><title>Leaders agree to deepen ties - ABC News</title>
<meta property="og:site_name" content="ABC News"></head>
<body><article>
<h1>Leaders agree to deepen ties</h1>
<p>Two-way trade between the two countries reached about A$9 billion (${converted}) last year, officials said.</p>
<p>The leaders also agreed to extend a $40 million water program.</p>
<p>ABC/Reuters</p>
</article></body></html>`;

const money = (html: string) => {
  const [document] = readBuffer("page.html", new TextEncoder().encode(html));
  if (!document || isReadFailure(document)) throw new Error("the page was not read");
  const prepared = prepareArticle(document);
  return { source: prepared.source, money: prepared.analysis.indicators.map(({ value, unit }) => `${value} ${unit}`) };
};

describe("a bare dollar in wire copy the carrying outlet edited", () => {
  it("is the outlet's dollar when the page marks the US dollar '$US'", () => {
    expect(money(page("$US5.9 billion"))).toEqual({
      source: "Reuters",
      money: ["9000000000 AUD", "5900000000 USD", "40000000 AUD"],
    });
  });

  it("stays the agency's dollar when the page marks it 'US$'", () => {
    expect(money(page("US$5.9 billion")).money.at(-1)).toBe("40000000 USD");
  });
});
