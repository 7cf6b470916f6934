import { TextDecoder } from "node:util";
import { detectBinary } from "./binary.js";
import { sniffBom } from "./decode.js";

/** A streamed file that is not UTF-8 or UTF-16 text; `reason` says why, for the person who gave it. */
export class DecodeError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** Where the first byte that cannot start or continue a UTF-8 character is, roughly (-1 when none is seen). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const c = bytes[i] as number;
    const follow =
      c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (follow < 0) return i;
    for (let k = 1; k <= follow && i + k < bytes.length; k++) {
      if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    }
    i += follow + 1;
  }
  return -1;
}

function countNewlines(bytes: Uint8Array, end = bytes.length): number {
  let count = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1 && i < end; i = bytes.indexOf(0x0a, i + 1)) count++;
  return count;
}

/**
 * Decodes a byte stream as it arrives (JSON and JSONL): UTF-16 when a BOM says so, else strict UTF-8, which
 * those formats require. Binary content is refused from its first chunk; bad UTF-8 is refused with its place.
 */
export async function* decodeStream(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let offset = 0;
  let newlines = 0;
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    let bytes = chunk;
    if (!decoder) {
      const bom = sniffBom(bytes);
      if (bom) {
        decoder = new TextDecoder(bom.encoding, { fatal: bom.encoding === "utf-8" });
        bytes = bytes.subarray(bom.length);
      } else {
        const binary = detectBinary(bytes);
        if (binary) throw new DecodeError(`binary file (${binary}), not text`);
        decoder = new TextDecoder("utf-8", { fatal: true });
      }
    }
    let text: string;
    try {
      text = decoder.decode(bytes, { stream: true });
    } catch {
      const at = Math.max(0, firstInvalidUtf8(chunk));
      const line = newlines + countNewlines(chunk, at) + 1;
      throw new DecodeError(`not valid UTF-8 near byte ${offset + at} (line ${line}); save the file as UTF-8`);
    }
    offset += chunk.length;
    newlines += countNewlines(chunk);
    yield text;
  }
  if (!decoder) throw new DecodeError("empty file");
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new DecodeError("not valid UTF-8 (the file ends inside a character); save the file as UTF-8");
  }
}
