import { describe, expect, it } from "vitest";
import { ANALYZER_VERSION, analyseArticle } from "./index.js";

describe("analyseArticle", () => {
  it("stamps the analyzer version and returns empty findings for empty text", () => {
    expect(analyseArticle("", {})).toEqual({
      version: ANALYZER_VERSION,
      entities: [],
      indicators: [],
      partnerships: [],
      quotes: [],
      themes: [],
      inferredDate: null,
    });
  });

  it("gives offsets that point at the mention in the body", () => {
    const body = "Intro.\n\nViet Nam and the UAE signed 3 cooperation agreements.";
    const a = analyseArticle(body, {});
    for (const e of a.entities) for (const m of e.mentions) expect(body.slice(m.start, m.end)).toBe(m.surface);
    const ind = a.indicators[0];
    expect(ind && body.slice(ind.start, ind.end)).toBe("3 cooperation agreements");
  });
});
