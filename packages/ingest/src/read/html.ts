import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { z } from "zod";
import { isMasthead, isMenuLine } from "../clean/boilerplate.js";
import { readSource } from "../clean/bylines.js";
import { isPublicationDateLine, readDatedCredit } from "../clean/datelines.js";
import { isHeadline, isInstitutionName } from "../clean/title.js";
import { isMastheadReading, isPageTool } from "../metadata/date-words.js";
import { parsePublishedDate, parseWholeDay } from "../metadata/dates.js";
import { isAgency, knownOutlet, outletFromUrl } from "../metadata/outlets.js";
import { printedHeadline } from "../metadata/titles.js";
import metadataJson from "./data/html-metadata.json" with { type: "json" };
import type { SourceMetadata } from "./document.js";
import { footerCopyrightYear } from "./html-copyright.js";
import { isFurnitureBeforeReading, nestingDepth, noiseSelector, paragraphsOf } from "./html-text.js";
import { removeImageCaptionParagraphs } from "./image-captions.js";
import { keepIntroducedPosts } from "./introduced-posts.js";
import { fillMetadata, type MetadataKey, metadataKeys } from "./metadata.js";

const Places = z.array(z.object({ selector: z.string().min(1), attr: z.string().nullable() }));
const HtmlMetadata = z
  .object(Object.fromEntries(metadataKeys.map((k) => [k, Places])) as Record<MetadataKey, typeof Places>)
  .extend({ publishedText: Places, updated: Places, sourceLine: Places, standfirst: Places });
const places = HtmlMetadata.parse(metadataJson);

export type HtmlArticle = { ok: true; text: string; metadata: SourceMetadata } | { ok: false; reason: string };

type Page = ReturnType<typeof parseHTML>["document"];
/** The part of a linkedom element these readers use. */
interface Node {
  textContent: string | null;
  getAttribute(name: string): string | null;
  parentElement: Node | null;
  previousElementSibling: { nodeName: string } | null;
  children: ArrayLike<Node>;
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
}
const all = (document: Page, selector: string) => Array.from(document.querySelectorAll(selector)) as unknown as Node[];

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

// A date counts only if it reads as one: an empty or garbled stamp ("{{date}}", "0") gives way to the next place.
const readsAsDate = (value: string) => parsePublishedDate(value) !== null;

/** The first value the places give (for a date: the first that reads as one). */
function firstValue(
  document: Page,
  list: readonly z.infer<typeof Places>[number][],
  accept: (value: string) => boolean = () => true,
) {
  for (const place of list) {
    for (const element of all(document, place.selector)) {
      const value = clean(place.attr === null ? element.textContent : element.getAttribute(place.attr));
      if (value && accept(value)) return value;
    }
  }
  return null;
}

/** The metadata a page states about itself in its head and markup. */
function pageMetadata(document: Page): SourceMetadata {
  const metadata: SourceMetadata = {};
  for (const key of metadataKeys) {
    const value = firstValue(document, places[key], key === "published" ? readsAsDate : undefined);
    if (value) metadata[key] = value;
  }
  return metadata;
}

type JsonLdNode = Record<string, unknown>;

function* jsonLdNodes(value: unknown, depth = 0): Generator<JsonLdNode> {
  if (depth > 6 || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) yield* jsonLdNodes(item, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  yield node;
  if (node["@graph"]) yield* jsonLdNodes(node["@graph"], depth + 1);
}

const ARTICLE_TYPE = /article|posting|report/i;

/**
 * A date the page's JSON-LD gives (`datePublished`, `dateModified`): from the article's own node where one is typed
 * as an article, since a page may also describe its site or a list of other stories.
 */
export function jsonLdDate(document: Page, field: "datePublished" | "dateModified"): string | null {
  const found: { value: string; article: boolean }[] = [];
  for (const script of all(document, "script[type='application/ld+json']")) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? "");
    } catch {
      continue;
    }
    for (const node of jsonLdNodes(data)) {
      const value = typeof node[field] === "string" ? clean(node[field] as string) : null;
      if (!value || !readsAsDate(value)) continue;
      const type = [node["@type"]].flat().join(" ");
      found.push({ value, article: ARTICLE_TYPE.test(type) });
    }
  }
  return (found.find((f) => f.article) ?? found[0])?.value ?? null;
}

// "Published: Dec 13, 2023 10:14 PM", "Posted on 5 March 2024", "Last updated: …", "Date: 13/12/2023".
// "This content was published on July 6, 2025 - 19:40": the same label in a sentence some sites print instead.
// "For Immediate Release July 25, 2013": a government press office's release line, the release's own day.
const LABELLED_DATE =
  /^(?:this\s+(?:content|article|story|page)\s+was\s+(?:first\s+)?)?(?:published|posted|updated|last\s+updated|date|for\s+immediate\s+release|ngày\s+đăng|cập\s+nhật)(?:\s+(?:on|at|date))?\s*[:：]?\s*(\S.{5,60})$/iu;
