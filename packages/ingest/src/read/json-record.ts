import { z } from "zod";
import type { ReadFailure, SourceDocument, SourceMetadata } from "./document.js";
import { failure } from "./failure.js";
import { extractHtml } from "./html.js";
import { fillMetadata, pickMetadata } from "./metadata.js";
import { describeIssues } from "./zod-issues.js";

/** One article in a JSON or JSONL file: its text (or a saved page's HTML) and optional metadata fields. */
export const JsonArticle = z
  .looseObject({ text: z.string().optional(), html: z.string().optional() })
  .refine((record) => (record.text ?? "").trim() !== "" || (record.html ?? "").trim() !== "", {
    message: 'needs a non-empty "text" or "html" field',
  });

/**
 * Turns one parsed JSON record into a document. `raw` is the record's JSON text as it stood in the file;
 * `fallback` (a manifest entry) fills the metadata the record does not carry.
 */
export function documentFromRecord(
  sourcePath: string,
  format: "json" | "jsonl",
  value: unknown,
  raw: string,
  fallback: SourceMetadata | null,
): SourceDocument | ReadFailure {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return failure(
      sourcePath,
      `record is ${Array.isArray(value) ? "an array" : typeof value === "object" ? "null" : `a ${typeof value}`}, expected an object with "text" or "html"`,
    );
  }
  const parsed = JsonArticle.safeParse(value);
  if (!parsed.success) return failure(sourcePath, `invalid record: ${describeIssues(parsed.error)}`);
  const picked = pickMetadata(parsed.data);
  if (!picked.ok) return failure(sourcePath, `invalid record: ${picked.reason}`);
  let text = parsed.data.text ?? "";
  let metadata = picked.metadata;
  if (text.trim() === "") {
    const page = extractHtml(parsed.data.html ?? "");
    if (!page.ok) return failure(sourcePath, page.reason);
    text = page.text;
    metadata = fillMetadata(metadata, page.metadata);
  }
  return { sourcePath, format, text, raw, metadata: fillMetadata(metadata, fallback) };
}

/** Parses one record's JSON text (a JSONL line, an element of a JSON array) into a document. */
export function documentFromJson(
  sourcePath: string,
  format: "json" | "jsonl",
  raw: string,
  fallback: SourceMetadata | null,
): SourceDocument | ReadFailure {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return failure(sourcePath, `not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return documentFromRecord(sourcePath, format, value, raw, fallback);
}
