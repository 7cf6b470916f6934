import { decodeWindows1252 } from "./windows-1252.js";

/**
 * Decodes bytes in a named charset (a MIME part's or a page's own label), or null for a label no decoder knows.
 * The labels the Encoding Standard maps to Windows-1252 (Latin-1, ASCII) go through our own table: Node 20's
 * decoder reads them as Latin-1 and turns curly quotes into control characters.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | null): string | null {
  const encoding = canonicalCharset(charset ?? "utf-8");
  if (encoding === null) return null;
  return encoding === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

/** The Encoding Standard's name for a charset label ("latin1" → "windows-1252", "Shift_JIS" → "shift_jis"). */
export function canonicalCharset(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

// <meta charset="Shift_JIS">, <meta http-equiv="Content-Type" content="text/html; charset=euc-kr">, <?xml encoding=…?>
const DECLARED = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)|<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)/i;
// Browsers look for the declaration in the first 1,024 bytes; saved pages with long comments set it a little later.
const SNIFF_BYTES = 4096;

/** The charset a page declares in its head (read as ASCII, which every such label is), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString("latin1");
  const match = DECLARED.exec(head);
  return match?.[1] ?? match?.[2] ?? null;
}
