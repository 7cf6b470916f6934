import { chmod, mkdir, mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverSources } from "./discover.js";
import type { ReadFailure, SourceDocument } from "./document.js";
import { isReadFailure } from "./failure.js";
import { type ReadOptions, readSourceFile } from "./read-file.js";

const fixtures = fileURLToPath(new URL("../../test/fixtures/", import.meta.url));
const bad = join(fixtures, "bad");
const formats = join(fixtures, "formats");

async function readAll(path: string, options?: ReadOptions) {
  const items: Array<SourceDocument | ReadFailure> = [];
  for await (const item of readSourceFile({ path, manifest: null }, options)) items.push(item);
  return items;
}

async function readBatch(inputs: string[], options?: ReadOptions) {
  const { files, failures } = await discoverSources(inputs);
  const documents: SourceDocument[] = [];
  const failed: ReadFailure[] = [...failures];
  for (const file of files) {
    for await (const item of readSourceFile(file, options)) {
      if (isReadFailure(item)) failed.push(item);
      else documents.push(item);
    }
  }
  return { documents, failed };
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "chancery-read-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("readSourceFile on the bad-input fixtures", () => {
  it.each([
    ["empty.txt", "empty file"],
    ["whitespace-only.txt", "empty file (only whitespace)"],
    [
      "flag.png",
      "unsupported file type .png (supported: .txt, .md, .markdown, .html, .htm, .mhtml, .mht, .jsonl, .ndjson, .json)",
    ],
    ["articles.zip", expect.stringMatching(/^unsupported file type \.zip/)],
    ["corpus.sqlite", expect.stringMatching(/^unsupported file type \.sqlite/)],
    ["screenshot-saved-as.txt", "binary file (PNG image), not text"],
    [
      "malformed-front-matter.md",
      "malformed YAML front matter at line 5: unexpected end of the stream within a double quoted scalar",
    ],
  ])("refuses %s with a one-line reason", async (name, error) => {
    expect(await readAll(join(bad, name))).toEqual([{ sourcePath: join(bad, name), error }]);
  });

  it.each([
    ["utf16-bom.txt", "Phó Thủ tướng Trần Hồng Hà met Singapore's Deputy Prime Minister"],
    ["utf16be-bom.txt", "Phó Thủ tướng Trần Hồng Hà met Singapore's Deputy Prime Minister"],
    ["windows-1252.txt", "\u201cWe welcome France\u2019s support,\u201d"],
    ["invalid-utf8.txt", "met his counterpart in Hanoi on Tuesday"],
    ["crlf.txt", "agreement.\r\n\r\nThe deal"],
    ["lone-cr.txt", "agreement.\r\rThe deal"],
    ['Quan hệ Việt – Mỹ "2024".txt', "Quan hệ Việt – Mỹ: a year after the upgrade"],
  ])("reads %s sensibly", async (name, expected) => {
    const [document, ...rest] = await readAll(join(bad, name));
    expect(rest).toEqual([]);
    expect(document).toMatchObject({
      sourcePath: join(bad, name),
      format: "txt",
      text: expect.stringContaining(expected),
    });
  });

  it("reads the good lines of a JSONL file and names each broken line", async () => {
    const path = join(bad, "mixed-lines.jsonl");
    const items = await readAll(path);
    expect(items.map((i) => (isReadFailure(i) ? `${i.sourcePath}: ${i.error}` : i.sourcePath))).toEqual([
      `${path}:1`,
      `${path}:2: not valid JSON: Expected double-quoted property name in JSON at position 67`,
      `${path}:3`,
      `${path}:5: invalid record: needs a non-empty "text" or "html" field`,
      `${path}:6: record is an array, expected an object with "text" or "html"`,
      `${path}:7`,
    ]);
    expect(items[0]).toMatchObject({
      format: "jsonl",
      text: "Vietnam became a BRICS partner country, the Brazilian government announced.",
      metadata: { title: "Vietnam joins BRICS as partner country", outlet: "Wire A", published: "2025-06-13" },
    });
  });

  it("keeps the records before the cut in a truncated JSON array and reports the cut", async () => {
    const path = join(bad, "truncated-array.json");
    const items = await readAll(path);
    expect(items).toEqual([
      expect.objectContaining({ sourcePath: `${path}[0]`, text: expect.stringContaining("Hanoi hosted a forum") }),
      { sourcePath: path, error: "unexpected end of file: the JSON is cut off before its closing bracket" },
    ]);
  });

  it("reads a whole folder of bad input: every file yields a document or a one-line failure, and the good ones land", async () => {
    const { documents, failed } = await readBatch([bad, formats]);
    expect(documents.length).toBeGreaterThanOrEqual(20);
    for (const failure of failed) {
      expect(failure.sourcePath).toMatch(/^\/.+/);
      expect(failure.error).not.toMatch(/[\r\n]/);
      expect(failure.error.length).toBeGreaterThan(5);
    }
    expect(documents.some((d) => d.sourcePath.endsWith("japan-partnership.html"))).toBe(true);
  });
});

