import { z } from "zod";
import { isAgency, knownOutlet, outletFromUrl } from "../metadata/outlets.js";
import { tableCells, tableRowText } from "../read/table-row.js";
import boilerplateJson from "./data/boilerplate.json" with { type: "json" };
import { isPublicationDateLine } from "./datelines.js";
import { memoByLine } from "./line-memo.js";
import { LiteralGate, type LiteralsHeld } from "./literal-gate.js";
import { alternation, anyPattern, requiredAlternatives, requiredLiteral } from "./patterns.js";
import { foldPlace, foldsLongerThan, placeWords } from "./places.js";
import { isRevisionNote } from "./revision-notes.js";
import { isSiteNotice } from "./site-notices.js";

const Phrases = z.array(z.string().min(1)).min(1);
const Boilerplate = z.object({
  exactLines: Phrases,
  linePrefixes: Phrases,
  copyrightOpeners: Phrases,
  inlinePhrases: Phrases,
  menuWords: Phrases,
  shareWords: Phrases,
  linePatterns: Phrases,
  trailingPatterns: Phrases,
  mastheadWords: Phrases,
  navSeparators: Phrases,
  caseSensitiveLinePatterns: Phrases,
  longLinePatterns: Phrases,
  mastheadOpeners: Phrases,
  breadcrumbSeparators: Phrases,
  archiveToolbar: z.object({ openers: Phrases, closers: Phrases, maxLines: z.number().int().positive() }),
  readingTime: z.string().min(1),
  viewCounter: z.string().min(1),
  metadataLabels: Phrases,
  infoRowLabels: Phrases,
  englishFunctionWords: Phrases,
  staffCreditVerbs: Phrases,
  endMarks: z.string().min(1),
  notesHeadings: Phrases,
  commentHeadings: Phrases,
  closingHeadings: Phrases,
  stageDirections: Phrases,
  contactLabels: Phrases,
  tickerLabels: Phrases,
  gatedPatterns: z.array(
    z.object({
      needs: Phrases,
      pattern: z.string().min(1),
      caseSensitive: z.boolean().optional(),
      maxLength: z.number().int().positive().optional(),
      within: z.number().int().positive().optional(),
    }),
  ),
});
const data = Boilerplate.parse(boilerplateJson);