const MAX_LABELLED_DATE = 80;
const DATE_LABEL =
  /^\s*(?:this\s+(?:content|article|story|page)\s+was\s+(?:first\s+)?)?(?:published|posted|updated|last\s+updated|date|for\s+immediate\s+release|ngày\s+đăng|cập\s+nhật)\b/iu;
// Table cells too: an old table layout sets its masthead date strip in one.
const DATE_HOLDERS = "time, span, small, em, p, div, li, dd, td";
const FIELD_BAR = /\s+\|\s+/u;

/** A date the page labels in its header, where no markup states one: the text after its label. */
type TextHolder = { firstChild: { nodeType: number; textContent: string | null } | null; textContent: string | null };

function labelledDate(document: Page): string | null {
  for (const element of Array.from(document.querySelectorAll(DATE_HOLDERS)) as TextHolder[]) {
    // The label opens the element's own text: a cheap test before reading the whole element.
    const first = element.firstChild;
    if (first?.nodeType !== 3 || !DATE_LABEL.test(first.textContent ?? "")) continue;
    // "Published: 02 October 2018 | Category: … | Author: …": a meta line's first field, cut at the bar after it.
    const text = clean(element.textContent)?.split(FIELD_BAR)[0];
    if (!text || text.length > MAX_LABELLED_DATE) continue;
    const date = LABELLED_DATE.exec(text)?.[1];
    if (date && parseWholeDay(date)) return date;
  }
  return null;
}

// Where a page's own stamp sits: a header's meta line, a date or time slot, a byline.
const DATE_SLOT = /date|time|publish|posted|meta|byline|dateline/i;
// "05:21 PM", "21:36", "5.21pm"; not the "10.05" of a day "10.05.2012".
const CLOCK = /\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{2}\s*[ap]\.?m\b/i;

/**
 * A date standing alone in an element of its own with no label ("Wednesday, 05 Aug 2015 05:21 PM MYT"), as many
 * article headers print it. A bare day with no time of day counts only in a date slot: a site's top bar shows the
 * day the page was saved ("Wednesday, 05 Aug 2015"), not when the story ran. An old newspaper's masthead strip, with
 * the weather and the exchange rate beside the day ("Saturday, April 17, 2010 | Buenos Aires 19°C | Dollar: 3.87"),
 * dates the edition the story ran in, as the text reader takes the same strip.
 */
function bareDate(document: Page): string | null {
  let slotted: string | null = null;
  for (const element of all(document, DATE_HOLDERS)) {
    // A slot that also holds links ("12/09/2023 08:15 | Print | E-mail") is read by its own text, without them.
    // A slot whose words all sit in inline wrappers (a translator's <font> around each run) is read by its whole text.
    const own = element.children.length > 0 ? ownText(element) : null;
    const whole = clean(
      own === "" && (element.children[0] as { nodeName?: string } | undefined)?.nodeName === "FONT"
        ? element.textContent
        : (own ?? element.textContent),
    );
    const strip = whole ? mastheadStripDate(whole) : null;
    const text = strip ?? (whole ? creditedStamp(whole) : null) ?? whole;
    if (!text || text.length > 60 || !(isPublicationDateLine(text) || isBareStamp(text))) continue;
    if (!parseWholeDay(text)) continue;
    if (CLOCK.test(text)) return text;
    if (!slotted && (strip || inDateSlot(element) || underHeadline(element))) slotted = text;
  }
  return slotted;
}

// "KYODO NEWS - Nov 27, 2023 - 21:05 | Politics, Asia": an agency's credit line over its story, the agency's name, a
// dash and the stamp, the story's sections after a bar. The stamp is read without the name and the sections.
const OUTLET_DASH = /^([^|\-–—]{2,40}?)\s+[-–—]\s+(?=\p{Lu}|\d)/u;
const MAX_CREDITED_STAMP = 120;

function creditedStamp(text: string): string | null {
  if (text.length > MAX_CREDITED_STAMP) return null;
  const named = OUTLET_DASH.exec(text);
  if (!named || knownOutlet(named[1] ?? "") === null) return null;
  const stamp = text.slice(named[0].length).split(FIELD_BAR)[0] ?? "";
  return CLOCK.test(stamp) ? stamp : null;
}

const MAX_MASTHEAD_STRIP = 140;

/** The day of a masthead's date strip: the first of its barred fields, the rest page tools, the weather among them. */
function mastheadStripDate(text: string): string | null {
  if (text.length > MAX_MASTHEAD_STRIP || !text.includes("|")) return null;
  const [day = "", ...rest] = text.split(/\s*\|\s*/u);
  return day && rest.length && rest.every(isPageTool) && rest.some(isMastheadReading) ? day : null;
}

