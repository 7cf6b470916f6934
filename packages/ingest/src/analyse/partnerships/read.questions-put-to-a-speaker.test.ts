import { describe, expect, it } from "vitest";
import { analyseArticle } from "../index.js";

// Round 39 (blind84): a reporter's question about a level ("Asked whether Chile saw Vietnam as a strategic partner")
// states no framework; it must neither add one nor displace the level the story's own sentence gives. Each sentence
// is written for the test.
const read = (body: string, publishedAt: string | null = null) =>
  analyseArticle(body, { publishedAt })
    .partnerships.map((p) => `${p.countryCode}|${p.level}|${p.year ?? "-"}`)
    .sort();

describe("a level named only in a question put to a speaker", () => {
  it("is no framework, and the story's own level stands", () => {
    expect(
      read(
        "Chile and Vietnam on Monday raised their relations to a comprehensive partnership.\n\nAsked whether Chile saw Vietnam as a strategic partner, the minister laughed and changed the subject.",
        "2025-04-14",
      ),
    ).toEqual(["CL|Comprehensive Partnership|2025"]);
  });

  it("is no framework when asked 'if' either", () => {
    expect(read("Reporters asked if Peru would raise ties with Vietnam to a strategic partnership next year.")).toEqual(
      [],
    );
  });
});
