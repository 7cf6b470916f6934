import type { ChanceryDatabase, FailureReason } from "@chancery/db";
import type { PostgresDatabase } from "@chancery/db/postgres";
import {
  client,
  type FetchOptions,
  fetchUrl,
  findKnownUrl,
  findKnownUrlPostgres,
  outletOfUrl,
  parseHttpUrl,
} from "../fetch/index.js";
import { parseWholeDay } from "../metadata/index.js";
import { decodeText, isReadFailure } from "../read/index.js";
import { parseDecoded } from "../read/parse-document.js";
import { Batch, type IngestOptions, isPostgres } from "./ingest.js";
import type { IngestReport } from "./report.js";

/** A URL to ingest, with what a feed already said of it (used when the page itself does not say). */
export interface UrlToIngest {
  url: string;
  title?: string | null;
  published?: string | null;
}

export interface IngestUrlsOptions extends Pick<IngestOptions, "dryRun" | "ledger"> {
  fetch?: FetchOptions;
}

function dayOf(published: string | null | undefined): string | null {
  return (published && parseWholeDay(published)?.date) || null;
}

/**
 * Ingests web pages by URL: each is fetched (see `fetchUrl` for the limits), read as a saved page would be, and
 * stored with its URL as provenance. A URL already ingested is recognised before any request; one that cannot be
 * fetched or read is a failure with its reason in the report and the coverage ledger, and never stops the others.
 * `database` may be a PostgreSQL one (`openPostgres`).
 * @example const report = await ingestUrls(openDatabase(), ["https://example.org/news/1"]);
 */
export async function ingestUrls(
  database: ChanceryDatabase | PostgresDatabase,
  inputs: ReadonlyArray<string | UrlToIngest>,
  options: IngestUrlsOptions = {},
): Promise<IngestReport> {
  const batch = new Batch(database, options.dryRun ?? false, true, null, options.ledger ?? { origin: "url" });
  const accept = [...client.pageTypes, ...client.textTypes];
  for (const input of inputs) {
    const item = typeof input === "string" ? { url: input } : input;
    const failed = (error: string, reason: FailureReason) =>
      batch.fail(item.url, error, { reason, outlet: outletOfUrl(item.url), day: dayOf(item.published) });
    const url = parseHttpUrl(item.url);
    if (typeof url === "string") {
      failed(url, "badUrl");
      continue;
    }
    const known = isPostgres(database)
      ? await findKnownUrlPostgres(database, item.url)
      : findKnownUrl(database, item.url);
    if (known) {
      batch.knownUrl(item.url, known.articleId, known.outlet, known.day);
      continue;
    }
    const fetched = await fetchUrl(url.href, { ...options.fetch, accept });
    if (!fetched.ok) {
      failed(fetched.message, fetched.reason);
      continue;
    }
    if (fetched.notModified) continue;
    const decoded = decodeText(fetched.bytes);
    if (!decoded.ok) {
      failed(decoded.reason, "unreadable");
      continue;
    }
    const format = client.textTypes.includes(fetched.contentType) ? "txt" : "html";
    const metadata = { url: fetched.url, title: item.title ?? null, published: item.published ?? null };
    for (const document of parseDecoded(item.url, format, decoded.text, metadata)) {
      if (isReadFailure(document)) failed(document.error, "unreadable");
      else await batch.add(document);
    }
  }
  return batch.finished();
}
