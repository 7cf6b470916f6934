import { describe, expect, it } from "vitest";
import { isOwnTag, resolveSource, type SourceEvidence } from "./sources.js";

// A city portal's lead often follows the photo's caption in one block, so the caption's last words or its photographer
// end up glued to the portal's own bracketed tag: "Photo: Minh Tuan(City Portal) -". Sentences are written for the tests.
const tagged = (text: string, cleaned: string): SourceEvidence => ({
  cleaned,
  noise: [{ kind: "dateline", text }],
  body: "The city leader received the ambassador at the headquarters of the People's Committee on Tuesday.",
  author: null,
  outlet: null,
  raw: null,
});

describe("a caption glued to a portal's own tag", () => {
  it.each([
    ["Minh Tuan(Riverside Portal) -", "Riverside Portal"],
    ["tiếp Đại sứ Singapore.(Riverside Portal) –", "Riverside Portal"],
  ])("%s names the site itself, not a source", (text, cleaned) => {
    expect(isOwnTag(cleaned, [{ kind: "dateline", text }])).toBe(true);
    expect(resolveSource(tagged(text, cleaned))).toBeNull();
  });

  it("still credits a bracketed name set apart after a place and a day", () => {
    expect(isOwnTag("Riverside Portal", [{ kind: "dateline", text: "HANOI, May 3 (Riverside Portal) -" }])).toBe(false);
  });

  it("still credits a listed agency glued to the caption", () => {
    expect(resolveSource(tagged("Minh Tuan(VNA) -", "VNA"))?.source).toBe("VNA");
  });
});
