import type { DatePrecision, DateSource } from "@chancery/db";
import { analyseArticle } from "../analyse/index.js";
import type { Analysis } from "../analyse/types.js";
import { type CleanedArticle, cleanArticle } from "../clean/index.js";
import { canonicalOutlet, outletFromUrl, parsePublishedDate } from "../metadata/index.js";
import { contentHash, normaliseText } from "../normalise/normalise.js";
import type { SourceDocument } from "../read/document.js";
import { type Fingerprint, fingerprintOf } from "../stories/fingerprint.js";

export interface ResolvedDate {
  date: string;
  precision: DatePrecision;
  source: DateSource;
  evidence: string;
}

/** An article read, cleaned and analysed, ready to store: everything but the database ids. */
export interface PreparedArticle {
  document: SourceDocument;
  contentHash: string;
  body: string;
  title: string | null;
  outlet: string | null;
  author: string | null;
  /** The news agency or outlet a dateline or credit names, e.g. "VNA" in "Tokyo (VNA) -". */
  source: string | null;
  /** The place its dateline names, e.g. "Tokyo". */
  datelinePlace: string | null;
  url: string | null;
  language: string | null;
  published: ResolvedDate | null;
  wordCount: number;
  noise: CleanedArticle["noise"];
  analysis: Analysis;
  fingerprint: Fingerprint;
}

export class EmptyArticleError extends Error {}

function present(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function resolveDate(document: SourceDocument): ResolvedDate | null {
  const given = present(document.metadata.published);
  if (!given) return null;
  const parsed = parsePublishedDate(given);
  return parsed ? { ...parsed, source: "metadata", evidence: given } : null;
}

/**
 * What the cleaner set aside gives the date: a page header line ("Monday, 23/11/2026 14:05 (GMT+7)"), a
 * dateline with its year ("TOKYO, June 6, 2010 (AFP) –"), a cache mirror's stamp, or a byline that carries it.
 */
function dateFromHeader(noise: CleanedArticle["noise"]): ResolvedDate | null {
  for (const item of noise) {
    if (item.kind !== "dateline" && item.kind !== "byline") continue;
    const parsed = parsePublishedDate(item.text);
    if (parsed) return { ...parsed, source: "text", evidence: item.text };
  }
  return null;
}

/** Pure: from a read document to what will be stored. Metadata the source gives wins over what the text hints. */
export function prepareArticle(document: SourceDocument): PreparedArticle {
  const normalised = normaliseText(document.text);
  const cleaned = cleanArticle(normalised);
  const body = cleaned.body.trim();
  if (!body) throw new EmptyArticleError("no article text left after removing captions, bylines and boilerplate");
  const { metadata } = document;
  const title = present(metadata.title) ?? cleaned.hints.title;
  const url = present(metadata.url);
  const givenOutlet = present(metadata.outlet);
  const outlet =
    (givenOutlet ? canonicalOutlet(givenOutlet) : null) ??
    cleaned.hints.outlet ??
    (url ? outletFromUrl(url) : null) ??
    cleaned.hints.source;
  let published = resolveDate(document) ?? dateFromHeader(cleaned.noise);
  const analysis = analyseArticle(body, { title, publishedAt: published?.date ?? null });
  if (!published && analysis.inferredDate) {
    published = { ...analysis.inferredDate, source: "text" };
  }
  return {
    document,
    contentHash: contentHash(body),
    body,
    title,
    outlet,
    author: present(metadata.author) ?? cleaned.hints.author,
    source: cleaned.hints.source,
    datelinePlace: cleaned.hints.place,
    url,
    language: present(metadata.language),
    published,
    wordCount: body.split(/\s+/).filter(Boolean).length,
    noise: cleaned.noise,
    analysis,
    fingerprint: fingerprintOf(body),
  };
}