// "13/11/2024 | 19:48 h": a day and a time of day with nothing but separators and the clock's own marks around them.
const STAMP_FILLER = /\d+|[\s|,./:()–—+-]|\b(?:h|hrs?|[ap]\.?m\.?|gmt|utc)\b/giu;
const isBareStamp = (text: string) => CLOCK.test(text) && text.replace(STAMP_FILLER, "") === "";

/** The text an element holds itself, not inside its children, with the separators left between them trimmed. */
function ownText(element: Node): string {
  let text = "";
  for (const child of Array.from(element.childNodes)) if (child.nodeType === 3) text += ` ${child.textContent ?? ""}`;
  return text.replace(/^[\s|•·/]+|[\s|•·/]+$/gu, "");
}

// "<h1>Summit Meeting</h1><p class="rightalign">November 27, 2023</p>": a line that is only a day, set right under the
// page's headline, is the page's date whatever its markup calls it, as a ministry's release prints it.
function underHeadline(element: Node): boolean {
  return element.previousElementSibling?.nodeName === "H1";
}

function inDateSlot(element: Node): boolean {
  for (let at: Node | null = element, depth = 0; at && depth < 3; at = at.parentElement, depth++) {
    if (DATE_SLOT.test(`${at.getAttribute("class") ?? ""} ${at.getAttribute("id") ?? ""}`)) return true;
  }
  return false;
}

/** "Merkel and Dung sign … | Asia | DW.DE | 12.10.2011": a date set as the last part of the page title. */
function titleSuffixDate(document: Page): string | null {
  const parts = (document.querySelector("title")?.textContent ?? "").split(/\s+[|–—-]\s+/);
  const last = parts.length > 1 ? clean(parts.at(-1)) : null;
  return last && readsAsDate(last) ? last : null;
}

/** The page's publication date, strongest statement first; the time it was last changed only when none is given. */
function publishedOf(document: Page, stated: string | null | undefined): string | null {
  return (
    stated ??
    jsonLdDate(document, "datePublished") ??
    firstValue(document, places.publishedText, readsAsDate) ??
    labelledDate(document) ??
    bareDate(document) ??
    titleSuffixDate(document) ??
    firstValue(document, places.updated, readsAsDate) ??
    jsonLdDate(document, "dateModified")
  );
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
    own.published = publishedOf(document, own.published);
    // Read before Readability, which drops a credit line set outside the article's body.
    const sourceLine = sourceLineOf(document);
    const standfirst = standfirstOf(document);
    const pageTitle = clean(document.querySelector("title")?.textContent);
    const copyright = footerCopyrightYear(document);
    const h1 = headlineHeading(document);
    const titled = h1 ? [] : titledTexts(document);
    removeNoise(document);
    const dom = document as unknown as ConstructorParameters<typeof Readability>[0];
    const readable = nestingDepth(document.documentElement as never) <= MAX_READABILITY_DEPTH;
    // Classes kept so the walker can still skip the captions and bylines Readability leaves in.
    const article = readable ? new Readability(dom, { keepClasses: true, serializer: (node) => node }).parse() : null;
    const found = article?.content ? paragraphsOf(article.content as never) : "";
    // Readability gives up on short pages (and has then altered the DOM): read the whole cleaned body.
    const read = found.trim() !== "" ? found : bodyText(page);
    const opened = standfirst && found.trim() !== "" && !inText(read, standfirst) ? `${standfirst}\n\n${read}` : read;
    const text = sourceLine && !opened.includes(sourceLine) ? `${sourceLine}\n\n${opened}` : opened;
    if (text.trim() === "") return { ok: false, reason: "no article text found in the HTML page" };
    const heading = h1 ?? closestToLead(titled, text);
    const fromReadability: SourceMetadata = {
      title: clean(article?.title),
      outlet: clean(article?.siteName),
      published: clean(article?.publishedTime),
      language: clean(article?.lang),
      author: clean(article?.byline),
    };
    const metadata = fillMetadata(fillMetadata(fillMetadata(own, fromReadability), { title: pageTitle }), {
      title: heading,
      outlet: titleSiteOutlet(pageTitle),
    });
    metadata.title = withoutOwnSiteName(
      withSiteSuffix(
        headingWithinTitle(
          labelledHeading(
            fullerTitle(
              headingInPageTitle(
                headingOverSiteName(metadata.title ?? null, heading ?? longestHeadline(titled)),
                heading,
                pageTitle,
                metadata.outlet ?? null,
                text,
                titled,
              ),
              heading,
            ),
            heading,
          ),
          heading,
        ),
        pageTitle,
      ),
      heading,
      metadata.outlet ?? null,
    );
    // The <h1> the page prints over a title worded otherwise (a live page's first version, a share card's wording).
    metadata.title = printedHeadline(metadata.title ?? null, h1);
    if (copyright) metadata.copyright = copyright;
    return { ok: true, text, metadata: withoutNulls(metadata) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return { ok: false, reason: `could not read the HTML page: ${reason}` };
  }
}

