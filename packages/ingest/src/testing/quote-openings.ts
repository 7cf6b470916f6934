import { analyseArticle } from "../analyse/index.js";

/**
 * The quotes a body yields as [speaker, first four words]: what the readings' `textStart` pins down, so tests of the
 * quote readers compare speakers and openings the way the scorer does, not the quotation's exact extent.
 */
export function quoteOpenings(body: string): Array<[speaker: string | null, opening: string]> {
  return analyseArticle(body, {}).quotes.map((q) => [
    q.speaker,
    (q.text.match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(0, 4).join(" ").replace(/’/g, "'"),
  ]);
}
