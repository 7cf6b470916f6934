import { readFileSync, statSync } from "node:fs";
import { extname, posix, relative, resolve, sep } from "node:path";
import type { Handler } from "hono";
import { z } from "zod";
import contentTypesJson from "./data/content-types.json" with { type: "json" };
import { errorResponse } from "./errors.js";

const contentTypes = z.record(z.string(), z.string()).parse(contentTypesJson);

/**
 * The request path as a safe relative file path, or null: decoded once, normalised, and refused when it
 * holds `..`, a backslash, a NUL or a drive letter, in any encoding.
 */
export function safeRelativePath(requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (/[\\\0]/.test(decoded) || /(^|\/)\.\.(\/|$)/.test(decoded) || /^\/?[A-Za-z]:/.test(decoded)) return null;
  const normalised = posix.normalize(`/${decoded}`).replace(/^\/+/, "");
  if (normalised.split("/").some((segment) => segment === "..")) return null;
  return normalised;
}

/** Content codings the dashboard build writes beside each file (`app.js.br`, `app.js.gz`), best first. */
const encodings = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;
type Encoding = (typeof encodings)[number]["name"];

/**
 * The best coding the client accepts among those available, or null for the file as it is. `q=0` refuses a
 * coding; `*` stands for any coding not named.
 */
export function chooseEncoding(acceptEncoding: string | undefined, available: ReadonlySet<Encoding>): Encoding | null {
  if (!acceptEncoding) return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(",")) {
    const [token = "", ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (token) weights.set(token.trim(), q === undefined ? 1 : Number(q));
  }
  let best: Encoding | null = null;
  let bestWeight = 0;
  for (const { name } of encodings) {
    const weight = weights.get(name) ?? weights.get("*") ?? 0;
    if (available.has(name) && weight > bestWeight) {
      best = name;
      bestWeight = weight;
    }
  }
  return best;
}

type CachedFile = { stamp: string; type: string; bodies: Map<Encoding | null, Uint8Array> };

function fileTimes(full: string): { size: number; mtimeMs: number } | null {
  try {
    const stat = statSync(full);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/**
 * The dashboard's files, read once and kept in memory with their precompressed copies: a page load asks for its
 * files at once, and a read and a stream per request cost more than the bytes. A file whose size or time changed
 * (a rebuild while serving) is read again.
 */
class DashboardFiles {
  private readonly cache = new Map<string, CachedFile>();

  constructor(private readonly root: string) {}

  get(relativePath: string): CachedFile | null {
    const full = resolve(this.root, relativePath);
    const inside = relative(this.root, full);
    if (inside.startsWith("..") || inside.includes(`..${sep}`)) return null;
    const times = fileTimes(full);
    if (times === null) return null;
    const stamp = `${times.size}-${times.mtimeMs}`;
    const cached = this.cache.get(full);
    if (cached?.stamp === stamp) return cached;
    const bodies = new Map<Encoding | null, Uint8Array>([[null, readFileSync(full)]]);
    for (const { name, suffix } of encodings) {
      // A compressed copy older than its file is left over from an earlier build.
      const copy = fileTimes(full + suffix);
      if (copy && copy.mtimeMs >= times.mtimeMs) bodies.set(name, readFileSync(full + suffix));
    }
    const file = { stamp, type: contentTypes[extname(full).toLowerCase()] ?? "application/octet-stream", bodies };
    this.cache.set(full, file);
    return file;
  }
}

/**
 * Serves the built dashboard; unknown paths without an extension are client-side routes and get index.html.
 * Hashed assets are cached for a year; a precompressed copy is sent to a client that accepts its coding.
 */
export function serveDashboard(staticDir: string): Handler {
  const files = new DashboardFiles(resolve(staticDir));
  return (c) => {
    const relativePath = safeRelativePath(c.req.path);
    if (relativePath === null) return errorResponse(c, "bad_request", "That path is not allowed.");
    const isAsset = extname(relativePath) !== "";
    let file = relativePath ? files.get(relativePath) : null;
    if (!file && !isAsset) file = files.get("index.html");
    if (!file) return errorResponse(c, "not_found", `Nothing at ${c.req.path}.`);
    const available = new Set([...file.bodies.keys()].filter((key): key is Encoding => key !== null));
    // index.html is revalidated on every visit (it names the current build's assets): unchanged, it is not resent.
    const etag = `W/"${file.stamp}"`;
    const vary: Record<string, string> = available.size > 0 ? { Vary: "Accept-Encoding" } : {};
    if (c.req.header("if-none-match") === etag) return c.body(null, 304, { ETag: etag, ...vary });
    const encoding = chooseEncoding(c.req.header("accept-encoding"), available);
    const body = file.bodies.get(encoding) ?? (file.bodies.get(null) as Uint8Array);
    const immutable = relativePath.startsWith("assets/");
    const coding: Record<string, string> = encoding ? { "Content-Encoding": encoding } : {};
    return c.body(body as Uint8Array<ArrayBuffer>, 200, {
      "Content-Type": file.type,
      "Content-Length": String(body.byteLength),
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      "X-Content-Type-Options": "nosniff",
      ETag: etag,
      ...vary,
      ...coding,
    });
  };
}
