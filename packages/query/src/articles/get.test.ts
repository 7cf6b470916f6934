import { temporaryFixtureDatabase } from "@chancery/fixtures";
import { afterAll, describe, expect, it } from "vitest";
import { ArticleDetail, getArticle, paragraphsOf } from "./get.js";

const database = temporaryFixtureDatabase();
afterAll(() => database.dispose());

describe("getArticle", () => {
  it("answers metadata, paragraphs, provenance, noise, sightings and the story's other versions", () => {
    const detail = ArticleDetail.parse(getArticle(database, { id: 1 }));
    expect(detail.article.title).toMatch(/Australia/);
    expect(detail.paragraphs).toHaveLength(3);
    expect(detail.provenance.sourceFormat).toBe("txt");
    expect(detail.removedNoise).toEqual([{ kind: "caption", text: "(Photo: VNA)" }]);
    expect(detail.sightings).toHaveLength(1);
    expect(detail.otherVersions.map((v) => v.id)).toEqual([2]);
  });

  it("gives finding offsets that point at their words in the body", () => {
    const detail = getArticle(database, { id: 1 });
    for (const mention of detail.findings.mentions) {
      expect(detail.body.slice(mention.start, mention.end)).toBe(mention.surface);
    }
    const quote = detail.findings.quotes[0];
    expect(quote && detail.body.slice(quote.start, quote.end)).toBe(quote?.text);
    for (const paragraph of detail.paragraphs) {
      expect(detail.body.slice(paragraph.start, paragraph.start + paragraph.text.length)).toBe(paragraph.text);
    }
  });

  it("throws not_found for an unknown id and bad_request for a malformed one", () => {
    expect(() => getArticle(database, { id: 999 })).toThrow(expect.objectContaining({ code: "not_found" }));
    expect(() => getArticle(database, { id: "abc" })).toThrow(expect.objectContaining({ code: "bad_request" }));
    expect(() => getArticle(database, { id: -1 })).toThrow(expect.objectContaining({ code: "bad_request" }));
  });

  it("splits single-newline bodies into paragraphs too", () => {
    expect(paragraphsOf("One.\nTwo.\n")).toEqual([
      { start: 0, text: "One." },
      { start: 5, text: "Two." },
    ]);
  });
});
