import { decodeText } from "./decode.js";
import type { ReadFailure, SourceDocument, SourceMetadata } from "./document.js";
import { failure } from "./failure.js";
import { formatOf } from "./formats.js";
import { parseDecoded } from "./parse-document.js";

/**
 * Reads an uploaded file held in memory, the same way as a file on disk: `name` gives the format by its
 * extension, `metadata` fills what the file does not carry. Size limits are the caller's (the upload route).
 *
 * @example readBuffer("visit.md", bytes, { outlet: "VnExpress" })
 */
export function readBuffer(
  name: string,
  bytes: Uint8Array,
  metadata?: SourceMetadata,
): Array<SourceDocument | ReadFailure> {
  const format = formatOf(name);
  if (!format.ok) return [failure(name, format.reason)];
  const decoded = decodeText(bytes);
  if (!decoded.ok) return [failure(name, decoded.reason)];
  return parseDecoded(name, format.format, decoded.text, metadata ?? null);
}
