import type { Dirent } from "node:fs";
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, relative, sep } from "node:path";
import type { ReadFailure, SourceMetadata } from "./document.js";
import { failure } from "./failure.js";
import { describeFsError } from "./fs-errors.js";
import { MANIFEST_NAME, parseManifest } from "./manifest.js";

/** A file to read, with the metadata its folder's manifest gives it (null when none does). */
export interface DiscoveredFile {
  path: string;
  manifest: SourceMetadata | null;
}

export interface DiscoverOptions {
  /** Follow symlinks to files and folders (default true); loops are detected and reported once. */
  followSymlinks?: boolean;
}

interface FolderManifest {
  dir: string;
  files: Map<string, SourceMetadata>;
}

const SKIPPED_FOLDERS = new Set(["node_modules"]);

/**
 * Lists the files to read under the given files and folders: folders recursively in name order, skipping
 * dotfiles and node_modules, each file once (by its real path) with its manifest metadata. Missing paths,
 * unreadable folders, broken manifests and symlink loops become failures; discovery itself never throws.
 */
export async function discoverSources(
  inputs: string[],
  options: DiscoverOptions = {},
): Promise<{ files: DiscoveredFile[]; failures: ReadFailure[] }> {
  const follow = options.followSymlinks ?? true;
  const files: DiscoveredFile[] = [];
  const failures: ReadFailure[] = [];
  const seenFiles = new Set<string>();
  const seenFolders = new Set<string>();
  const manifests = new Map<string, FolderManifest | null>();

  const manifestOf = async (dir: string): Promise<FolderManifest | null> => {
    if (manifests.has(dir)) return manifests.get(dir) ?? null;
    const path = join(dir, MANIFEST_NAME);
    let found: FolderManifest | null = null;
    try {
      const parsed = parseManifest(await readFile(path, "utf8"));
      if (parsed.ok) found = { dir, files: parsed.files };
      else failures.push(failure(path, `${parsed.reason} (the files load without its metadata)`));
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== "ENOENT" && code !== "ENOTDIR") failures.push(failure(path, describeFsError(error)));
    }
    manifests.set(dir, found);
    return found;
  };

  const addFile = (path: string, real: string, chain: FolderManifest[]) => {
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    let metadata: SourceMetadata | null = null;
    for (let i = chain.length - 1; i >= 0 && metadata === null; i--) {
      const manifest = chain[i] as FolderManifest;
      metadata = manifest.files.get(relative(manifest.dir, path).split(sep).join("/")) ?? null;
    }
    files.push({ path, manifest: metadata });
  };

  const walk = async (dir: string, ancestors: string[], chain: FolderManifest[]): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      failures.push(failure(dir, describeFsError(error)));
      return;
    }
    const manifest = await manifestOf(dir);
    const here = manifest ? [...chain, manifest] : chain;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith(".") || entry.name === MANIFEST_NAME) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (SKIPPED_FOLDERS.has(entry.name)) continue;
        await enterFolder(path, ancestors, here);
      } else if (entry.isSymbolicLink()) {
        if (follow) await followLink(path, ancestors, here);
      } else if (entry.isFile()) {
        addFile(path, await realpath(path).catch(() => path), here);
      } else {
        failures.push(failure(path, "not a regular file (a device, socket or pipe)"));
      }
    }
  };

  const enterFolder = async (path: string, ancestors: string[], chain: FolderManifest[]) => {
    let real: string;
    try {
      real = await realpath(path);
    } catch (error) {
      failures.push(failure(path, describeFsError(error)));
      return;
    }
    if (ancestors.includes(real)) {
      failures.push(failure(path, `symlink loop: leads back to ${real}, skipped`));
      return;
    }
    // A folder reached a second time by another way (an overlapping input, a link to a sibling) is read once.
    if (seenFolders.has(real)) return;
    seenFolders.add(real);
    await walk(path, [...ancestors, real], chain);
  };

  const followLink = async (path: string, ancestors: string[], chain: FolderManifest[]) => {
    let real: string;
    try {
      real = await realpath(path);
    } catch (error) {
      const code = (error as { code?: string }).code;
      failures.push(
        failure(path, code === "ENOENT" ? "broken symlink (its target does not exist)" : describeFsError(error)),
      );
      return;
    }
    const info = await stat(real).catch(() => null);
    if (info?.isDirectory()) await enterFolder(path, ancestors, chain);
    else if (info?.isFile()) addFile(path, real, chain);
    else failures.push(failure(path, "symlink to something that is not a file or folder"));
  };

  for (const input of inputs) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(input);
    } catch (error) {
      failures.push(failure(input, describeFsError(error)));
      continue;
    }
    if (info.isDirectory()) {
      await enterFolder(input, [], []);
    } else if (info.isFile()) {
      const manifest = await manifestOf(dirname(input));
      const entry = manifest?.files.get(basename(input)) ?? null;
      const real = await realpath(input).catch(() => input);
      if (!seenFiles.has(real)) {
        seenFiles.add(real);
        files.push({ path: input, manifest: entry });
      }
    } else {
      failures.push(failure(input, "not a regular file or folder"));
    }
  }
  return { files, failures };
}
