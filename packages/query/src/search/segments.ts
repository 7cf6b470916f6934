import { z } from "zod";

/** Highlighted text as plain segments, so clients render it as text and never as HTML. */
export const Segments = z.array(z.object({ text: z.string(), hit: z.boolean() }));
export type Segments = z.infer<typeof Segments>;

export const hitOpen = "\u0002";
export const hitClose = "\u0003";

/** Splits FTS5 `snippet()`/`highlight()` output made with the hit markers into segments. */
export function toSegments(marked: string): Segments {
  const segments: Segments = [];
  for (const [index, part] of marked.split(new RegExp(`[${hitOpen}${hitClose}]`)).entries()) {
    if (part) segments.push({ text: part, hit: index % 2 === 1 });
  }
  return segments;
}
