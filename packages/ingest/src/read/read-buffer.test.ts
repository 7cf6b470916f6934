import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readBuffer } from "./read-buffer.js";

const fixtures = new URL("../../test/fixtures/", import.meta.url);
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(path, fixtures)));
const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readBuffer", () => {
  it("reads an upload by the format its name announces, filling missing metadata from the caller", () => {
    const [document] = readBuffer("visit.txt", utf8("---\ntitle: Vietnam and Chile\n---\nSANTIAGO — Text."), {
      title: "ignored",
      outlet: "Upload Desk",
    });
    expect(document).toEqual({
      sourcePath: "visit.txt",
      format: "txt",
      text: "SANTIAGO — Text.",
      raw: "---\ntitle: Vietnam and Chile\n---\nSANTIAGO — Text.",
      metadata: { title: "Vietnam and Chile", outlet: "Upload Desk" },
    });
  });

  it.each([
    ["flag.png", "binary file (PNG image), not text"],
    ["articles.zip", "binary file (ZIP archive (also .docx, .xlsx, .epub)), not text"],
    ["corpus.sqlite", "binary file (SQLite database), not text"],
  ])("refuses %s uploaded under a text name", (name, error) => {
    expect(readBuffer("article.txt", fixture(`bad/${name}`))).toEqual([{ sourcePath: "article.txt", error }]);
  });

  it("refuses an unsupported extension before looking at the bytes", () => {
    expect(readBuffer("report.docx", utf8("text"))).toEqual([
      {
        sourcePath: "report.docx",
        error:
          "unsupported file type .docx (supported: .txt, .md, .markdown, .html, .htm, .mhtml, .mht, .jsonl, .ndjson, .json)",
      },
    ]);
    expect(readBuffer("README", utf8("text"))[0]).toMatchObject({
      error: expect.stringMatching(/^unsupported file type \(no extension\)/),
    });
  });

  it("reads JSONL and JSON uploads record by record, as files on disk are", () => {
    const lines = readBuffer("bad.jsonl", fixture("bad/mixed-lines.jsonl"));
    expect(lines.map((item) => item.sourcePath)).toEqual([
      "bad.jsonl:1",
      "bad.jsonl:2",
      "bad.jsonl:3",
      "bad.jsonl:5",
      "bad.jsonl:6",
      "bad.jsonl:7",
    ]);
    const records = readBuffer("roundup.json", fixture("formats/regional-roundup.json"));
    expect(records.map((item) => item.sourcePath)).toEqual(["roundup.json[0]", "roundup.json[1]", "roundup.json[2]"]);
    expect(readBuffer("one.json", utf8('{"text": "Vietnam and Peru.", "lang": "en"}'))).toEqual([
      {
        sourcePath: "one.json",
        format: "json",
        text: "Vietnam and Peru.",
        raw: '{"text": "Vietnam and Peru.", "lang": "en"}',
        metadata: { language: "en" },
      },
    ]);
  });

  it("reads an uploaded HTML page without its scripts", () => {
    const [document] = readBuffer("page.html", fixture("bad/hostile.html"));
    expect(document).toMatchObject({ format: "html", metadata: { outlet: "Manila Daily" } });
    expect(document && "text" in document && document.text).not.toMatch(/payload|SCRIPT|alert/);
  });

  it("reads a short HTML record in a JSONL file from the text it plainly has", () => {
    const record = {
      html: "<article><h1>Vietnam, Laos sign border pact</h1><p>Vietnam and Laos signed a border management agreement in Vientiane on Tuesday.</p><p>The two sides also agreed to open two new border gates next year.</p></article>",
      outlet: "VNA",
    };
    const [document] = readBuffer("briefs.jsonl", utf8(`${JSON.stringify(record)}\n`));
    expect(document).toMatchObject({
      format: "jsonl",
      text: expect.stringContaining("Vietnam and Laos signed a border management agreement in Vientiane on Tuesday."),
      metadata: { title: "Vietnam, Laos sign border pact", outlet: "VNA" },
    });
    expect((document as { text: string }).text).toContain("The two sides also agreed to open two new border gates");
  });
});
