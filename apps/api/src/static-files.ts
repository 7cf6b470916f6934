import { createReadStream, statSync } from "node:fs";
import { extname, posix, relative, resolve, sep } from "node:path";
import { Readable } from "node:stream";
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

function fileAt(root: string, relativePath: string): string | null {
  const full = resolve(root, relativePath);
  const inside = relative(root, full);
  if (inside.startsWith("..") || inside.includes(`..${sep}`)) return null;
  try {
    return statSync(full).isFile() ? full : null;
  } catch {
    return null;
  }
}

/** Serves the built dashboard; unknown paths without an extension are client-side routes and get index.html. */
export function serveDashboard(staticDir: string): Handler {
  const root = resolve(staticDir);
  return (c) => {
    const relativePath = safeRelativePath(c.req.path);
    if (relativePath === null) return errorResponse(c, "bad_request", "That path is not allowed.");
    let file = relativePath ? fileAt(root, relativePath) : null;
    const isAsset = extname(relativePath) !== "";
    if (!file && !isAsset) file = fileAt(root, "index.html");
    if (!file) return errorResponse(c, "not_found", `Nothing at ${c.req.path}.`);
    const type = contentTypes[extname(file).toLowerCase()] ?? "application/octet-stream";
    const immutable = relativePath.startsWith("assets/");
    return c.body(Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, 200, {
      "Content-Type": type,
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      "X-Content-Type-Options": "nosniff",
    });
  };
}
