import { createSelectSchema } from "drizzle-zod";
import { z } from "zod";
import * as schema from "./schema/index.js";

/*
 * SQLite's REAL is an 8-byte double, but drizzle-zod bounds it to ±2^47 as for MySQL's REAL; a figure such as
 * a GDP in dong would fail that. A function refinement keeps the column's nullability.
 */
const double = () => z.number();

/** Row schemas derived from the tables: the one source of truth for row types across the apps. */
export const articleRow = createSelectSchema(schema.articles);
export const storyRow = createSelectSchema(schema.stories);
export const sightingRow = createSelectSchema(schema.articleSightings);
export const entityRow = createSelectSchema(schema.entities);
export const mentionRow = createSelectSchema(schema.mentions);
export const personRoleRow = createSelectSchema(schema.personRoles);
export const indicatorRow = createSelectSchema(schema.indicators, { value: double, of: double });
export const partnershipRow = createSelectSchema(schema.partnerships);
export const quoteRow = createSelectSchema(schema.quotes);
export const articleThemeRow = createSelectSchema(schema.articleThemes, { score: double });

export type ArticleRow = z.infer<typeof articleRow>;
export type StoryRow = z.infer<typeof storyRow>;
export type SightingRow = z.infer<typeof sightingRow>;
export type EntityRow = z.infer<typeof entityRow>;
export type MentionRow = z.infer<typeof mentionRow>;
export type PersonRoleRow = z.infer<typeof personRoleRow>;
export type IndicatorRow = z.infer<typeof indicatorRow>;
export type PartnershipRow = z.infer<typeof partnershipRow>;
export type QuoteRow = z.infer<typeof quoteRow>;
export type ArticleThemeRow = z.infer<typeof articleThemeRow>;

export const feedRow = createSelectSchema(schema.feeds);
export type FeedRow = z.infer<typeof feedRow>;

export const followRow = createSelectSchema(schema.follows);
export const changeEventRow = createSelectSchema(schema.changeEvents);
export type FollowRow = z.infer<typeof followRow>;
export type ChangeEventRow = z.infer<typeof changeEventRow>;
