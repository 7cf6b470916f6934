import { createSelectSchema } from "drizzle-zod";
import type { z } from "zod";
import * as schema from "./schema/index.js";

/** Row schemas derived from the tables: the one source of truth for row types across the apps. */
export const articleRow = createSelectSchema(schema.articles);
export const storyRow = createSelectSchema(schema.stories);
export const sightingRow = createSelectSchema(schema.articleSightings);
export const entityRow = createSelectSchema(schema.entities);
export const mentionRow = createSelectSchema(schema.mentions);
export const personRoleRow = createSelectSchema(schema.personRoles);
export const indicatorRow = createSelectSchema(schema.indicators);
export const partnershipRow = createSelectSchema(schema.partnerships);
export const quoteRow = createSelectSchema(schema.quotes);
export const articleThemeRow = createSelectSchema(schema.articleThemes);

export type ArticleRow = z.infer<typeof articleRow>;
export type StoryRow = z.infer<typeof storyRow>;
export type EntityRow = z.infer<typeof entityRow>;
export type IndicatorRow = z.infer<typeof indicatorRow>;
export type PartnershipRow = z.infer<typeof partnershipRow>;
export type QuoteRow = z.infer<typeof quoteRow>;
