import type { ReadFailure, SourceDocument } from "./document.js";

const MAX_REASON = 300;

/** A read failure whose reason is one line and short enough to print beside the file name. */
export function failure(sourcePath: string, reason: string): ReadFailure {
  const line = reason.replace(/\s*[\r\n]+\s*/g, " ").trim();
  return { sourcePath, error: line.length > MAX_REASON ? `${line.slice(0, MAX_REASON - 1)}…` : line };
}

export function isReadFailure(item: SourceDocument | ReadFailure): item is ReadFailure {
  return "error" in item;
}
