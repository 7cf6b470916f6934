import { extname } from "node:path";
import type { SourceFormat } from "@chancery/db";

/** File extensions we read, and the format each one means. */
export const extensionFormats = {
  ".txt": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  // A page saved as a single file: its HTML is taken out of the MIME wrapper when read (mhtml.ts).
  ".mhtml": "html",
  ".mht": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".json": "json",
} as const satisfies Record<string, SourceFormat>;

export type FileFormat = (typeof extensionFormats)[keyof typeof extensionFormats];

export type FormatOf = { ok: true; format: FileFormat } | { ok: false; reason: string };

/** The format a file name announces by its extension (case-insensitive), or why it cannot be read. */
export function formatOf(name: string): FormatOf {
  const extension = extname(name).toLowerCase();
  if (Object.hasOwn(extensionFormats, extension)) {
    return { ok: true, format: extensionFormats[extension as keyof typeof extensionFormats] };
  }
  const supported = Object.keys(extensionFormats).join(", ");
  const what = extension === "" ? "no extension" : extension;
  return {
    ok: false,
    reason: `unsupported file type ${what === "no extension" ? "(no extension)" : what} (supported: ${supported})`,
  };
}
