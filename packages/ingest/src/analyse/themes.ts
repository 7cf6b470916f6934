import { z } from "zod";
import data from "./data/themes.json" with { type: "json" };
import type { ThemeScore } from "./types.js";

const Taxonomy = z.object({
  floor: z.number().min(0).max(1),
  themes: z.array(z.object({ key: z.string(), label: z.string(), keywords: z.array(z.string()).min(1) })),
});
const taxonomy = Taxonomy.parse(data);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const compiled = taxonomy.themes.map((t) => ({
  key: t.key,
  keywords: t.keywords.map((k) => new RegExp(`\\b${escape(k.toLowerCase())}`, "g")),
}));

/**
 * Themes with evidence in the text. Raw weight = distinct keywords × log(1 + hits); scores are relative to the
 * article's strongest theme (1.0), and themes below the taxonomy's floor are dropped as incidental mentions.
 */
export function scoreThemes(body: string): ThemeScore[] {
  const text = body.toLowerCase();
  const raw: Array<{ key: string; weight: number }> = [];
  for (const theme of compiled) {
    let distinct = 0;
    let hits = 0;
    for (const re of theme.keywords) {
      const n = text.match(re)?.length ?? 0;
      if (n > 0) distinct++;
      hits += n;
    }
    if (hits > 0) raw.push({ key: theme.key, weight: distinct * Math.log2(1 + hits) });
  }
  const max = Math.max(0, ...raw.map((r) => r.weight));
  return raw
    .map((r) => ({ key: r.key, score: Math.round((r.weight / max) * 100) / 100 }))
    .filter((t) => t.score >= taxonomy.floor)
    .sort((a, b) => b.score - a.score);
}

export const themeLabels: ReadonlyMap<string, string> = new Map(taxonomy.themes.map((t) => [t.key, t.label]));
