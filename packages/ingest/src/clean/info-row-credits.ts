import { readByline } from "./bylines.js";

// "PUBLISHED : 8 Apr 2015 at 14:20 | NEWSPAPER SECTION: Business | WRITER: AFP": a template's info row run into one
// line sets its writer as one field among others. The row as a whole is no byline, so the writer's field is read on
// its own: a staff label naming an agency credits the story to it, as "Writer: AFP" alone on its line does.
const FIELD_BAR = /\s+\|\s+/u;
// Only a row with a writer's or author's label is split: the cheap gate before the byline reader.
const WRITER_LABEL = /\b(?:writer|author|by|reporter|source)\b/iu;

/** The outlet a labelled writer's field of a barred info row names, or null. */
export function infoRowWriterOutlet(line: string): string | null {
  if (!line.includes("|") || !WRITER_LABEL.test(line)) return null;
  const fields = line.split(FIELD_BAR);
  if (fields.length < 2) return null;
  for (const field of fields) {
    if (!WRITER_LABEL.test(field)) continue;
    const outlet = readByline(field.trim())?.outlet;
    if (outlet) return outlet;
  }
  return null;
}
