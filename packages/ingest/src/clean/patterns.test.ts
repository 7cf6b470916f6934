import { describe, expect, it } from "vitest";
import { requiredAlternatives, requiredLiteral } from "./patterns.js";

describe("requiredLiteral", () => {
  it("reads the longest run of letters a pattern must match as written", () => {
    expect(requiredLiteral("^[^\\n]{0,200}\\byou can read (?:the )?full text\\b[^\\n]{0,200}$", false)).toBe(
      "you can read",
    );
    expect(requiredLiteral("^.{0,120}\\bgenerated from a feed\\b.{0,120}$", false)).toBe("generated from a feed");
  });

  it("leaves out a quantified letter, groups, classes and escapes", () => {
    expect(requiredLiteral("^[^\\n]{0,60}\\bnewsletters?\\b$", false)).toBe("newsletter");
    expect(requiredLiteral("^(?:read|watch)\\s+\\p{Lu}\\w+$", true)).toBeNull();
    expect(requiredLiteral("^[^\\n]{0,40}\\bpodcast\\b", false)).toBe("podcast");
  });

  it("gives none for alternatives at the top level or a literal too short to tell lines apart", () => {
    expect(requiredLiteral("^foreword|^afterword", false)).toBeNull();
    expect(requiredLiteral("^[^\\n]{0,40}\\bby\\b", false)).toBeNull();
  });

  it("stops the literal at a k or an s under the u flag, which match letters outside ASCII", () => {
    expect(requiredLiteral("^[^\\n]{0,80}\\bthanks for reading\\b\\p{L}*$", true)).toBe("for reading");
    expect(requiredLiteral("^[^\\n]{0,80}\\bthanks for reading\\b$", false)).toBe("thanks for reading");
  });

  it("never misses a line the pattern matches", () => {
    const sources = [
      "^[^\\n]{0,120}\\brepublish (?:our|this) (?:articles?|stories)\\b[^\\n]{0,300}$",
      "^[^\\n]{10,300}[.!?]\\s+[\\p{L}'’.-]+\\s*/\\s*getty\\s+images$",
    ];
    const lines = ["You may REPUBLISH OUR ARTICLES for free.", "Leaders meet in Hanoi. Photographer / Getty Images"];
    for (const [k, source] of sources.entries()) {
      const literal = requiredLiteral(source, true) as string;
      const line = lines[k] as string;
      expect(new RegExp(source, "iu").test(line)).toBe(true);
      expect(line.toLowerCase().includes(literal)).toBe(true);
    }
  });
});

describe("requiredAlternatives", () => {
  it("reads one literal per alternative of a group every match passes through", () => {
    expect(requiredAlternatives("^[^\\n]{0,300}\\b(?:full|whole|complete)\\s+text\\b", false)).toEqual([
      "full",
      "whole",
      "complete",
    ]);
    // Under the u flag "s" and "k" match more than themselves: the literal stops short of them.
    expect(requiredAlternatives("^[^\\n]{0,80}\\b(?:writes|reach)\\s+us\\b", true)).toEqual(["write", "reach"]);
    expect(requiredAlternatives("^[^\\n]{0,80}\\s(?:pic\\.twitter\\.com|https?://t\\.co)/\\w+$", true)).toEqual([
      "twitter",
      "http",
    ]);
  });

  it("reads no group that may be skipped, holds a short alternative, or stands beside a top-level bar", () => {
    expect(requiredAlternatives("^[^\\n]{0,80}(?:full|whole)?\\s+text$", false)).toBeNull();
    expect(requiredAlternatives("^[^\\n]{0,80}\\b(?:tel|phone)\\b", false)).toBeNull();
    expect(requiredAlternatives("^(?:full|whole)$|^other$", false)).toBeNull();
    expect(requiredAlternatives("^[(](?:full|whole)[)]", false)).toEqual(["full", "whole"]);
  });
});