// A link label may close on a colon or on a mark that it leads on: "Continue reading...", "Read more »".
const EXACT = new RegExp(`^(?:${alternation(data.exactLines)})\\s*(?:[:：]|\\.{2,3}|…|»|›|→|>)?$`, "iu");
const phrasePrefixes = data.linePrefixes.filter((p) => /\s/.test(p));
const wordPrefixes = data.linePrefixes.filter((p) => !/\s/.test(p));
// A single word ("Tags", "Share") only with a colon: "Share prices rose" is a sentence. A label may pair two names for
// its field: "Tags / Keywords:", "Topics & Tags:".
const PREFIX = new RegExp(
  `^(?:(?:${alternation(phrasePrefixes)})(?:\\s*[:：|]|\\s+\\S|$)|(?:${alternation(wordPrefixes)})(?:\\s*[/&]\\s*\\p{L}+(?:\\s\\p{L}+)?)?\\s*[:：|])`,
  "iu",
);
const COPYRIGHT = new RegExp(`^(?:${alternation(data.copyrightOpeners)})\\s*(?:\\d{4}|©|\\(c\\)|[\\p{Lu}])`, "u");
const MAX_PREFIXED = 200;
// What makes a long line opening on "Copyright" a notice rather than a sentence about copyright law.
// "… Any reproduction … is expressly prohibited without UPI's prior written consent.": a wire's reuse terms after it.
const LONG_COPYRIGHT =
  /©|\b(?:all rights reserved|distributed by|syndicated by|under licen[cs]e from|(?:expressly|strictly) (?:prohibited|forbidden)|without (?:the )?(?:[\p{L}'’.]+ ){0,3}(?:prior )?(?:written )?(?:consent|permission))\b/iu;
// Lines of only bars, bullets, asterisks or dashes: "|", "* * *", "———".
const SEPARATOR = /^[\s|•·*_~=#/\\\-–—.]+$/u;

// One regex of all the whole-line patterns: a line is scanned once, not once per pattern. The few that use Unicode
// classes (\p{Lu}) go in a second one: with the /u flag, case-insensitive matching of all the others runs ~2× slower.
const UNICODE_SYNTAX = /\\[pP]\{|\\u\{/;
// V8 stops optimising a regex whose source passes 20 KB (its quick checks and literal look-aheads go), and the whole
// line list passed it: the list is split into regexes of about a third of that, each scanned as fast as a short one.
const MAX_SOURCE_PER_REGEX = 8_000;

/** The sources cut into runs whose joined length stays under MAX_SOURCE_PER_REGEX (a longer source stands alone). */
function inRuns(sources: readonly string[]): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  let length = 0;
  for (const source of sources) {
    if (run.length > 0 && length + source.length > MAX_SOURCE_PER_REGEX) {
      runs.push(run);
      run = [];
      length = 0;
    }
    run.push(source);
    length += source.length + "(?:)|".length;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

// A pattern opening on a run of any characters ("^[^\n]{0,200}\bfoo …", "^.{0,120}…", "^(?=[^\n]*…)") tries what
// follows at every position of the line: within one regex of them all, those few cost most of a sentence's scan.
const OPENS_ON_A_RUN = /^\^(?:\[\^[^\]]*\][{*]|\.[{*]|\(\?=|\(\?:[^)]*\)\?\[\^)/;

/**
 * A pattern that opens on a run, with the literals one of which every match of it holds (the one literal it needs, or
 * one per alternative of a group it must pass: "(?:full|whole|complete)"); null for any other.
 */
function gatedByLiteral(source: string, flags: string): { literals: string[]; pattern: RegExp } | null {
  if (!OPENS_ON_A_RUN.test(source)) return null;
  const unicode = UNICODE_SYNTAX.test(source);
  const folded = unicode && flags.includes("u");
  const literal = requiredLiteral(source, folded);
  const literals = literal ? [literal] : requiredAlternatives(source, folded);
  return literals ? { literals, pattern: new RegExp(source, unicode ? flags : flags.replace("u", "")) } : null;
}

// The literals of the gated patterns below, found in a line by one reading of it (literal-gate.ts).
const LITERALS = new LiteralGate();

function anyOf(sources: readonly string[], flags: string): { test(line: string, held?: LiteralsHeld): boolean } {
  // A pattern that scans the line is tried alone, and only on a line whose lower case holds its literal.
  const gated = sources.map((source) => gatedByLiteral(source, flags));
  const rest = sources.filter((_, k) => gated[k] === null);
  const scanners = gated
    .filter((entry) => entry !== null)
    .map(({ literals, pattern }) => ({ ids: literals.map((literal) => LITERALS.id(literal)), pattern }));
  const unicode = rest.filter((source) => UNICODE_SYNTAX.test(source));
  const plain = rest.filter((source) => !UNICODE_SYNTAX.test(source));
  const expressions = [
    ...inRuns(plain).map((run) => [run, flags.replace("u", "")] as const),
    ...inRuns(unicode).map((run) => [run, flags] as const),
  ];
  const compiled = expressions.map(([list, listFlags]) => anyPattern(list, listFlags));
  const scanned = (line: string, held: LiteralsHeld) =>
    scanners.some(({ ids, pattern }) => ids.some((id) => held.indexOf(id) >= 0) && pattern.test(line));
  return {
    test: (line, held) =>
      compiled.some((expression) => expression.test(line)) ||
      (scanners.length > 0 && scanned(line, held ?? literalsIn(line))),
  };
}
const LINE_PATTERN = anyOf(data.linePatterns, "iu");
// Read as written: an editor's initials ("ro/jb/ifs") are lower case, an agency tag ("VNA/VNS") is not.
const CASE_SENSITIVE_PATTERNS = data.caseSensitiveLinePatterns.map((source) => new RegExp(source, "u"));
const LONG_LINE_PATTERN = anyOf(data.longLinePatterns, "iu");
// Patterns with a costly opening, each tried only where a literal it needs occurs: most lines are ruled out at once.
// A gated pattern reads lines up to maxLength (a short line's length unless it says otherwise), and its needed
// literal must stand within the first `within` characters, where the pattern would find it.
const GATED = data.gatedPatterns.map(({ needs, pattern, caseSensitive, maxLength, within }) => ({
  needs: needs.map((need) => LITERALS.id(need.toLowerCase())),
  pattern: new RegExp(pattern, caseSensitive ? "u" : "iu"),
  maxLength: maxLength ?? MAX_PREFIXED,
  within: within ?? maxLength ?? MAX_PREFIXED,
}));

function isGatedFurniture(line: string, held: LiteralsHeld): boolean {
  return GATED.some(({ needs, pattern, maxLength, within }) => {
    if (line.length > maxLength) return false;
    return (
      needs.some((need) => {
        // within the head where its first occurrence ends there
        const at = held.indexOf(need);
        return at >= 0 && at + LITERALS.length(need) <= within;
      }) && pattern.test(line)
    );
  });
}

/** The gated literals the line's lower case holds. */
function literalsIn(line: string): LiteralsHeld {
  return LITERALS.read(line.toLowerCase());
}
const MAX_LONG_LINE = 500;
const TRAILING = new RegExp(`(?:${data.trailingPatterns.join("|")})`, "iu");
const menuWords = new Set(data.menuWords.map(foldPlace).filter(Boolean));
const shareWords = new Set(data.shareWords.map(foldPlace).filter(Boolean));
/** A section's name that a site's menu holds ("Politics", "Business"), in any case. */
export const isMenuWord = (word: string): boolean => menuWords.has(foldPlace(word));
const MIN_SHARE_BAR_WORDS = 3;
const MIN_SHARE_TARGETS = 2;
const MAX_MENU = 600;
const MAX_TRAILING = 400;
// A cache mirror's note under the story, which repeats its title: "<title> have 311 words, post on <site> at …".
const CACHE_NOTE = /\b(?:has|have)\s+\d[\d,]*\s+words,?\s+posts?(?:ed)?\s+on\s/i;
const MAX_CACHE_NOTE = 600;

/** The note with the title it repeats before it; a note glued to a story's last sentence is trailing furniture. */
export function isCacheNote(line: string): boolean {
  if (line.length > MAX_CACHE_NOTE || !line.includes("words")) return false;
  const match = CACHE_NOTE.exec(line);
  return match !== null && !/[.!?…]/.test(line.slice(0, match.index));
}
// Each trailing pattern holds one of these: a literal search rules out most paragraphs at once.
// "… said. /cb": an editor's initials after a slash close the last paragraph on some sites.
const MAY_TRAIL =
  /[Rr]ead|READ|words|WORDS|nditem|(?:END|[Ee]nd)S?\)|\*\*$|\.[a-z]{2,3}$|[Ss]ource\s*[:：]|SOURCE\s*[:：]|\s\/[a-z]{2,4}$|\s(?:-0-|-30-|###)$|==\s?\p{Lu}\p{L}+$|[–—-]\s*[Ww]ith\s/u;
// A cache mirror's wrapper opens the text with the date it saved: " date 2021-04-15 Tokyo (VNA) - ...".
const CACHE_DATE = /^date (\d{4}-\d{2}(?:-\d{2})?)\b\s*/;

const INLINE = new RegExp(`,? ?(?:${alternation(data.inlinePhrases)})`, "giu");

/** A line without the link labels that scraping leaves inside sentences ("said in a statement, opens new tab."). */
export function withoutInlineFurniture(line: string): { kept: string; removed: string[] } {
  const removed = line.match(INLINE)?.map((m) => m.replace(/^,? ?/, "")) ?? [];
  return removed.length ? { kept: line.replace(INLINE, ""), removed } : { kept: line, removed };
}

// A credit bar under a headline: "Xinhua | Updated: 2025-04-14 21:05", "Desk | Hanoi | Updated: 16-05-2025 17:53 IST",
// "Updated Mon, December 11, 2023 at 4:56 AM GMT+7·2 min read": short parts between bars, one a labelled date.
const BAR = /\s+[|·•]\s+|(?<=\S)·(?=\S)/u;
const BAR_DATE = /^(?:updated|created|published|posted|last\s+updated|modified)\b\s*:?\s*\S[^|]*\d/iu;
const MAX_BAR = 200;
const DOTTED_DATE_STOP = /^(\d{4}\.\d{1,2}\.\d{1,2})\.$/u;
const MAX_BAR_PART_WORDS = 8;

/** A credit bar's parts when the line is one, with the outlet a part names; null for any other line. */
export function readCreditBar(line: string): { outlet: string | null; agency: string | null } | null {
  // "Tuesday, 18/03/2014 | 19:30" is the publication date itself: left to the dateline reader, which keeps the date.
  if (line.length > MAX_BAR || !/[|·•]/.test(line) || isPublicationDateLine(line)) return null;
  const parts = line
    .replace(/^[|·•]\s*|\s*[|·•]$/gu, "")
    .split(BAR)
    // "2018.09.10.": a dotted date's closing dot is the date's, no sentence's.
    .map((part) => part.trim().replace(DOTTED_DATE_STOP, "$1"))
    .filter(Boolean);
  if (parts.length < 2 || !parts.every((part) => part.split(" ").length <= MAX_BAR_PART_WORDS && !/[.!?"]$/.test(part)))
    return null;
  // A date holds a digit: menus ("Home | News | World") are ruled out before any date is parsed.
  const dated = (part: string) => /\d/.test(part) && (BAR_DATE.test(part) || isPublicationDateLine(part));
  if (!parts.some(dated)) return null;
  const outlet = parts.map((part) => knownOutlet(part)).find(Boolean) ?? null;
  return { outlet, agency: outlet && isAgency(outlet) ? outlet : null };
}

const READING_TIME = new RegExp(`^${data.readingTime}$`, "iu");
// The stamp closing a date or credit line: "10th March 2025 21:47 Reading time: 4 min", "… GMT+1 · 2-min read".
const TRAILING_READING_TIME = new RegExp(`(?:\\s*[|·•—–]\\s*|\\s+)${data.readingTime}$`, "iu");
export const MAX_STAMPED_LINE = 160;

// A view counter closing a date or credit line: "… Last updated: 21 October 2023 - 01:02 1208 views", "… | Views: 1,208".
const TRAILING_VIEW_COUNTER = new RegExp(`(?:\\s*[|·•—–]\\s*|\\s+)${data.viewCounter}$`, "iu");
// What a counter closes is a stamp: it ends on the time or date's figure, or its zone ("… 01:02", "… 4:56 PM GMT+7").
const STAMP_END = /(?:\d|\b[AP]\.?M\.?|\b(?:GMT|UTC|ICT)(?:[+-]\d{1,2})?)$/u;

/** A date or credit line without the view counter that closes it; null when it has none. */
export function withoutViewCounter(line: string): { kept: string; removed: string } | null {
  if (line.length > MAX_STAMPED_LINE || !/\d/.test(line)) return null;
  const match = TRAILING_VIEW_COUNTER.exec(line);
  if (!match) return null;
  // "The clip drew 20,000 views" is a sentence: the counter follows a stamp, not a word.
  const kept = line.slice(0, match.index).trim();
  return STAMP_END.test(kept) ? { kept, removed: match[0].replace(/^\s*[|·•—–]?\s*/u, "") } : null;
}

// "2018.09.10.": a date written with dots, as Hungarian and German pages print it, closes on a dot of its own.
const DOTTED_DATE_END = /(?:^|\s)\d{1,4}\.\d{1,2}\.\d{0,4}\.?$/u;

/**
 * A line without the reading-time stamp or the view counter that closes it; null when it has none or is long enough
 * to be story.
 */
export function withoutReadingTime(line: string): { kept: string; removed: string } | null {
  if (line.length > MAX_STAMPED_LINE || !/\d/.test(line)) return null;
  // "Time to read 3 min.": the whole line is the stamp; cut from its end it would leave "Time to" behind.
  if (READING_TIME.test(line)) return { kept: "", removed: line };
  const match = TRAILING_READING_TIME.exec(line);
  if (!match) return withoutViewCounter(line);
  const kept = line.slice(0, match.index).trim();
  // A sentence that ends on the words ("… a 10-minute read.") keeps them: the stamp follows a date, a name or a bar.
  const dotted = DOTTED_DATE_END.test(kept);
  if (/[.!?"”]$/.test(kept) && !dotted) return null;
  // The date's own closing dot goes with the stamp: what is left reads as a date or credit line, not a sentence.
  return { kept: dotted ? kept.replace(/\.$/u, "") : kept, removed: match[0].replace(/^\s*[|·•—–]?\s*/u, "") };
}

// "NEWSPAPER SECTION: News", "Category: Politics": a template's labelled field with a value of up to six words.
const METADATA_FIELD = new RegExp(
  `^(?:${alternation(data.metadataLabels)})\\s*[:：]\\s*(?:[^\\s.!?:]+\\s+){0,5}[^\\s.!?:]+$`,
  "iu",
);

// A template's info row run into one line: "published : 20 May 2025 at 04:00 newspaper section: News writer: <Name>".
// Each field is a label, a colon and a short value; the row opens on a field and holds two or more of them.
const FIELD_LABEL = new RegExp(
  `(?:^|\\s)(?:${alternation([...data.metadataLabels, ...data.infoRowLabels])})\\s*[:：]\\s*`,
  "giu",
);
// The same label read at the line's start only: a row whose first match stands later is no info row, and most lines
// have none there (a look at one position instead of a search of the whole line).
const FIELD_LABEL_AT_START = new RegExp(FIELD_LABEL.source, "iuy");
const MAX_FIELD_VALUE_WORDS = 6;

// A template's info table read as one row, each label and its value in a cell of their own: "Date | 2023-06-15 |
// Hit | 1824" (a ministry's briefing page sets its date and view counter so).
const ROW_LABELS = new Set([...data.metadataLabels, ...data.infoRowLabels].map((label) => label.toLowerCase()));
const MIN_BARRED_FIELDS = 2;

/** A table row of labelled fields only, the page's info table: "Date | 2023-06-15 | Hit | 1824". */
export function isBarredInfoRow(line: string): boolean {
  // no bar, one cell
  if (!line.includes("|")) return false;
  const cells = line.split(/\s+\|\s+/u);
  if (cells.length < MIN_BARRED_FIELDS * 2 || cells.length % 2 !== 0) return false;
  return cells.every((cell, i) => {
    if (i % 2 === 0) return ROW_LABELS.has(cell.toLowerCase());
    const words = cell.split(/\s+/).filter(Boolean).length;
    return words > 0 && words <= MAX_FIELD_VALUE_WORDS && !/[.!?]$/.test(cell);
  });
}

function isInfoRow(line: string): boolean {
  if (isBarredInfoRow(line)) return true;
  FIELD_LABEL_AT_START.lastIndex = 0;
  if (!FIELD_LABEL_AT_START.test(line)) return false;
  const starts = [...line.matchAll(FIELD_LABEL)];
  if (starts.length < 2 || starts[0]?.index !== 0) return false;
  // Each value runs to the next label: a few words, never a sentence.
  return starts.every((start, i) => {
    const value = line.slice(start.index + start[0].length, starts[i + 1]?.index ?? line.length).trim();
    const words = value.split(/\s+/).filter(Boolean).length;
    return words > 0 && words <= MAX_FIELD_VALUE_WORDS && !/[.!?]$/.test(value);
  });
}

// "☆ Star ⤴ Share 🕮 Read later ↗ Open in browser Aa", "[Rate this article] ★★★★★": a short line set with two or more
// pictographs or symbols is a widget's row, never the story's sentence. Flags, marks of rights and degrees are left out
// of the count: a headline may carry two flags, and "© 2024 …" is the copyright reader's.
const SYMBOL = /(?![©®™°\u{1F1E6}-\u{1F1FF}])[\p{So}\u2190-\u21FF\u25A0-\u25FF\u2600-\u27BF]/gu;
const MAX_SYMBOL_ROW = 160;
const MAX_SYMBOL_ROW_WORDS = 14;

function isSymbolRow(line: string): boolean {
  if (line.length > MAX_SYMBOL_ROW || /[.!?"”]$/u.test(line)) return false;
  if (line.split(/\s+/u).length > MAX_SYMBOL_ROW_WORDS) return false;
  let symbols = 0;
  for (const _ of line.matchAll(SYMBOL)) if (++symbols >= 2) return true;
  return false;
}

// "🎧 Listen to this article 4 min", "▶ Watch: …": a widget's icon copied before its label; the label is read without it.
const LEADING_ICONS = /^(?:[\p{Extended_Pictographic}\u2190-\u21FF\u25A0-\u25FF]\uFE0F?\s*){1,3}/u;

/** Share buttons, tags, subscription prompts, copyright lines, wire notes on what an update adds. */
export function isBoilerplate(line: string): boolean {
  return boilerplateByLine(line);
}

// A label of up to four words in capitals and its colon: "SUBSCRIBER EXCLUSIVE: ", "SPECIAL OFFER: ".
const PROMOTION_LABEL = /^\p{Lu}[\p{Lu}'’&-]+(?:\s+\p{Lu}[\p{Lu}'’&-]+){0,3}:\s+/u;
const PITCH_END = /[.!?"”]$/u;

// The line passes and the page readers ask of the same line again: a reading is kept for the next.
const boilerplateByLine = memoByLine(readBoilerplate);

function readBoilerplate(line: string): boolean {
  const iconless = line.replace(LEADING_ICONS, "");
  if (iconless !== line && iconless.length >= 3 && isBoilerplate(iconless)) return true;
  // "SUBSCRIBER EXCLUSIVE: Download our … (xlsx)": a promotion's label in capitals over the pitch it labels. A
  // transcript's speaker label ("MODERATOR: …") opens a turn that closes on a stop; a pitch is a link, with none.
  const pitch = line.includes(":") && !PITCH_END.test(line) ? PROMOTION_LABEL.exec(line) : null;
  if (pitch && line.length - pitch[0].length >= 3 && isBoilerplate(line.slice(pitch[0].length))) return true;
  if (EXACT.test(line) || isCacheNote(line) || readCreditBar(line) || isSiteNotice(line)) return true;
  if (isRevisionNote(line)) return true;
  // "• This article was amended on …": a correction note set as the one item of a list under the story.
  if (line.startsWith("• ") && isCorrectionNote(line.slice(2))) return true;
  if (isSymbolRow(line)) return true;
  if (line.length <= MAX_PREFIXED && (READING_TIME.test(line) || METADATA_FIELD.test(line) || isInfoRow(line)))
    return true;
  if (line.length > MAX_LONG_LINE) return false;
  // the line's literals, read once for the gated patterns of both lists
  const held = literalsIn(line);
  if (LONG_LINE_PATTERN.test(line, held) || isGatedFurniture(line, held)) return true;
  // "Copyright © 2023 <holder>. All rights reserved. Distributed by …": a syndicated story's copyright note runs long.
  if (line.length > MAX_PREFIXED) return COPYRIGHT.test(line) && LONG_COPYRIGHT.test(line);
  return (
    PREFIX.test(line) ||
    COPYRIGHT.test(line) ||
    // "(Copyright 2009 Asia Times Online (Holdings) Ltd. All rights reserved. …)": the same line in brackets.
    (line.startsWith("(") && line.endsWith(")") && COPYRIGHT.test(line.slice(1))) ||
    LINE_PATTERN.test(line, held) ||
    CASE_SENSITIVE_PATTERNS.some((pattern) => pattern.test(line))
  );
}

const mastheadWords = new Set(data.mastheadWords.map((word) => word.toLowerCase()));
// A masthead's parts: "Japan Today | The Mainichi — Kyodo News wire", "VNA - Vietnam News Agency".
const MASTHEAD_PARTS = /\s+(?:[|·•—–-]|::|»)\s+|\s*[|·•]\s*/u;
const MAX_MASTHEAD = 80;
const MAX_MASTHEAD_PART_WORDS = 5;
// A state or its office named above a government site's title: "Republic of the Philippines".
const MASTHEAD_OPENER = new RegExp(`^(?:${alternation(data.mastheadOpeners)})\\s+(?:the\\s+)?\\p{Lu}`, "u");
const MAX_OPENER_PART_WORDS = 8;

function isOpenerName(part: string): boolean {
  const words = part.split(" ").filter(Boolean).length;
  return words > 1 && words <= MAX_OPENER_PART_WORDS && MASTHEAD_OPENER.test(part);
}

function isMastheadPart(part: string): boolean {
  const words = part.split(" ").filter(Boolean);
  if (words.length <= MAX_OPENER_PART_WORDS && MASTHEAD_OPENER.test(part)) return true;
  if (!words.length || words.length > MAX_MASTHEAD_PART_WORDS) return false;
  if (knownOutlet(part) || DOMAIN_LINE.test(part)) return true;
  // A site's name is capitalised throughout ("Malaysia Sun", "NHÂN DÂN Online"), not a sentence-case headline.
  const capitalised = words.every((word) => !/^\p{Ll}/u.test(word) || /^(?:the|of|and|for|on|in|&)$/i.test(word));
  const last = (words.at(-1) ?? "").toLowerCase();
  return capitalised && (mastheadWords.has(last) || (words.length > 1 && isCapitalsOnly(part)));
}

function isCapitalsOnly(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase();
}

/**
 * A site's name line above the headline ("VIETNAM GOVERNMENT PORTAL", "Taipei Times · Wire stories",
 * "VNA - Vietnam News Agency"): every part is an outlet's name or a capitalised name ending in a masthead word.
 */
export function isMasthead(line: string): boolean {
  if (line.length > MAX_MASTHEAD || /[.!?,;:"]$/.test(line)) return false;
  // "Ministry of Foreign Affairs, Republic of Korea": a state's office and the state, each part an opener's name.
  if (line.includes(",")) return line.split(/\s*,\s*/).every((part) => isOpenerName(part));
  const parts = line.split(MASTHEAD_PARTS).filter(Boolean);
  // Parts after the name may be plain ("Wire stories"); a headline's parts carry commas.
  const short = (part: string) =>
    !part.includes(",") &&
    (part.split(" ").length <= MAX_MASTHEAD_PART_WORDS ||
      (part.split(" ").length <= MAX_OPENER_PART_WORDS && MASTHEAD_OPENER.test(part)));
  return parts.every(short) && parts.some(isMastheadPart);
}

const NAV_SEPARATOR = new RegExp(`\\s+(?:${alternation(data.navSeparators)})\\s+`, "u");
const BREADCRUMB_SEPARATOR = new RegExp(`\\s+(?:${alternation(data.breadcrumbSeparators)})\\s+`, "u");
const MIN_NAV_PARTS = 3;
const MAX_NAV_PART_WORDS = 3;
// A long menu may hold a longer entry ("Home | About MOFA | … | Viet Nam and ASEAN").
const LONG_NAV_PARTS = 5;
const MAX_LONG_NAV_PART_WORDS = 4;

/** "Home | China | World | Sci-Tech", "Home > News > Foreign Affairs": short capitalised parts between separators. */
export function isNavLine(line: string): boolean {
  if (line.length > MAX_MENU || /[.!?,;:"]$/.test(line)) return false;
  const parts = line.split(NAV_SEPARATOR);
  const crumbs = parts.length < MIN_NAV_PARTS ? line.split(BREADCRUMB_SEPARATOR) : parts;
  // "Home » Business » <the headline>": a trail from the home page may end in the story's own headline (normalising
  // may have turned "»" into a straight quote).
  const trail = (/^Home\s+"\s/.test(line) ? line.split(/\s+"\s+/) : crumbs).slice(0, -1);
  if (
    (crumbs !== parts || /^Home\s+"\s/.test(line)) &&
    trail.length >= 2 &&
    /^home$/i.test(trail[0]?.trim() ?? "") &&
    trail.every((part) => part.split(" ").length <= MAX_NAV_PART_WORDS && !/^\p{Ll}/u.test(part))
  )
    return true;
  // "Asia / Southeast Asia": a section and its subsection parted by a spaced slash, each a menu's words; a headline's
  // slash joins other words ("US / China trade talks").
  if (parts.length === 2 && line.includes(" / ") && parts.every((part) => isMenuLine(part.trim(), 1))) return true;
  if (crumbs.length < (crumbs === parts ? MIN_NAV_PARTS : 2)) return false;
  const maxWords = crumbs.length >= LONG_NAV_PARTS ? MAX_LONG_NAV_PART_WORDS : MAX_NAV_PART_WORDS;
  return crumbs.every((part) => part.split(" ").length <= maxWords && !/^\p{Ll}/u.test(part) && !/[,.!?]/.test(part));
}

/** A line made only of place names ("• An Giang"), as province menus list them one a line. */
export function isPlaceLine(line: string): boolean {
  if (line.length > 40 || /[.!?,;:"\d]/.test(line)) return false;
  const words = foldPlace(line).split(" ").filter(Boolean);
  return words.length > 0 && words.every((word) => placeWords.has(word));
}

// "E-mail", "E-paper": a button named by a letter and a hyphen reads as the one word the menu lists, not "e" and "mail".
const HYPHENATED_BUTTON = /(?<=^|\s)(\p{L})-(\p{L}{2,})(?=\s|$)/gu;

function withHyphensJoined(line: string): string {
  return line.includes("-") ? line.replace(HYPHENATED_BUTTON, "$1$2") : line;
}

/**
 * A line of navigation, share buttons, settings or a province list ("Home page Newsletter Feedback",
 * "Zalo Facebook Twitter Print Copy link", "Hà Nội Hải Phòng Đà Nẵng …"): every word is a menu word or part
 * of a place name. `minWords` keeps a short line in the body ("Hanoi") unless it stands outside the story.
 */
export function isMenuLine(text: string, minWords: number): boolean {
  // Read only of a line closing on the ellipsis: the pattern scans every space of a sentence for its letters.
  if ((text.endsWith("...") || text.endsWith("…")) && ELLIPSIS_LINK.test(text))
    return isEllipsisMenu(text.replace(ELLIPSIS, ""), minWords);
  if (text.length > MAX_MENU || /[.!?,;:"]$/.test(text)) return false;
  if (/\d/.test(text)) return isCounterBar(text);
  const line = withHyphensJoined(text);
  // Most lines fail on their first word; folding it alone is cheap.
  const first = foldPlace(line.slice(0, line.indexOf(" ") + 1 || line.length)).split(" ")[0] ?? "";
  if (first && !menuWords.has(first) && !placeWords.has(first)) return false;
  const words = foldPlace(line).split(" ").filter(Boolean);
  if (words.length < minWords) return false;
  let places = 0;
  for (const word of words) {
    if (menuWords.has(word)) continue;
    if (!placeWords.has(word)) return false;
    places++;
  }
  // A few place words ("Ha Noi") can be a heading; a list of them is a menu.
  return places === 0 || words.length >= 6;
}

// "Home Politics … Travel Search...", "News Finance … More...": a search box's placeholder or a "more" link closes a
// menu on an ellipsis.
const ELLIPSIS = /(?:\.{3}|…)$/u;
const ELLIPSIS_LINK = /\s\p{L}+(?:\.{3}|…)$/u;
// A portal's own product among its sections ("… Shopping <Brand> Plus More..."): a name of a word or two.
const MAX_MENU_BRAND_WORDS = 2;
const MIN_BRANDED_MENU_WORDS = 6;

/** A menu closed on an ellipsis link: menu words, among which a portal may set its product's capitalised name. */
function isEllipsisMenu(line: string, minWords: number): boolean {
  if (isMenuLine(line, minWords)) return true;
  const words = line.split(" ").filter(Boolean);
  const last = foldPlace(words.at(-1) ?? "");
  if (words.length < MIN_BRANDED_MENU_WORDS || !menuWords.has(last) || /\d/.test(line)) return false;
  const unknown = words.filter((word) => !menuWords.has(foldPlace(word)));
  return unknown.length <= MAX_MENU_BRAND_WORDS && unknown.every((word) => /^\p{Lu}\p{L}*$/u.test(word));
}

/**
 * "Facebook Twitter Zalo Print" between the standfirst and the story: a share bar, every word a menu word and two or
 * more of them a network or a share action. Inside the story a menu line needs five words (a subheading may be made
 * of section words); a share bar's targets are never a subheading.
 */
export function isShareBar(line: string): boolean {
  // "🔗 Share f 𝕏 in ✉": icons set in styled letters ("𝕏") read as the plain ones; pictographs fold away.
  const ascii = !BEYOND_ASCII.test(line);
  // (printable ASCII is its own NFKC form)
  const plain = ascii ? line : line.normalize("NFKC");
  if (isSharePair(plain)) return true;
  if (/\d/.test(plain) || foldsLongerThan(plain, MAX_MENU)) return false;
  // Most lines are the story's sentences, with fewer than two share words: counted on a line in ASCII (as foldPlace
  // reads it, runs of letters and figures) without folding it into words.
  if (ascii && asciiShareWords(plain, MIN_SHARE_TARGETS) < MIN_SHARE_TARGETS) return false;
  const words = foldPlace(plain).split(" ").filter(Boolean);
  // "Share  Post  Email  Print": a share action that is no section's name ("Post", X's button) still makes the bar.
  const actions = words.filter((word) => shareWords.has(word)).length;
  if (actions < MIN_SHARE_TARGETS) return false;
  if (isMenuLine(plain, MIN_SHARE_BAR_WORDS)) return true;
  return words.length >= MIN_SHARE_BAR_WORDS && words.every((word) => shareWords.has(word) || menuWords.has(word));
}

// "Bookmark  Share", "Save  Share": two share actions alone on a line, which no subheading is made of.
const SHARE_PAIR = 2;

// As places.ts reads a line: printable ASCII only, folded by its lower case alone (without u, as there).
const BEYOND_ASCII = /[^\t\n\r -~]/;
const LONGEST_SHARE_WORD = Math.max(...[...shareWords].map((word) => word.length));
const isAsciiAlnum = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);

/**
 * The share words among an ASCII line's words (its runs of letters and figures, in lower case: the words foldPlace
 * gives it), counted up to `enough`; only runs as short as a share word are looked up.
 */
function asciiShareWords(line: string, enough: number): number {
  let found = 0;
  for (let i = 0; i < line.length; ) {
    if (!isAsciiAlnum(line.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < line.length && isAsciiAlnum(line.charCodeAt(i))) i++;
    if (i - start <= LONGEST_SHARE_WORD && shareWords.has(line.slice(start, i).toLowerCase()) && ++found >= enough)
      return found;
  }
  return found;
}

// Two share words and the space between them: a longer line is no pair.
const MAX_SHARE_PAIR = 2 * Math.max(...[...shareWords].map((word) => word.length)) + 1;

function isSharePair(line: string): boolean {
  if (foldsLongerThan(line, MAX_SHARE_PAIR)) return false;
  const words = foldPlace(line).split(" ").filter(Boolean);
  return words.length === SHARE_PAIR && words.every((word) => shareWords.has(word));
}

// A share bar's counters: "Like 0", "Share 12", "0 email", "1.2K".
const COUNTER = /^\d{1,3}(?:[.,]\d{1,3})*[KkMm]?$/;
const MIN_COUNTER_BAR_WORDS = 2;
// "Like 214  Tweet  +1  Share": a network's button named by a sign and a figure (Google's "+1"), which no menu word
// folds to; like a counter it is no word of the bar.
const SIGN_BUTTON = "+1";

/** "Share Like 0 Print Email": share buttons with their counters; no place word, every other word a menu word. */
function isCounterBar(line: string): boolean {
  const tokens = line.split(" ").filter(Boolean);
  const words = tokens.filter((token) => !COUNTER.test(token) && token !== SIGN_BUTTON);
  if (words.length < MIN_COUNTER_BAR_WORDS || words.length === tokens.length) return false;
  return words.every((word) => menuWords.has(foldPlace(word)));
}

/** A paragraph without the furniture that ends it ("… Read full this story"); null when it has none. */
export function withoutTrailingFurniture(paragraph: string): { kept: string; removed: string } | null {
  // Every trailing pattern is bounded, so only the paragraph's tail is searched.
  const from = Math.max(0, paragraph.length - MAX_TRAILING);
  const tail = from ? paragraph.slice(from) : paragraph;
  if (!MAY_TRAIL.test(tail)) return null;
  const match = TRAILING.exec(tail);
  if (!match) return null;
  return { kept: paragraph.slice(0, from + match.index).trim(), removed: match[0].trim() };
}

// A ticker's label before a colon or bar, then the headlines it rolls: "BREAKING: … | …", "Hot news: …"; an old
// site's ticker sets arrows or a bullet before its label (">> Latest: …", "» Breaking: …").
const TICKER = new RegExp(`^(?:(?:>>|»|►|▶|■|•)\\s*)?(?:${alternation(data.tickerLabels)})\\s*[:|]\\s+\\S`, "iu");

/** A news ticker's line above the headline: its label, then other stories' headlines. */
export function isTickerLine(line: string): boolean {
  return TICKER.test(line);
}

/** The date a cache mirror's wrapper puts before the text, split from the line it opens. */
export function readCacheDate(line: string): { date: string; rest: string } | null {
  const match = CACHE_DATE.exec(line);
  return match?.[1] ? { date: `date ${match[1]}`, rest: line.slice(match[0].length) } : null;
}

export function isSeparator(line: string): boolean {
  return SEPARATOR.test(line);
}

// A generic top-level domain or any two-letter country one, in any case ("Laodong.vn", "DW.DE", "thestar.com.my").
const DOMAIN_LINE = /^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|gov|edu|news|asia|[a-z]{2})$/iu;

/** "Laodong.vn" standing alone, as a republishing site credits the outlet it took the story from. */
export function domainOutlet(line: string): string | null {
  return line.length <= 60 && DOMAIN_LINE.test(line) ? outletFromUrl(line) : null;
}

/** "© 2026 Reuters", "Copyright 2026 The Associated Press. All rights reserved.": the outlet it names, if known. */
export function copyrightOutlet(line: string): string | null {
  if (!COPYRIGHT.test(line)) return null;
  const holder = line
    .replace(new RegExp(`^(?:${alternation(data.copyrightOpeners)})\\s*`, "u"), "")
    .replace(/^(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*/u, "")
    .split(/[.,|]/)[0];
  return holder ? knownOutlet(holder) : null;
}

const TABLE_RULE_CELL = /^:?-+:?$/;

/** "| Countries | 194 |": a table row as "Countries: 194" ("a | b | c" when wider), "" for its rule row; null when the line is no table row. */
export function readTableRow(line: string): string | null {
  const cells = tableCells(line, { shape: "marked" })?.map((cell) => cell.text);
  if (!cells) return null;
  return cells.every((cell) => TABLE_RULE_CELL.test(cell)) ? "" : tableRowText(cells);
}

/**
 * "| # | Country | Established |" over "| 1 | China | 2008 |": a row of words above a row of as many cells holding a
 * figure is the table's head, whose column names the rows need, not a layout table's row of links.
 */
function headsMarkedTable(line: string, below: string | undefined): boolean {
  const under = below && /\d/.test(below) ? tableCells(below, { shape: "marked" }) : null;
  // The line's bars counted as a marked row's, also when it is bare: "a | b|c" counts three here where rowCells
  // reads two cells. Kept so that no output changes (a refactor); making it rowCells(line) would be a fix to eval.
  return under !== null && line.slice(1, -1).split("|").length === under.length;
}

/** The cells of "a | b | c" written without a table's outer bars; null for any other line. */
function bareCells(line: string | undefined): string[] | null {
  return (line && tableCells(line, { shape: "bare" })?.map((cell) => cell.text)) || null;
}

/**
 * "Germany | SP | 2011" in a text copy: a table's row without its outer bars. Alone it cannot be told from a menu or
 * a credit bar ("Home | World", "Xinhua | Updated: …"); a neighbour with as many cells and a figure in the same
 * column makes the run a table. The row as tableRowText reads it, or null.
 */
export function readBareTableRow(line: string, above: string | undefined, below: string | undefined): string | null {
  const cells = bareCells(line);
  // "Tel: … | Fax: …" under "<Office> | <street address>": a footer's contact lines share a row's shape, and neither
  // is a table's row.
  if (!cells || isContactRow(cells)) return null;
  const sameShape = (other: string | undefined) => {
    const otherCells = bareCells(other);
    return (
      otherCells !== null &&
      !isContactRow(otherCells) &&
      otherCells.length === cells.length &&
      otherCells.some((cell, i) => /\d/.test(cell) && /\d/.test(cells[i] as string))
    );
  };
  return sameShape(above) || sameShape(below) || headsTable(line, below) ? tableRowText(cells) : null;
}

// "Tel: (808) 555-0101", "Hotline: 1022": a contact's labelled field.
const CONTACT_CELL = new RegExp(`^(?:${alternation(data.contactLabels)})\\s*[:：]`, "iu");

function isContactRow(cells: readonly string[]): boolean {
  return cells.some((cell) => CONTACT_CELL.test(cell));
}

/** The cells of a table's row, marked ("| a | b |") or bare ("a | b"); null for any other line. */
function rowCells(line: string | undefined): string[] | null {
  return (line && tableCells(line)?.map((cell) => cell.text)) || null;
}

/**
 * "No. | Partner | New projects | Capital (US$ million)" over "1 | Singapore | 215 | 2,985.4": a row of words right
 * above a row of as many cells holding a bare figure is the table's header, which names what the figures count;
 * alone it reads like a menu.
 */
export function headsTable(line: string, below: string | undefined): boolean {
  if (headsMarkedTable(line, below)) return true;
  const cells = rowCells(line);
  const under = rowCells(below);
  return (
    cells !== null &&
    under !== null &&
    cells.length === under.length &&
    cells.length >= 3 &&
    !cells.some((cell) => FIGURE_CELL.test(cell)) &&
    under.some((cell) => FIGURE_CELL.test(cell))
  );
}
const FIGURE_CELL = /^[-+−]?\d[\d.,]*$/u;

/**
 * A table row that is a menu: old pages lay their links out in tables ("Home | Asia | Markets | Opinion"). Short
 * capitalised parts with no figure or year read as links; a row that holds a number is the table's data.
 */
export function isLinkRow(row: string): boolean {
  return !/\d/.test(row) && (isNavLine(row) || isMenuLine(row, 1));
}

const TOOLBAR_OPENER = new RegExp(`^(?:${alternation(data.archiveToolbar.openers)})\\b`, "iu");
const toolbarClosers = new Set(data.archiveToolbar.closers.map((line) => line.toLowerCase()));
const TOOLBAR_SEARCH = 3;
const MAX_TOOLBAR_LINE = 120;

/** A closer alone or ending a line that copies several toolbar links together: "Full version Text-only version View source". */
function isToolbarCloser(line: string): boolean {
  const lower = line.toLowerCase().trim();
  if (toolbarClosers.has(lower)) return true;
  if (lower.length > MAX_TOOLBAR_LINE || /[.!?]$/.test(lower)) return false;
  for (const closer of toolbarClosers) if (lower.endsWith(` ${closer}`)) return true;
  return false;
}

/**
 * The lines a web archive's toolbar adds above a copied page ("The Wayback Machine - https://…", "42 captures",
 * "About this capture", "TIMESTAMPS"), as [first, last]; null when the text does not open with one.
 */
export function archiveToolbar(lines: readonly string[]): [number, number] | null {
  const first = lines.slice(0, TOOLBAR_SEARCH).findIndex((line) => TOOLBAR_OPENER.test(line));
  if (first < 0) return null;
  let last = first;
  const end = Math.min(lines.length, first + data.archiveToolbar.maxLines);
  for (let i = first + 1; i < end; i++) if (isToolbarCloser(lines[i] ?? "")) last = i;
  return [first, last];
}

const englishWords = new Set(data.englishFunctionWords);
const MIN_ENGLISH_WORDS = 2;
// A post's own marks: a hashtag, a handle, a link.
const POST_MARK = /#\p{L}|@\w|https?:\/\//u;

/**
 * The text of an embedded post on the line before its attribution: marked as a post, or not in English (a page's
 * story is in English, a minister's post may be in the language of the country).
 */
export function isPostText(line: string): boolean {
  if (POST_MARK.test(line)) return true;
  const words = line.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.filter((word) => englishWords.has(word)).length < MIN_ENGLISH_WORDS;
}

// "Reported by RFA's Vietnamese Service", "Translated by B.Solongo", "Written in English by Ben Halverson": a clause
// naming who did the work, a few words after "by", none of them a verb of a sentence.
const STAFF_CREDIT_OPENER = new RegExp(
  `^(?:${alternation(data.staffCreditVerbs)})(?:\\s+(?:in|into)\\s+\\p{L}+)?\\s+by\\s+`,
  "iu",
);
// The names after "by", capitalised as names are: "Chau Nguyen", "RFA's Vietnamese Service", "Jane Doe and John Roe";
// or a desk named in lower case ("the news desk", "our foreign staff"). The place the work was done in may follow
// ("… and Rui Carvalho in Hanoi").
const STAFF_CREDIT_NAMES =
  /^(?:(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:(?:\s+|\s*[,&]\s*|\s+and\s+)\p{Lu}[\p{L}\p{M}'’.-]*){0,6}|(?:the|our)\s+(?:\p{Ll}+\s+){0,2}(?:desk|team|staff|newsroom|service))(?:\s+in\s+\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})?$/u;
const MAX_STAFF_CREDIT = 200;

/** A line made only of staff credits: "Reported by …. Translated by …. Written in English by …." */
export function isStaffCredit(line: string): boolean {
  if (line.length > MAX_STAFF_CREDIT) return false;
  const clauses = line
    .split(/(?<=[\p{Ll}\p{N}])\.\s+|[;|]\s*/u)
    .map((clause) => clause.trim().replace(/\.$/u, ""))
    .filter(Boolean);
  return (
    clauses.length > 0 &&
    clauses.every((clause) => {
      const opener = STAFF_CREDIT_OPENER.exec(clause);
      return opener !== null && STAFF_CREDIT_NAMES.test(clause.slice(opener[0].length));
    })
  );
}

const REPORTED_BY = /^reported\s+by\s+/iu;
/** "Additional reporting by <Agency>": an agency adding to a story; it is the source only when no other credit is. */
export const ADDED_REPORTING_BY = /^additional\s+reporting\s+by\s+/iu;
// "RFA's Vietnamese Service", "the AP's Hanoi bureau": an outlet named with one of its desks.
const OUTLET_DESK = /^(?:the\s+)?(\p{Lu}[\p{L}\p{M}.&-]*(?:\s+\p{Lu}[\p{L}\p{M}.&-]*){0,3})['’]s\s+/u;

/**
 * The listed outlet a staff credit's clauses name as doing the work ("Reported by RFA's Vietnamese Service."), or
 * null: the outlet's own desk reported the story.
 */
export function staffCreditOutlet(line: string, opening: RegExp = REPORTED_BY): string | null {
  if (!isStaffCredit(line)) return null;
  for (const clause of line.split(/(?<=[\p{Ll}\p{N}])\.\s+|[;|]\s*/u)) {
    const opener = opening.exec(clause.trim());
    const named = opener ? clause.trim().slice(opener[0].length) : "";
    const outlet = knownOutlet(OUTLET_DESK.exec(named)?.[1] ?? named.replace(/\.$/u, ""));
    if (outlet) return outlet;
  }
  return null;
}

const END_MARK = new RegExp(data.endMarks, "u");

/** The mark a wire story or a press release closes its text on: "-END-", "(END) SDD/JCC", "###", "-30-". */
export function isEndMark(line: string): boolean {
  return line.length <= 40 && END_MARK.test(line);
}

// "==Kyodo": a wire's end mark that names the wire, as the one closing a paragraph does.
const NAMED_END_MARK = /^==\s?(\p{Lu}\p{L}{2,20})$/u;

/** The agency an end mark names ("==Kyodo"), or null. */
export function endMarkAgency(line: string): string | null {
  const named = NAMED_END_MARK.exec(line.trim())?.[1];
  const outlet = named ? knownOutlet(named) : null;
  return outlet && isAgency(outlet) ? outlet : null;
}

const NOTES_HEADING = new RegExp(`^(?:${alternation(data.notesHeadings)})\\s*:?$`, "iu");
/** A release's "Notes to editors:" heading, which may stand under its end mark over facts that are the release's. */
export function isNotesHeading(line: string): boolean {
  return NOTES_HEADING.test(line);
}

const COMMENT_HEADING = anyOf(data.commentHeadings, "iu");
// "Disclaimer", "Disclosure statement": a heading under the story over the publisher's legal notes.
const CLOSING_HEADING = new RegExp(`^(?:${data.closingHeadings.join("|")})\\s*:?$`, "iu");

/** The heading of the notes a report or a site sets under the story: "Disclaimer", "Disclosure statement". */
export function isClosingHeading(line: string): boolean {
  return line.length <= MAX_COMMENT_HEADING && CLOSING_HEADING.test(line);
}
const MAX_COMMENT_HEADING = 60;

/** The heading of the readers' comment section: "12 Comments", "Log in to comment", "Readers' comments (3)". */
export function isCommentsHeading(line: string): boolean {
  return line.length <= MAX_COMMENT_HEADING && COMMENT_HEADING.test(line);
}

// "[Applause]", "(Laughter)": a transcript's note on the room, in brackets, inside or after what the speaker said.
const STAGE_DIRECTION = new RegExp(`\\s*[[(](?:${alternation(data.stageDirections)})[.]?[\\])]`, "giu");

/** A transcript's line without its notes on the room, and the notes; the line as it is when it has none. */
export function withoutStageDirections(line: string): { kept: string; removed: string[] } {
  if (!line.includes("[") && !line.includes("(")) return { kept: line, removed: [] };
  const removed = (line.match(STAGE_DIRECTION) ?? []).map((note) => note.trim());
  return removed.length ? { kept: line.replace(STAGE_DIRECTION, "").trim(), removed } : { kept: line, removed };
}

// "Correction: An earlier version of this story …": the note that closes a story after it was corrected, its label
// dated or not ("Correction, July 27, 2013: …"), or set as a sentence about the piece ("The brief was updated on … to
// correct …", "This article has been amended …").
const CORRECTION_NOTE =
  /^(?:(?:correction|clarification)\b[^:：\n]{0,30}[:：]\s|an earlier version of this\s|(?:this|the) (?:story|article|post|brief|report|piece|commentary|analysis) (?:was|has been) (?:updated|corrected|amended)\b)/iu;

/** A correction or clarification note; under the story, what follows it is the note's own explanation. */
export function isCorrectionNote(line: string): boolean {
  return CORRECTION_NOTE.test(line);
}

// "… on Tuesday evening. (AMD/PIA-NCR)", "(UN/MUR)": the writer's and the desk's initials in capitals between
// slashes, in brackets, closing the story's last paragraph or set on a line of their own.
const STAFF_INITIALS = /(?:^|(?<=[.!?"'”’])\s+)\((\p{Lu}{2,5}(?:-\p{Lu}{2,5})?(?:\/\p{Lu}{2,5}(?:-\p{Lu}{2,5})?)+)\)$/u;

/**
 * The paragraph without the staff's initials that close it; null when it has none. A tag whose parts name a known
 * outlet ("(VNA/VNS)") is the story's source and is left to the sign-off reader.
 */
export function withoutStaffInitials(paragraph: string): { kept: string; removed: string } | null {
  if (!paragraph.endsWith(")")) return null;
  const match = STAFF_INITIALS.exec(paragraph);
  if (!match) return null;
  if ((match[1] ?? "").split(/[/-]/u).some((part) => knownOutlet(part) !== null)) return null;
  return { kept: paragraph.slice(0, match.index).trim(), removed: match[0].trim() };
}
