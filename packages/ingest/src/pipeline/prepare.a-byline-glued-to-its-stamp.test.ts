import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../read/document.js";
import { prepareArticle } from "./prepare.js";

// A saved page's byline block "By A and B<br>2024.03.18" comes through the reader as one string with the line break
// lost: the stamp glued to the last name still dates the story. Own words.
const story = [
  "Officials from the two countries on Wednesday signed an agreement to link their container ports, after months of talks on customs rules and shared inspection of cargo.",
  "The agreement takes effect next year and covers six ports on each side, the transport ministry said in a statement issued after the ceremony.",
].join("\n\n");
const documentOf = (author: string): SourceDocument => ({
  sourcePath: "page.html",
  format: "html",
  text: story,
  raw: story,
  metadata: { author },
});

describe("a byline glued to its stamp", () => {
  it("dates the story by the year-first day right after the last name", () => {
    expect(prepareArticle(documentOf("By Lan Vo and Peter Sand2024.03.18")).published).toMatchObject({
      date: "2024-03-18",
      precision: "day",
    });
  });
});
