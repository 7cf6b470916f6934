import { z } from "zod";
import tableJson from "./data/windows-1252.json" with { type: "json" };

const Table = z.object({ high: z.array(z.string().regex(/^[0-9A-F]{4}$/)).length(32) });
const high = Table.parse(tableJson).high.map((h) => String.fromCharCode(Number.parseInt(h, 16)));

const CHUNK = 8192;

/**
 * Decodes Windows-1252 by hand: Node 20's TextDecoder("windows-1252") decodes as Latin-1 and turns
 * curly quotes and dashes (bytes 0x80-0x9F) into invisible control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK) {
    let part = "";
    const end = Math.min(start + CHUNK, bytes.length);
    for (let i = start; i < end; i++) {
      const b = bytes[i] as number;
      part += b >= 0x80 && b < 0xa0 ? (high[b - 0x80] as string) : String.fromCharCode(b);
    }
    parts.push(part);
  }
  return parts.join("");
}
