import type { SourceFormat } from "@chancery/db";

/** Metadata a source may carry about itself (front matter, HTML meta tags, JSON fields, a manifest). */
export interface SourceMetadata {
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** As given by the source; parsed later into a date and its precision. */
  published?: string | null;
  language?: string | null;
  author?: string | null;
  /** The single year a saved page's footer notice claims ("© 2023 Microsoft"): a last resort for the story's year. */
  copyright?: string | null;
}

/** One article as read from a source, before normalising and cleaning. */
export interface SourceDocument {
  /** The file, or `file:line` for one record of a JSONL file, or `file[index]` for a JSON array. */
  sourcePath: string;
  format: SourceFormat;
  /** The article's text as it reached us (decoded; for HTML the extracted main text; no front matter). */
  text: string;
  /** The source exactly as decoded (whole file with front matter, the HTML page, the JSON record), kept verbatim. */
  raw: string;
  metadata: SourceMetadata;
}

/** A source that could not be read, with a reason a person can act on. */
export interface ReadFailure {
  sourcePath: string;
  error: string;
}
