import { z } from "zod";

/** Input pieces shared by the read actions; they coerce query-string text so the API can reuse them as-is. */
export const Limit = z.coerce.number().int().min(1).max(100).default(20);
export const Id = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
export const Cursor = z.string().max(2000);
export const Flag = z.union([z.boolean(), z.stringbool()]);
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), "not a real date");

export const ArticleFilters = z.object({
  outlet: z.string().min(1).max(200).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  entity: Id.optional(),
  theme: z.string().min(1).max(100).optional(),
  stories: Flag.optional(),
});
export type ArticleFilters = z.infer<typeof ArticleFilters>;
