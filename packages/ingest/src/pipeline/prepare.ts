import type { DatePrecision, DateSource } from "@chancery/db";
import { analyseArticle } from "../analyse/index.js";
import type { Analysis } from "../analyse/types.js";
import { type CleanedArticle, cleanArticle, siteSuffixAgency, withoutSiteSuffix } from "../clean/index.js";
import {
  canonicalOutlet,
  dayInYear,
  localDollar,
  outletFromUrl,
  parsePublishedDate,
  parseWholeDay,
  regionDollar,
  resolveSource,
  withoutSiteHeaderDate,
} from "../metadata/index.js";
import { dateFromStampLines } from "../metadata/stamp-lines.js";
import { headlineUnderPrintLine, withoutRepublisherMarks, withPrintedQuotes } from "../metadata/titles.js";
import { contentHash, normaliseText } from "../normalise/normalise.js";
import { spaceSeparatedWords } from "../normalise/words.js";
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

// A year the page states outside the story: a copyright line, a cache stamp, a credit ("Copyright © ANTARA 2025").
const PAGE_YEAR = /\b(19\d{2}|2[01]\d{2})\b/;

// "Kompas.com - 10/03/2025, 15:42 WIB", "Wednesday, April 24, 2024, 4:02 p.m. Ministry of Foreign Affairs": a short
// line set aside from the story that gives a whole day and the time of day is the page's own stamp, whatever site or
// office name rides with it. A time of day is what tells it from a day the story names: a caption's "Monday
// (10/3/2025)" or a footer's notice gives none. Lists of other stories keep their own stamps and are not read.
const STAMP_CLOCK = /\b\d{1,2}[:.]\d{2}\b(?!\.\d)/u;
const MAX_STAMP_LINE = 90;
const STAMP_KINDS = new Set(["boilerplate", "dateline", "byline"]);
// Lines set aside that may be the story's own headline: the quote reader looks there for a briefing's spokesperson.
const ASIDE_KINDS = new Set(["title", "caption"]);
// "A$24 billion ($US15.7 billion)": the US dollar marked with the sign before "US" is how Australian and New Zealand
// desks write it, so a wire story that prints it was edited in the carrying outlet's style, and its bare "$" is that
// outlet's dollar, not the agency's.
const SIGN_AFTER_US = /\$US\s?\d/u;

function dateFromStamp(noise: CleanedArticle["noise"]): ResolvedDate | null {
  for (const item of noise) {
    const text = item.text.trim();
    if (!STAMP_KINDS.has(item.kind) || text.length > MAX_STAMP_LINE || text.includes("\n")) continue;
    if (!STAMP_CLOCK.test(text)) continue;
    const parsed = parseWholeDay(text);
    if (parsed) return { ...parsed, source: "text", evidence: text };
  }
  return null;
}

// A printed page's running head, as replicas, e-paper viewers and PDF copies keep it: the page's number (or "Page 12"),
// the paper's name and the whole day with its weekday ("A1 TUESDAY, DECEMBER 6, 2022 THE KOREA HERALD",
// "<Paper> - Saturday 17 March 2018 - Page 12"). It gives no time of day, but the weekday and the page number
// together tell it from a day the story or a caption names. The cleaner may file it under any kind but a list of
// other stories, whose lines keep their own days.
const PAGE_NUMBER = /^(?:[A-Z]?\d{1,3})\s|\s(?:[A-Z]?\d{1,3})$|\bpage\s+[A-Z]?\d{1,3}\b/iu;
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/iu;
const MAX_RUNNING_HEAD = 90;

function dateFromRunningHead(noise: CleanedArticle["noise"]): ResolvedDate | null {
  for (const item of noise) {
    const text = item.text.trim();
    if (item.kind === "related" || text.length > MAX_RUNNING_HEAD || text.includes("\n")) continue;
    if (!WEEKDAY.test(text) || !PAGE_NUMBER.test(text)) continue;
    const parsed = parseWholeDay(text);
    if (parsed?.precision === "day") return { ...parsed, source: "text", evidence: text };
  }
  return null;
}

/**
 * A dateline gives the day without its year ("HANOI, Dec. 12 (Xinhua) --"): the year comes from a date the page
 * states elsewhere, in its furniture (copyright, credit) or, failing that, in a dated byline.
 */
