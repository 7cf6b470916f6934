import type { Fingerprint } from "./fingerprint.js";

/*
 * Locality-sensitive hashing: each signature is cut into bands; articles that agree on a whole band
 * share a bucket and become candidates. Shingle bands of 4 rows find copies (Jaccard ≳ 0.5);
 * content-word bands of 2 rows find paraphrases and translations (Jaccard ≳ 0.35).
 */
const SHINGLE_ROWS = 4;
const WORD_ROWS = 2;
const WORD_BAND_OFFSET = 100;

/**
 * A bucket's key: its band and the band's values hashed to 32 bits (MurmurHash3's mixing, fixed so stored keys stay
 * comparable). Two buckets that collide only add a candidate that the similarity check then turns down.
 */
function bucketKey(band: number, signature: Uint32Array, start: number, rows: number): number {
  let h = Math.imul(band ^ 0x9e3779b9, 0x85ebca6b);
  for (let i = start; i < start + rows; i++) {
    let k = Math.imul(signature[i] as number, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    h ^= k;
    h = Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function bands(signature: Uint32Array, rows: number, offset: number, keys: number[]): void {
  for (let start = 0, band = 0; start + rows <= signature.length; start += rows, band++) {
    keys.push(bucketKey(band + offset, signature, start, rows));
  }
}

/** The keys of the buckets a fingerprint falls in, one per band. */
export function lshKeys(fingerprint: Pick<Fingerprint, "shingles" | "words">): number[] {
  const keys: number[] = [];
  bands(fingerprint.shingles, SHINGLE_ROWS, 0, keys);
  bands(fingerprint.words, WORD_ROWS, WORD_BAND_OFFSET, keys);
  return keys;
}
