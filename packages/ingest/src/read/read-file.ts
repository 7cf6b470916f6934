import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { decodeText } from "./decode.js";
import { DecodeError, decodeStream } from "./decode-stream.js";
import type { DiscoveredFile } from "./discover.js";
import type { ReadFailure, SourceDocument } from "./document.js";
import { failure } from "./failure.js";
import { formatOf } from "./formats.js";
import { describeFsError } from "./fs-errors.js";
import { JsonArrayScanner } from "./json-array-scanner.js";
import { LineSplitter } from "./line-splitter.js";
import {
  DEFAULT_MAX_RECORD_BYTES,
  documentFromLine,
  documentFromValue,
  formatSize,
  parseSingleDocument,
} from "./parse-document.js";

export interface ReadOptions {
  /** Largest text, Markdown or HTML file read whole (default 25 MB); JSON and JSONL are streamed instead. */
  maxFileBytes?: number;
  /** Largest JSONL line or JSON array element (default 5 MB). */
  maxRecordBytes?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 25 * 1024 * 1024;

/**
 * Reads one discovered file into documents: one for a text, Markdown or HTML file, one per record for JSONL
 * and JSON (streamed, so a bad record fails alone and the good ones still come). Never throws for a bad file:
 * every problem is yielded as a failure naming the file (and line or index) and the reason.
 */
export async function* readSourceFile(
  file: DiscoveredFile,
  options: ReadOptions = {},
): AsyncGenerator<SourceDocument | ReadFailure> {
  const { path } = file;
  const format = formatOf(path);
  if (!format.ok) {
    yield failure(path, format.reason);
    return;
  }
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      yield failure(path, "is a folder, not a file");
      return;
    }
    if (!info.isFile()) {
      yield failure(path, "not a regular file (a device, socket or pipe)");
      return;
    }
    size = info.size;
  } catch (error) {
    yield failure(path, describeFsError(error));
    return;
  }
  const maxRecordBytes = options.maxRecordBytes ?? DEFAULT_MAX_RECORD_BYTES;
  if (format.format === "jsonl" || format.format === "json") {
    yield* readStreamed(file, format.format, maxRecordBytes);
    return;
  }
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (size > maxFileBytes) {
    yield failure(path, `file is ${formatSize(size)}, over the ${formatSize(maxFileBytes)} limit (maxFileBytes)`);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield failure(path, describeFsError(error));
    return;
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    yield failure(path, decoded.reason);
    return;
  }
  yield parseSingleDocument(path, format.format, decoded.text, file.manifest);
}

async function* readStreamed(
  file: DiscoveredFile,
  format: "json" | "jsonl",
  maxRecordBytes: number,
): AsyncGenerator<SourceDocument | ReadFailure> {
  const { path, manifest } = file;
  const splitter = new LineSplitter(maxRecordBytes);
  const scanner = new JsonArrayScanner(maxRecordBytes);
  let records = 0;
  try {
    for await (const text of decodeStream(createReadStream(path))) {
      if (format === "jsonl") {
        for (const split of splitter.push(text)) {
          const item = documentFromLine(path, split, manifest, maxRecordBytes);
          if (item) {
            records++;
            yield item;
          }
        }
      } else {
        for (const value of scanner.push(text)) yield documentFromValue(path, value, manifest, maxRecordBytes);
        if (scanner.error) break;
      }
    }
  } catch (error) {
    const reason = error instanceof DecodeError ? error.reason : describeFsError(error);
    yield failure(path, reason);
    return;
  }
  if (format === "jsonl") {
    for (const split of splitter.end()) {
      const item = documentFromLine(path, split, manifest, maxRecordBytes);
      if (item) {
        records++;
        yield item;
      }
    }
    if (records === 0) yield failure(path, "empty file (only blank lines)");
    return;
  }
  for (const value of scanner.end()) yield documentFromValue(path, value, manifest, maxRecordBytes);
  if (scanner.error) yield failure(path, scanner.error);
}
