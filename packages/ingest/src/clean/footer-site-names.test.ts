import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { LAST, LEAD, MIDDLE, TITLE } from "./testing/ferry-story.js";

// Round 51: a site's own name read where a credit would stand. Sentences are the tests' own.
const clean = (text: string) => cleanArticle(normaliseText(text));
const lines = (...parts: string[]) => parts.join("\n");

describe("the site's name and tagline in its footer", () => {
  const page = (footer: string) =>
    lines(
      "Khmer Times Online",
      "Tuesday, March 5, 2024",
      "HOME   NATIONAL   WORLD   BUSINESS   SPORTS",
      "Subscribe",
      "",
      TITLE,
      "",
      "Sok Dara in Phnom Penh",
      "March 5, 2024",
      "Facebook  Twitter  WhatsApp  Email",
      "",
      LEAD,
      "",
      MIDDLE,
      "",
      LAST,
      "",
      "Tags: Ferry, Border",
      "",
      "Previous article: Border market reopens after floods",
      "Next article: Rice exports rise in first quarter",
      "",
      "RELATED ARTICLES   MORE FROM AUTHOR",
      "Border market reopens after floods",
      "Rice exports rise in first quarter",
      "",
      footer,
      "Copyright © 2024 Khmer Times Co. All rights reserved.",
    );

  it("is the web edition's own name, not the story's source", () => {
    expect(clean(page("Khmer Times – Cambodia's Leading Newspaper")).hints.source).toBeNull();
    expect(clean(page("Khmer Times")).hints.source).toBeNull();
  });

  it("keeps the story's paragraphs", () => {
    const { body } = clean(page("Khmer Times – Cambodia's Leading Newspaper"));
    for (const paragraph of [LEAD, MIDDLE, LAST]) expect(body).toContain(paragraph);
  });
});
