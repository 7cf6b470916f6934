import { hashString, minhashOfHashes, SIGNATURE_SIZE, shingleHashes } from "./minhash.js";

/**
 * What is compared to tell whether two articles tell the same story.
 * - `shingles`: MinHash of 5-word shingles; catches syndicated copies with small edits.
 * - `words`: MinHash of the set of content words; two translations of one article share most of them.
 * - `figures`: the distinct numbers; translations keep every figure while other stories share few.
 */
export interface Fingerprint {
  shingles: Uint32Array;
  words: Uint32Array;
  figures: string[];
}

const TOKEN = /[\p{L}\p{N}]+/gu;
const CONTENT_WORD = /^\p{L}{5,}$/u;
const FIGURE = /\d[\d,.]*\d|\d/g;

export function fingerprintOf(body: string): Fingerprint {
  // One tokenisation and one hash per word serve both signatures.
  const tokens = body.toLowerCase().match(TOKEN) ?? [];
  const wordHashes = tokens.map(hashString);
  const contentWords = new Set<number>();
  // An index loop: an entries() iterator allocates a pair per word.
  for (let i = 0; i < tokens.length; i++)
    // Five letters take five UTF-16 units at least: a shorter token is ruled out without the regex.
    if ((tokens[i] as string).length >= 5 && CONTENT_WORD.test(tokens[i] as string))
      contentWords.add(wordHashes[i] as number);
  const figures = new Set<string>();
  for (const match of body.match(FIGURE) ?? []) figures.add(match.replace(/,/g, "").replace(/\.$/, ""));
  return {
    shingles: minhashOfHashes(shingleHashes(wordHashes)),
    words: minhashOfHashes(contentWords),
    figures: [...figures].sort(),
  };
}

export function fingerprintToBlob(fingerprint: Fingerprint): Buffer {
  const all = new Uint32Array(SIGNATURE_SIZE * 2);
  all.set(fingerprint.shingles, 0);
  all.set(fingerprint.words, SIGNATURE_SIZE);
  return Buffer.from(all.buffer);
}

export function fingerprintFromStored(blob: Uint8Array, featuresJson: string): Fingerprint {
  const copy = new Uint8Array(blob);
  const all = new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
  const features = JSON.parse(featuresJson) as { figures?: string[] };
  return {
    shingles: all.slice(0, SIGNATURE_SIZE),
    words: all.slice(SIGNATURE_SIZE, SIGNATURE_SIZE * 2),
    figures: features.figures ?? [],
  };
}
