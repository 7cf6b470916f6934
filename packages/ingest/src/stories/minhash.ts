/*
 * MinHash signatures: the Jaccard similarity of two sets is estimated by the share of equal slots,
 * so near-duplicates can be found through LSH buckets instead of comparing every pair of articles.
 */

export const SIGNATURE_SIZE = 64;

// Fixed seeds keep signatures stable across runs and machines: stored signatures must stay comparable.
const seeds = Array.from({ length: SIGNATURE_SIZE }, (_, i) => {
  let x = (i + 1) * 0x9e3779b1;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  return x >>> 0;
});

/** FNV-1a, 32 bits. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function mix(value: number, seed: number): number {
  let x = (value ^ seed) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The signature of a set of strings; an empty set gives a signature that matches nothing. */
export function minhashSignature(items: Iterable<string>): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  let any = false;
  for (const item of items) {
    any = true;
    const base = hashString(item);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(base, seeds[i] as number);
      if (h < (signature[i] as number)) signature[i] = h;
    }
  }
  if (!any) signature.fill(0);
  return signature;
}

export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}

/** Word shingles of the text: overlapping runs of `size` lower-cased words. */
export function wordShingles(text: string, size = 5): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<string>();
  if (words.length < size) {
    if (words.length > 0) shingles.add(words.join(" "));
    return shingles;
  }
  for (let i = 0; i + size <= words.length; i++) shingles.add(words.slice(i, i + size).join(" "));
  return shingles;
}

export function signatureToBuffer(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function signatureFromBuffer(buffer: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buffer);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}
