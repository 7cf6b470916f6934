import { z } from "zod";
import type { SourceMetadata } from "./document.js";
import { SourceMetadataSchema } from "./metadata.js";
import { describeIssues } from "./zod-issues.js";

/** The file in a folder that gives metadata to the files in it (and below it) that carry none. */
export const MANIFEST_NAME = "chancery.manifest.json";

/** `{"files": {"a.txt": {"title": …, "outlet": …}, "sub/b.md": {…}}}`, keys relative to the manifest's folder. */
const Manifest = z.strictObject({ files: z.record(z.string().min(1), SourceMetadataSchema) });

export type ParsedManifest = { ok: true; files: Map<string, SourceMetadata> } | { ok: false; reason: string };

export function parseManifest(text: string): ParsedManifest {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, reason: `invalid manifest, not valid JSON: ${error instanceof Error ? error.message : error}` };
  }
  const parsed = Manifest.safeParse(value);
  if (!parsed.success) return { ok: false, reason: `invalid manifest: ${describeIssues(parsed.error)}` };
  const files = new Map<string, SourceMetadata>();
  for (const [name, entry] of Object.entries(parsed.data.files)) {
    const metadata = Object.fromEntries(Object.entries(entry).filter(([, v]) => v != null)) as SourceMetadata;
    files.set(name.replace(/\\/g, "/").replace(/^\.\//, ""), metadata);
  }
  return { ok: true, files };
}
