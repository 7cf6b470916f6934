import { z } from "zod";

/** The hand-made reading of an article (seeds.gold.json, test/articles and test/pages `<name>.expected.json`). */
export const GoldArticle = z.object({
  file: z.string(),
  /** The page's headline; null when the page has none; absent = not scored. */
  title: z.string().nullable().optional(),
  outlet: z.string().nullable().optional(),
  /** The agency or outlet a dateline or credit names ("VNA"); null when the page names none; absent = not scored. */
  source: z.string().nullable().optional(),
  people: z.array(z.object({ name: z.string(), roles: z.array(z.string()).default([]) })),
  countries: z.array(z.string()),
  organizations: z.array(z.string()),
  indicators: z.array(
    z.object({
      value: z.number(),
      of: z.number().optional(),
      unit: z.string().optional(),
      about: z.string().optional(),
    }),
  ),
  partnerships: z.array(z.object({ country: z.string(), level: z.string(), year: z.number().nullable().optional() })),
  quotes: z.array(z.object({ speaker: z.string(), textStart: z.string() })),
  notInBody: z
    .object({ people: z.array(z.string()), countries: z.array(z.string()), text: z.array(z.string()) })
    .default({ people: [], countries: [], text: [] }),
  /** More page noise (menus, share bars, credits) that must not survive into the body. */
  noise: z.array(z.string()).default([]),
});
export type GoldArticle = z.infer<typeof GoldArticle>;

export const GoldFile = z.object({ articles: z.array(GoldArticle) });
export type GoldFile = z.infer<typeof GoldFile>;
