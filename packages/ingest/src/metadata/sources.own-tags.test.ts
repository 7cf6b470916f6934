import { describe, expect, it } from "vitest";
import { isOwnTag, resolveSource, type SourceEvidence } from "./sources.js";

// Sentences here are written for the tests; the portals are invented unless they are agencies the data lists.
const none: SourceEvidence = { cleaned: null, noise: [], body: "", author: null, outlet: null, raw: null };
const tagged = (text: string, cleaned: string): SourceEvidence => ({
  ...none,
  cleaned,
  noise: [{ kind: "dateline", text }],
  body: "The two friendship bodies signed a cooperation programme for the next three years on Thursday.",
});

describe("a portal's own tag opening the story is no source", () => {
  it.each([
    ["(CFR) -", "CFR"],
    ["(Friendship Union) -", "Friendship Union"],
  ])("%s, a name alone before the dash, names the site itself", (text, cleaned) => {
    expect(isOwnTag(cleaned, [{ kind: "dateline", text }])).toBe(true);
    expect(resolveSource(tagged(text, cleaned))).toBeNull();
  });

  // test/READING.md names "VGP –" among the tags that give the source, on the portal's own site too.
  it.each([
    ["(Chinhphu.vn) -", "Vietnam Government Portal"],
    ["VGP -", "Vietnam Government Portal"],
  ])("%s, a listed government portal's tag, credits the portal as an agency's tag does", (text, cleaned) => {
    expect(isOwnTag(cleaned, [{ kind: "dateline", text }])).toBe(false);
    expect(resolveSource({ ...tagged(text, cleaned), outlet: "baochinhphu.vn" })).toEqual({
      source: "Vietnam Government Portal",
      kind: "cleaned",
    });
  });

  it("still credits a listed agency's bare tag", () => {
    expect(resolveSource(tagged("(AKP) -", "AKP"))).toEqual({ source: "AKP", kind: "cleaned" });
  });

  it("still credits a bracketed name after a place and a day", () => {
    expect(isOwnTag("CFR", [{ kind: "dateline", text: "PHNOM PENH, May 3 (CFR) -" }])).toBe(false);
    expect(resolveSource(tagged("PHNOM PENH, May 3 (CFR) -", "CFR"))).toEqual({ source: "CFR", kind: "cleaned" });
  });

  it("falls back to a listed agency the story's last line credits", () => {
    const found = resolveSource({ ...tagged("(CFR) -", "CFR"), body: "First line of the story.\n\nabc/xy (Reuters)" });
    expect(found?.source).toBe("Reuters");
  });
});
