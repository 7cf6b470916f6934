import { z } from "zod";
import data from "./data/embeds-and-prompts.json" with { type: "json" };
import { readDateline } from "./datelines.js";
import { alternation } from "./patterns.js";
import { knownPlace } from "./places.js";
import { isHeadline, isSubstantial } from "./title.js";

// Heavy page furniture set inside a story: embedded social posts, paywall and sign-up prompts, links to other
// stories glued after a paragraph, a video page's list of other clips, and photo credits labelled "Source:".
const Data = z.object({
  postHandle: z.string().min(1),
  postHeader: z.string().min(1),
  postStamp: z.string().min(1),
  postCounters: z.array(z.string().min(1)).min(1),
  promptPatterns: z.array(z.string().min(1)).min(1),
  trailingLinkPrefixes: z.array(z.string().min(1)).min(1),
  videoWidgetHeadings: z.array(z.string().min(1)).min(1),
  photoSourceLabels: z.array(z.string().min(1)).min(1),
  machineSummaryLabels: z.array(z.string().min(1)).min(1),
  summaryFeedbackPatterns: z.array(z.string().min(1)).min(1),
});
const words = Data.parse(data);

const HANDLE = new RegExp(words.postHandle, "u");
// "<Display Name> @handle · Sep 10, 2024": a post's header of name, handle and day on one line, over the post's text.
const HEADER = new RegExp(words.postHeader, "u");
const STAMP = new RegExp(words.postStamp, "u");
// "1,204 Reposts 312 Quotes 6,870 Likes", "2.3K Reposts · 14.8K Likes": figures, each with a counter's word.
const COUNTERS = new RegExp(
  `^(?:[\\d.,]+\\s*[KkMm]?\\s+(?:${alternation(words.postCounters)})\\s*[·•,|]?\\s*){1,6}$`,
  "iu",
);
const SUMMARY_LABELS = words.machineSummaryLabels.map((source) => new RegExp(source, "iu"));
const SUMMARY_FEEDBACK = words.summaryFeedbackPatterns.map((source) => new RegExp(source, "iu"));
// A summary's point: a bullet or a dash, a space and the point's words.
const SUMMARY_POINT = /^[-–•*·▪◦]\s+\S/u;
const MAX_SUMMARY_POINTS = 8;
const PROMPTS = words.promptPatterns.map((source) => new RegExp(source, "iu"));
const MAX_PROMPT = 400;
// The post's text runs a few lines at most between its handle and its stamp; each is a post's length.
const MAX_POST_LINES = 4;
const MAX_POST = 320;
// An account's display name: a few words with no sentence's end ("Dr. S. Jaishankar", "Anthony Albanese").
const MAX_NAME_WORDS = 6;
const MAX_NAME = 60;

