import { decodeCharset } from "./charset.js";

/**
 * A page saved by a browser as one file ("Webpage, Single File": `.mhtml`/`.mht`) is a MIME message: headers, then
 * parts separated by a boundary, the page itself in the first `text/html` part, usually quoted-printable, images and
 * styles in base64 parts after it. This takes the page out so it is read like any saved `.html` file.
 *
 * Written by hand rather than with a mail parser (postal-mime, mailparser): those are asynchronous and the read path
 * is synchronous (a saved page is read the same way from disk, from an upload and in reanalysis), and only this much
 * of MIME is needed: one level of multipart, two transfer encodings, a charset.
 */
export type Unwrapped = { ok: true; html: string; location: string | null } | { ok: false; reason: string };

/** Header block → lower-cased names to values, continuation lines folded in. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    headers.set(last, line.slice(colon + 1).trim());
  }
  return headers;
}

function parameter(value: string | undefined, name: string): string | null {
  if (!value) return null;
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, "i").exec(value);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

/** Quoted-printable to bytes: "=XX" is one byte, "=" at a line's end joins the next line. */
function quotedPrintable(text: string): Uint8Array {
  const joined = text.replace(/=\r?\n/g, "");
  const out: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charCodeAt(i);
    if (c === 61 && /^[0-9A-Fa-f]{2}$/.test(joined.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      out.push(c);
    } else {
      // Not valid quoted-printable, but some savers leave 8-bit text as it is: keep it as UTF-8.
      out.push(...new TextEncoder().encode(joined[i]));
    }
  }
  return Uint8Array.from(out);
}

/** Whether a decoded file is a MIME-wrapped page rather than plain HTML or text. */
export function isMhtml(raw: string): boolean {
  const head = raw.slice(0, 2048);
  return (
    /^(?:From:|Snapshot-Content-Location:|Subject:|Date:|MIME-Version:)/im.test(head) &&
    /multipart\/related/i.test(head)
  );
}

/** The page inside a saved single-file page, decoded; a clear reason when it has none. */
export function unwrapMhtml(raw: string): Unwrapped {
  const split = raw.search(/\r?\n\r?\n/);
  if (split < 0) return { ok: false, reason: "MHTML file has no blank line after its headers" };
  const headers = parseHeaders(raw.slice(0, split));
  const boundary = parameter(headers.get("content-type"), "boundary");
  if (!boundary) return { ok: false, reason: "MHTML file names no multipart boundary in its Content-Type" };
  const location = headers.get("snapshot-content-location") ?? null;
  const parts = raw.split(`--${boundary}`).slice(1);
  for (const part of parts) {
    if (part.startsWith("--")) break;
    const body = part.replace(/^\r?\n/, "");
    const end = body.search(/\r?\n\r?\n/);
    if (end < 0) continue;
    const partHeaders = parseHeaders(body.slice(0, end));
    const type = partHeaders.get("content-type") ?? "";
    if (!/^text\/html\b/i.test(type)) continue;
    const content = body
      .slice(end)
      .replace(/^\r?\n\r?\n/, "")
      .replace(/\r?\n$/, "");
    const encoding = (partHeaders.get("content-transfer-encoding") ?? "").toLowerCase();
    const bytes =
      encoding === "quoted-printable"
        ? quotedPrintable(content)
        : encoding === "base64"
          ? Uint8Array.from(Buffer.from(content.replace(/\s+/g, ""), "base64"))
          : null;
    const html = bytes ? decodeCharset(bytes, parameter(type, "charset")) : content;
    if (html === null)
      return { ok: false, reason: `MHTML page part has an unknown charset "${parameter(type, "charset")}"` };
    return { ok: true, html, location: partHeaders.get("content-location") ?? location };
  }
  return { ok: false, reason: "MHTML file has no text/html part" };
}
