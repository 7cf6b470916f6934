/** Enumerations shared by the columns and their zod schemas. */
export const sourceFormats = ["txt", "md", "html", "json", "jsonl", "api"] as const;
export type SourceFormat = (typeof sourceFormats)[number];

export const datePrecisions = ["day", "month", "year"] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/** Where a publication date came from: the file's own metadata, or inferred from the text. */
export const dateSources = ["metadata", "text"] as const;
export type DateSource = (typeof dateSources)[number];

export const entityTypes = ["person", "country", "organization", "domestic_body"] as const;
export type EntityType = (typeof entityTypes)[number];

/** Highest first: the order is the rank used to compare partnership levels. */
export const partnershipLevels = [
  "Comprehensive Strategic Partnership",
  "Strategic Partnership",
  "Comprehensive Partnership",
] as const;
export type PartnershipLevel = (typeof partnershipLevels)[number];

/** How a partnership's year was found: in its own sentence, or from the article's context. */
export const yearSources = ["sentence", "context"] as const;
export type YearSource = (typeof yearSources)[number];

/** The periods a chart may be drawn in; the one time model (packages/query) chooses among them. */
export const granularities = ["month", "quarter", "year"] as const;
export type Granularity = (typeof granularities)[number];
