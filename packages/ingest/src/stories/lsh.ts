import type { Fingerprint } from "./fingerprint.js";

/*
 * Locality-sensitive hashing: each signature is cut into bands; articles that agree on a whole band
 * share a bucket and become candidates. Shingle bands of 4 rows find copies (Jaccard ≳ 0.5);
 * content-word bands of 2 rows find paraphrases and translations (Jaccard ≳ 0.35).
 */
const SHINGLE_ROWS = 4;
const WORD_ROWS = 2;
const WORD_BAND_OFFSET = 100;

export interface LshKey {
  band: number;
  bucket: string;
}

function bands(signature: Uint32Array, rows: number, offset: number): LshKey[] {
  const keys: LshKey[] = [];
  for (let start = 0, band = 0; start + rows <= signature.length; start += rows, band++) {
    keys.push({
      band: band + offset,
      bucket: Array.from(signature.subarray(start, start + rows), (v) => v.toString(36)).join("."),
    });
  }
  return keys;
}

export function lshKeys(fingerprint: Fingerprint): LshKey[] {
  return [...bands(fingerprint.shingles, SHINGLE_ROWS, 0), ...bands(fingerprint.words, WORD_ROWS, WORD_BAND_OFFSET)];
}