function dateFromDateline(noise: CleanedArticle["noise"], author: string | null): ResolvedDate | null {
  const dateline = noise.find((item) => item.kind === "dateline" && dayInYear(item.text, 2000));
  if (!dateline) return null;
  for (const text of [...noise.filter((item) => item.kind !== "dateline").map((item) => item.text), author ?? ""]) {
    // a span ("© 2004-2012 …") is a site's running notice: neither end is the story's year
    const year = PAGE_YEAR.exec(text.replace(YEAR_SPAN, " "))?.[1];
    const resolved = year ? dayInYear(dateline.text, Number(year)) : null;
    if (resolved) return { ...resolved, source: "text", evidence: `${dateline.text} + ${year}` };
  }
  return null;
}

// "© Copyright 2023 The Associated Press", "Copyright (c) 2015 Malay Mail": a notice's single year. A span
// ("© 2008-2026") is a site's running notice and tells nothing of the story.
const COPYRIGHT = /(?:©|\(c\)|\bcopyright\b)/iu;
const YEAR_SPAN = /\b\d{4}\s*[-–—]\s*\d{2,4}\b/u;
const TITLE_YEAR = /\b(?:19|2[01])\d{2}\b/u;

/**
 * The year a copyright notice set aside from the page claims, as a last resort: a wire story's notice carries the
 * year it ran, but a site's footer may carry the year the page was saved, so it serves only when neither the
 * metadata, the page's furniture, the text nor the headline dates the story, and only at year precision. Two
 * notices that disagree date nothing.
 */
export function dateFromCopyright(noise: CleanedArticle["noise"]): ResolvedDate | null {
  const years = new Set<string>();
  let evidence = "";
  for (const item of noise) {
    if (!COPYRIGHT.test(item.text) || YEAR_SPAN.test(item.text)) continue;
    const year = PAGE_YEAR.exec(item.text)?.[1];
    if (!year) continue;
    years.add(year);
    evidence ||= item.text.slice(0, 120);
  }
  if (years.size !== 1) return null;
  const [year] = [...years];
  const parsed = year ? parsePublishedDate(year) : null;
  return parsed ? { ...parsed, source: "text", evidence } : null;
}

/** The year a saved HTML page's footer notice claims (read by the HTML reader), at year precision. */
function dateFromFooterNotice(year: string | null | undefined): ResolvedDate | null {
  const parsed = year ? parsePublishedDate(year) : null;
  return parsed ? { ...parsed, source: "text", evidence: `© ${year}` } : null;
}

/** A labelled date field, a dated byline or a stamp closing an author line, whatever kind the cleaner gave the line. */
function stampLineDate(noise: CleanedArticle["noise"]): ResolvedDate | null {
  const found = dateFromStampLines(noise);
  return found ? { date: found.date, precision: found.precision, source: "text", evidence: found.evidence } : null;
}

/**
 * A byline the page's metadata carries with the date: "PTI | Updated: Aug 5, 2025, 22:10 IST"; also a digest's own
 * title ("Top news of the day - July 27, 2012") when its story's headline took the title's place.
 */
// "By A Writer<br>2023.09.11" read as "By A Writer2023.09.11": the line break the byline lost before its stamp.
const GLUED_STAMP = /(?<=\p{L})(?=(?:19|20)\d\d[./-]\d{1,2}[./-]\d{1,2}\b)/gu;
function dateFromAuthor(author: string | null): ResolvedDate | null {
  if (!author) return null;
  const parsed = parseWholeDay(author.replace(GLUED_STAMP, " "));
  return parsed ? { ...parsed, source: "text", evidence: author } : null;
}

