import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { splitGluedCredit } from "./captions.js";
import { cleanArticle } from "./index.js";

// Round 55: a caption closed by a dashed agency credit, glued to a dateline whose place is in title case and whose
// bracketed agency tag closes on its own dash.
const CAPTION = "Villagers carry flowers to the memorial at the ceremony in Phongsaly province. –ABC";
const LEAD =
  "Muang Khua (ABC) – Laos and Vietnam on Friday opened a memorial to soldiers of both countries who died in the province during the war.";

describe("a dashed agency credit glued to a title-case dateline", () => {
  it("splits the caption from the story, which keeps its dateline", () => {
    expect(splitGluedCredit(`${CAPTION}${LEAD}`, () => false)).toEqual({
      caption: CAPTION.slice(0, -5),
      credit: "ABC",
      rest: LEAD,
    });
  });

  it("leaves a sentence whose capitals run into a word", () => {
    expect(splitGluedCredit("Officials met in the capital on Monday. –NATOMembers (NATO) said so.", () => false)).toBe(
      null,
    );
  });

  it("drops the caption from the body", () => {
    const more =
      "The memorial stands beside the road to the border crossing and lists the names of more than 300 soldiers found in the area since 1990.";
    const cleaned = cleanArticle(
      normaliseText(["Laos and Vietnam open a memorial", `${CAPTION}${LEAD}`, more].join("\n\n")),
    );
    expect(cleaned.body).not.toContain("Villagers carry flowers");
    expect(cleaned.body).toContain("Laos and Vietnam on Friday opened");
  });
});
