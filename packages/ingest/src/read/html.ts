import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { z } from "zod";
import { parsePublishedDate } from "../metadata/dates.js";
import { knownOutlet } from "../metadata/outlets.js";
import metadataJson from "./data/html-metadata.json" with { type: "json" };
import type { SourceMetadata } from "./document.js";
import { nestingDepth, noiseSelector, paragraphsOf } from "./html-text.js";
import { fillMetadata, type MetadataKey, metadataKeys } from "./metadata.js";

const Places = z.array(z.object({ selector: z.string().min(1), attr: z.string().nullable() }));
const HtmlMetadata = z.object(
  Object.fromEntries(metadataKeys.map((k) => [k, Places])) as Record<MetadataKey, typeof Places>,
);
const places = HtmlMetadata.parse(metadataJson);

export type HtmlArticle = { ok: true; text: string; metadata: SourceMetadata } | { ok: false; reason: string };

type Page = ReturnType<typeof parseHTML>["document"];

/**
 * Readability's time grows much faster than nesting depth (a 600-deep page takes seconds, 2,000 deep a minute);
 * real article pages stay under ~60, so deeper pages are read by the plain walker instead.
 */
const MAX_READABILITY_DEPTH = 150;
const FULL_PAGE = /<(?:html|body|head)[\s>]/i;

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : null;
}

/** The metadata a page states about itself in its head and markup. */
function pageMetadata(document: Page): SourceMetadata {
  const metadata: SourceMetadata = {};
  for (const key of metadataKeys) {
    for (const place of places[key]) {
      const element = document.querySelector(place.selector);
      if (!element) continue;
      const value = clean(place.attr === null ? element.textContent : element.getAttribute(place.attr));
      if (value) {
        metadata[key] = value;
        break;
      }
    }
  }
  return metadata;
}

// "Published: Dec 13, 2023 10:14 PM", "Posted on 5 March 2024", "Last updated: …", "Date: 13/12/2023".
const LABELLED_DATE =
  /^(?:published|posted|updated|last\s+updated|date|ngày\s+đăng|cập\s+nhật)(?:\s+(?:on|at|date))?\s*[:：]?\s*(\S.{5,60})$/iu;
const MAX_LABELLED_DATE = 80;
const DATE_LABEL = /^\s*(?:published|posted|updated|last\s+updated|date|ngày\s+đăng|cập\s+nhật)\b/iu;
const DATE_HOLDERS = "time, span, small, em, p, div, li, dd";

/** A date the page labels in its header, where no markup states one: the text after its label. */
type TextHolder = { firstChild: { nodeType: number; textContent: string | null } | null; textContent: string | null };

function labelledDate(document: Page): string | null {
  for (const element of Array.from(document.querySelectorAll(DATE_HOLDERS)) as TextHolder[]) {
    // The label opens the element's own text: a cheap test before reading the whole element.
    const first = element.firstChild;
    if (first?.nodeType !== 3 || !DATE_LABEL.test(first.textContent ?? "")) continue;
    const text = clean(element.textContent);
    if (!text || text.length > MAX_LABELLED_DATE) continue;
    const date = LABELLED_DATE.exec(text)?.[1];
    if (date && parsePublishedDate(date)?.precision === "day") return date;
  }
  return null;
}

/**
 * Extracts a saved web page's main text (Readability on a linkedom DOM) as paragraphs separated by blank lines,
 * with the page's own metadata. Scripts, styles, navigation, frames and captions never reach the text.
 */
export function extractHtml(html: string): HtmlArticle {
  try {
    // A bare fragment (a JSON record's "<article>…</article>") parses with no body around it.
    const page = FULL_PAGE.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
    const { document } = parseHTML(page);
    const own = pageMetadata(document);
    own.published ??= labelledDate(document);
    const pageTitle = clean(document.querySelector("title")?.textContent);
    const heading = clean(document.querySelector("h1")?.textContent);
    removeNoise(document);
    const dom = document as unknown as ConstructorParameters<typeof Readability>[0];
    const readable = nestingDepth(document.documentElement as never) <= MAX_READABILITY_DEPTH;
    // Classes kept so the walker can still skip the captions and bylines Readability leaves in.
    const article = readable ? new Readability(dom, { keepClasses: true, serializer: (node) => node }).parse() : null;
    const found = article?.content ? paragraphsOf(article.content as never) : "";
    // Readability gives up on short pages (and has then altered the DOM): read the whole cleaned body.
    const text = found.trim() !== "" ? found : bodyText(page);
    if (text.trim() === "") return { ok: false, reason: "no article text found in the HTML page" };
    const fromReadability: SourceMetadata = {
      title: clean(article?.title),
      outlet: clean(article?.siteName),
      published: clean(article?.publishedTime),
      language: clean(article?.lang),
      author: clean(article?.byline),
    };
    const metadata = fillMetadata(fillMetadata(fillMetadata(own, fromReadability), { title: pageTitle }), {
      title: heading,
    });
    metadata.title = withSiteSuffix(fullerTitle(metadata.title ?? null, heading), pageTitle);
    return { ok: true, text, metadata: withoutNulls(metadata) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, reason: `could not read the HTML page: ${reason}` };
  }
}

// The site's name a page's <title> appends to the headline: "… - CNA", "… | Reuters".
const SITE_SUFFIX = /^\s+[|\-–—·•]\s+([^|\-–—·•]{1,60})$/u;

/**
 * The <title> in place of a share title that is its headline without the known outlet's name after it, so that the
 * name reaches the cleaner, which strips it from the title and may read the story's source from it.
 */
export function withSiteSuffix(title: string | null, pageTitle: string | null): string | null {
  if (!title || !pageTitle || !pageTitle.startsWith(title)) return title;
  const site = SITE_SUFFIX.exec(pageTitle.slice(title.length))?.[1]?.trim();
  return site && knownOutlet(site) ? pageTitle : title;
}

// What a cut headline may leave off: more words, not a " | Site" or " - Section" suffix.
const TITLE_CONTINUES = /^\s+[^\s|\-–—·•]/u;
const MAX_FULLER_TITLE = 200;

/**
 * The page's headline when a shortened share title ("… elevate ties to highest diplomatic level") stops part-way
 * through it ("… highest diplomatic level as Pham Minh Chinh visits Canberra").
 */
export function fullerTitle(title: string | null, heading: string | null): string | null {
  if (!title || !heading || heading.length > MAX_FULLER_TITLE || heading.length <= title.length) return title;
  if (!heading.startsWith(title) || !TITLE_CONTINUES.test(heading.slice(title.length))) return title;
  return heading;
}

type Removable = { remove(): void; querySelector(selector: string): unknown };

function removeNoise(document: Page): void {
  for (const element of Array.from(document.querySelectorAll(noiseSelector)) as Removable[]) element.remove();
  // A photo with its caption is not article text; a table set in a <figure> is.
  for (const figure of Array.from(document.querySelectorAll("figure")) as Removable[]) {
    if (!figure.querySelector("table")) figure.remove();
  }
}

function bodyText(html: string): string {
  const { document } = parseHTML(html);
  removeNoise(document);
  return document.body ? paragraphsOf(document.body as never) : "";
}

function withoutNulls(metadata: SourceMetadata): SourceMetadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, v]) => v != null)) as SourceMetadata;
}
