import type { ReadFailure, SourceDocument, SourceMetadata } from "./document.js";
import { failure } from "./failure.js";
import type { FileFormat } from "./formats.js";
import { forwardedStory } from "./forwarded.js";
import { splitFrontMatter } from "./front-matter.js";
import { extractHtml } from "./html.js";
import { JsonArrayScanner, type ScannedValue } from "./json-array-scanner.js";
import { documentFromJson } from "./json-record.js";
import { LineSplitter, type SplitLine } from "./line-splitter.js";
import { markdownToText } from "./markdown-text.js";
import { fillMetadata } from "./metadata.js";
import { isMhtml, unwrapMhtml } from "./mhtml.js";

/** Per-record ceiling for JSONL lines and JSON array elements. */
export const DEFAULT_MAX_RECORD_BYTES = 5 * 1024 * 1024;

const MB = 1024 * 1024;

export function formatSize(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** One text, Markdown or HTML file, already decoded, as a document (front matter and page metadata read). */
export function parseSingleDocument(
  sourcePath: string,
  format: "txt" | "md" | "html",
  raw: string,
  fallback: SourceMetadata | null,
): SourceDocument | ReadFailure {
  // A page saved as one file (.mhtml) carries the HTML inside a MIME message: read the page, keep the file as raw.
  const mime = format === "html" && isMhtml(raw) ? unwrapMhtml(raw) : null;
  if (mime && !mime.ok) return failure(sourcePath, mime.reason);
  const parsed = format === "html" ? extractHtml(mime?.ok ? mime.html : raw) : splitFrontMatter(raw);
  if (!parsed.ok) return failure(sourcePath, parsed.reason);
  // A story forwarded by e-mail: the list's page and the forwarder's note before the message go.
  const forwarded = format === "html" ? null : forwardedStory(parsed.text);
  if (forwarded) parsed.text = forwarded;
  if (mime?.ok && mime.location && !parsed.metadata.url) parsed.metadata.url = mime.location;
  const text = format === "md" ? markdownToText(parsed.text) : parsed.text;
  return { sourcePath, format, text, raw, metadata: fillMetadata(parsed.metadata, fallback) };
}

/** One line of a JSONL file as a document; blank lines are nothing. */
export function documentFromLine(
  file: string,
  split: SplitLine,
  fallback: SourceMetadata | null,
  maxRecordBytes: number,
): SourceDocument | ReadFailure | null {
  const sourcePath = `${file}:${split.line}`;
  if ("tooLong" in split) {
    return failure(
      sourcePath,
      `line is ${formatSize(split.tooLong)}, over the ${formatSize(maxRecordBytes)} limit per record`,
    );
  }
  if (split.text.trim() === "") return null;
  return documentFromJson(sourcePath, "jsonl", split.text, fallback);
}

/** One element of a JSON array (or the lone object) as a document. */
export function documentFromValue(
  file: string,
  value: ScannedValue,
  fallback: SourceMetadata | null,
  maxRecordBytes: number,
): SourceDocument | ReadFailure {
  const sourcePath = value.index === null ? file : `${file}[${value.index}]`;
  if ("tooLong" in value) {
    return failure(
      sourcePath,
      `record is ${formatSize(value.tooLong)}, over the ${formatSize(maxRecordBytes)} limit per record`,
    );
  }
  return documentFromJson(sourcePath, "json", value.text, fallback);
}

/** A decoded file of any supported format, all at once (uploads, and tests of the streamed readers). */
export function parseDecoded(
  sourcePath: string,
  format: FileFormat,
  raw: string,
  fallback: SourceMetadata | null,
  maxRecordBytes = DEFAULT_MAX_RECORD_BYTES,
): Array<SourceDocument | ReadFailure> {
  if (format === "txt" || format === "md" || format === "html") {
    return [parseSingleDocument(sourcePath, format, raw, fallback)];
  }
  const out: Array<SourceDocument | ReadFailure> = [];
  if (format === "jsonl") {
    const splitter = new LineSplitter(maxRecordBytes);
    for (const split of [...splitter.push(raw), ...splitter.end()]) {
      const item = documentFromLine(sourcePath, split, fallback, maxRecordBytes);
      if (item) out.push(item);
    }
    return out;
  }
  // The scanner counts characters, not bytes: JSON is mostly ASCII, where the two agree.
  const scanner = new JsonArrayScanner(maxRecordBytes);
  for (const value of [...scanner.push(raw), ...scanner.end()]) {
    out.push(documentFromValue(sourcePath, value, fallback, maxRecordBytes));
  }
  if (scanner.error) out.push(failure(sourcePath, scanner.error));
  return out;
}