// A standfirst is a sentence or two: a site's slogan is shorter, a teaser list longer.
const MIN_STANDFIRST_WORDS = 8;
const MAX_STANDFIRST = 400;
const OTHER_STORIES = "aside, nav, footer, li, [class*='related'], [class*='sidebar'], [class*='teaser']";

/** The story's summary the page sets above its body ("sapo", "standfirst"), when it reads as prose. */
function standfirstOf(document: Page): string | null {
  const firstItem = document.querySelector("article") as unknown;
  for (const { selector } of places.standfirst) {
    const element = document.querySelector(selector) as unknown as (Removable & { closest(s: string): unknown }) | null;
    // A teaser's summary in a sidebar or a links list is another story's; so is one inside a later item of a page
    // of several (a bulletin's second segment, a digest's next entry).
    if (!element || element.querySelector("li, table") || element.closest(OTHER_STORIES)) continue;
    const item = element.closest("article");
    if (item && item !== firstItem) continue;
    const text = clean(element.textContent)?.replace(/\s+/g, " ") ?? "";
    if (text.length > MAX_STANDFIRST || text.split(" ").length < MIN_STANDFIRST_WORDS) continue;
    return text;
  }
  return null;
}

/** Whether the body already holds the line, whatever its spacing. */
function inText(text: string, line: string): boolean {
  return text.replace(/\s+/g, " ").includes(line);
}

/**
 * The line a page sets apart to credit the story's source: "Source: Global Times", or a known outlet's bare name in
 * an element the page marks as its source line ("<div class='source-line'>The Saigon Times</div>"), labelled so
 * that the cleaner reads it as the credit it is rather than as a site's name above the headline.
 */
function sourceLineOf(document: Page): string | null {
  const line = firstValue(
    document,
    places.sourceLine,
    (value) => readSource(value)?.outlet != null || knownOutlet(value) !== null,
  );
  if (line) return readSource(line)?.outlet == null ? `Source: ${line}` : line;
  return datedCreditLine(document) ?? agencyCreditLine(document);
}

// "Le Monde with AFP", "By <Name> | <Site> with Reuters": the paper's credit naming the agency its story drew on, set
// in the byline's row or under the story, where Readability drops it. The agency is a listed one, closing the line.
const WITH_AGENCY = /^(?:by\s+[^|]{2,60}\|\s*)?\p{Lu}[\p{L}\p{N}.&'’ -]{1,40}?\s+with\s+(\p{Lu}[\p{L}.&-]{1,20})$/iu;
const MAX_AGENCY_CREDIT = 120;
const TEXT_NODE = 3;

// "By <Name> and The Associated Press": a paper's reporter and the wire credited as co-writers in the byline's slot,
// the date often on its own line after a <br>; a page's meta author (its own name) then stands in Readability's byline.
const BY_AND_AGENCY =
  /^by\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}\s+(?:and|&)\s+((?:the\s+)?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})$/iu;

/** The credit line that names the agency a paper's story drew on, read from the element's own text (not its date). */
function agencyCreditLine(document: Page): string | null {
  for (const element of all(document, "p, div, span")) {
    if (Array.from(element.children).some((child) => child.children.length > 0)) continue;
    const nodes = Array.from(element.childNodes).filter((node) => node.nodeType === TEXT_NODE);
    const text = clean(nodes.map((node) => node.textContent ?? "").join(" "));
    if (!text || text.length > MAX_AGENCY_CREDIT) continue;
    const agency = knownOutlet(WITH_AGENCY.exec(text)?.[1] ?? "");
    if (agency && isAgency(agency)) return text;
    // the byline's own line, read apart from the date line under it
    const first = text.startsWith("By ") || text.startsWith("by ") ? clean(nodes[0]?.textContent) : null;
    const joint = first ? knownOutlet(BY_AND_AGENCY.exec(first)?.[1] ?? "") : null;
    if (first && joint && isAgency(joint)) return first;
  }
  return null;
}

const MAX_DATED_CREDIT = 90;

/**
 * "Philippine Daily Inquirer / 12:30 AM November 18, 2015": the outlet a story ran in and its day, which a page sets
 * beside the byline and Readability drops. Only elements holding text and childless inline tags are read, so that no
 * wrapper's whole text is built.
 */
