import type { FailureReason } from "@chancery/db";
import { z } from "zod";
import clientJson from "./data/client.json" with { type: "json" };

const Client = z.object({
  product: z.string(),
  version: z.string(),
  contact: z.string().url(),
  timeoutMs: z.number().int().positive(),
  maxBytes: z.number().int().positive(),
  maxRedirects: z.number().int().nonnegative(),
  retries: z.number().int().nonnegative(),
  backoffMs: z.number().int().nonnegative(),
  pageTypes: z.array(z.string()),
  textTypes: z.array(z.string()),
});
/** How Chancery presents itself and the limits every request keeps, from data/client.json. */
export const client = Client.parse(clientJson);

/** "Chancery/0.1.0 (+https://…)": a site owner seeing our requests knows who sends them and where to ask. */
export const USER_AGENT = `${client.product}/${client.version} (+${client.contact})`;

export interface FetchOptions {
  /** The whole request, body included (default from data/client.json). */
  timeoutMs?: number;
  /** The body is read as a stream and the request dropped once it passes this many bytes. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Further attempts after a timeout, a network error, a 429 or a 5xx, waiting backoffMs × 2^attempt between. */
  retries?: number;
  backoffMs?: number;
  /** Media types accepted (without parameters); anything else fails as `notHtml` without reading the body. */
  accept?: readonly string[];
  /** Conditional request validators from an earlier answer. */
  etag?: string | null;
  lastModified?: string | null;
  /**
   * Runs each attempt (the request, its redirects and its body), e.g. to keep one request at a time per host; the
   * time limit starts when the attempt does, not while it waits its turn.
   */
  schedule?: <T>(url: URL, attempt: () => Promise<T>) => Promise<T>;
}

export type FetchResult =
  | {
      ok: true;
      notModified: false;
      /** Where the content was found, after redirects. */
      url: string;
      status: number;
      contentType: string;
      bytes: Uint8Array;
      etag: string | null;
      lastModified: string | null;
    }
  | { ok: true; notModified: true; url: string; status: 304; etag: string | null; lastModified: string | null }
  | { ok: false; reason: FailureReason; message: string; status: number | null; url: string };

type Failure = Extract<FetchResult, { ok: false }>;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MB = 1024 * 1024;
const size = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

function fail(url: string, reason: FailureReason, message: string, status: number | null = null): Failure {
  return { ok: false, reason, message, status, url };
}

/** Whether another attempt could succeed: the server or the network may recover, a 404 or a loop will not. */
function retryable(result: Failure): boolean {
  if (result.reason === "timeout" || result.reason === "network") return true;
  return result.reason === "http" && result.status !== null && (result.status === 429 || result.status >= 500);
}

/** Parses a URL a user or a feed gave; only http and https are fetched. */
export function parseHttpUrl(text: string): URL | string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return `"${text}" is not a URL`;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return `only http and https URLs are fetched, not ${url.protocol.replace(/:$/, "")}`;
  }
  return url;
}

/**
 * Fetches a URL the way Chancery fetches anything from the web: its User-Agent, a time limit over the whole request,
 * a size limit enforced while the body streams in, redirects followed by hand (within a limit, a loop detected),
 * only http(s), the media type checked before the body is read, conditional requests, and retries with backoff.
 * Never throws: every failure is a result with a reason class and a sentence.
 * @example const page = await fetchUrl("https://example.org/news/1", { accept: client.pageTypes });
 */
export async function fetchUrl(target: string, options: FetchOptions = {}): Promise<FetchResult> {
  const retries = options.retries ?? client.retries;
  const backoffMs = options.backoffMs ?? client.backoffMs;
  const url = parseHttpUrl(target);
  if (typeof url === "string") return fail(target, "badUrl", url);
  const once = () =>
    options.schedule ? options.schedule(url, () => fetchOnce(target, options)) : fetchOnce(target, options);
  let result = await once();
  for (let attempt = 0; attempt < retries && !result.ok && retryable(result); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, backoffMs * 2 ** attempt));
    result = await once();
  }
  return result;
}

async function fetchOnce(target: string, options: FetchOptions): Promise<FetchResult> {
  const timeoutMs = options.timeoutMs ?? client.timeoutMs;
  const maxRedirects = options.maxRedirects ?? client.maxRedirects;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const visited: string[] = [];
  let current = target;
  try {
    for (;;) {
      const url = parseHttpUrl(current);
      if (typeof url === "string") return fail(current, "badUrl", url);
      if (visited.includes(url.href)) {
        return fail(target, "redirectLoop", `redirect loop: ${[...visited, url.href].join(" → ")}`);
      }
      if (visited.length > maxRedirects) {
        return fail(target, "tooManyRedirects", `more than ${maxRedirects} redirects (last: ${url.href})`);
      }
      visited.push(url.href);
      const response = await send(url, options, controller.signal);
      if (REDIRECTS.has(response.status)) {
        const location = response.headers.get("location");
        await response.body?.cancel();
        if (!location)
          return fail(url.href, "http", `HTTP ${response.status} redirect without a Location`, response.status);
        current = new URL(location, url).href;
        continue;
      }
      return await readResponse(url.href, response, options, timeoutMs, controller.signal);
    }
  } catch (error) {
    if (controller.signal.aborted) return fail(current, "timeout", `no complete answer within ${timeoutMs / 1000} s`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return fail(current, "network", `could not reach ${current}: ${cause?.code ?? cause?.message ?? String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}

function send(url: URL, options: FetchOptions, signal: AbortSignal): Promise<Response> {
  const headers: Record<string, string> = {
    "User-Agent": USER_AGENT,
    Accept: options.accept?.length ? `${options.accept.join(", ")};q=1, */*;q=0.1` : "*/*",
  };
  if (options.etag) headers["If-None-Match"] = options.etag;
  if (options.lastModified) headers["If-Modified-Since"] = options.lastModified;
  return fetch(url, { headers, redirect: "manual", signal });
}

async function readResponse(
  url: string,
  response: Response,
  options: FetchOptions,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<FetchResult> {
  const etag = response.headers.get("etag");
  const lastModified = response.headers.get("last-modified");
  if (response.status === 304) {
    await response.body?.cancel();
    return { ok: true, notModified: true, url, status: 304, etag, lastModified };
  }
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel();
    const text = response.statusText ? ` ${response.statusText}` : "";
    return fail(url, "http", `HTTP ${response.status}${text}`, response.status);
  }
  const contentType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (options.accept && !options.accept.includes(contentType)) {
    await response.body?.cancel();
    return fail(
      url,
      "notHtml",
      `the answer is ${contentType || "of no stated type"}, not ${options.accept.join(" or ")}`,
    );
  }
  const maxBytes = options.maxBytes ?? client.maxBytes;
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    return fail(url, "tooLarge", `the answer is ${size(declared)}, over the ${size(maxBytes)} limit`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return fail(url, "tooLarge", `the answer passed the ${size(maxBytes)} limit while downloading`);
    }
    chunks.push(value);
  }
  if (signal.aborted) return fail(url, "timeout", `no complete answer within ${timeoutMs / 1000} s`);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, notModified: false, url, status: response.status, contentType, bytes, etag, lastModified };
}
