import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { normaliseText } from "../normalise/normalise.js";
import { cleanArticle } from "./index.js";

const seedsDir = fileURLToPath(new URL("../../../../seeds/", import.meta.url));
const goldPath = fileURLToPath(new URL("../../test/fixtures/seeds.gold.json", import.meta.url));

const Gold = z.object({
  articles: z.array(
    z.object({
      file: z.string(),
      title: z.string().nullable(),
      outlet: z.string().nullable(),
      author: z.string().nullable(),
      notInBody: z.object({ text: z.array(z.string()) }),
      indicators: z.array(z.object({ sentenceStart: z.string() })),
      quotes: z.array(z.object({ textStart: z.string() })),
    }),
  ),
});
const gold = Gold.parse(JSON.parse(readFileSync(goldPath, "utf8")));

/** Sentences next to each seed's noise, which must survive the cleaning whole. */
const neighbours: Record<string, string[]> = {
  "000_7c77b6bef3e47a9e.txt": [
    "Lao Dong respectfully introduces an article about Vietnam's Foreign Affairs by Standing Deputy Minister of Foreign Affairs Nguyen Minh Vu.",
    "During the XIII Congress of the Communist Party of Vietnam, the world witnessed many timely changes,",
    "Faced with major changes in the world, Vietnam has properly handled relations with partners,",
    "On the multilateral front, Vietnam is increasingly affirming its capacity, role and responsibility in international issues.",
    "We firmly believe that under the light of the 14th Party Congress,",
  ],
  "001_a5266e391c8fd443.txt": ["Achievements of historic significance"],
  "002_b2cf3374afdbd7ab.txt": [
    "Deputy Prime Minister and Minister of Foreign Affairs Bui Thanh Son affirmed that these visits",
    "The citizen protection work has contributed to actively safeguarding the security, safety, and rights and legitimate interests of Vietnamese citizens and businesses.",
    "The Vietnamese community abroad, with nearly 6 million people,",
    "In the face of major global upheavals, Viet Nam has appropriately handled relations with its partners;",
    "\n\nForeign Minister Bui Thanh Son\n\n",
    "\n\nParty General Secretary To Lam\n\n",
    "The country has successfully capitalised on the benefits from international agreements and commitments,",
    "helping lead the country to a new era.",
  ],
  "003_2e6bd16ba5a79807.txt": [
    "Trung said that in the documents of the 14th Party Congress,",
    "In this regard, international commitments and agreements must go hand in hand with perfecting domestic institutions and policies.",
  ],
  "004_7b971d12e1152d67.txt": [
    "The new strategic orientation set out in the Resolution, particularly in foreign affairs and international integration,",
    "Mr. Xu Ningning, Chairman of the Industry Cooperation Committee of the Regional Comprehensive Economic Partnership (RCEP), said:",
    "Economic globalization provides Vietnam with access to vast markets",
  ],
};

const cleanSeed = (file: string) => cleanArticle(normaliseText(readFileSync(seedsDir + file, "utf8")));

describe.each(gold.articles)("cleaning seed $file", (article) => {
  const cleaned = cleanSeed(article.file);

  it("leaves none of the gold notInBody strings in the body", () => {
    for (const noise of article.notInBody.text) expect(cleaned.body).not.toContain(noise);
  });

  it("keeps the body sentences around the noise intact", () => {
    for (const sentence of neighbours[article.file] ?? []) expect(cleaned.body).toContain(sentence);
  });

  it("keeps every sentence the gold reads indicators and quotes from", () => {
    for (const { sentenceStart } of article.indicators) expect(cleaned.body).toContain(sentenceStart);
    for (const { textStart } of article.quotes) expect(cleaned.body).toContain(textStart);
  });

  it("gives the title, outlet and author the text states, and null for the rest", () => {
    const { title, outlet, author } = cleaned.hints;
    expect({ title, outlet, author }).toEqual({ title: article.title, outlet: article.outlet, author: article.author });
  });

  it("never leaves a lone bar, a caption credit or a related-news heading in the body", () => {
    expect(cleaned.body).not.toMatch(/^\|$/m);
    expect(cleaned.body).not.toMatch(/\((?:Illustrative )?photos?: /i);
    expect(cleaned.body).not.toMatch(/^RELATED NEWS$/im);
  });
});

describe("seed-specific cleaning", () => {
  it("starts the VOV World article after its dateline, with the sentence intact", () => {
    expect(
      cleanSeed("004_7b971d12e1152d67.txt").body.startsWith("The Resolution of the 14th National Party Congress"),
    ).toBe(true);
  });

  it("changes nothing in the article that has no furniture", () => {
    const text = normaliseText(readFileSync(`${seedsDir}001_a5266e391c8fd443.txt`, "utf8"));
    const cleaned = cleanArticle(text);
    expect(cleaned.noise).toEqual([]);
    expect(cleaned.body).toBe(text.split("\n").join("\n\n"));
  });

  it("drops the VNA end mark but keeps the final full stop", () => {
    expect(cleanSeed("002_b2cf3374afdbd7ab.txt").body).toMatch(/to a new era\.$/);
  });

  it("records each removal in reading order with its kind", () => {
    const kinds = cleanSeed("000_7c77b6bef3e47a9e.txt").noise.map((n) => n.kind);
    expect(kinds).toEqual(["title", "separator", "caption", "caption", "related"]);
  });
});
