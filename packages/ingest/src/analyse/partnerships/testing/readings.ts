import { analyseArticle } from "../../index.js";

/** How the partnership tests write a level: by its initials. */
const INITIALS: Record<string, string> = {
  "Comprehensive Strategic Partnership": "CSP",
  "Strategic Partnership": "SP",
  "Comprehensive Partnership": "CP",
};

type Context = { publishedAt?: string | null; title?: string | null };

/** Every partnership finding in a text as "country code|level initials|year", in the order found. */
export function eachPartnership(body: string, context: Context = {}): string[] {
  return analyseArticle(body, {
    publishedAt: context.publishedAt ?? null,
    title: context.title ?? null,
  }).partnerships.map((p) => `${p.countryCode}|${INITIALS[p.level]}|${p.year}`);
}

/**
 * One reading per country and level, sorted, with the first year any finding for it gives — the way the scorer
 * reads a page (a later undated mention of a framework does not undo its year).
 */
export function partnershipPerLevel(body: string, context: Context = {}): string[] {
  const found = analyseArticle(body, {
    publishedAt: context.publishedAt ?? null,
    title: context.title ?? null,
  }).partnerships;
  const keys = [...new Set(found.map((p) => `${p.countryCode}|${p.level}`))];
  return keys
    .map((key) => {
      const year = found.find((p) => `${p.countryCode}|${p.level}` === key && p.year !== null)?.year ?? null;
      const [code, level] = key.split("|");
      return `${code}|${INITIALS[level ?? ""]}|${year}`;
    })
    .sort();
}
