/*
 * MinHash signatures: the Jaccard similarity of two sets is estimated by the share of equal slots,
 * so near-duplicates can be found through LSH buckets instead of comparing every pair of articles.
 * Items are hashed once to 32 bits; each slot then applies a cheap odd-multiplier permutation.
 */

export const SIGNATURE_SIZE = 64;

// Fixed multipliers and offsets keep signatures stable across runs and machines: stored signatures must stay comparable.
const multipliers = new Uint32Array(SIGNATURE_SIZE);
const offsets = new Uint32Array(SIGNATURE_SIZE);
for (let i = 0, state = 0x2545f491; i < SIGNATURE_SIZE; i++) {
  state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) >>> 0;
  multipliers[i] = (state | 1) >>> 0;
  state = Math.imul(state ^ (state >>> 12), 0x297a2d39) >>> 0;
  offsets[i] = state;
}

/** FNV-1a, 32 bits. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The signature of a set given as item hashes; an empty set gives a signature that matches nothing. */
export function minhashOfHashes(hashes: Iterable<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  let any = false;
  for (const base of hashes) {
    any = true;
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      let h = (Math.imul(base, multipliers[i] as number) + (offsets[i] as number)) >>> 0;
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < (signature[i] as number)) signature[i] = h;
    }
  }
  if (!any) signature.fill(0);
  return signature;
}

export function minhashSignature(items: Iterable<string>): Uint32Array {
  const hashes: number[] = [];
  for (const item of items) hashes.push(hashString(item));
  return minhashOfHashes(hashes);
}

export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}

/** Hashes of the overlapping runs of `size` lower-cased words, combined numerically to avoid building strings. */
export function shingleHashes(text: string, size = 5): Set<number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wordHashes = words.map(hashString);
  const shingles = new Set<number>();
  const count = Math.max(1, wordHashes.length - size + 1);
  for (let i = 0; i < count && wordHashes.length > 0; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < Math.min(i + size, wordHashes.length); k++) {
      h = Math.imul(h ^ (wordHashes[k] as number), 0x01000193) >>> 0;
    }
    shingles.add(h);
  }
  return shingles;
}
