import { z } from "zod";
import signaturesJson from "./data/binary-signatures.json" with { type: "json" };

const Signatures = z.array(
  z.object({
    name: z.string().min(1),
    offset: z.number().int().min(0),
    hex: z.string().regex(/^(?:[0-9a-f]{2})+$/),
  }),
);

const signatures = Signatures.parse(signaturesJson).map((s) => ({
  name: s.name,
  offset: s.offset,
  bytes: Uint8Array.from(s.hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16)),
}));

/** How far into a file we look for NUL bytes: enough to catch binaries without scanning huge texts. */
const NUL_WINDOW = 8192;

/**
 * Names the kind of binary content when the bytes are clearly not text (a known magic number, or NUL bytes
 * near the start), else null. Call it on bytes that carry no UTF-16 byte-order mark.
 */
export function detectBinary(bytes: Uint8Array): string | null {
  for (const signature of signatures) {
    if (bytes.length < signature.offset + signature.bytes.length) continue;
    if (signature.bytes.every((b, i) => bytes[signature.offset + i] === b)) return signature.name;
  }
  const window = bytes.subarray(0, NUL_WINDOW);
  if (window.includes(0)) return "contains NUL bytes";
  return null;
}
