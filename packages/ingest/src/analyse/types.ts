import type { DatePrecision, EntityType, PartnershipLevel, YearSource } from "@chancery/db";

/** Where a finding sits in the cleaned body: sentence index and character offsets [start, end). */
export interface Span {
  sentenceIndex: number;
  start: number;
  end: number;
}

export interface EntityFinding {
  type: EntityType;
  /** Canonical display name, e.g. "Bui Thanh Son", "Australia", "ASEAN Regional Forum". */
  name: string;
  /** Diacritics-folded lower-case identity, e.g. "to lam". */
  key: string;
  /** ISO 3166-1 alpha-2 for countries, else null. */
  code: string | null;
  acronym: string | null;
  mentions: Array<Span & { surface: string }>;
  /** Roles/titles the text gives a person, e.g. ["Deputy Prime Minister", "Minister of Foreign Affairs"]. */
  roles: Array<{ role: string; start: number; end: number }>;
}

export interface IndicatorFinding extends Span {
  /** Canonical key from the indicator definitions (e.g. "diplomatic_relations"), null when none matches. */
  key: string | null;
  value: number;
  of: number | null;
  unit: string | null;
  /** "nearly", "more than", "some", "about", ... as written; null when exact. */
  qualifier: string | null;
  about: string | null;
  sentence: string;
}

export interface PartnershipFinding extends Span {
  countryCode: string;
  countryName: string;
  level: PartnershipLevel;
  year: number | null;
  yearSource: YearSource | null;
  sentence: string;
}

export interface QuoteFinding {
  /** Canonical name of the speaker (matches a person entity's name), null when unattributed. */
  speaker: string | null;
  text: string;
  start: number;
  end: number;
}

export interface ThemeScore {
  key: string;
  score: number;
}

export interface PublicationDate {
  /** ISO: YYYY-MM-DD, YYYY-MM or YYYY according to precision. */
  date: string;
  precision: DatePrecision;
  evidence: string;
}

/** Everything read out of one article's cleaned body. */
export interface Analysis {
  version: string;
  entities: EntityFinding[];
  indicators: IndicatorFinding[];
  partnerships: PartnershipFinding[];
  quotes: QuoteFinding[];
  themes: ThemeScore[];
  /** Inferred from the text when the source gives no date; null when unknown. */
  inferredDate: PublicationDate | null;
}

/** What the analyser may know besides the body. */
export interface AnalysisContext {
  title?: string | null;
  /** Publication date from metadata (ISO), used to resolve relative years such as "last year". */
  publishedAt?: string | null;
  /** A weaker date (a page's copyright year), used only when neither publishedAt nor the text dates the article. */
  fallbackDate?: string | null;
  /** The currency a bare "$" means on the outlet's own copy (AUD on an Australian site); US dollars when absent. */
  localDollar?: string | null;
  /** The byline the cleaner set aside ('Matthew Miller, Department Spokesperson'): a briefing may name its speaker only there. */
  byline?: string | null;
  /**
   * Short lines the cleaner set aside above or around the story as a heading or a caption: a briefing's transcript may
   * carry its headline ('Foreign Ministry Spokesperson X's Regular Press Conference on …') only there.
   */
  asides?: readonly string[];
}
