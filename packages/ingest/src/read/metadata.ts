import { z } from "zod";
import fieldsJson from "./data/metadata-fields.json" with { type: "json" };
import type { SourceMetadata } from "./document.js";

export const metadataKeys = ["title", "outlet", "url", "published", "language", "author"] as const;
export type MetadataKey = (typeof metadataKeys)[number];

const FieldNames = z.object(
  Object.fromEntries(metadataKeys.map((k) => [k, z.array(z.string().min(1)).min(1)])) as Record<
    MetadataKey,
    z.ZodArray<z.ZodString>
  >,
);
const fieldNames = FieldNames.parse(fieldsJson);

/** YAML turns a bare `2024-03-05` into a Date; keep the day as written rather than a midnight timestamp. */
function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/** One metadata value as sources give it: text, a number, a YAML date, or a list (several authors). */
export const MetadataValue = z
  .union([z.string(), z.number(), z.date(), z.array(z.union([z.string(), z.number()])), z.null()])
  .transform((value): string | null => {
    if (value === null) return null;
    const text = value instanceof Date ? dateText(value) : Array.isArray(value) ? value.join(", ") : String(value);
    const trimmed = text.trim();
    return trimmed === "" ? null : trimmed;
  });

/** Metadata as written under our own field names (a manifest entry), strict so typos are reported. */
export const SourceMetadataSchema = z.strictObject(
  Object.fromEntries(metadataKeys.map((k) => [k, MetadataValue.optional()])) as Record<
    MetadataKey,
    z.ZodOptional<typeof MetadataValue>
  >,
);

export type PickedMetadata = { ok: true; metadata: SourceMetadata } | { ok: false; reason: string };

/**
 * Picks the metadata fields out of an object that may carry other keys (front matter, a JSON record),
 * accepting the usual alternative names (`date` for `published`, `lang` for `language`).
 */
export function pickMetadata(data: Record<string, unknown>): PickedMetadata {
  const metadata: SourceMetadata = {};
  for (const key of metadataKeys) {
    for (const name of fieldNames[key]) {
      if (!Object.hasOwn(data, name) || data[name] === undefined) continue;
      const parsed = MetadataValue.safeParse(data[name]);
      if (!parsed.success) return { ok: false, reason: `field "${name}" must be text, a number or a date` };
      if (parsed.data !== null) {
        metadata[key] = parsed.data;
        break;
      }
    }
  }
  return { ok: true, metadata };
}

/** Fills the fields `own` does not carry from `fallback` (e.g. a manifest entry); own values win. */
export function fillMetadata(own: SourceMetadata, fallback: SourceMetadata | null | undefined): SourceMetadata {
  if (!fallback) return own;
  const filled: SourceMetadata = { ...own };
  for (const key of metadataKeys) {
    const value = own[key];
    if ((value === undefined || value === null) && fallback[key] != null) filled[key] = fallback[key];
  }
  return filled;
}
