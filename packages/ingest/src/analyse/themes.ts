import { z } from "zod";
import data from "./data/themes.json" with { type: "json" };
import { PhraseIndex } from "./phrases.js";
import type { Sentence } from "./sentences.js";
import type { ThemeScore } from "./types.js";

const Taxonomy = z.object({
  floor: z.number().min(0).max(1),
  themes: z.array(z.object({ key: z.string(), label: z.string(), keywords: z.array(z.string()).min(1) })),
});
const taxonomy = Taxonomy.parse(data);
// One dictionary for all keywords (lower-case, so any case matches); a keyword may serve several themes.
const index = new PhraseIndex<Array<{ theme: string; keyword: string }>>();
const byKeyword = new Map<string, Array<{ theme: string; keyword: string }>>();
for (const t of taxonomy.themes) {
  for (const k of t.keywords) {
    const key = k.toLowerCase();
    let list = byKeyword.get(key);
    if (!list) {
      list = [];
      byKeyword.set(key, list);
      index.add(key, list);
    }
    list.push({ theme: t.key, keyword: key });
  }
}

/**
 * Themes with evidence in the text. Raw weight = distinct keywords × log2(1 + hits); scores are relative to the
 * article's strongest theme (1.0), and themes below the taxonomy's floor are dropped as incidental mentions.
 */
export function scoreThemes(sentences: readonly Sentence[]): ThemeScore[] {
  const hits = new Map<string, { distinct: Set<string>; n: number }>();
  for (const s of sentences) {
    for (const m of index.scan(s.tokens)) {
      for (const { theme, keyword } of m.value) {
        let h = hits.get(theme);
        if (!h) {
          h = { distinct: new Set(), n: 0 };
          hits.set(theme, h);
        }
        h.distinct.add(keyword);
        h.n++;
      }
    }
  }
  const raw = [...hits].map(([key, h]) => ({ key, weight: h.distinct.size * Math.log2(1 + h.n) }));
  const max = Math.max(0, ...raw.map((r) => r.weight));
  return raw
    .map((r) => ({ key: r.key, score: Math.round((r.weight / max) * 100) / 100 }))
    .filter((t) => t.score >= taxonomy.floor)
    .sort((a, b) => b.score - a.score);
}

export const themeLabels: ReadonlyMap<string, string> = new Map(taxonomy.themes.map((t) => [t.key, t.label]));
