import matter from "gray-matter";
import type { SourceMetadata } from "./document.js";
import { pickMetadata } from "./metadata.js";

export type FrontMatter = { ok: true; text: string; metadata: SourceMetadata } | { ok: false; reason: string };

/** A block opened by a `---` line and closed by the next `---` line; anything else is plain text. */
const BLOCK = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

interface YamlError {
  reason?: string;
  message: string;
  mark?: { line: number };
}

function isYamlError(error: unknown): error is YamlError {
  return error instanceof Error && error.name === "YAMLException";
}

/**
 * Splits YAML front matter (title, outlet, url, published, language, author) from the article text. A text
 * without a closed `---` block is returned whole; a block that is not valid YAML is refused with its line.
 */
export function splitFrontMatter(source: string): FrontMatter {
  const block = BLOCK.exec(source);
  if (!block) return { ok: true, text: source, metadata: {} };
  let data: unknown;
  try {
    // Options are always passed: without them gray-matter caches every input string forever.
    data = matter(block[0], { excerpt: false }).data;
  } catch (error) {
    if (!isYamlError(error)) throw error;
    // The YAML handed to js-yaml starts on the opening `---` line, so its 0-based line is the file's 1-based line.
    const line = error.mark ? ` at line ${error.mark.line + 1}` : "";
    const reason = (error.reason ?? error.message).split("\n")[0];
    return { ok: false, reason: `malformed YAML front matter${line}: ${reason}` };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { ok: false, reason: "front matter is not a list of `key: value` fields" };
  }
  const picked = pickMetadata(data as Record<string, unknown>);
  if (!picked.ok) return { ok: false, reason: `front matter ${picked.reason}` };
  const text = source.slice(block[0].length);
  if (text.trim() === "") return { ok: false, reason: "no article text after the front matter" };
  return { ok: true, text, metadata: picked.metadata };
}
