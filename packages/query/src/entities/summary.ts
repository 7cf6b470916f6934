import { entityTypes } from "@chancery/db";
import { z } from "zod";

export const EntitySummary = z.object({
  id: z.number().int(),
  type: z.enum(entityTypes),
  name: z.string(),
  code: z.string().nullable(),
  acronym: z.string().nullable(),
  mentionCount: z.number().int(),
  articleCount: z.number().int(),
});
export type EntitySummary = z.infer<typeof EntitySummary>;

export const entitySummaryColumns =
  "e.id, e.type, e.name, e.code, e.acronym, e.mention_count AS mentionCount, e.article_count AS articleCount";
