import { detectBinary } from "./binary.js";
import { decodeWindows1252 } from "./windows-1252.js";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: string };

/** The encoding announced by a byte-order mark, and the mark's length. */
export function sniffBom(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/**
 * Turns a file's bytes into text: UTF-8 (BOM stripped), UTF-16 with a BOM, else Windows-1252 when the bytes
 * are not valid UTF-8. Refuses binary content and files with no text. Nothing else is changed.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  const bom = sniffBom(bytes);
  let decoded: { text: string; encoding: Encoding };
  if (bom) {
    const body = bytes.subarray(bom.length);
    decoded = { text: new TextDecoder(bom.encoding).decode(body), encoding: bom.encoding };
  } else {
    const binary = detectBinary(bytes);
    if (binary) return { ok: false, reason: `binary file (${binary}), not text` };
    try {
      decoded = { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
    } catch {
      decoded = { text: decodeWindows1252(bytes), encoding: "windows-1252" };
    }
  }
  if (decoded.text.trim() === "") {
    return { ok: false, reason: decoded.text === "" ? "empty file" : "empty file (only whitespace)" };
  }
  return { ok: true, ...decoded };
}
