import { minhashOfHashes, SIGNATURE_SIZE, shingleHashes } from "./minhash.js";

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

// What the signatures read, as patterns: a token is a run of letters and digits (`[\p{L}\p{N}]+`, by code point), a
// content word a token of five letters or more (`^\p{L}{5,}$`). `fingerprintOf` reads them with one scan of the text.
const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{N}$/u;
const FIGURE = /\d[\d,.]*\d|\d/g;

const OTHER = 1;
const IS_LETTER = 2;
const IS_NUMBER = 3;
// What each code unit outside ASCII is, read once by the patterns above (0: not yet read); a surrogate is read with its
// pair.
const WIDE_CLASSES = new Uint8Array(0x10000);

function classOfPoint(point: string): number {
  return LETTER.test(point) ? IS_LETTER : DIGIT.test(point) ? IS_NUMBER : OTHER;
}

function wideClass(code: number): number {
  let cls = WIDE_CLASSES[code] as number;
  if (cls === 0) {
    cls = classOfPoint(String.fromCharCode(code));
    WIDE_CLASSES[code] = cls;
  }
  return cls;
}

// The hashes of one article's words and content words, kept between calls: a fingerprint reads them before it returns,
// and in a typed array no hash over 2^30 is boxed. Grown (doubled) when an article has more words.
let wordScratch: Uint32Array = new Uint32Array(4096);
let contentScratch: Uint32Array = new Uint32Array(4096);

function grown(array: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

export function fingerprintOf(body: string): Fingerprint {
  // One tokenisation and one hash per word serve both signatures: each token of the lower-cased text is hashed as it
  // is read (FNV-1a over its code units, as `hashString` hashes the token's text), with no token string made.
  const text = body.toLowerCase();
  let wordHashes = wordScratch;
  let wordCount = 0;
  // The content words with their repeats: a MinHash keeps each slot's smallest value, so a repeat changes nothing and
  // no set of them is built (the hashes, over 2^31, would each be boxed in one).
  let contentWords = contentScratch;
  let contentCount = 0;
  const n = text.length;
  let p = 0;
  while (p < n) {
    let hash = 0x811c9dc5;
    let points = 0;
    let letters = true;
    let q = p;
    while (q < n) {
      const code = text.charCodeAt(q);
      let cls: number;
      let width = 1;
      if (code < 128) {
        cls =
          (code >= 97 && code <= 122) || (code >= 65 && code <= 90)
            ? IS_LETTER
            : code >= 48 && code <= 57
              ? IS_NUMBER
              : OTHER;
      } else if (code >= 0xd800 && code <= 0xdbff) {
        // a high surrogate: with a low one after it, one code point read as such; alone, neither letter nor digit
        const low = q + 1 < n ? text.charCodeAt(q + 1) : 0;
        if (low >= 0xdc00 && low <= 0xdfff) {
          cls = classOfPoint(text.slice(q, q + 2));
          width = 2;
        } else cls = OTHER;
      } else if (code >= 0xdc00 && code <= 0xdfff) cls = OTHER;
      else cls = wideClass(code);
      if (cls === OTHER) break;
      hash = Math.imul(hash ^ code, 0x01000193);
      if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(q + 1), 0x01000193);
      points++;
      if (cls !== IS_LETTER) letters = false;
      q += width;
    }
    if (q === p) {
      // not a token's: the next unit (the low half of a pair read as neither is not one either)
      p++;
      continue;
    }
    const wordHash = hash >>> 0;
    if (wordCount === wordHashes.length) wordScratch = wordHashes = grown(wordHashes);
    wordHashes[wordCount++] = wordHash;
    if (letters && points >= 5) {
      if (contentCount === contentWords.length) contentScratch = contentWords = grown(contentWords);
      contentWords[contentCount++] = wordHash;
    }
    p = q;
  }
  const figures = new Set<string>();
  // a figure's thousands commas and a closing full stop dropped: most figures have neither
  for (const match of body.match(FIGURE) ?? []) {
    const plain = match.includes(",") ? match.replace(/,/g, "") : match;
    figures.add(plain.endsWith(".") ? plain.slice(0, -1) : plain);
  }
  return {
    shingles: minhashOfHashes(shingleHashes(wordHashes.subarray(0, wordCount))),
    words: minhashOfHashes(contentWords.subarray(0, contentCount)),
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
