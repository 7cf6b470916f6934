import { analyseArticle } from "../analyse/index.js";

/**
 * The partnership readers' tests all compare what the scorer compares for a framework: the partner's country, the
 * level and the year. One reader for them here, so a test states only its sentence and the keys it expects.
 */

/** How the list-shaped partnership tests write a level: by its initials. */
const INITIALS: Record<string, string> = {
  "Comprehensive Strategic Partnership": "CSP",
  "Strategic Partnership": "SP",
  "Comprehensive Partnership": "CP",
};

type Context = { publishedAt?: string | null; title?: string | null };

function partnershipsOf(body: string, context: Context) {
  return analyseArticle(body, { publishedAt: context.publishedAt ?? null, title: context.title ?? null }).partnerships;
}

/** Every partnership finding as "country code|level|year" (the level in full, "-" for no year), sorted. */
export function partnershipKeys(
  body: string,
  publishedAt: string | null = null,
  title: string | null = null,
): string[] {
  return partnershipsOf(body, { publishedAt, title })
    .map((p) => `${p.countryCode}|${p.level}|${p.year ?? "-"}`)
    .sort();
}

/** Every partnership finding in a text as "country code|level initials|year", in the order found. */
export function eachPartnership(body: string, context: Context = {}): string[] {
  return partnershipsOf(body, context).map((p) => `${p.countryCode}|${INITIALS[p.level]}|${p.year}`);
}

/**
 * One reading per country and level, sorted, with the first year any finding for it gives — the way the scorer
 * reads a page (a later undated mention of a framework does not undo its year).
 */
export function partnershipPerLevel(body: string, context: Context = {}): string[] {
  const found = partnershipsOf(body, context);
  const keys = [...new Set(found.map((p) => `${p.countryCode}|${p.level}`))];
  return keys
    .map((key) => {
      const year = found.find((p) => `${p.countryCode}|${p.level}` === key && p.year !== null)?.year ?? null;
      const [code, level] = key.split("|");
      return `${code}|${INITIALS[level ?? ""]}|${year}`;
    })
    .sort();
}
