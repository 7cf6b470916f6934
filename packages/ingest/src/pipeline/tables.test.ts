import { describe, expect, it } from "vitest";
import { isReadFailure, readBuffer } from "../read/index.js";
import { prepareArticle } from "./prepare.js";

const page = `---
title: Vietnam's diplomacy at a glance
outlet: VietnamPlus
published: 2025-12-30
---

# Vietnam's diplomacy at a glance

The Ministry of Foreign Affairs released its year-end review of Vietnam's external relations on Tuesday in Hanoi.

| Measure | Count |
| --- | ---: |
| Countries with diplomatic relations | 194 |
| Comprehensive strategic partners | 17 |
| Strategic partners | 12 |

Officials said the figures reflect steady work on partnerships across every region over the past decade.
`;

describe("a Markdown table in an article", () => {
  it("reaches the analysis, so the figures in its rows are read", () => {
    const [document] = readBuffer("review.md", new TextEncoder().encode(page));
    if (!document || isReadFailure(document)) throw new Error("the page was not read");
    const prepared = prepareArticle(document);
    expect(prepared.body).toContain("194");
    const values = prepared.analysis.indicators.map((i) => i.value);
    expect(values).toEqual(expect.arrayContaining([194, 17, 12]));
    expect(prepared.analysis.indicators.find((i) => i.value === 194)?.key).toBe("diplomatic_relations");
  });
});
