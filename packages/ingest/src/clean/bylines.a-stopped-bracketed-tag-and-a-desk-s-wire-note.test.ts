import { describe, expect, it } from "vitest";
import { normaliseText } from "../normalise/normalise.js";
import { readInputsCredit, readSignoff } from "./bylines.js";
import { cleanArticle } from "./index.js";

const lead =
  "The two ministers agreed on Monday to open a direct flight between their capitals next spring and to ease visas for students.";
const last = "The ministers will meet again in the autumn to review progress on both plans.";

describe("an agency's closing tag with a stop of its own", () => {
  it("is read as the tag and leaves the last sentence", () => {
    const signoff = readSignoff(`${last} (ANSA).`);
    expect(signoff?.kept.trim()).toBe(last);
    expect(signoff?.source).toBe("ANSA");
  });

  it("is not read in an acronym closing a sentence", () => {
    expect(
      readSignoff("The two sides also spoke about the Association of Southeast Asian Nations (ASEAN)."),
    ).toBeNull();
  });
});

describe("a desk's note on the wire it drew on", () => {
  it("is read after the editor's initials and a double dash, naming wire reports", () => {
    expect(readInputsCredit("xyz -- with wire reports from dpa")).toBe("dpa");
  });

  it("names the source when the page's author slot holds it", () => {
    const cleaned = cleanArticle(normaliseText([lead, last].join("\n\n")), {
      author: "abc -- with wire reports from Reuters",
    });
    expect(cleaned.hints.source).toBe("Reuters");
  });
});