function datedCreditLine(document: Page): string | null {
  for (const element of all(document, "div, p, span")) {
    const children = Array.from(element.children);
    if (children.length > 2 || children.some((child) => child.children.length > 0)) continue;
    const text = clean(element.textContent);
    if (text && text.length <= MAX_DATED_CREDIT && text.includes(" / ") && readDatedCredit(text)) return text;
  }
  return null;
}

// "The Saigon Times - APEC leaders end …": a site's name set before the headline in a page's <title>.
const SITE_PREFIX = /^([^|\-–—·•]{2,60}?)\s+[|\-–—·•]\s+(.+)$/u;

/**
 * The headline without the site's own name a <title> sets before or after it, when the page names that site
 * (og:site_name) or its heading is the rest: "U.S. Relations With Vietnam - United States Department of State".
 * A known outlet's name after the headline stays for the cleaner, which reads an agency from it.
 */
export function withoutOwnSiteName(title: string | null, heading: string | null, site: string | null): string | null {
  if (!title) return title;
  const same = (a: string, b: string | null) => b !== null && a.trim().toLowerCase() === b.trim().toLowerCase();
  const [, name, rest] = SITE_PREFIX.exec(title) ?? [];
  // "Vietnam - US ties …" is a headline: a name goes only when it is the page's own or a known outlet's, or has a
  // masthead's shape with the page's heading after it.
  const known = name !== undefined && (same(name, site) || knownOutlet(name) !== null);
  if (name && rest && (known || (isMasthead(name) && same(rest, heading)))) return rest.trim();
  const suffix = SITE_SUFFIX_ANYWHERE.exec(title);
  if (suffix?.[1] && same(suffix[1], site) && !knownOutlet(suffix[1])) return title.slice(0, suffix.index).trim();
  return title;
}

const SITE_SUFFIX_ANYWHERE = /\s+[|\-–—·•]\s+([^|\-–—·•]{1,60})$/u;

// The site's name a page's <title> appends to the headline: "… - CNA", "… | Reuters".
const SITE_SUFFIX = /^\s+[|\-–—·•]\s+([^|\-–—·•]{1,60})$/u;

/**
 * The <title> in place of a share title that is its headline without the known outlet's name after it, so that the
 * name reaches the cleaner, which strips it from the title and may read the story's source from it.
 */
export function withSiteSuffix(title: string | null, pageTitle: string | null): string | null {
  if (!title || !pageTitle?.startsWith(title)) return title;
  const site = SITE_SUFFIX.exec(pageTitle.slice(title.length))?.[1]?.trim();
  return site && knownOutlet(site) ? pageTitle : title;
}

const DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i;

/**
 * The known outlet a <title> ends on ("… | World news | guardian.co.uk", "… - CNA"), by name or by domain, for pages
 * whose markup names no site: an agency's photo credit is then weighed against the outlet, not taken for the source.
 */
export function titleSiteOutlet(pageTitle: string | null): string | null {
  const parts = pageTitle?.split(/\s+[|\-–—·•]\s+/u) ?? [];
  const site = parts.length > 1 ? (parts.at(-1)?.trim() ?? "") : "";
  if (!site) return null;
  return knownOutlet(site) ?? (DOMAIN.test(site) ? outletFromUrl(site) : null);
}

/**
 * The page's <h1> when the title the page gives is only the site's name ("Ministry of Foreign Affairs of Japan"), as
 * some government and archive pages set their <title>; the title as given otherwise.
 */
export function headingOverSiteName(title: string | null, heading: string | null): string | null {
  // An embassy's or a ministry's full name ("Embassy of the Republic of Korea to the …") is a site's name too.
  if (!title || !(isSiteName(title) || isSiteSection(title))) return title;
  // With no heading to take instead, the cleaner finds the headline in the text.
  if (!heading || isMasthead(heading) || isInstitutionName(heading)) return null;
  return heading;
}

function isSiteName(text: string): boolean {
  return isMasthead(text) || isInstitutionName(text);
}

// "<Site> :: Press Releases", "<Site> | News": an old template's <title> names the site and the section listing
// the page, never the headline.
const SECTION_JOINER = /\s+(?:::|[|»>])\s+/u;

function isSiteSection(title: string): boolean {
  const [site, ...sections] = title.split(SECTION_JOINER).map((part) => part.trim());
  return site !== undefined && sections.length > 0 && isSiteName(site) && sections.every((s) => isMenuLine(s, 1));
}

const MIN_FRAMED_HEADING_WORDS = 4;
const MIN_HEADING_SHARED = 2;

/** How many words of four letters or more a line shares with the story's opening. */
function sharedWithLead(line: string, text: string): number {
  const lead = new Set(text.slice(0, LEAD_CHARS).toLowerCase().match(WORD) ?? []);
  return [...new Set(line.toLowerCase().match(WORD) ?? [])].filter((word) => lead.has(word)).length;
}