/** Pure: from a read document to what will be stored. Metadata the source gives wins over what the text hints. */
export function prepareArticle(document: SourceDocument): PreparedArticle {
  const normalised = normaliseText(document.text);
  const { metadata } = document;
  const givenAuthor = present(metadata.author);
  const givenOutlet = present(metadata.outlet);
  const cleaned = cleanArticle(normalised, {
    author: givenAuthor,
    outlet: givenOutlet ? canonicalOutlet(givenOutlet) : null,
    title: present(metadata.title),
  });
  const cleanedBody = cleaned.body.trim();
  if (!cleanedBody)
    throw new EmptyArticleError("no article text left after removing captions, bylines and boilerplate");
  // A digest's story item has its own headline; the page's title it replaces ("News Digest: Nov. 28, 2023") still
  // dates the page.
  const digestTitle = cleaned.hints.itemTitle ? (present(metadata.title) ?? cleaned.hints.title) : null;
  const givenTitle = cleaned.hints.itemTitle ?? present(metadata.title) ?? cleaned.hints.title;
  // A print page's running line taken for the title ("Sat, Jul 24, 2010 - Page 5"): the headline opens the body.
  // A republisher's marks on the headline go with the site's suffix: its 【keywords】, a blog's post line, a date field.
  const pageTitle = givenTitle ? withoutRepublisherMarks(withoutSiteSuffix(givenTitle)) : null;
  const underPrintLine = headlineUnderPrintLine(pageTitle, cleanedBody);
  const body = underPrintLine?.body ?? cleanedBody;
  const title = underPrintLine?.title ?? pageTitle;
  const url = present(metadata.url);
  const outlet =
    (givenOutlet ? canonicalOutlet(givenOutlet) : null) ??
    cleaned.hints.outlet ??
    (url ? outletFromUrl(url) : null) ??
    cleaned.hints.source;
  let published =
    resolveDate(document) ??
    dateFromHeader(withoutSiteHeaderDate(cleaned.noise)) ??
    dateFromAuthor(givenAuthor) ??
    dateFromDateline(cleaned.noise, givenAuthor) ??
    dateFromStamp(cleaned.noise) ??
    stampLineDate(cleaned.noise) ??
    dateFromRunningHead(cleaned.noise) ??
    dateFromAuthor(digestTitle);
  // The copyright year comes last, after a date the text gives, so the analysis takes it as a fallback: one pass
  // resolves the story's relative dates ("on Sunday", "last year") against whichever date wins.
  // A saved HTML page's footer notice, which the reader read before dropping the footer, comes after the text's own.
  const copyright =
    !published && !(title && TITLE_YEAR.test(title))
      ? (dateFromCopyright(cleaned.noise) ?? dateFromFooterNotice(metadata.copyright))
      : null;
  const analysis = analyseArticle(body, {
    title,
    publishedAt: published?.date ?? null,
    fallbackDate: copyright?.date ?? null,
    // Wire copy keeps the agency's dollar ("$" in AAP copy is Australian wherever it is carried); only the outlet's
    // own story writes "$" for the outlet's country. An outlet no entry places says where it is published by its
    // language tag or its date stamp's time zone.
    localDollar:
      cleaned.hints.source && cleaned.hints.source !== outlet
        ? (localDollar(cleaned.hints.source) ?? (SIGN_AFTER_US.test(body) ? localDollar(outlet) : null))
        : (localDollar(outlet) ??
          regionDollar(present(metadata.language), [
            metadata.published ?? "",
            ...cleaned.noise.filter((item) => STAMP_KINDS.has(item.kind)).map((item) => item.text),
          ])),
    byline: cleaned.noise.find((item) => item.kind === "byline")?.text ?? null,
    asides: cleaned.noise.filter((item) => ASIDE_KINDS.has(item.kind)).map((item) => item.text),
  });
  if (!published && analysis.inferredDate) {
    published = { ...analysis.inferredDate, source: "text" };
  }
  published ??= copyright;
  return {
    document,
    contentHash: contentHash(body),
    body,
    title: title ? withPrintedQuotes(title, [metadata.title, document.text]) : null,
    outlet,
    author: givenAuthor ?? cleaned.hints.author,
    // The site a page title names ("… - CNA") stands for the source only when the text names none; the resolver then
    // weighs what the cleaner left: a carried-with credit, the author slot, a wire tail, the publisher's own agency.
    source:
      resolveSource({
        cleaned: cleaned.hints.source ?? (givenTitle ? siteSuffixAgency(givenTitle) : null),
        noise: cleaned.noise,
        body,
        author: givenAuthor,
        // The publisher as the page's metadata or address names it; a credit's outlet may be a picture agency's.
        outlet: (givenOutlet ? canonicalOutlet(givenOutlet) : null) ?? (url ? outletFromUrl(url) : null),
        raw: document.format === "html" ? document.raw : null,
        item: cleaned.hints.itemTitle !== undefined,
      })?.source ?? null,
    datelinePlace: cleaned.hints.place,
    url,
    language: present(metadata.language),
    published,
    wordCount: spaceSeparatedWords(body),
    noise: cleaned.noise,
    analysis,
    fingerprint: fingerprintOf(body),
  };
}
