import { describe, expect, it } from "vitest";
import { isMhtml, unwrapMhtml } from "./mhtml.js";
import { readBuffer } from "./read-buffer.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Quoted-printable as browsers write it: "=" and bytes above 0x7e escaped, lines wrapped at 76 with a soft break. */
function qp(text: string): string {
  let out = "";
  for (const byte of new TextEncoder().encode(text)) {
    out +=
      byte === 0x3d || byte > 0x7e ? `=${byte.toString(16).toUpperCase().padStart(2, "0")}` : String.fromCharCode(byte);
  }
  return out.replace(/(.{72})/g, "$1=\r\n");
}

const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Viet Nam, Chile lift ties | Example News</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Viet Nam, Chile lift ties</h1>
<p>SANTIAGO — Việt Nam and Chile agreed on Tuesday to deepen their comprehensive partnership, with two-way trade near US$2 billion.</p>
<p>The two ministers signed three agreements on trade, education and mining cooperation at the talks in the capital.</p>
</article></body></html>`;

function mhtml(html: string, options: { encoding?: "quoted-printable" | "base64"; charset?: string } = {}): string {
  const encoding = options.encoding ?? "quoted-printable";
  const body =
    encoding === "base64"
      ? Buffer.from(html, "utf8")
          .toString("base64")
          .replace(/(.{76})/g, "$1\r\n")
      : qp(html);
  return [
    "From: <Saved by Blink>",
    "Snapshot-Content-Location: https://news.example.com/world/viet-nam-chile-lift-ties",
    "Subject: Viet Nam, Chile lift ties | Example News",
    "Date: Tue, 12 Mar 2024 10:15:00 +0700",
    "MIME-Version: 1.0",
    'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc123----"',
    "",
    "",
    "------MultipartBoundary--abc123----",
    `Content-Type: text/html; charset=${options.charset ?? "utf-8"}`,
    "Content-ID: <frame-1@mhtml.blink>",
    `Content-Transfer-Encoding: ${encoding}`,
    "Content-Location: https://news.example.com/world/viet-nam-chile-lift-ties",
    "",
    body,
    "",
    "------MultipartBoundary--abc123----",
    "Content-Type: image/png",
    "Content-Transfer-Encoding: base64",
    "Content-Location: https://news.example.com/logo.png",
    "",
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "",
    "------MultipartBoundary--abc123------",
    "",
  ].join("\r\n");
}

describe("pages saved as a single file (.mhtml)", () => {
  it("reads the page inside the MIME wrapper like a saved .html file, with its address", () => {
    const [document] = readBuffer("chile.mhtml", utf8(mhtml(page)));
    expect(document).toMatchObject({
      format: "html",
      metadata: { url: "https://news.example.com/world/viet-nam-chile-lift-ties" },
    });
    const text = (document as { text: string }).text;
    expect(text).toContain("Việt Nam and Chile agreed on Tuesday to deepen their comprehensive partnership");
    expect(text).toContain("three agreements on trade, education and mining");
    expect(text).not.toContain("MultipartBoundary");
    expect(text).not.toContain("=3D");
    expect(text).not.toContain("iVBORw0KGgo");
  });

  it("decodes a base64 page part and its declared charset", () => {
    const unwrapped = unwrapMhtml(mhtml(page, { encoding: "base64" }));
    expect(unwrapped).toMatchObject({ ok: true });
    expect((unwrapped as { html: string }).html).toContain("Việt Nam and Chile");
    const latin = unwrapMhtml(mhtml("<p>Caf\u00e9 diplomacy</p>", { charset: "iso-8859-1" }).replace(/=C3=A9/, "=E9"));
    expect((latin as { html: string }).html).toContain("Café diplomacy");
  });

  it("names the reason when the wrapper holds no page", () => {
    const imagesOnly = mhtml(page).replace("Content-Type: text/html; charset=utf-8", "Content-Type: text/css");
    expect(readBuffer("broken.mht", utf8(imagesOnly))).toEqual([
      { sourcePath: "broken.mht", error: "MHTML file has no text/html part" },
    ]);
    const noBoundary = mhtml(page).replace(/boundary="[^"]+"/, "");
    expect(unwrapMhtml(noBoundary)).toEqual({
      ok: false,
      reason: "MHTML file names no multipart boundary in its Content-Type",
    });
  });

  it("leaves an ordinary HTML page that mentions MIME words alone", () => {
    expect(isMhtml("<html><body><p>Date: 12 March. The multipart/related type is for email.</p></body></html>")).toBe(
      false,
    );
    expect(isMhtml(mhtml(page))).toBe(true);
  });
});