const PAGE_TITLE_PARTS = /\s+[|\-–—·•]\s+/u;
// ", Latest Asia News" after the headline in a <title>: a section's label of a few capitalised words after a comma,
// then perhaps the site's name after a bar or dash.
const SECTION_TAIL = /^,\s+(?:\p{Lu}[\p{L}&'’-]*\s?){1,5}(\s+[|\-–—·•]\s+.*)?$/u;

/**
 * The page's heading when the <title> holds it as one of its parts and the title read is another part ("<Ministry's
 * name> - <headline>", of which a reader took the name), or the heading with a section's label after a comma
 * ("<headline>, Latest Asia News - <Site>"). The page shows its heading; the <title> adds what search engines read.
 */
export function headingInPageTitle(
  title: string | null,
  heading: string | null,
  pageTitle: string | null,
  site: string | null = null,
  lead = "",
  printed: readonly string[] = [],
): string | null {
  if (!title || !heading || !pageTitle || title === heading) return title;
  const parts = pageTitle.split(PAGE_TITLE_PARTS).map((part) => part.trim());
  // A heading that is the site's own name (a logo set as the first <h1>) is no headline.
  const siteName = isMasthead(heading) || knownOutlet(heading) !== null || heading === site;
  if (parts.length > 1 && !siteName && parts.includes(heading) && parts.includes(title.trim())) return heading;
  // "Foreign & Commonwealth Office - <heading>", "<Embassy's name> : Press Releases": a <title> of the site's frame,
  // which shares less with the story's opening than the page's heading does. A known outlet's name in it stays for
  // the cleaner, which reads the story's source from it.
  // A title that holds a headline the page prints over the story (an <h3> above a bold deck) is no frame.
  const printsTitle = printed.some(
    (text) => text !== heading && text.split(" ").length >= MIN_FRAMED_HEADING_WORDS && title.includes(text),
  );
  if (
    lead &&
    !siteName &&
    !printsTitle &&
    pageTitle.includes(title.trim()) &&
    heading.split(" ").length >= MIN_FRAMED_HEADING_WORDS &&
    !title.split(PAGE_TITLE_PARTS).some((part) => part.trim() !== heading && knownOutlet(part.trim()) !== null)
  ) {
    const headingShared = sharedWithLead(heading, lead);
    if (headingShared >= MIN_HEADING_SHARED && sharedWithLead(title.replace(heading, " "), lead) < headingShared)
      return heading;
  }
  if (!title.startsWith(heading)) return title;
  const tail = SECTION_TAIL.exec(title.slice(heading.length));
  return tail ? heading + (tail[1] ?? "") : title;
}

// Where pages without an <h1> set their headline: "<div class='view-title'>", "<span class='headline'>", an <h2> or <h3>.
// "subject": a board's post view (an embassy's or a ministry's notice board) heads its post so.
const TITLED =
  "[class*='headline'], [class*='title'], [class*='heading'], [id*='title'], [id*='Title'], [class*='subject'], h2, h3";
const MIN_HEADING = 15;
const MAX_HEADING = 200;

// A site's logo set as an <h1> ("<h1 class='logo'><a href='/'>BusinessKorea</a></h1>"): the site's name, no headline.
const LOGO = /logo|brand|masthead|site-?(?:name|title)/i;
const SITE_ROOT = /^(?:https?:\/\/[^/]+)?\/?(?:index\.\w+)?$/i;

type Element = Node & { querySelector(selector: string): Element | null; tagName: string };

function isLogo(heading: Element): boolean {
  for (let at: Node | null = heading, depth = 0; at && depth < 3; at = at.parentElement, depth++) {
    if (LOGO.test(`${at.getAttribute("class") ?? ""} ${at.getAttribute("id") ?? ""}`)) return true;
  }
  const link = heading.querySelector("a[href]");
  const text = clean(heading.textContent);
  return link !== null && clean(link.textContent) === text && SITE_ROOT.test(link.getAttribute("href") ?? "");
}

/** The page's first <h1> that is not its logo. */
function headlineHeading(document: Page): string | null {
  for (const heading of all(document, "h1") as Element[]) {
    const text = clean(heading.textContent);
    if (text && !isLogo(heading)) return text;
  }
  return null;
}

// Old table-and-font pages set their headline as a bold line of its own: "<font size=3><b>Headline</b></font><br>".
const BOLD_LINES = "b, strong";
const MAX_BOLD_HEADING_WORDS = 25;
const BLOCK_EDGE = /^(?:BR|P|DIV|TD|TH|TR|TABLE|H\d|LI|UL|HR|CENTER|BLOCKQUOTE)$/i;

type Sibling = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  previousSibling: Sibling | null;
  nextSibling: Sibling | null;
};

/** Whether an element stands on a line of its own: nothing but whitespace between it and a line break or block. */
function standsAlone(element: Sibling & { parentElement: unknown }): boolean {
  const edge = (next: (node: Sibling) => Sibling | null) => {
    for (let node = next(element); node; node = next(node)) {
      if (node.nodeType === 3 && !(node.textContent ?? "").trim()) continue;
      return node.nodeType === 1 && BLOCK_EDGE.test(node.nodeName);
    }
    return true;
  };
  return edge((node) => node.previousSibling) && edge((node) => node.nextSibling);
}

/** The bold line, or the wrapper holding only it (a <font> around the <b>), that stands on a line of its own. */
function boldLine(element: Sibling & { parentElement: unknown }): boolean {
  let at = element;
  for (let depth = 0; depth < 3; depth++) {
    if (standsAlone(at)) return true;
    const parent = at.parentElement as (Sibling & { parentElement: unknown }) | null;
    if (!parent || clean(parent.textContent) !== clean(element.textContent)) return false;
    at = parent;
  }
  return false;
}

/** Headline-sized texts of the elements a page marks as titles, for pages that set no <h1>. */
function titledTexts(document: Page): string[] {
  const texts: string[] = [];
  for (const element of Array.from(document.querySelectorAll(TITLED)) as Array<{ textContent: string | null }>) {
    const text = clean(element.textContent);
    if (text && text.length >= MIN_HEADING && text.length <= MAX_HEADING && !isMasthead(text)) texts.push(text);
  }
  for (const element of Array.from(document.querySelectorAll(BOLD_LINES)) as Array<
    Sibling & { parentElement: unknown }
  >) {
    const text = clean(element.textContent);
    if (!text || text.length < MIN_HEADING || text.length > MAX_HEADING || isMasthead(text)) continue;
    // A headline is a phrase: a bold lead sentence ends on its full stop.
    if (/[.:]$/.test(text) || text.split(" ").length > MAX_BOLD_HEADING_WORDS || !boldLine(element)) continue;
    texts.push(text);
  }
  return texts;
}

/**
 * The longest titled text shaped as a headline: a briefing's or a transcript's own heading ("… Regular Press
 * Conference on May 13, 2014") shares no word with its opening question, yet stands over a <title> that is only the
 * site's name.
 */
function longestHeadline(titled: readonly string[]): string | null {
  let best: string | null = null;
  for (const text of titled)
    if (isHeadline(text) && !isInstitutionName(text) && text.length > (best?.length ?? 0)) best = text;
  return best;
}

const LEAD_CHARS = 600;
// Hyphens split words: "India-Viet Nam Joint Statement" shares "India" and "Viet" with its lead.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]{3,}/gu;

/**
 * Of the titled texts, the one sharing the most words with the story's opening (a section's label shares none),
 * the longer on a tie; null when none shares a word.
 */
function closestToLead(titled: readonly string[], text: string): string | null {
  const lead = new Set(text.slice(0, LEAD_CHARS).toLowerCase().match(WORD) ?? []);
  let best: string | null = null;
  let bestShared = 0;
  for (const candidate of titled) {
    const shared = [...new Set(candidate.toLowerCase().match(WORD) ?? [])].filter((w) => lead.has(w)).length;
    if (shared > bestShared || (shared === bestShared && shared > 0 && candidate.length > (best?.length ?? 0))) {
      best = candidate;
      bestShared = shared;
    }
  }
  return best;
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

// A label and its colon set before a headline: "Print: ", "allAfrica.com: ", "Mozambique: ".
const TITLE_LABEL = /^[^:]{1,40}:\s+$/u;

/**
 * The page's <h1> when the title differs from it only by a label before a colon: a print view's "Print: <headline>"
 * in the <title>, or a title that lost the "Mozambique: " the page's own headline opens with. The page shows the <h1>.
 */
export function labelledHeading(title: string | null, heading: string | null): string | null {
  if (!title || !heading || title === heading) return title;
  const [longer, shorter] = title.length > heading.length ? [title, heading] : [heading, title];
  if (!longer.endsWith(shorter) || shorter.split(" ").length < MIN_LABELLED_WORDS) return title;
  return TITLE_LABEL.test(longer.slice(0, longer.length - shorter.length)) ? heading : title;
}

const MIN_LABELLED_WORDS = 3;
const MIN_WITHIN_WORDS = 4;
const WORD_EDGE = /[\p{L}\p{N}]/u;

/**
 * The page's <h1> when the title holds it whole with a site's or section's labels around it ("La Moncloa. <h1>
 * [Press Office/Prime Minister]"): the page shows its heading, the <title> adds what a browser tab needs. A known
 * outlet's name around it stays, for the cleaner, which reads the story's source from it.
 */
export function headingWithinTitle(title: string | null, heading: string | null): string | null {
  if (!title || !heading || title === heading || heading.split(" ").length < MIN_WITHIN_WORDS) return title;
  if (isMasthead(heading) || knownOutlet(heading) !== null) return title;
  const at = title.indexOf(heading);
  if (at < 0) return title;
  const before = title.slice(0, at);
  const after = title.slice(at + heading.length);
  // A heading cut out of a longer headline ("… strategic partnership" of "… strategic partnerships") is no heading.
  if (WORD_EDGE.test(before.slice(-1)) || WORD_EDGE.test(after.charAt(0))) return title;
  const labels = `${before} ${after}`.split(/[|\-–—·•:.[\]()/,]+/u).map((part) => part.trim());
  return labels.some((label) => label && knownOutlet(label) !== null) ? title : heading;
}

type Removable = {
  remove(): void;
  replaceWith(...nodes: unknown[]): void;
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
  querySelector(selector: string): unknown;
  querySelectorAll(selector: string): ArrayLike<unknown>;
  closest(selector: string): Removable | null;
  parentElement: Removable | null;
  getAttribute(name: string): string | null;
  textContent: string | null;
};

// A form holding this much prose is the page's frame (ASP.NET and SharePoint wrap whole pages in one), not a control.
const MIN_WRAPPING_FORM_PROSE = 400;

/** Whether a form wraps the page's content rather than being a search box or a login: it holds runs of prose. */
function wrapsContent(form: Removable): boolean {
  let prose = 0;
  for (const node of Array.from(form.querySelectorAll("p, td, div, font, li, span")) as Removable[]) {
    // Only the text an element holds itself, so that nested wrappers are not counted twice.
    for (const child of Array.from(node.childNodes))
      if (child.nodeType === 3) prose += (child.textContent ?? "").trim().length;
  }
  for (const child of Array.from(form.childNodes))
    if (child.nodeType === 3) prose += (child.textContent ?? "").trim().length;
  return prose >= MIN_WRAPPING_FORM_PROSE;
}

/** Replaces each form that wraps the page's content by its children, so that the form rule drops only controls. */
function unwrapPageForms(document: Page): void {
  for (const form of Array.from(document.querySelectorAll("form")) as Removable[]) {
    if (wrapsContent(form)) form.replaceWith(...Array.from(form.childNodes));
  }
}

// A caption that tells part of the story is a sentence or more; a gallery has several.
const MIN_STORY_CAPTION = 80;
const MIN_STORY_CAPTIONS = 3;
const CAPTIONS = "figcaption, [class*='caption'], [class*='Caption']";

/**
 * A photo gallery's captions as its body, when they carry more of the story than the page's own paragraphs (a lead
 * of a line or two above the slides): otherwise they are removed as captions and the story is lost with them.
 * Each becomes a plain paragraph, out of its <figure>, which is removed with the photo.
 */
function promoteStoryCaptions(document: Page): void {
  const captions = (Array.from(document.querySelectorAll(CAPTIONS)) as Removable[]).filter(
    (caption) =>
      (caption.textContent ?? "").trim().length >= MIN_STORY_CAPTION && !caption.parentElement?.closest(CAPTIONS),
  );
  if (captions.length < MIN_STORY_CAPTIONS) return;
  const captionChars = captions.reduce((sum, caption) => sum + (caption.textContent ?? "").trim().length, 0);
  let prose = 0;
  for (const paragraph of Array.from(document.querySelectorAll("p")) as Removable[]) {
    const text = (paragraph.textContent ?? "").trim();
    if (text.length >= MIN_STORY_CAPTION && !paragraph.closest(CAPTIONS)) prose += text.length;
  }
  if (captionChars <= prose) return;
  for (const caption of captions) {
    const paragraph = document.createElement("p");
    // linkedom's nodes, typed here by the few fields the readers use; under the DOM lib (the dashboard's typecheck
    // reaches this file) `append` wants DOM nodes, which they are at run time.
    paragraph.append(...(Array.from(caption.childNodes) as never[]));
    const figure = caption.closest("figure");
    (figure && !figure.querySelector("table") ? figure : caption).replaceWith(paragraph);
  }
}

function removeNoise(document: Page): void {
  unwrapPageForms(document);
  promoteStoryCaptions(document);
  keepIntroducedPosts(document as never);
  for (const element of Array.from(document.querySelectorAll(noiseSelector)) as Removable[]) element.remove();
  for (const element of Array.from(document.querySelectorAll("[class]")) as Removable[]) {
    if (isFurnitureBeforeReading(element)) element.remove();
  }
  removeImageCaptionParagraphs(document as never);
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
