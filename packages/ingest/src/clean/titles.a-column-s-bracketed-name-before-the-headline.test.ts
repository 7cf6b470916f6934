import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";
import { isHeadline } from "./title.js";

// Round 55: a paper's column names itself in brackets before the headline, in sentence case ("[Port report] …").
const read = (lines: readonly string[]) => cleanArticle(normaliseText(lines.join("\n\n")));

const headline = "[Harbour notes] Chile sends a training ship to Cam Ranh for the first time";
const lead =
  "A Chilean navy training ship docked at Cam Ranh on Monday for a five-day visit, the first by a Latin American warship to the port, officials said.";
const more =
  "The crew of about 200 cadets will play football with Vietnamese sailors and visit a museum in the nearby city of Nha Trang before leaving on Friday.";

describe("a column's bracketed name before the headline", () => {
  it("is part of a headline", () => {
    expect(isHeadline(headline)).toBe(true);
  });

  it("leaves the headline the page's title, out of the body", () => {
    const cleaned = read(["The Daily Example", headline, "By Ana Ruiz", lead, more]);
    expect(cleaned.noise).toContainEqual({ kind: "title", text: headline });
    expect(cleaned.body).not.toContain("Harbour notes");
  });

  it("is no headline under a forum's one-word flair", () => {
    expect(isHeadline("[News] Chile sends a training ship to Cam Ranh")).toBe(false);
  });

  it("is no headline when the bracket holds a sentence's worth of words", () => {
    expect(isHeadline("[Photos from the port of Cam Ranh today] Ships")).toBe(false);
  });
});
