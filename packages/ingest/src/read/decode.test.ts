import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText } from "./decode.js";

const bad = new URL("../../test/fixtures/bad/", import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, bad)));
const bytes = (...values: number[]) => Uint8Array.from(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe("decodeText", () => {
  it("reads UTF-8 and strips its byte-order mark", () => {
    const decoded = decodeText(bytes(0xef, 0xbb, 0xbf, ...ascii("Hà Nội")));
    expect(decoded).toEqual({ ok: true, text: "Hà Nội", encoding: "utf-8" });
  });

  it("reads UTF-16 little- and big-endian files that carry a byte-order mark", () => {
    for (const name of ["utf16-bom.txt", "utf16be-bom.txt"]) {
      const decoded = decodeText(fixture(name));
      expect(decoded.ok && decoded.text).toMatch(/^Phó Thủ tướng Trần Hồng Hà met/);
    }
  });

  it("recognises UTF-16 saved without a byte-order mark", () => {
    const text = "Vietnam and Laos signed 12 agreements.\n";
    expect(decodeText(new Uint8Array(Buffer.from(text, "utf16le")))).toEqual({ ok: true, text, encoding: "utf-16le" });
    expect(decodeText(new Uint8Array(Buffer.from(text, "utf16le").swap16()))).toEqual({
      ok: true,
      text,
      encoding: "utf-16be",
    });
  });

  it("falls back to Windows-1252 when the bytes are not UTF-8, keeping curly quotes and dashes", () => {
    const decoded = decodeText(fixture("windows-1252.txt"));
    expect(decoded).toMatchObject({ ok: true, encoding: "windows-1252" });
    expect(decoded.ok && decoded.text).toBe(
      "\u201cWe welcome France\u2019s support,\u201d the minister said \u2014 adding that Vietnam\u2019s caf\u00e9 exports rose 12% in 2024.\r\n",
    );
  });

  it("reads invalid UTF-8 as Windows-1252 rather than refusing it", () => {
    const decoded = decodeText(fixture("invalid-utf8.txt"));
    expect(decoded).toMatchObject({ ok: true, encoding: "windows-1252" });
    expect(decoded.ok && decoded.text).toContain("met his counterpart in Hanoi");
  });

  it("leaves CRLF and lone CR line ends as they are, for the pipeline to normalise", () => {
    expect(decodeText(fixture("crlf.txt"))).toMatchObject({
      ok: true,
      text: expect.stringContaining("agreement.\r\n\r\nThe deal"),
    });
    expect(decodeText(fixture("lone-cr.txt"))).toMatchObject({
      ok: true,
      text: expect.stringContaining("agreement.\r\rThe deal"),
    });
  });

  it.each([
    ["flag.png", "binary file (PNG image), not text"],
    ["articles.zip", "binary file (ZIP archive (also .docx, .xlsx, .epub)), not text"],
    ["corpus.sqlite", "binary file (SQLite database), not text"],
  ])("refuses %s as binary", (name, reason) => {
    expect(decodeText(fixture(name))).toEqual({ ok: false, reason });
  });

  it("refuses PDF, GIF, JPEG and any content with NUL bytes", () => {
    expect(decodeText(ascii("%PDF-1.7\n%âãÏÓ\n1 0 obj"))).toEqual({
      ok: false,
      reason: "binary file (PDF document), not text",
    });
    expect(decodeText(ascii("GIF89a\u0001\u0001"))).toMatchObject({ reason: "binary file (GIF image), not text" });
    expect(decodeText(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toMatchObject({
      reason: "binary file (JPEG image), not text",
    });
    expect(decodeText(bytes(...ascii("Vietnam"), 0, ...ascii("Laos")))).toMatchObject({
      reason: "binary file (contains NUL bytes), not text",
    });
  });

  it("refuses empty and whitespace-only files", () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: "empty file" });
    expect(decodeText(fixture("whitespace-only.txt"))).toEqual({ ok: false, reason: "empty file (only whitespace)" });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf))).toEqual({ ok: false, reason: "empty file" });
  });

  it("reads a page that is not UTF-8 in the charset its <meta> declares", () => {
    const head = ascii(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body>',
    );
    // "東京" in Shift_JIS: not valid UTF-8, and nonsense as Windows-1252.
    const decoded = decodeText(bytes(...head, 0x93, 0x8c, 0x8b, 0x9e, ...ascii("</body></html>")));
    expect(decoded).toMatchObject({ ok: true, encoding: "shift_jis" });
    expect(decoded.ok && decoded.text).toContain("<body>東京</body>");
  });

  it("reads a page declaring Latin-1 as Windows-1252, keeping its curly quotes", () => {
    const decoded = decodeText(bytes(...ascii('<meta charset="iso-8859-1"><p>'), 0x93, ...ascii("Caf"), 0xe9, 0x94));
    expect(decoded).toEqual({
      ok: true,
      text: '<meta charset="iso-8859-1"><p>\u201cCaf\u00e9\u201d',
      encoding: "windows-1252",
    });
  });

  it("repairs UTF-8 that was once read as Windows-1252 and saved again", () => {
    const garbled = "Th\u00e1\u00bb\u00a7 t\u00c6\u00b0\u00e1\u00bb\u203ang Nguy\u00e1\u00bb\u2026n";
    expect(decodeText(new TextEncoder().encode(garbled))).toEqual({
      ok: true,
      text: "Thủ tướng Nguyễn",
      encoding: "utf-8",
    });
  });

  it("leaves correct Vietnamese byte for byte", () => {
    const text = "Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn đón Đại sứ tại Hà Nội.\n";
    const decoded = decodeText(new TextEncoder().encode(text));
    expect(decoded.ok && new TextEncoder().encode(decoded.text)).toEqual(new TextEncoder().encode(text));
  });
});