describe("readSourceFile on one article of each format", () => {
  it("reads txt (with manifest metadata), md front matter, html, jsonl and json", async () => {
    const { documents, failed } = await readBatch([formats]);
    expect(failed).toEqual([]);
    const byName = (suffix: string) => documents.find((d) => d.sourcePath.endsWith(suffix));
    expect(documents.map((d) => d.format)).toEqual(["txt", "html", "md", "json", "json", "json", "jsonl", "jsonl"]);
    expect(byName("australia-upgrade.txt")?.metadata).toEqual({
      title: "Vietnam and Australia elevate ties to Comprehensive Strategic Partnership",
      outlet: "Hanoi Times Wire",
      published: "2024-03-07",
      language: "en",
    });
    const md = byName("malaysia-visit.md");
    expect(md?.metadata).toMatchObject({
      outlet: "Southeast Asia Report",
      published: "2024-11-22",
      author: "Desk editor",
    });
    expect(md?.text).not.toContain("outlet:");
    expect(md?.raw.startsWith("---\ntitle:")).toBe(true);
    const fromHtml = byName("regional-roundup.json[1]");
    expect(fromHtml?.metadata).toMatchObject({ title: "ASEAN summit opens in Vientiane", outlet: "Regional Brief" });
    expect(fromHtml?.text).not.toContain("alert");
    expect(JSON.parse(fromHtml?.raw ?? "")).toHaveProperty("html");
  });
});

describe("readSourceFile limits", () => {
  it("reads a 20 MB text file within the default limit, refuses it under a lower one, and stays bounded in memory", async () => {
    const path = join(tmp, "big.txt");
    const paragraph = "Vietnam and the European Union reviewed the EVFTA, which cut tariffs on 99% of goods. ".repeat(
      10,
    );
    // Written a megabyte at a time: thousands of small awaited writes made the setup, not the read, the slow part.
    const megabyte = `${paragraph}\n\n`.repeat(Math.ceil((1024 * 1024) / (paragraph.length + 2)));
    const handle = await open(path, "w");
    for (let written = 0; written < 20 * 1024 * 1024; written += megabyte.length) await handle.write(megabyte);
    await handle.close();

    expect(await readAll(path, { maxFileBytes: 10 * 1024 * 1024 })).toEqual([
      { sourcePath: path, error: "file is 20.0 MB, over the 10.0 MB limit (maxFileBytes)" },
    ]);
    const before = process.memoryUsage().rss;
    const [document] = await readAll(path);
    const grown = process.memoryUsage().rss - before;
    expect(document && !isReadFailure(document) && document.text.length).toBeGreaterThan(20 * 1024 * 1024);
    expect(grown).toBeLessThan(200 * 1024 * 1024);
    // A size test, not a speed test: on a loaded two-core CI machine reading 20 MB twice can pass five seconds.
  }, 60_000);

  it("reads a 1 MB single line", async () => {
    const path = join(tmp, "one-line.txt");
    await writeFile(path, `${"Hanoi and Vientiane pledged closer ties. ".repeat(26_000)}`);
    const [document] = await readAll(path);
    expect(document).toMatchObject({ format: "txt" });
    expect(document && "text" in document && document.text.length).toBeGreaterThan(1_000_000);
  });

  it("streams a JSON array of 10,000 articles, one document each", async () => {
    const path = join(tmp, "bulk.json");
    const records = Array.from({ length: 10_000 }, (_, i) => ({
      title: `Briefing ${i}`,
      outlet: i % 2 ? "Wire A" : "Wire B",
      published: "2024-05-01",
      text: `Vietnam and partner ${i} discussed trade worth ${i} million USD in Hanoi.`,
    }));
    await writeFile(path, JSON.stringify(records));
    const items = await readAll(path);
    expect(items).toHaveLength(10_000);
    expect(items.filter(isReadFailure)).toEqual([]);
    expect(items[9_999]).toMatchObject({ sourcePath: `${path}[9999]`, metadata: { title: "Briefing 9999" } });
    expect(JSON.parse((items[42] as SourceDocument).raw)).toEqual(records[42]);
  });

  it("refuses a JSONL line over the per-record limit and reads the next ones", async () => {
    const path = join(tmp, "long-line.jsonl");
    const good = JSON.stringify({ text: "Vietnam and Cuba." });
    await writeFile(path, `${good}\n${JSON.stringify({ text: "x".repeat(3000) })}\n${good}\n`);
    const items = await readAll(path, { maxRecordBytes: 1024 });
    expect(items.map((i) => (isReadFailure(i) ? i.error : i.sourcePath))).toEqual([
      `${path}:1`,
      "line is 3 KB, over the 1 KB limit per record",
      `${path}:3`,
    ]);
  });

  it("refuses a JSONL file that is not UTF-8, naming the byte and line", async () => {
    const path = join(tmp, "latin.jsonl");
    await writeFile(
      path,
      Buffer.concat([Buffer.from('{"text":"ok"}\n{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]),
    );
    const items = await readAll(path);
    expect(items).toEqual([
      { sourcePath: path, error: "not valid UTF-8 near byte 26 (line 2); save the file as UTF-8" },
    ]);
  });
});

describe("readSourceFile on paths that cannot be read", () => {
  it("refuses a folder given as a file, and a file that has vanished", async () => {
    const folder = join(tmp, "folder.txt");
    await mkdir(folder);
    expect(await readAll(folder)).toEqual([{ sourcePath: folder, error: "is a folder, not a file" }]);
    expect(await readAll(join(tmp, "gone.txt"))).toEqual([
      { sourcePath: join(tmp, "gone.txt"), error: "no such file or folder" },
    ]);
  });

  // Tests run as root in CI, and root reads a chmod 000 file anyway; the folder case above covers the refusal path.
  it.skipIf(process.getuid?.() === 0)("refuses a file without read permission", async () => {
    const path = join(tmp, "locked.txt");
    await writeFile(path, "Vietnam and Laos.");
    await chmod(path, 0o000);
    expect(await readAll(path)).toEqual([
      { sourcePath: path, error: "permission denied (the file cannot be read by this user)" },
    ]);
  });
});
