/*
 * MinHash signatures: the Jaccard similarity of two sets is estimated by the share of equal slots,
 * so near-duplicates can be found through LSH buckets instead of comparing every pair of articles.
 * Items are hashed once to 32 bits and mixed once more to choose their slot.
 */

export const SIGNATURE_SIZE = 64;

// Fixed constants keep signatures stable across runs and machines: stored signatures must stay comparable.
const MIX_MULTIPLIER = 0xbbfe0913;
const MIX_OFFSET = 0xfc3245e2;

/** FNV-1a, 32 bits. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** One hash mixed and kept in its slot when it is the slot's smallest. */
function placeHash(signature: Uint32Array, filled: Uint8Array, base: number): void {
  let h = (Math.imul(base, MIX_MULTIPLIER) + MIX_OFFSET) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = (h ^ (h >>> 13)) >>> 0;
  const slot = h >>> 26;
  const value = h & 0x03ffffff;
  if (value < (signature[slot] as number)) signature[slot] = value;
  filled[slot] = 1;
}

/**
 * One-permutation MinHash with rotation densification (Shrivastava 2017): each item is mixed once and lands in one
 * of the slots, keeping the smallest value per slot; empty slots borrow from the next filled one. Linear in the
 * set size instead of slots × items, with the same Jaccard estimate.
 */
export function minhashOfHashes(hashes: Iterable<number>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  const filled = new Uint8Array(SIGNATURE_SIZE);
  let any = false;
  // An array or a typed array is read by index: the iterator would box every hash over 2^30 it hands out.
  if (Array.isArray(hashes) || hashes instanceof Uint32Array) {
    const list = hashes as ArrayLike<number>;
    any = list.length > 0;
    for (let i = 0; i < list.length; i++) placeHash(signature, filled, list[i] as number);
  } else {
    for (const base of hashes) {
      any = true;
      placeHash(signature, filled, base);
    }
  }
  if (!any) return signature.fill(0);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    if (filled[i]) continue;
    // Borrow from the next filled slot, offset by the distance so borrowed values differ from the originals.
    for (let step = 1; step < SIGNATURE_SIZE; step++) {
      const from = (i + step) % SIGNATURE_SIZE;
      if (filled[from]) {
        signature[i] = ((signature[from] as number) + step * 0x04000000) >>> 0;
        break;
      }
    }
  }
  return signature;
}

export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}

/**
 * Hashes of the overlapping runs of `size` words, combined numerically from the words' own hashes, with their repeats
 * and in a typed array: a MinHash keeps each slot's smallest value, so a repeat changes nothing, and no set of boxed
 * numbers is built.
 */
export function shingleHashes(wordHashes: ArrayLike<number>, size = 5): Uint32Array {
  const n = wordHashes.length;
  if (n === 0) return new Uint32Array(0);
  const count = Math.max(1, n - size + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    const last = Math.min(i + size, n);
    for (let k = i; k < last; k++) h = Math.imul(h ^ (wordHashes[k] as number), 0x01000193) >>> 0;
    out[i] = h;
  }
  return out;
}
