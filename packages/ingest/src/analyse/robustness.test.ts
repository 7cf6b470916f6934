import { describe, expect, it } from "vitest";
import { cpuMillis } from "../testing/cpu-time.js";
import { analyseArticle } from "./index.js";

// Deterministic pseudo-random text built from the pieces extractors react to.
const pieces = [
  "Minister",
  "Mr.",
  "said",
  '"',
  "“",
  "”",
  "'",
  "Viet Nam",
  "(",
  ")",
  "OIF",
  "ASEAN",
  "1,200",
  "six",
  "million",
  "2024",
  "-",
  "Comprehensive Strategic Partnership",
  "with",
  "Japan",
  "To Lam",
  "\n",
  "\n\n",
  ".",
  ",",
  ":",
  "the",
  "No.",
  "18",
  "%",
  "US$",
  "top",
  "second",
  "largest",
  "Đà Nẵng",
  "😀",
  "\u0000",
  "of",
  "and",
  "he",
  "last year",
];

function randomText(seed: number, words: number): string {
  let x = seed;
  const next = () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x;
  };
  return Array.from({ length: words }, () => pieces[next() % pieces.length]).join(" ");
}

describe("analyseArticle on arbitrary input", () => {
  it("never throws and keeps every offset inside the body", () => {
    for (let seed = 1; seed <= 60; seed++) {
      const body = randomText(seed, 200);
      const a = analyseArticle(body, { publishedAt: "not a date" });
      for (const e of a.entities) {
        for (const m of e.mentions) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(body.length);
        }
      }
      for (const t of a.themes) expect(t.score).toBeLessThanOrEqual(1);
      for (const i of a.indicators) expect(Number.isFinite(i.value)).toBe(true);
    }
  });

  it("handles a very long single line quickly", () => {
    const body = "Viet Nam and Japan said trade rose. ".repeat(3000);
    expect(cpuMillis(() => analyseArticle(body, {}))).toBeLessThan(2000);
  });
});
