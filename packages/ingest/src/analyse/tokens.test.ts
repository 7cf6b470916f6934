import { describe, expect, it } from "vitest";
import { fold } from "./fold.js";
import { TOKEN, tokenize } from "./tokens.js";

/** The tokens as the expression alone reads them: the definition the hand-written scanner must keep. */
function byExpression(text: string, offset = 0) {
  return [...text.matchAll(TOKEN)].map((m) => {
    const t = m[0];
    const first = t.charAt(0);
    const code = t.charCodeAt(0);
    const kind =
      code >= 48 && code <= 57
        ? "number"
        : first.toLowerCase() !== first.toUpperCase() || /[\p{L}\p{M}]/u.test(first)
          ? "word"
          : "punct";
    const start = (m.index ?? 0) + offset;
    return {
      text: t,
      key: fold(t),
      start,
      end: start + t.length,
      kind,
      cap: kind === "word" && first !== first.toLowerCase(),
    };
  });
}

describe("tokenize", () => {
  it("keeps thousands separators and decimals in one number and splits words at apostrophes", () => {
    expect(tokenize("Vietnam's 1,200.5 tonnes, 1,2345 and 3.x").map((t) => t.text)).toEqual([
      "Vietnam",
      "'",
      "s",
      "1,200.5",
      "tonnes",
      ",",
      "1,234",
      "5",
      "and",
      "3",
      ".",
      "x",
    ]);
  });

  it("folds keys and marks capitals on Vietnamese words", () => {
    const [a, b] = tokenize("Đà Nẵng");
    expect([a?.key, a?.cap, b?.key, b?.kind]).toEqual(["da", true, "nang", "word"]);
  });

  it("reads exactly what the token expression reads, on every script and odd character", () => {
    const samples = [
      "Foreign Minister Bui Thanh Son said on Nov. 12, 2024 that trade hit US$20.5 billion (up 15%).",
      "Tô Lâm met Xi Jinping 习近平 in Beijing; Ελλάδα, Россия, 대한민국 and 日本 followed.",
      "Tabs\tand\u00a0no-break\u2009thin\u3000ideographic\ufeffBOM spaces, \u2028line\u2029para.",
      "Combining: Vie\u0302\u0323t Nam, e\u0301, \u0301leading mark, ÅNGSTRÖM and İstanbul ß.",
      "Astral: 𝐁𝐨𝐥𝐝 letters, 😀 emoji, 𝟙 digit, lone \ud800 high and \udc00 low surrogates \ud83d",
      "Numbers: 1,000,000 1,00 12,345.678.9 .5 5. 0,123 ９ ١٢٣ 2023-2025 G20 COVID-19 $5m VND1.2",
      "Control\u0001chars\u007fand quotes “like” ‘these’ — dashes – and … ellipses",
    ];
    for (const text of samples) {
      expect(tokenize(text)).toEqual(byExpression(text));
      expect(tokenize(text, 17)).toEqual(byExpression(text, 17));
    }
  });
});
