export type Evidence = { year: number | null; level: string; articleId: number; start: number };
export type Upgrade = {
  year: number;
  countryCode: string;
  countryName: string;
  level: string;
  articleId: number;
  start: number;
};

/**
 * The dated steps of each country's partnership, oldest first: one entry per country, level and year,
 * citing the first source given for it (the API's `steps`, not its bounded `evidence`, so none is missed).
 * A step without a year cannot be placed on a timeline and is left out.
 */
export function upgradeTimeline(
  partnerships: ReadonlyArray<{ countryCode: string; countryName: string; steps: readonly Evidence[] }>,
): Upgrade[] {
  const steps = new Map<string, Upgrade>();
  for (const p of partnerships) {
    for (const e of p.steps) {
      if (e.year == null) continue;
      const key = `${p.countryCode}|${e.level}|${e.year}`;
      if (!steps.has(key)) {
        steps.set(key, {
          year: e.year,
          countryCode: p.countryCode,
          countryName: p.countryName,
          level: e.level,
          articleId: e.articleId,
          start: e.start,
        });
      }
    }
  }
  return [...steps.values()].sort((a, b) => a.year - b.year || a.countryName.localeCompare(b.countryName));
}