/** An account's display name above its handle: short, capitalised, never a sentence. */
function isDisplayName(line: string | undefined): boolean {
  return (
    !!line &&
    line.length <= MAX_NAME &&
    line.split(" ").length <= MAX_NAME_WORDS &&
    /^[\p{Lu}\p{N}]/u.test(line) &&
    !/[.!?:;,"”]$/u.test(line)
  );
}

/** A post's stamp ("9:41 PM · Oct 16, 2023") or its counters ("2.3K Reposts 14.8K Likes"). */
export function isPostFooter(line: string): boolean {
  return STAMP.test(line) || COUNTERS.test(line);
}

/**
 * The lines of the social posts a page embeds as text: the handle alone on its line with the display name above it,
 * and, when a stamp or counters close the post within a few lines, the post's text and its footer. A post repeats or
 * varies the story (the speaker's own words, a minister's greeting); it is the network's, never the story's.
 */
export function embeddedPostLines(lines: readonly string[]): Set<number> {
  const post = new Set<number>();
  for (const [at, line] of lines.entries()) {
    if (COUNTERS.test(line)) post.add(at);
    const handle = HANDLE.test(line);
    if (!handle && !(line.includes("@") && HEADER.test(line))) continue;
    post.add(at);
    if (handle && isDisplayName(lines[at - 1])) post.add(at - 1);
    let close = -1;
    for (let next = at + 1; next <= at + MAX_POST_LINES && next < lines.length; next++) {
      const text = lines[next] as string;
      if (isPostFooter(text)) {
        close = next;
        break;
      }
      if (text.length > MAX_POST) break;
    }
    if (close < 0) continue;
    let end = close;
    while (end + 1 < lines.length && isPostFooter(lines[end + 1] as string)) end++;
    for (let next = at + 1; next <= end; next++) post.add(next);
  }
  return post;
}

/** A paywall's meter, a priced subscription button, a sign-up form's consent line or field label. */
export function isPagePrompt(line: string): boolean {
  return line.length <= MAX_PROMPT && PROMPTS.some((pattern) => pattern.test(line));
}

// "… in contested waters. READ: Marcos, Vietnam's Thuong seal …": a link label after a sentence's end, a headline
// after it to the paragraph's end.
const TRAILING_LINK = new RegExp(
  `(?<=[.!?"”’'])\\s+(?:[>»›▶►•*]+\\s*)?(?:${alternation(words.trailingLinkPrefixes)})\\s*[:：|]\\s*(\\S[^\\n]{7,160})$`,
  "iu",
);
const MAX_TRAILING_LINK_TAIL = 200;
const MIN_SENTENCE_BEFORE_LINK = 5;

/**
 * A paragraph without the link to another story glued after its last sentence ("… in the region. Also Read | Why
 * Vietnam matters …"); null when it ends on none. The link is one headline: no sentence's stop inside or at its end.
 */
export function withoutTrailingLink(paragraph: string): { kept: string; removed: string } | null {
  const from = Math.max(0, paragraph.length - MAX_TRAILING_LINK_TAIL);
  const match = TRAILING_LINK.exec(paragraph.slice(from));
  const headline = match?.[1];
  if (!match || !headline || /[.,;:]$/u.test(headline) || /[.!?]["”’']?\s+\p{Lu}/u.test(headline)) return null;
  const kept = paragraph.slice(0, from + match.index).trim();
  // The sentence before the link is the story's: a few words at least, not a label of its own.
  return kept.split(" ").length >= MIN_SENTENCE_BEFORE_LINK ? { kept, removed: match[0].trim() } : null;
}

// "… of imports, the ministry said. (Also read: <headline>) Exports to …": the same link in brackets, set between two of
// the paragraph's sentences; a headline may end on its question mark, never on a stop.
const BRACKETED_LINK = new RegExp(
  `(?<=[.!?"”’'])\\s+\\((?:${alternation(words.trailingLinkPrefixes)})\\s*[:：|]\\s*([^()\\n]{8,160}?)\\)(?=\\s+["“\\p{Lu}]|$)`,
  "iu",
);

/** A paragraph without a bracketed link to another story set between its sentences; null when it holds none. */
export function withoutBracketedLink(paragraph: string): { kept: string; removed: string } | null {
  if (!paragraph.includes("(")) return null;
  const match = BRACKETED_LINK.exec(paragraph);
  const headline = match?.[1];
  if (!match || !headline || /[.,;:]$/u.test(headline) || /[.!?]["”’']?\s+\p{Lu}/u.test(headline)) return null;
  const kept = `${paragraph.slice(0, match.index)}${paragraph.slice(match.index + match[0].length)}`.trim();
  return { kept, removed: match[0].trim() };
}

const VIDEO_WIDGET = new RegExp(`^(?:${alternation(words.videoWidgetHeadings)})\\s*[:：]?$`, "iu");
// A clip's running time under its headline: "03:12", "1:02:45".
const DURATION = /^\d{1,2}:\d{2}(?::\d{2})?$/u;

/** "Also Watch", "More videos": the heading of a video page's list of other clips. */
export function isVideoWidgetHeading(line: string): boolean {
  return line.length <= 40 && VIDEO_WIDGET.test(line);
}

/** How many lines under a video list's heading are its clips: headlines, each with its running time. */
export function videoListLines(lines: readonly string[], at: number): number {
  let end = at;
  while (end + 1 < lines.length) {
    const next = lines[end + 1] as string;
    if (!(DURATION.test(next) || (isHeadline(next) && !isSubstantial(next)))) break;
    end++;
  }
  return end - at;
}

const PHOTO_SOURCE = new RegExp(
  `^(?<caption>[^\\n]{20,300}[.!?]["”’)]?)\\s+(?:${alternation(words.photoSourceLabels)})\\s*[:：]\\s*(?<agency>[\\p{Lu}][\\p{L}&.]{1,20}(?:\\s[\\p{Lu}][\\p{L}&.]{1,20})?)\\s*/\\s*(?<name>\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3})$`,
  "u",
);

/**
 * A caption closed by its photo's credit, the agency and the photographer after a slash: "… at Parliament House.
 * Source: AAP / Lukas Coch". The agency in capitals; a story's own source line names no photographer.
 */
export function isSourceCreditCaption(line: string): boolean {
  // The slash between agency and photographer is asked first: most lines hold none.
  const parts = line.includes("/") ? PHOTO_SOURCE.exec(line)?.groups : undefined;
  return !!parts && /^\p{Lu}{2,8}$/u.test(parts.agency as string);
}

// A sentence's stop, up to three words of a credit in capitals, then a word in capitals run into the dateline's place.
const GLUED_CREDIT = /[.!?]["”’)]?\s+((?:\p{Lu}{2,}\s+){0,3})(\p{Lu}{4,})(?=[\s,(])/gu;
const MAX_GLUED_CREDIT_AT = 400;

/**
 * A caption with its credit in capitals glued to the story's dateline: "… in Hanoi. AKPHANOI (Khmer Times) – …",
 * "… in Hanoi on Tuesday. PPA POOL PHOTOHANOI, Vietnam: …". The split falls where a known place starts a dateline.
 */
export function splitCreditGluedDateline(line: string): { caption: string; rest: string } | null {
  for (const glue of line.slice(0, MAX_GLUED_CREDIT_AT).matchAll(GLUED_CREDIT)) {
    const token = glue[2] as string;
    const tokenAt = glue.index + glue[0].length - token.length;
    for (let k = 2; k <= token.length - 4; k++) {
      const place = token.slice(k);
      if (knownPlace(place) === null) continue;
      const rest = line.slice(tokenAt + k);
      const dateline = readDateline(rest.slice(0, 200));
      if (dateline?.place && isSubstantial(rest)) return { caption: line.slice(0, tokenAt + k).trim(), rest };
    }
  }
  return null;
}

/**
 * A summary a feed reader or a site's tool wrote of the story ("AI summary", "<Tool> summary (beta)"): its label, the
 * points under it and the feedback prompt closing it are the tool's; the story under them tells the same in its own
 * words. The indexes of those lines; a label with no point under it is left to the other readers.
 */
export function machineSummaryLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (const [at, line] of lines.entries()) {
    if (!SUMMARY_LABELS.some((label) => label.test(line))) continue;
    let end = at + 1;
    while (end < lines.length && end - at <= MAX_SUMMARY_POINTS && SUMMARY_POINT.test(lines[end] ?? "")) end++;
    if (end === at + 1) continue;
    if (SUMMARY_FEEDBACK.some((prompt) => prompt.test(lines[end] ?? ""))) end++;
    for (let i = at; i < end; i++) found.add(i);
  }
  return found;
}
