import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { discoverSources } from "./discover.js";

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), "chancery-discover-"));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function write(path: string, text = "Vietnam and Laos.\n") {
  await mkdir(join(root, path, ".."), { recursive: true });
  await writeFile(join(root, path), text);
}

describe("discoverSources", () => {
  it("lists folders recursively in name order, skipping dotfiles, node_modules and the manifest", async () => {
    for (const path of [
      "b.txt",
      "a.md",
      "sub/c.html",
      ".hidden.txt",
      ".git/x.txt",
      "node_modules/m.txt",
      "notes.pdf",
    ]) {
      await write(path);
    }
    await write("chancery.manifest.json", '{"files": {}}');
    const { files, failures } = await discoverSources([root]);
    expect(files.map((f) => f.path.slice(root.length + 1))).toEqual(["a.md", "b.txt", "notes.pdf", "sub/c.html"]);
    expect(failures).toEqual([]);
  });

  it("reports a missing path and still lists the others", async () => {
    await write("a.txt");
    const { files, failures } = await discoverSources([join(root, "gone"), join(root, "a.txt")]);
    expect(files.map((f) => f.path)).toEqual([join(root, "a.txt")]);
    expect(failures).toEqual([{ sourcePath: join(root, "gone"), error: "no such file or folder" }]);
  });

  it("gives each file its manifest metadata, from its own folder or an ancestor's", async () => {
    await write("a.txt");
    await write("sub/b.txt");
    await write("sub/c.txt");
    await write(
      "chancery.manifest.json",
      JSON.stringify({ files: { "a.txt": { outlet: "VnExpress" }, "sub/b.txt": { outlet: "Tuoi Tre" } } }),
    );
    await write(
      "sub/chancery.manifest.json",
      JSON.stringify({ files: { "c.txt": { title: "Hello", published: "2024-01-02" } } }),
    );
    const { files } = await discoverSources([root]);
    expect(files.map((f) => f.manifest)).toEqual([
      { outlet: "VnExpress" },
      { outlet: "Tuoi Tre" },
      { title: "Hello", published: "2024-01-02" },
    ]);
    const single = await discoverSources([join(root, "a.txt")]);
    expect(single.files).toEqual([{ path: join(root, "a.txt"), manifest: { outlet: "VnExpress" } }]);
  });

  it("reports a broken manifest by name and still lists the files, without metadata", async () => {
    await write("a.txt");
    await write("chancery.manifest.json", '{"files": {"a.txt": {"titel": "typo"}}}');
    const { files, failures } = await discoverSources([root]);
    expect(files).toEqual([{ path: join(root, "a.txt"), manifest: null }]);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.sourcePath).toBe(join(root, "chancery.manifest.json"));
    expect(failures[0]?.error).toMatch(/^invalid manifest: .*titel.*\(the files load without its metadata\)$/);
  });

  it("detects a symlink loop, reports it once and does not hang", async () => {
    await write("corpus/a.txt");
    await symlink(join(root, "corpus"), join(root, "corpus/again"));
    await symlink(join(root, "self"), join(root, "self"));
    const { files, failures } = await discoverSources([root]);
    expect(files.map((f) => f.path)).toEqual([join(root, "corpus/a.txt")]);
    expect(failures).toEqual([
      { sourcePath: join(root, "corpus/again"), error: `symlink loop: leads back to ${join(root, "corpus")}, skipped` },
      { sourcePath: join(root, "self"), error: "symlink loop (the link points back to itself)" },
    ]);
  });

  it("reads a file reached twice (a link, an overlapping input) once, and ignores links when asked", async () => {
    await write("a.txt");
    await symlink(join(root, "a.txt"), join(root, "link.txt"));
    const both = await discoverSources([root, join(root, "a.txt")]);
    expect(both.files.map((f) => f.path)).toEqual([join(root, "a.txt")]);
    const dangling = join(root, "dangling.txt");
    await symlink(join(root, "nowhere.txt"), dangling);
    expect((await discoverSources([root])).failures).toEqual([
      { sourcePath: dangling, error: "broken symlink (its target does not exist)" },
    ]);
    expect(await discoverSources([root], { followSymlinks: false })).toEqual({
      files: [{ path: join(root, "a.txt"), manifest: null }],
      failures: [],
    });
  });
});
