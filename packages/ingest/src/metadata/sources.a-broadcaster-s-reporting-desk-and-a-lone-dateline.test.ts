import { describe, expect, it } from "vitest";
import { prepareArticle } from "../pipeline/prepare.js";
import { readBuffer } from "../read/index.js";

// Round 44: a broadcaster's own language service credited with the reporting under the story, and a wire's dateline
// set as a line of its own over the lead, name the story's source.
const lead =
  "Vietnam and the Philippines agreed on Thursday to set up a hotline between their coast guards, officials said after talks in Manila.";
const more =
  "The two countries also discussed fisheries and the protection of the marine environment in the disputed waters, diplomats said.";

const sourceOf = (lines: readonly string[]) => {
  const [doc] = readBuffer("page.txt", Buffer.from(lines.join("\n\n")));
  if (!doc || !("text" in doc)) throw new Error("no document");
  return prepareArticle(doc).source;
};

describe("a broadcaster's reporting desk", () => {
  it("credits the outlet whose language service reported the story, on its own page", () => {
    const source = sourceOf([
      "VOICE OF AMERICA",
      "Vietnam and Philippines set up coast guard hotline",
      lead,
      more,
      "Reported by VOA's Vietnamese Service. Translated by Jane Roe. Written in English by John Doe.",
    ]);
    expect(source).toBe("VOA");
  });

  it("gives no source for an own-staff page credited to people only", () => {
    const source = sourceOf([
      "VOICE OF AMERICA",
      "Vietnam and Philippines set up coast guard hotline",
      lead,
      more,
      "Reported by Jane Roe. Written in English by John Doe.",
    ]);
    expect(source).toBeNull();
  });
});

describe("an agency's additional reporting", () => {
  it("leaves the byline's agency the source when another adds reporting", () => {
    const source = sourceOf([
      "Vietnam and Philippines set up coast guard hotline",
      "AFP, MANILA",
      lead,
      more,
      "Additional reporting by Reuters",
    ]);
    expect(source).toBe("AFP");
  });
});

describe("a wire's dateline on a line of its own", () => {
  it("reads the agency of 'City, Month Day (AGENCY)' over the lead, and keeps the headline", () => {
    const [doc] = readBuffer(
      "page.txt",
      Buffer.from(
        ["Vietnam and Philippines set up coast guard hotline", "Manila, March 7 (PTI)", lead, more].join("\n\n"),
      ),
    );
    if (!doc || !("text" in doc)) throw new Error("no document");
    const prepared = prepareArticle(doc);
    expect(prepared.source).toBe("PTI");
    expect(prepared.title).toBe("Vietnam and Philippines set up coast guard hotline");
  });
});
