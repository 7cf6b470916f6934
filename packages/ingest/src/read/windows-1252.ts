import { z } from "zod";
import tableJson from "./data/windows-1252.json" with { type: "json" };

const Table = z.object({ high: z.array(z.string().regex(/^[0-9A-F]{4}$/)).length(32) });
const high = Table.parse(tableJson).high.map((h) => String.fromCharCode(Number.parseInt(h, 16)));

/** The characters Windows-1252 gives bytes 0x80-0x9F, in byte order. */
export const windows1252High: readonly string[] = high;

/**
 * Decodes Windows-1252: Latin-1, then bytes 0x80-0x9F mapped to their characters by hand, because Node 20's
 * TextDecoder("windows-1252") decodes as Latin-1 and turns curly quotes and dashes into control characters.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\u0080-\u009f]/g, (c) => high[c.charCodeAt(0) - 0x80] as string);
}
