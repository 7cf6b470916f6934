import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contentHash, normaliseText } from "./normalise.js";

const seedsDir = fileURLToPath(new URL("../../../../seeds/", import.meta.url));

describe("normaliseText", () => {
  it("strips the BOM and turns CRLF and lone CR into LF", () => {
    expect(normaliseText("\uFEFFTitle\r\n\r\nBody one.\rBody two.\r\n")).toBe("Title\n\nBody one.\nBody two.");
  });

  it("composes Vietnamese diacritics to NFC", () => {
    const decomposed = "Ha\u0300 N\u00F4\u0323i";
    expect(normaliseText(decomposed)).toBe("Hà Nội".normalize("NFC"));
    expect(normaliseText(decomposed)).toBe(normaliseText(decomposed).normalize("NFC"));
  });

  it("makes curly and low double and single quotes straight", () => {
    expect(normaliseText("\u201CViet Nam\u2019s role\u201D, \u201Ejoint\u201D and \u2018soft power\u2019")).toBe(
      '"Viet Nam\'s role", "joint" and \'soft power\'',
    );
  });

  it("turns NBSP, thin spaces and tabs into spaces and removes zero-width characters", () => {
    expect(normaliseText("ASEAN\u00A0Summit\u2009in\tHa\u200BNoi \u202F today")).toBe("ASEAN Summit in HaNoi today");
  });

  it("trims line ends, collapses spaces and limits blank lines to one", () => {
    expect(normaliseText("  One   two  \n\n\n\n  three \n")).toBe("One two\n\nthree");
  });

  it("keeps dashes and ordinary punctuation as written", () => {
    expect(normaliseText("Asia\u2013Pacific \u2014 EU\u2013Viet Nam")).toBe(
      "Asia\u2013Pacific \u2014 EU\u2013Viet Nam",
    );
  });

  it("is idempotent on messy input and on every seed", () => {
    const messy = "\uFEFF \u201Ca\u201D\r\n\r\n\r\n\t b\u00A0\u00A0c \u200B\n\r\n d";
    expect(normaliseText(normaliseText(messy))).toBe(normaliseText(messy));
    for (const file of readdirSync(seedsDir).filter((f) => f.endsWith(".txt"))) {
      const once = normaliseText(readFileSync(seedsDir + file, "utf8"));
      expect(normaliseText(once)).toBe(once);
    }
  });
});

describe("contentHash", () => {
  it("is a sha256 hex digest", () => {
    expect(contentHash("Viet Nam")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("ignores differences in line breaks and spacing between formats", () => {
    expect(contentHash("One paragraph.\n\nTwo paragraph.")).toBe(contentHash("One paragraph. Two  paragraph."));
  });

  it("differs when a word differs", () => {
    expect(contentHash("Viet Nam and Laos")).not.toBe(contentHash("Viet Nam and Cambodia"));
  });
});
