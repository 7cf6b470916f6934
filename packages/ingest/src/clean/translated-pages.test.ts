import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean.js";
import { isRomanceLine, isTranslationNotice } from "./translated-pages.js";

// Round 52: a bilingual page sets a Spanish, French or Portuguese copy beside its English paragraphs, with few
// accents; a machine-translated page closes on a note naming the original's language. Sentences are the tests' own.
describe("the other language's copy on a bilingual page", () => {
  it.each([
    "Las exportaciones de café crecieron un 9 por ciento en el último año.",
    '"Nuestro país es un amigo fiel para los pueblos de la región", afirmó el ministro.',
    "Les deux pays ont signé un accord sur la pêche et le commerce à Hanoï.",
  ])("reads a Romance line with few accents: %s", (line) => {
    expect(isRomanceLine(line)).toBe(true);
  });

  it.each([
    "President Luiz Inácio Lula da Silva met the minister in São Paulo on Monday.",
    "The ambassador, Tran Van Dũng, said the talks in Bogotá went well.",
    "Exports of coffee grew 9 percent last year.",
  ])("keeps an English line with names in accents: %s", (line) => {
    expect(isRomanceLine(line)).toBe(false);
  });

  it("drops the Spanish copy under its English paragraph, keeping the story", () => {
    const text = [
      "Ministers meet in Hanoi",
      "HANOI (VNA) - The two foreign ministers met in Hanoi on Tuesday to review cooperation in trade and farming.",
      "Coffee exports grew 9 percent last year, the ministers said, and both sides want more direct flights.",
      "Las exportaciones de café crecieron un 9 por ciento en el último año.",
      "The ministers also agreed to open a consulate in the south of the country before the end of the year.",
    ].join("\n\n");
    const body = cleanArticle(text).body;
    expect(body).toContain("Coffee exports grew 9 percent");
    expect(body).not.toContain("Las exportaciones");
  });
});

describe("a machine translation's notice", () => {
  it.each([
    "(Translated automatically. Original text in Portuguese.)",
    "This article was machine-translated from French.",
  ])("reads the notice: %s", (line) => {
    expect(isTranslationNotice(line)).toBe(true);
  });

  it("leaves a sentence about a translated book", () => {
    expect(isTranslationNotice("The memoir was translated into Vietnamese in 2019.")).toBe(false);
  });
});
