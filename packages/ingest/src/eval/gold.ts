import { z } from "zod";

/** The hand-made reading of a set of articles (test/fixtures/seeds.gold.json). */
export const GoldArticle = z.object({
  file: z.string(),
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
});
export type GoldArticle = z.infer<typeof GoldArticle>;

export const GoldFile = z.object({ articles: z.array(GoldArticle) });
export type GoldFile = z.infer<typeof GoldFile>;
