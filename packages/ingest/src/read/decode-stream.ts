import { TextDecoder } from "node:util";
import { detectBinary } from "./binary.js";
import { sniffBom } from "./decode.js";

/** A streamed file that is not UTF-8 or UTF-16 text; `reason` says why, for the person who gave it. */
export class DecodeError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * Decodes a byte stream as it arrives (JSON and JSONL): UTF-16 when a BOM says so, else strict UTF-8, which
 * those formats require. Binary content is refused from its first chunk.
 */
export async function* decodeStream(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let offset = 0;
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    let bytes = chunk;
    if (!decoder) {
      const bom = sniffBom(bytes);
      if (bom) {
        decoder = new TextDecoder(bom.encoding);
        bytes = bytes.subarray(bom.length);
      } else {
        const binary = detectBinary(bytes);
        if (binary) throw new DecodeError(`binary file (${binary}), not text`);
        decoder = new TextDecoder("utf-8", { fatal: true });
      }
    }
    try {
      yield decoder.decode(bytes, { stream: true });
    } catch {
      throw new DecodeError(`not valid UTF-8 (in the chunk after byte ${offset}); save the file as UTF-8`);
    }
    offset += chunk.length;
  }
  if (!decoder) throw new DecodeError("empty file");
  try {
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch {
    throw new DecodeError("not valid UTF-8 (the file ends inside a character)");
  }
}
