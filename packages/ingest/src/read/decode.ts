import { detectBinary } from "./binary.js";
import { canonicalCharset, declaredCharset, decodeCharset } from "./charset.js";
import { repairMojibake } from "./mojibake.js";
import { decodeWindows1252 } from "./windows-1252.js";

/** How a file was read: a Unicode form, Windows-1252 by default, or the charset the page declares ("shift_jis"). */
export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" | (string & {});

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: string };

/** The encoding announced by a byte-order mark, and the mark's length. */
export function sniffBom(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * Recognises UTF-16 saved without a byte-order mark: in mostly-ASCII text every other byte is NUL, on the
 * odd bytes for little-endian and the even ones for big-endian. Otherwise NUL bytes mean binary.
 */
function sniffUtf16WithoutBom(bytes: Uint8Array): Encoding | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros >= pairs * 0.9 && evenZeros === 0) return "utf-16le";
  if (evenZeros >= pairs * 0.9 && oddZeros === 0) return "utf-16be";
  return null;
}

/** Bytes that are not UTF-8: in the charset the page declares when a decoder knows it, else Windows-1252. */
function notUtf8(bytes: Uint8Array): { text: string; encoding: Encoding } {
  const declared = declaredCharset(bytes);
  const encoding = declared ? canonicalCharset(declared) : null;
  const text = encoding && encoding !== "windows-1252" ? decodeCharset(bytes, encoding) : null;
  if (encoding && text !== null) return { text, encoding };
  return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
}

/**
 * Turns a file's bytes into text: UTF-8 (BOM stripped), UTF-16 with a BOM (or plainly UTF-16 without one),
 * else, when the bytes are not valid UTF-8, the charset the page declares (<meta charset>, http-equiv) or
 * Windows-1252. Text once garbled by reading UTF-8 as Windows-1252 is repaired. Refuses binary content and files
 * with no text.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  const bom = sniffBom(bytes);
  const utf16 = bom ? null : sniffUtf16WithoutBom(bytes);
  let decoded: { text: string; encoding: Encoding };
  if (bom) {
    const body = bytes.subarray(bom.length);
    decoded = { text: new TextDecoder(bom.encoding).decode(body), encoding: bom.encoding };
  } else if (utf16) {
    decoded = { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  } else {
    const binary = detectBinary(bytes);
    if (binary) return { ok: false, reason: `binary file (${binary}), not text` };
    try {
      decoded = { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
    } catch {
      decoded = notUtf8(bytes);
    }
  }
  // UTF-8 once read as Windows-1252 and saved again ("NguyÃªn") is repaired whatever the file's own encoding. Its
  // lead characters (U+00C2-U+00F4) are the bytes C3 xx in UTF-8: a byte search spares a scan of a large clean file.
  if (decoded.encoding !== "utf-8" || bytes.includes(0xc3)) decoded.text = repairMojibake(decoded.text);
  if (decoded.text.trim() === "") {
    return { ok: false, reason: decoded.text === "" ? "empty file" : "empty file (only whitespace)" };
  }
  return { ok: true, ...decoded };
}
