import { windows1252High as high } from "./windows-1252.js";

// The byte each character came from when UTF-8 was read as Windows-1252 or Latin-1: the 32 Windows-1252
// characters of 0x80-0x9F, and every character up to U+00FF as itself (Latin-1, and 1252's five unassigned bytes).
const byteOf = new Map<string, number>(high.map((char, i) => [char, 0x80 + i]));
const toByte = (char: string): number => byteOf.get(char) ?? char.charCodeAt(0);

const escaped = (chars: string) => chars.replace(/[\]\\^-]/g, "\\$&");
// A continuation byte (0x80-0xBF) as read: a C1 control, its Windows-1252 character, or U+00A0-U+00BF.
const TAIL = `[\\u0080-\\u00bf${escaped(high.join(""))}]`;
/**
 * One UTF-8 sequence read byte by byte as characters: a lead (Â-ß for two bytes, à-ï for three, ð-ô for four)
 * followed by exactly as many continuation characters. Correct text almost never sets these side by side.
 */
const SEQUENCE = new RegExp(`[\\u00c2-\\u00df]${TAIL}|[\\u00e0-\\u00ef]${TAIL}{2}|[\\u00f0-\\u00f4]${TAIL}{3}`, "gu");
const strict = new TextDecoder("utf-8", { fatal: true });

/**
 * Repairs text whose UTF-8 bytes were once decoded as Windows-1252 or Latin-1 ("NguyÃªn" → "Nguyên", "â€œ" → "“"),
 * one character's sequence at a time, so that a page mixing clean and garbled parts keeps its clean ones. A sequence
 * is replaced only when its bytes are valid UTF-8 for one character; correct text is returned unchanged.
 *
 * @example repairMojibake("Nguyá»…n Táº¥n DÅ©ng") // "Nguyễn Tấn Dũng"
 */
export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  return text.replace(SEQUENCE, (sequence) => {
    try {
      const char = strict.decode(Uint8Array.from(Array.from(sequence, toByte)));
      // Decoding back to a control or to the same characters is no repair.
      return /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u.test(char) ? char : sequence;
    } catch {
      return sequence;
    }
  });
}
