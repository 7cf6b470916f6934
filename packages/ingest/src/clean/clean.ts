import { countryCode } from "../analyse/countries.js";
import { isWeekday } from "../metadata/date-words.js";
import { parseWholeDay } from "../metadata/dates.js";
import { monthNamePatternAnyCase } from "../metadata/months.js";
import { isAgency, knownOutlet } from "../metadata/outlets.js";
import { mailSubject } from "../read/mail-header.js";
import {
  ADDED_REPORTING_BY,
  archiveToolbar,
  copyrightOutlet,
  domainOutlet,
  endMarkAgency,
  headsTable,
  isBarredInfoRow,
  isBoilerplate,
  isCacheNote,
  isClosingHeading,
  isCommentsHeading,
  isCorrectionNote,
  isEndMark,
  isLinkRow,
  isMasthead,
  isMenuLine,
  isNavLine,
  isNotesHeading,
  isPlaceLine,
  isPostText,
  isSeparator,
  isShareBar,
  isStaffCredit,
  isTickerLine,
  readBareTableRow,
  readCacheDate,
  readCreditBar,
  readTableRow,
  staffCreditOutlet,
  withoutInlineFurniture,
  withoutReadingTime,
  withoutStaffInitials,
  withoutStageDirections,
  withoutTrailingFurniture,
} from "./boilerplate.js";
import {
  type Credit,
  contributorAgency,
  isAuthorNote,
  isContributorNote,
  isStaffInitialsCredit,
  opensAsByline,
  opensOnBylinePrefix,
  readBareCredit,
  readByline,
  readCredits,
  readDashedName,
  readInputsCredit,
  readIntroduction,
  readPlacedNames,
  readSignoff,
  readSource,
  readStampedCredit,
} from "./bylines.js";
import { isCaptionShortForm } from "./caption-short-forms.js";
import {
  creditOutlet,
  isCeremonyCaption,
  isCopyrightCaption,
  isCreditedCaption,
  isNamedCreditCaption,
  isNamesAtOccasion,
  isPhotographerCredit,
  isPlaceDatedCaption,
  isSceneCaption,
  isSlashCredit,
  splitBracketGluedCaption,
  splitCaptions,
  splitGluedCredit,
  splitLabelGluedCaption,
  splitStopGluedCaption,
} from "./captions.js";
import { carriedWithAgency } from "./carried-credits.js";
import { chapterListLines, contentsListLines } from "./chapters.js";
import { isContactRow } from "./contact-rows.js";
import { withoutCountedTools } from "./counted-tool-rows.js";
import {
  type Dateline,
  isPublicationDateLine,
  isScriptDateStamp,
  readDatedCredit,
  readDateline,
  readDateOnlyDateline,
  readGluedDateline,
} from "./datelines.js";
import { isDeliveredHeading, isDocumentHeading } from "./document-headings.js";
import { edgeRecords, isSectionTrail } from "./edge-form.js";
import {
  embeddedPostLines,
  isPagePrompt,
  isSourceCreditCaption,
  isVideoWidgetHeading,
  machineSummaryLines,
  splitCreditGluedDateline,
  videoListLines,
  withoutBracketedLink,
  withoutTrailingLink,
} from "./embeds-and-prompts.js";
import { isFollowRow } from "./follow-rows.js";
import { countedCaptionLines, SLIDE_COUNTER, splitCaptionOverLoneDateline } from "./gallery-pages.js";
import {
  isBracketCitation,
  isIssuerSignature,
  isOfficesLine,
  isQuestionHeadline,
  withContributorNotesApart,
} from "./glued-lines.js";
import { mendGluedWords } from "./glued-words.js";
import { infoRowWriterOutlet } from "./info-row-credits.js";
import { readInlineMarks, timedTurnsApart } from "./inline-marks.js";
import { headsSubjectItem, otherItems } from "./items.js";
import { isBareCaptionOverLead, isCaptionOverLead, sharesNames, splitGluedCaption } from "./lead-captions.js";
import { isLeadLength } from "./lead-credits.js";
import { keyEventLines } from "./live-pages.js";
import { isMediaOrEventFurniture, mediaAndEventSections } from "./media-and-event-pages.js";
import { isMenuEntryAgain } from "./menu-section-labels.js";
import { chatFrame, isPostStamp, messageFurniture } from "./messages.js";
import { newsletterBoxLines } from "./newsletter-boxes.js";
import { readUnlistedTag } from "./own-tags.js";
import { edgeFurniture, runningHeads } from "./page-edges.js";
import { escapeLiteral } from "./patterns.js";
import { knownPlace } from "./places.js";
import { isPullQuoteCredit } from "./pull-quotes.js";
import { closingTeasers, isRelatedHeading, isRelatedLink, isWidgetHeading } from "./related.js";
import { readHyphenedRelease } from "./release-datelines.js";
import { isReleaseOfficeLine } from "./release-offices.js";
import { editorsNoteLines, withoutCopyWrappers } from "./republished.js";
import { isRowCaption } from "./row-captions.js";
import { isSiteGreeting } from "./site-greetings.js";
import { isBareStampLabel, isStampSentence } from "./stamp-sentences.js";
import {
  CHAPTER_MARK,
  CLOCK_ONLY,
  ENTRY_STAMP,
  isDatedClock,
  isSectionedStamp,
  isStampLine,
  isViewsAndDayLine,
  LABELLED_STAMPS,
  LEADING_TIME_CODE,
  NUMERIC_DATE,
  PLACE_AND_DATE,
  splitStamp,
} from "./stamps.js";
import { storyBreakLines } from "./story-breaks.js";
import { inStoryLinkRuns } from "./story-link-runs.js";
import {
  closingNoteName,
  contentWords,
  echoEachOther,
  echoes,
  isEnglishPage,
  isForeignScriptLine,
  isFunctionWord,
  isHashtagRow,
  isLatinPage,
  isMediaLabel,
  isOtherLanguageLine,
  isPictureCredit,
  isRoleLine,
  isSiteNote,
  isStrangerNote,
  MIN_ECHO_WORDS,
  readsAsPost,
  readsAsProse,
} from "./story-model.js";
import { isLetteredNotes } from "./table-notes.js";
import { isFrameLine, isHeadline, isNumberedPartHeading, isSubstantial, withoutLetterheads } from "./title.js";
import { isFeedItemBar, isGluedToolBar, isHomeToContactMenu, isToolBar } from "./tool-bars.js";
import { isLabelTrail, isTopicStrip } from "./topic-strips.js";
import { isRomanceLine, isTranslationNotice } from "./translated-pages.js";
import type { CleanedArticle, Noise, NoiseKind } from "./types.js";
import { rejoinLateBreaks, unwrapLines } from "./wraps.js";

/** Lower rank wins: a dateline names the outlet more surely than an editor's introduction does. */
enum Rank {
  Dateline = 0,
  Credit = 1,
  Footer = 2,
  Copyright = 3,
  Introduction = 4,
  PhotoCredit = 5,
  /** A site's name above the headline: the outlet that publishes, not the agency of the story. */
  Masthead = 6,
}

// "Author: …", "Writer: …", "Text and photos: …": a label of a word or two and its colon opening a credit line.
const BYLINE_LABEL = /^\p{L}+(?:\s\p{L}+){0,2}\s*[:：]\s+\p{Lu}/u;
// An author box's follower counter ("214 Followers", "1.2K followers") and the short bio set under it.
const FOLLOWER_COUNT = /^\d[\d.,]{0,12}[KkMm]?\s+(?:followers|subscribers)$/iu;
const MAX_AUTHOR_BIO_WORDS = 25;
// How far past the first paragraph of story a byline may stand: under a standfirst or a caption.
const BYLINE_SEARCH = 3;
// How many closing paragraphs may be notes on the author.
const AUTHOR_NOTE_SEARCH = 2;
// How far into the body a dateline may stand: after a lead or a caption the cleaner could not tell from the story.
const DATELINE_SEARCH = 3;
// A caption's short form is a label, never a paragraph: longer lines are not looked at.
const MAX_SHORT_FORM = 120;
// Wire services' story labels in brackets before a headline: "(LEAD)", "(2nd LD)", "(URGENT)". A wire's
// "UPDATE 3-<headline>", glued to the headline, is printed as its part and kept (the blind readings: test/READING.md's
// headline as printed).
const WIRE_LABEL = /^\((?:LEAD|\d+(?:st|nd|rd|th)\s+LD|URGENT|UPDATE\s*\d*|FOCUS|REFILE|CORRECTED)[^()]{0,40}\)\s*/iu;
const MIN_REPEATED_CAPTION = 30;

/** An end mark under a wire's labelled headline with no stop, with another end mark still to come: a teaser's close. */
function isWireTeaserEnd(lines: readonly string[], at: number): boolean {
  const above = lines[at - 1] ?? "";
  if (!WIRE_LABEL.test(above) || /[.!?]["'’”]?$/u.test(above)) return false;
  for (let next = at + 1; next < lines.length; next++) if (isEndMark(lines[next] as string)) return true;
  return false;
}
// "Attachment | 241024_Speaker_Viet Nam.jpg", "Full text.pdf": a line that ends on a file's name and extension is the
// page's download or picture slot, never a sentence of the story (which ends on its stop).
const TABLE_ROW_BARS = /^\|\s*|\s*\|$/gu;
// "• Of the NZ$1 million, …", "2. Two-way trade …": an item of a listed note, bulleted or numbered.
const NOTE_ITEM = /^(?:[-•·▪*]|\d{1,2}[.)])\s+\S/u;
const FILE_NAME_LINE =
  /^[^.!?]{0,100}?[\w)\]-]\.(?:jpe?g|png|gif|webp|tiff?|pdf|docx?|xlsx?|pptx?|zip|hwp|txt)(?:\s*\(\d[\d.,]*\s?[KMG]?B\))?$/iu;
// "Attachment: <file>.hwp (1.2MB) | <file>.pdf (680KB)": a download slot's files, each with its size, between bars.
const FILE_BARS = /\s+\|\s+/u;
// The extensions FILE_NAME_LINE ends on, with its flags (under "iu", "ſ" reads as "s"): a cheap search for the gate.
const FILE_EXTENSION = /\.(?:jpe?g|png|gif|webp|tiff?|pdf|docx?|xlsx?|pptx?|zip|hwp|txt)/iu;

/** A line of one or more files' names, a download slot's, never a headline nor a sentence of the story. */
function isFileLine(line: string): boolean {
  // Every part ends on a file's extension: a line with none is no file line, and is not searched part by part.
  if (!FILE_EXTENSION.test(line)) return false;
  const bare = line.replace(TABLE_ROW_BARS, "");
  return FILE_NAME_LINE.test(bare) || bare.split(FILE_BARS).every((part) => FILE_NAME_LINE.test(part));
}
const IMAGE_FILE = /^[\w.-]{1,80}\.(?:jpe?g|png|gif|webp)(?=\p{Lu}|\s|$)/iu;
// "… in Cebu on May 7, 2026. (PCO)", "… in Hanoi on Friday. [JOINT PRESS CORPS]": a short capitalised tag after the last stop.
const CREDIT_TAG_END = /[.!?]["'’”]?\s*[([]\p{Lu}[^()[\]]{0,40}[)\]]$/u;

const IRREGULAR_SPACE = /\s\s|[^\S ]/;
// "By David Harlan HANOI - …": a name of two to four words, then a place in capitals and its dash, bracket or comma.
const BYLINE_RUN_INTO_DATELINE =
  /^By\s+(?:\p{Lu}[\p{Ll}'’.-]+\s+){1,3}\p{Lu}[\p{Ll}'’.-]+\s+(?=\p{Lu}{3,}(?:\s+\p{Lu}{2,}){0,2},?\s*(?:[-–—]|\(|,\s))/u;
const SENTENCE_END = /[.!?]["')\]]?$/;
// A social post's emoji around its headline ("🇧🇾🇻🇳 Lukashenko: …", "… in February ⛸"): flags and pictographs.
const EDGE_EMOJI =
  /^(?:[\p{Extended_Pictographic}\p{Regional_Indicator}\s]|\uFE0F|\u200D)+|(?:[\p{Extended_Pictographic}\p{Regional_Indicator}\s]|\uFE0F|\u200D)+$/gu;
// "[Press Release] <headline>", "[News] <post title>": a label in square brackets before the headline.
const KIND_LABEL = /^\[(\p{Lu}[\p{L} -]{1,30})\]\s+(?=[\p{Lu}\p{N}"'‘“])/u;

/**
 * The headline without the kind of document a board's view sets before it ("[Press Release] <headline>"): the board's
 * label, not the headline's words. Any other label stays: what the page shows ("[PHOTOS]", "[Infographic]") is
 * printed as part of the headline (test/READING.md), and a forum's flair ("[News]") marks a post's title.
 */
function withoutKindLabel(text: string): string {
  const label = KIND_LABEL.exec(text);
  return label && isDocumentHeading(label[1] ?? "") ? text.slice(label[0].length) : text;
}
// A headline over its dateline's lead is a line of a few words; a caption set there runs longer ("<Names> at …").
const MAX_HEADLINE_ABOVE_LEAD = 16;
// A forwarded newsletter: the forwarder's note or two above the article's headline, which shares three words or more
// with the mail's subject.
const MAX_FORWARD_NOTES = 2;
const MAX_FORWARD_NOTE = 300;
const MIN_SHARED_WITH_SUBJECT = 3;
// A summary box's label alone on its line: "Key points:", "In brief:", "Highlights:".
const BOX_LABEL_COLON = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,2}:$/u;
// A name and nothing else: no dash, slash or bracket that would make it a sign-off ("— VNS", "VNA/VNS").
const SITE_NAME = /^[\p{L}\p{N}][\p{L}\p{N} .+&'’]*$/u;
// A web edition's word after the paper's name in its masthead: "<Paper> Online".
const WEB_EDITION = /\s+(?:Online|Digital|e-?Paper)$/iu;
// A site's tagline read where a reporter's name would stand: a possessive or a paper's word, which no name holds.
const SITE_TAGLINE = /\p{L}['’]s\s|\b(?:newspaper|news|daily|paper|magazine|journal|portal)$/iu;
// A byline glued to its name and date, and a clock time, never stand in a headline: "ByBernamaHanoiMon 03, 10:40 PM".
const GLUED_BY = /^By\p{Lu}/u;
// "… at the palace (photo <Office>)", "… in Hanoi (Photo: <Agency>)": a line closed by its picture's credit in brackets
// is the photo's caption, never the headline, however well it echoes the lead.
// "… at the signing. (Courtesy, Trade Ministry)", "(Courtesy of the embassy)": a picture handed out by a body is credited
// by the courtesy word alone, with no photo word.
const BRACKETED_PHOTO_CREDIT =
  /\((?:(?:photo|foto|picture|image|pic)s?\b[:.]?\s[^()]{2,60}|courtesy(?:\s+of)?\s*[,:]?\s[^()]{2,60}|courtesy)\)$/iu;
const CLOCK_TIME = /\b\d{1,2}:\d{2}\b/;

interface Paragraph {
  text: string;
  at: number;
  /** A table row: kept as written, never a title or a credit. */
  row?: boolean;
  /** Closed by the story's agency tag ("… this year. (ANI)"): what follows is the page's. */
  signedOff?: boolean;
  /** Set after the story's end mark ("-END-", "###"): the page's, however it reads. */
  afterEnd?: boolean;
}

class Findings {
  readonly noise: Array<Noise & { at: number }> = [];
  /** The outlet the page's metadata names, when it names one. */
  constructor(private readonly givenOutlet: string | null = null) {}
  private outlets: Array<[Rank, string]> = [];
  private authors: Array<[Rank, string]> = [];
  private sources: Array<[Rank, string]> = [];
  private places: Array<[Rank, string]> = [];

  remove(kind: NoiseKind, text: string, at: number): void {
    this.noise.push({ kind, text, at });
  }

  credit(credit: Credit | null, rank: Rank): void {
    if (credit?.outlet && rank !== Rank.PhotoCredit) this.outlets.push([rank, credit.outlet]);
    if (credit?.author) this.authors.push([rank, credit.author]);
    if (credit?.place) this.places.push([rank, credit.place]);
    // An editor's introduction names the outlet that publishes, not the agency the story came from; so does a
    // copyright line, unless its holder is an agency ("© 2026 Reuters").
    const publisherOnly =
      rank === Rank.Introduction ||
      rank === Rank.Masthead ||
      (rank === Rank.Copyright && !isAgency(credit?.outlet ?? ""));
    if (credit?.outlet && !publisherOnly) this.sources.push([rank, credit.outlet]);
  }

  /** Whether the site's name above the headline names this outlet. */
  isMasthead(outlet: string): boolean {
    return (
      this.siteOutlets.has(outlet) || this.outlets.some(([rank, name]) => rank === Rank.Masthead && name === outlet)
    );
  }

  private closingNames: string[] = [];

  /** An outlet's bare name on a line below the story, credited by `weighClosingNames` once the site's name is known. */
  closingName(outlet: string): void {
    this.closingNames.push(outlet);
  }

  /** The outlets the site's own name lines above the headline name, "<Paper> Online" as "<Paper>". */
  private siteOutlets = new Set<string>();

  siteNames(lines: Iterable<string>): void {
    for (const line of lines) {
      const outlet = knownOutlet(line) ?? knownOutlet(line.replace(WEB_EDITION, ""));
      if (outlet) this.siteOutlets.add(outlet);
    }
  }

  /** A closing name that repeats the site's name above the headline is its footer, not the story's credit. */
  weighClosingNames(): void {
    for (const outlet of this.closingNames) {
      if (this.isMasthead(outlet)) continue;
      this.agency(outlet, Rank.Credit);
      this.credit({ author: null, outlet }, Rank.Credit);
    }
  }

  /** A credit found to be the page's rather than the story's: it names no source. */
  withdraw(source: string, rank: Rank): void {
    this.sources = this.sources.filter(([r, s]) => r !== rank || s !== source);
  }

  /** A closing tag found to be another item's: what its sign-off credited, one entry each, is taken back. */
  unsign(signoff: { source: string | null; outlet: string | null } | null): void {
    const drop = (list: Array<[Rank, string]>, name: string | null) => {
      const at = list.findLastIndex(([r, s]) => r === Rank.Credit && s === name);
      if (name && at >= 0) list.splice(at, 1);
    };
    drop(this.sources, signoff?.source ?? null);
    drop(this.sources, signoff?.outlet ?? null);
    drop(this.outlets, signoff?.outlet ?? null);
  }

  /** The agency a credit names besides the outlet: "VNA" in the sign-off "VNA/VNS". */
  agency(source: string | null, rank: Rank): void {
    if (source) this.sources.push([rank, source]);
  }

  best(list: Array<[Rank, string]>): string | null {
    return [...list].sort((a, b) => a[0] - b[0])[0]?.[1] ?? null;
  }

  get outlet(): string | null {
    return this.best(this.outlets);
  }

  get author(): string | null {
    return this.best(this.authors);
  }

  get source(): string | null {
    // A photo's credit names the story's source only when it is the outlet's own ("VNA/VNS Photo" on Vietnam News):
    // an agency's picture beside a staff story ("Photograph: AP" in the Guardian) says nothing of the story.
    const outlet = this.givenOutlet ?? this.outlet;
    const sources = this.sources.filter(([rank, name]) => rank !== Rank.PhotoCredit || !outlet || name === outlet);
    const best = this.best(sources);
    // The page's own outlet in its byline or dateline ("CGTN", "NDO/VNA –") publishes; an agency credited in the
    // story's lines besides it ("(With input from Xinhua)", the "VNA" of "NDO/VNA") is the copy's source.
    if (best && outlet && best === outlet && !isAgency(best)) {
      const agency = this.best(
        sources.filter(([rank, name]) => rank <= Rank.Footer && name !== outlet && isAgency(knownOutlet(name) ?? name)),
      );
      if (agency) return agency;
    }
    // "Havana, Sep 23 (RCI) … (Source: PL)": a bracket the outlet list does not know is the carrier's own tag; a listed
    // agency credited in the story's own lines is the copy's source.
    if (best && !knownOutlet(best)) {
      const listed = this.best(
        sources.filter(([rank, name]) => rank <= Rank.Credit && isAgency(knownOutlet(name) ?? "")),
      );
      if (listed) return listed;
    }
    return best;
  }

  get place(): string | null {
    return this.best(this.places);
  }
}

/** A line without what a cache mirror or a page template wraps around the text: its date, notes, link labels. */
function withoutWrappers(original: string, at: number, found: Findings, opening: boolean): string {
  let raw = original;
  // The mirror's date opens its copy, under any note the mirror sets above it ("This is Bing's cache of …").
  const cached = opening ? readCacheDate(raw) : null;
  if (cached) {
    found.remove("dateline", cached.date, at);
    raw = cached.rest.trim();
  }
  if (isCacheNote(raw)) {
    found.remove("boilerplate", raw, at);
    return "";
  }
  // An image's file name glued to its caption: "Marcos_rice.jpgPresident Ferdinand Marcos Jr. (…)".
  const file = IMAGE_FILE.exec(raw);
  if (file) {
    found.remove("caption", file[0], at);
    raw = raw.slice(file[0].length);
  }
  const { kept: stamped, removed } = withoutInlineFurniture(raw);
  for (const text of removed) found.remove("boilerplate", text, at);
  // "10th March 2025 21:47 Reading time: 4 min": the date line stays for the readers after, the stamp goes.
  const readingTime = withoutReadingTime(stamped);
  if (readingTime) found.remove("boilerplate", readingTime.removed, at);
  const unlinked = readingTime ? readingTime.kept : stamped;
  // "… in the region. Also Read | <headline>": a link to another story glued after the paragraph's last sentence.
  const bracketed = withoutBracketedLink(unlinked);
  if (bracketed) found.remove("related", bracketed.removed, at);
  const unbracketed = bracketed ? bracketed.kept : unlinked;
  const link = withoutTrailingLink(unbracketed);
  if (link) found.remove("related", link.removed, at);
  const inline = link ? link.kept : unbracketed;
  const initials = withoutStaffInitials(inline);
  if (initials) {
    found.remove("byline", initials.removed, at);
    return initials.kept;
  }
  const trailing = withoutTrailingFurniture(inline);
  if (!trailing) return inline;
  found.remove("boilerplate", trailing.removed, at);
  // "… the last sentence. Source: VNA": the tag glued to the story's end credits it as a line of its own would.
  const source = readSource(trailing.removed.replace(/^\(|\)$/gu, ""));
  if (source) found.credit(source, Rank.Credit);
  return trailing.kept;
}

// Story paragraphs read before a comment section's heading can end the story, not a toolbar's counter above it.
const MIN_STORY_BEFORE_COMMENTS = 3;
// How far past a related link set inside the story to look for more story, and how much of it to find.
const STORY_AFTER_LINK = 3;
// "RELATED STORIES" with up to six linked headlines set between two paragraphs of the story.
const MAX_LINKS_IN_STORY = 6;

/**
 * "Read also" with one to six linked headlines under it, then more story: a link set inside the body, not the
 * links block that ends it. The story must go on at once, in paragraphs that outnumber any headline-like line among
 * them. The number of link lines, 0 when the heading starts the closing links block.
 */
function linksInStory(lines: readonly string[], at: number): number {
  let links = 0;
  while (links < MAX_LINKS_IN_STORY && isLinkLine(lines[at + 1 + links] ?? "")) links++;
  // Paragraphs under a comment section's heading are the readers' posts, not more story.
  if (lines.slice(at + 1, at + 1 + links).some(isCommentsHeading)) return 0;
  const from = at + 1 + links;
  const next = lines[from];
  if (!links || !next || isBoilerplate(next)) return 0;
  const shortEnd = continuesStory(next, lines, at, links);
  if (!isSubstantial(next) && !shortEnd) return 0;
  // Under the story's short last sentence and its contribution note, a second widget's heading ("Read Next") starts
  // the page's closing furniture, whose headlines are not this block's: the story is weighed against this block's.
  // "… so that partners could read it. — VNS": the story's last paragraph with its sign-off is read without it.
  const window = lines.slice(from, from + STORY_AFTER_LINK).map((line) => readSignoff(line)?.kept ?? line);
  const nextHeading = shortEnd ? window.findIndex((line, i) => i > 0 && isRelatedHeading(line)) : -1;
  const after = nextHeading > 0 ? window.slice(0, nextHeading) : window;
  const story = after.filter(
    (line, i) => (isSubstantial(line) || (i === 0 && continuesStory(line, lines, at, links))) && !isBoilerplate(line),
  ).length;
  // A line the next one continues in lower case ("… who said Vietnam" / "welcomed Iran's …") is a sentence broken
  // over lines, as mobile and app copies print them, not another linked headline.
  const headlines = after.filter(
    (line, i) => (isHeadline(line) && !CONTINUED.test(lines[from + i + 1] ?? "")) || isRelatedHeading(line),
  ).length;
  return story > headlines ? links : 0;
}

const CONTINUED = /^\p{Ll}/u;

// "Xi will go on to Malaysia and Cambodia later in the week.": a short closing sentence of the story under a block
// of links, a capital to a stop with words in lower case between; a headline has no stop, a credit note is removed.
const SHORT_STORY_SENTENCE = /^\p{Lu}[^.!?]*\s\p{Ll}[^.!?]*\s\p{Ll}[^.!?]*[.!?]["”’]?$/u;
const MIN_SHORT_STORY_WORDS = 8;

/**
 * Whether the short sentence under a block of links goes on with the story: the block's lines are links, none of them
 * the page's footer (a copyright line ends the story for good), and the story's contribution note stands under the
 * sentence, marking the story's end (a reader's comment or a site's notice has none).
 */
function continuesStory(line: string, lines: readonly string[], at: number, links: number): boolean {
  if (line.split(/\s+/u).length < MIN_SHORT_STORY_WORDS || !SHORT_STORY_SENTENCE.test(line)) return false;
  if (isContributorNote(line) || isRelatedHeading(line)) return false;
  if (lines.slice(at + 1, at + 1 + links).some((link) => isBoilerplate(link))) return false;
  // The story's end is marked under it: the desk's or a writer's contribution note closes the story, not a comment.
  return isContributorNote(lines[at + 1 + links + 1] ?? "");
}

/** A linked headline under a related heading: headline-like, or a short unfinished line ("[Editorial] Asian …"). */
function isLinkLine(line: string): boolean {
  if (isHeadline(line)) return true;
  if (line.length === 0 || line.length > MAX_LINK_LINE || isSubstantial(line)) return false;
  // A headline may ask a question ("» New law on the sea: what changes?"); only a link's arrow, bullet or dash before it
  // tells it from a short question in the story.
  return !/[.!?"”:]$/.test(line) || (line.endsWith("?") && MARKED_LINK.test(line));
}

// A chevron the text's normal form wrote as a straight quote stands alone before a space, where no quotation opens.
const MARKED_LINK = /^(?:[»›▶►•]\s*|>>\s*|[-–"]\s+)\S/u;

const MAX_LINK_LINE = 120;

/** A widget's teaser: a headline, never a sentence, a byline or a line the later readers would remove anyway. */
function isTeaser(line: string): boolean {
  return isHeadline(line) && !isSubstantial(line) && !isBoilerplate(line) && !isRelatedHeading(line);
}

const MAX_LIST_OVER_DATELINE = 8;

/**
 * How many headlines under a links heading at `at` stand right over the lead (or the lead's photo caption): over a
 * paragraph opened by a dateline,
 * or, two or more of them under a heading set right after the story's stamp ("Last updated at …", "ALSO READ" and its
 * headlines between the credit and the story), over any substantial paragraph. A section's heading higher up
 * ("Latest news", "Top stories") stands over the story's own headline and stamp, which stay. 0 if none.
 */
function listOverDateline(lines: readonly string[], at: number): number {
  let items = 0;
  while (items < MAX_LIST_OVER_DATELINE && isTeaser(lines[at + items + 1] ?? "")) items++;
  const after = lines[at + items + 1];
  // "… at the talks in Tokyo. (Photo: VNA)": the lead's photo caption may stand between the headlines and the lead.
  const captioned = after !== undefined && BRACKETED_PHOTO_CREDIT.test(after) && isBoilerplate(after);
  const next = captioned ? lines[at + items + 2] : after;
  if (items === 0 || next === undefined || !isSubstantial(next)) return 0;
  if (readDateline(next) !== null) return items;
  return items >= 2 && isPublicationDateLine(lines[at - 1] ?? "") ? items : 0;
}

/** Whether a substantial paragraph follows the line. */
// A sentence's stop, then initials in capitals in brackets: "… on Monday. (SPA)".
const UNLISTED_PHOTO_TAG = /[.!?]["”’]?\s*\(\p{Lu}{2,6}\)$/u;
const MAX_TAGGED_CAPTION = 300;
// Two or three names in capitals after the last stop, none of them "BY" (a byline run on after a standfirst).
const PHOTOGRAPHER_IN_CAPITALS =
  /[.!?]["”’]?\s+(?!BY\s)(\p{Lu}{2,}(?:[-'’]\p{Lu}+)?(?:\s+\p{Lu}{2,}(?:[-'’]\p{Lu}+)?){1,2})$/u;
// It closes on a capital: read from the line's last two code units (a surrogate pair is one letter), most lines are
// ruled out before its search from every position.
const CAPITAL_END = /\p{Lu}$/u;

/** A caption closed on a photographer's name in capitals; an outlet's name there is a credit the readers weigh. */
function isPhotographerCredited(line: string): boolean {
  const name = CAPITAL_END.test(line.slice(-2)) ? PHOTOGRAPHER_IN_CAPITALS.exec(line)?.[1] : undefined;
  return !!name && !knownOutlet(name) && !isAgency(name);
}

// An embedded post's attribution: a dash, the account's name, its handle and the day it posted.
const EMBED_CREDIT = /^[-–—―]\s*[^\n()]{1,60}\(@\w{1,30}\)\s+(?:\p{L}+\.?\s+\d{1,2},?|\d{1,2}\s+\p{L}+\.?,?)\s+\d{4}$/u;
// A post's text is short: 280 characters, with room for a link the page printed as text.
const MAX_POST = 320;
// A post's text closed by its author's name and handle, with no date: "… in Hanoi. — Jane Roe (@janeroe)".
const EMBED_SIGNED = /\s[-–—―]\s*[^\n()]{1,60}\(@\w{1,30}\)$/u;
// "Other news: <headline>": a links heading used as a label before one linked headline, set between paragraphs.
const INLINE_HEADING = /^([^:：]{3,30})[:：]\s+(\S.{0,160})$/u;

/** Whether the line is one linked headline under a related-links heading written as its label. */
function isInlineRelated(line: string): boolean {
  const parts = INLINE_HEADING.exec(line);
  return parts !== null && isRelatedHeading(parts[1] as string) && !/[.!?"”]$/u.test(parts[2] as string);
}

function storyAfter(lines: readonly string[], at: number): boolean {
  for (let i = at + 1; i < lines.length; i++) if (isSubstantial(lines[i] as string)) return true;
  return false;
}

// "Photo: UNISFA/Nguyen Hoang Long": a photo's credit alone on its line, the caption it credits beside it.
const MAX_BARE_CREDIT_LINE = 80;

function isBareCreditLine(line: string | undefined): boolean {
  return !!line?.trim() && line.length <= MAX_BARE_CREDIT_LINE && splitCaptions(line).kept === "";
}

/**
 * An agency tag on a line before the story with story after it: a photo's credit when bracketed, or when the
 * story's byline is still to come (a story does not start above its byline).
 */
function isPhotoTag(tag: string, lines: readonly string[], at: number): boolean {
  if (!storyAfter(lines, at)) return false;
  // "<A lead of two clauses and forty words>. (Yonhap)": a partner outlet's credit closing the story's first paragraph.
  // A caption says who stands where in a sentence or two; a paragraph this long that the tag closes is the lead.
  if (isLeadLength((lines[at] ?? "").slice(0, -tag.length))) return false;
  if (tag.startsWith("(")) return true;
  return lines.slice(at + 1, at + 1 + BYLINE_AFTER_CAPTION).some((line) => /^By\s/u.test(line) && readByline(line));
}

// How close under a caption the byline stands: the caption again, then the byline.
const BYLINE_AFTER_CAPTION = 2;

// A slide holds its counter, a caption, a credit and a button or two; a longer run between counters is story.
const MAX_SLIDE_LINES = 6;

/**
 * The lines of a photo gallery's slides: from each counter ("1 / 12") to the next, and for the last slide as many
 * lines as the slide before it took. Each slide repeats one shape (caption, credit, "Download"); with one counter
 * only the counter is known to be the gallery's.
 */
function slideLines(lines: readonly string[]): Set<number> {
  const counters: number[] = [];
  for (const [at, line] of lines.entries()) {
    const counter = SLIDE_COUNTER.exec(line);
    if (counter && Number(counter[1]) >= 1 && Number(counter[1]) <= Number(counter[2]) && Number(counter[2]) >= 2)
      counters.push(at);
  }
  const slides = new Set<number>();
  for (const [k, start] of counters.entries()) {
    const next = counters[k + 1];
    const previous = counters[k - 1];
    const length = next !== undefined ? next - start : previous !== undefined ? start - previous : 1;
    if (length > MAX_SLIDE_LINES) {
      slides.add(start);
      continue;
    }
    for (let at = start; at < start + length && at < lines.length; at++) slides.add(at);
  }
  return slides;
}

// "via MTI": the agency a story came through, on a line of its own under it.
const VIA_CREDIT = /^via\s+(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})$/u;
const AGENCY_INITIALS = /^\p{Lu}{2,6}$/u;
/**
 * Line-level noise that can sit anywhere: separators, furniture, credits, captions; cut at a related-links heading,
 * unless it sets one link inside the story.
 */
function removeLineNoise(lines: string[], found: Findings): Paragraph[] {
  const kept: Paragraph[] = [];
  let seenBody = false;
  // Story paragraphs kept so far: a dateline, with a caption glued before it, stands within the first few.
  let storyParagraphs = 0;
  let skipTo = -1;
  // Province menus list one place a line: a run of such lines is navigation, a lone one may be a heading.
  const placeLine = lines.map((line) => isPlaceLine(line));
  // "2014" over "March: … upgrade ties to …": a timeline's year over its entry is the entry's date, not the page's
  const timeline = lines.filter((line) => YEAR_ALONE.test(line.trim())).length >= MIN_TIMELINE_YEARS;
  const entryYear = (line: string, at: number) =>
    timeline && YEAR_ALONE.test(line) && SENTENCE_END.test((lines[at + 1] ?? "").trim());
  const toolbar = archiveToolbar(lines);
  const slides = slideLines(lines);
  const countedCaptions = countedCaptionLines(lines);
  const keyEvents = keyEventLines(lines);
  // Ad markers, sign-up and podcast boxes, numbered captions, players and polls set between the paragraphs.
  const breaks = storyBreakLines(lines);
  // A media or an event page's bios and event lists, a live blog's welcome post and its entries on other news.
  const mediaSections = mediaAndEventSections(lines);
  // Social posts embedded as text: name, handle, text, stamp and counters are the network's, not the story's.
  const posts = embeddedPostLines(lines);
  const editorsNote = editorsNoteLines(lines);
  const summaryBox = machineSummaryLines(lines);
  const contentsList = contentsListLines(lines);
  const posters = posterNames(lines);
  // On a page in Latin letters, a line in another script is a copy in another language, not the story. The page's
  // script is weighed only once such a line turns up.
  let latinPage: boolean | undefined;
  const onLatinPage = () => {
    latinPage ??= isLatinPage(lines);
    return latinPage;
  };
  let englishPage: boolean | undefined;
  const onEnglishPage = () => {
    englishPage ??= isEnglishPage(lines);
    return englishPage;
  };
  // Past the story's end mark, every kept line is marked as the page's.
  let ended = false;
  // Reading the listed notes a release sets under its end mark.
  let notes = false;
  const keep = (paragraph: Paragraph) => kept.push(ended ? { ...paragraph, afterEnd: true } : paragraph);
  for (const [at, raw] of lines.entries()) {
    if (at <= skipTo) continue;
    // "<credit> <date> | Last updated: <date> 1208 views": the view counter closing a stamp goes; the stamp is read on.
    const counted = withoutCountedTools(raw);
    if (counted) found.remove("boilerplate", counted.removed, at);
    const uncounted = counted ? counted.kept : raw;
    // A stamp sharing its line with a byline, the page's tools or its name: the stamp goes, the rest is read on.
    const stamped = splitStamp(uncounted);
    if (stamped) {
      found.remove("dateline", stamped.stamp, at);
      found.credit({ author: null, outlet: stamped.outlet }, Rank.Masthead);
      // An agency named by the stamp is where the copy came from ("Xinhua, October 30, 2025" on a carrier's page).
      if (stamped.outlet && isAgency(stamped.outlet)) found.agency(stamped.outlet, Rank.Credit);
      const credit = stamped.credit ? readByline(stamped.credit) : null;
      if (credit) found.credit(credit, Rank.Credit);
      if (credit?.outlet && isAgency(credit.outlet)) found.agency(credit.outlet, Rank.Credit);
      if (!stamped.head) continue;
    }
    const directions = withoutStageDirections(stamped?.head || uncounted);
    for (const note of directions.removed) found.remove("boilerplate", note, at);
    if (!directions.kept) continue;
    const original = directions.kept;
    if (slides.has(at) || countedCaptions.has(at)) {
      found.remove("caption", original, at);
      continue;
    }
    if (keyEvents.has(at) || mediaSections.has(at) || breaks.has(at)) {
      found.remove("boilerplate", original, at);
      continue;
    }
    // "-- <Name>" under a quotation set alone on its line: a pull quote's credit (pull-quotes.ts).
    if (isPullQuoteCredit(original, lines[at - 1], lines[at - 2])) {
      found.remove("boilerplate", original, at);
      continue;
    }
    // The readers' comment section opens under the story ("5 Comments", "Log in to comment"): their posts read as
    // prose, so the heading ends the story as an end mark does. A counter in a toolbar above the story stays a line.
    // Before the other-language lines: a site's heading in its own language ("Ý kiến bạn đọc (1)") ends the story too.
    const closing = isCommentsHeading(original) || isClosingHeading(original) || isCorrectionNote(original);
    if (storyParagraphs >= MIN_STORY_BEFORE_COMMENTS && closing) {
      found.remove("boilerplate", original, at);
      ended = true;
      continue;
    }
    // On a page in English, a line in another language set in Latin letters: the block of a bilingual page in the
    // other language, or that language's menu.
    if (
      (isForeignScriptLine(original) && onLatinPage()) ||
      (isOtherLanguageLine(original) && onEnglishPage()) ||
      // Once the story runs, and never a dateline's line: the other language's headline and its dateline name the
      // title and the source, which the readers below take from them.
      (seenBody && isRomanceLine(original) && !readDateline(original) && onEnglishPage()) ||
      isTranslationNotice(original)
    ) {
      found.remove("boilerplate", original, at);
      continue;
    }
    // "ENDS", then "Notes to editors:" over bulleted facts: the items under the heading are the release's again.
    if (ended && isNotesHeading(original)) {
      found.remove("boilerplate", original, at);
      ended = false;
      notes = true;
      continue;
    }
    if (notes && !NOTE_ITEM.test(original)) {
      notes = false;
      ended = true;
    }
    // "(LEAD) <headline>", then "(END)", between the story's paragraphs: a wire page's link to another of its stories,
    // closed by that story's mark. The story runs on under it to its own end mark, further down.
    if (seenBody && isEndMark(original) && isWireTeaserEnd(lines, at)) {
      const teaser = kept.at(-1);
      if (teaser?.at === at - 1) found.remove("related", (kept.pop() as Paragraph).text, teaser.at);
      found.remove("boilerplate", original, at);
      continue;
    }
    if (seenBody && isEndMark(original)) {
      found.remove("boilerplate", original, at);
      const agency = endMarkAgency(original);
      if (agency) found.agency(agency, Rank.Credit);
      ended = true;
      continue;
    }
    // After the comment heading check: a post's counters ("96 comments") may open the readers' section.
    if (posts.has(at) || isPagePrompt(original)) {
      found.remove("boilerplate", original, at);
      continue;
    }
    if (
      NUMERIC_DATE.test(original) ||
      isStampLine(original) ||
      LABELLED_STAMPS.test(original) ||
      ENTRY_STAMP.test(original) ||
      CLOCK_ONLY.test(original) ||
      CHAPTER_MARK.test(original) ||
      isDatedClock(original) ||
      isSectionedStamp(original) ||
      isScriptDateStamp(original) ||
      isViewsAndDayLine(original)
    ) {
      found.remove("dateline", original, at);
      continue;
    }
    if (
      isFileLine(original) ||
      (placeLine[at] && (placeLine[at - 1] || placeLine[at + 1])) ||
      (toolbar && at >= toolbar[0] && at <= toolbar[1])
    ) {
      found.remove("boilerplate", original, at);
      continue;
    }
    // A caption set twice, as alt text and under the photo: both copies go when it closes on a credit tag, bracketed
    // ("… Monday. (PCO)") or bare ("… Monday. Yonhap"); the agency owns the picture and says nothing of the story.
    if (original === lines[at + 1] && (CREDIT_TAG_END.test(original) || readSignoff(original)?.outlet)) {
      found.remove("caption", original, at);
      found.remove("caption", original, at + 1);
      skipTo = at + 1;
      continue;
    }
    // A republished copy's wrappers (republished.ts): an editors' note, a converter's banner, a briefing's links,
    // a truncation mark, a caption glued to a paragraph or opening on its bracketed credit.
    if (editorsNote.has(at)) {
      found.remove("boilerplate", original, at);
      continue;
    }
    // A tool's summary of the story over it ("AI summary" and its points): the reader's or the site's, not the story;
    // so is the page's list of its own sections ("Contents", "1 <Section>", "2 <Section>").
    // A shared post's header above the story ("<Page> shared a link.") and the sharer's name alone on its line are
    // the network's.
    const shareHeader = (!seenBody && sharedPost(original.trim()) !== null) || posters.has(original.trim());
    if (summaryBox.has(at) || contentsList.has(at) || shareHeader) {
      found.remove("boilerplate", original, at);
      continue;
    }
    const copy = withoutCopyWrappers(original);
    for (const noise of copy.removed) found.remove(noise.kind, noise.text, at);
    if (!copy.kept) continue;
    const wrapped = withoutWrappers(copy.kept, at, found, kept.length === 0);
    // "[13:00:05] ANCHOR: …", "00:04:52 Pres. Obama: …": a transcript's time code opening a turn is the player's.
    const timeCode = LEADING_TIME_CODE.exec(wrapped)?.[0];
    if (timeCode) found.remove("dateline", timeCode.trim(), at);
    const line = timeCode ? wrapped.slice(timeCode.length) : wrapped;
    if (!line) continue;
    const links = seenBody && isRelatedHeading(line) ? linksInStory(lines, at) : 0;
    const row = readTableRow(line) ?? readBareTableRow(line, lines[at - 1], lines[at + 1]);
    // "<Office> | <street> | <web address>": an office's contact strip, a printed page's running footer.
    if (isContactRow(line)) found.remove("boilerplate", line, at);
    // "(a) Years ending in June. (b) Estimates.": a table's lettered notes under it.
    else if (isLetteredNotes(line)) found.remove("boilerplate", line, at);
    else if (row !== null) {
      // Table rows are figures the analysis reads, not captions; the rule row is a separator, a layout table's row
      // of links a menu.
      if (!row) found.remove("separator", line, at);
      else if (isLinkRow(row) && !headsTable(line, lines[at + 1])) found.remove("boilerplate", line, at);
      // A row of labelled fields ("Date | 2023-06-15 | Hit | 1824") is the page's info table, not the story's figures.
      else if (isBarredInfoRow(row)) found.remove("boilerplate", line, at);
      else keep({ text: row, at, row: true });
    } else if (isSeparator(line)) found.remove("separator", line, at);
    else if (readDatedCredit(line)) {
      found.remove("dateline", line, at);
      found.credit({ author: null, outlet: readDatedCredit(line) }, Rank.Credit);
    }
    // "Answered on" over "16 July 2018": a stamp's label split from the day under it goes with that day.
    else if (isBareStampLabel(line) && isPublicationDateLine(lines[at + 1] ?? "")) found.remove("dateline", line, at);
    // "2008" over "CHINA": a timeline's date, set over the country it dates, is no date of the page.
    else if (
      seenBody &&
      isPublicationDateLine(line) &&
      !(DATE_ALONE.test(line) && countryCode(lines[at + 1] ?? "")) &&
      !entryYear(line, at)
    )
      found.remove("dateline", line, at);
    else if (chapterListLines(lines, at) > 0) {
      // "00:00 Intro / 02:15 The deal / …": a show's chapter list, each a title, never the story.
      const chapters = chapterListLines(lines, at);
      found.remove("boilerplate", lines.slice(at, at + chapters).join("\n"), at);
      skipTo = at + chapters - 1;
    } else if (links > 0) {
      found.remove("related", lines.slice(at, at + 1 + links).join("\n"), at);
      skipTo = at + links;
    } else if (isRelatedHeading(line) && headsSubjectItem(line, lines[at + 1])) {
      found.remove("related", line, at);
    } else if (isRelatedHeading(line)) {
      // A heading before any body is page navigation; after the body, it starts the links block. A carrier may set
      // its list of the wire's most-read headlines over the wire's lead ("Most Read from <Wire>", then the items,
      // then "(<Wire>) -- …"): its items go with it when a dateline opens the paragraph after them.
      const items = seenBody ? 0 : listOverDateline(lines, at);
      found.remove("related", seenBody ? lines.slice(at).join("\n") : lines.slice(at, at + 1 + items).join("\n"), at);
      skipTo = at + items;
      if (seenBody) break;
    } else if (seenBody && isFeedItemBar(line)) {
      // A feed reader's actions under the item it shows: the lines after them are its next items, not this story.
      found.remove("related", lines.slice(at).join("\n"), at);
      break;
    } else if (isVideoWidgetHeading(line)) {
      // A video page's other clips: each headline with its running time under it; the story may go on after them.
      const end = at + videoListLines(lines, at);
      found.remove("related", lines.slice(at, end + 1).join("\n"), at);
      skipTo = end;
    } else if (isWidgetHeading(line)) {
      // The widget's teasers are headlines; the first sentence-like paragraph after them is story again.
      let end = at;
      while (seenBody && end + 1 < lines.length && isTeaser(lines[end + 1] as string)) end++;
      found.remove("related", lines.slice(at, end + 1).join("\n"), at);
      skipTo = end;
    } else if (isRelatedLink(line)) found.remove("related", line, at);
    else if (EMBED_CREDIT.test(line)) {
      // "— Foreign Office (@mofa_la) May 4, 2023" closes an embedded post, whose own text (often in another
      // language, with no link left) stands on the line just before it; a story's line in English stays, and so
      // does a line that introduces the post with a colon.
      const post = kept.at(-1);
      const isPost =
        post &&
        post.at === at - 1 &&
        !post.row &&
        post.text.length <= MAX_POST &&
        (isPostText(post.text) || readsAsPost(post.text));
      if (post && isPost && !/[:：]$/u.test(post.text)) {
        kept.pop();
        found.remove("boilerplate", post.text, post.at);
      }
      found.remove("boilerplate", line, at);
    } else if (EMBED_SIGNED.test(line) && line.length <= MAX_POST) {
      // "Text of the post. — Name (@handle)": an embedded post with its credit on its own line, no date after it.
      found.remove("boilerplate", line, at);
    } else if (seenBody && isInlineRelated(line) && !isBoilerplate(line)) {
      // A line the furniture readers take keeps their reading ("Tags: …"); else a links heading as a label is a link.
      found.remove("related", line, at);
    } else if (BRACKETED_PHOTO_CREDIT.test(line) && isBoilerplate(line)) {
      // "… at the talks. (Photo: Xinhua)": a caption closed by its picture's credit (a boilerplate line pattern) is
      // still a caption, and its credit names the source when nothing else on the page does.
      found.remove("caption", line, at);
      found.credit({ author: null, outlet: creditOutlet(line) }, Rank.PhotoCredit);
    } else if (
      isBoilerplate(line) ||
      isMenuLine(line, seenBody ? 5 : 1) ||
      isShareBar(line) ||
      isNavLine(line) ||
      isToolBar(line) ||
      isGluedToolBar(line) ||
      isHomeToContactMenu(line) ||
      isMediaOrEventFurniture(line) ||
      isFollowRow(line)
    ) {
      found.remove("boilerplate", line, at);
      const copyright = copyrightOutlet(line);
      if (copyright) found.credit({ author: null, outlet: copyright }, Rank.Copyright);
      // A site's domain above the story is its masthead ("INQUIRER.net"); below or inside it, a credit ("Laodong.vn").
      found.credit({ author: null, outlet: domainOutlet(line) }, seenBody ? Rank.Credit : Rank.Masthead);
      // "With inputs from PTI" names the source unless a byline names the outlet that wrote the story.
      found.credit({ author: null, outlet: readInputsCredit(line) }, Rank.Footer);
      // "Writer: AFP": a staff label that names an agency credits the story to it.
      const labelled = readByline(line)?.outlet ?? infoRowWriterOutlet(line);
      found.agency(labelled && isAgency(labelled) ? labelled : null, Rank.Credit);
      // "Xinhua | Updated: …": the site that publishes, and the story's agency when it is one.
      const bar = readCreditBar(line);
      found.credit({ author: null, outlet: bar?.outlet ?? null }, Rank.Masthead);
      found.agency(bar?.agency ?? null, Rank.Credit);
    } else {
      // "… at Parliament House. Source: AAP / Lukas Coch": a caption credited to an agency and its photographer.
      if (isSourceCreditCaption(line) && storyAfter(lines, at)) {
        found.remove("caption", line, at);
        continue;
      }
      const credit =
        readSource(line) ?? readCredits(line) ?? (isContributorNote(line) ? { author: null, outlet: null } : null);
      if (credit) {
        found.remove("byline", line, at);
        found.credit(credit, Rank.Credit);
        // "AFP and Reuters contributed reporting.": the agency the story came from, not the outlet that publishes it.
        found.agency(contributorAgency(line), Rank.Credit);
        continue;
      }
      // "Reported by …. Translated by …": the staff who made the page, never the story.
      if (isStaffCredit(line)) {
        found.remove("byline", line, at);
        // "Reported by <Outlet>'s <language> Service.": the outlet's desk did the reporting, the story's source.
        const desk = staffCreditOutlet(line);
        if (desk) found.credit({ author: null, outlet: desk }, Rank.Credit);
        // "Additional reporting by <Agency>": below any byline or dateline that names the story's own agency.
        found.agency(staffCreditOutlet(line, ADDED_REPORTING_BY), Rank.Footer);
        continue;
      }
      // "via MTI" under the story: the agency it came through, known by name or set in initials.
      const viaName = seenBody ? VIA_CREDIT.exec(line)?.[1] : undefined;
      if (viaName) {
        const via = knownOutlet(viaName) ?? (AGENCY_INITIALS.test(viaName) ? viaName : null);
        found.remove("byline", line, at);
        found.agency(via, Rank.Credit);
        found.credit({ author: null, outlet: via }, Rank.Credit);
        continue;
      }
      // A caption over the lead that repeats it: the lead says it all, with the story's own credit.
      if (!seenBody && isCaptionOverLead(line, lines[at + 1])) {
        found.remove("caption", line, at);
        continue;
      }
      // "… in Putrajaya. - BERNAMA PIC" credits a photo, not the story; so does "… on June 20. © Reuters" with story
      // after it (at the story's end the same tail may be its copyright line).
      if (isCreditedCaption(line)) {
        found.remove("caption", line, at);
        found.credit({ author: null, outlet: creditOutlet(line) }, Rank.PhotoCredit);
        continue;
      }
      // A bare caption, with no credit to read, may stand under the standfirst too: the lead it echoes is to come.
      if (storyParagraphs <= 1 && isBareCaptionOverLead(line, lines[at + 1])) {
        found.remove("caption", line, at);
        continue;
      }
      // "… meets his counterpart in Riyadh on Monday. (SPA)" above the story: a sentence closed by initials in
      // brackets that no list knows is a photo's caption; a story's own tag closes its last paragraph, not its first.
      // Under a standfirst the story has not begun either: the lead is still to come.
      if (
        storyParagraphs <= 1 &&
        UNLISTED_PHOTO_TAG.test(line) &&
        line.length <= MAX_TAGGED_CAPTION &&
        storyAfter(lines, at)
      ) {
        found.remove("caption", line, at);
        continue;
      }
      // "… pledged to expand cooperation. <GIVEN FAMILY>" above the lead: a print replica's caption closed on its
      // photographer's name in capitals. Under the story the same tail is the reporter's sign-off.
      if (
        storyParagraphs <= 1 &&
        isPhotographerCredited(line) &&
        line.length <= MAX_TAGGED_CAPTION &&
        storyAfter(lines, at)
      ) {
        found.remove("caption", line, at);
        continue;
      }
      // "… on June 20. © Reuters" with story after it (at the story's end the same tail may be its copyright line);
      // the agency owns the photo, not the story.
      if (isCopyrightCaption(line) && storyAfter(lines, at)) {
        found.remove("caption", line, at);
        continue;
      }
      // "… in Hanoi, May 23, 2016." with story after it: a photo's caption, which states its place and full date.
      if (isPlaceDatedCaption(line) && storyAfter(lines, at)) {
        found.remove("caption", line, at);
        continue;
      }
      // "… sign the minutes in Phnom Penh yesterday. Pha Lina": a caption closed by its photographer's bare name.
      // "X (left) and Y …", or a past day's scene told in the present above the lead: a caption with no label.
      if (
        (isNamedCreditCaption(line) ||
          isRowCaption(line) ||
          isSceneCaption(line, {
            aboveStory: !seenBody,
            // Read only for a line that tells a scene in the present: a credit line costs a caption split.
            nextToPicture: () => isBareCreditLine(lines[at - 1]) || isBareCreditLine(lines[at + 1]),
          })) &&
        storyAfter(lines, at)
      ) {
        found.remove("caption", line, at);
        continue;
      }
      // A story's agency tag ("… officials said. VNA/VNS") would otherwise read as a photo credit.
      const signoff = readSignoff(line);
      // "… in Hanoi, Feb 26, 2025. - Reuters" just above "HANOI (Reuters): …": a photo's caption and its credit.
      if (signoff?.kept.trim() && !seenBody && readDateline(lines[at + 1] ?? "")) {
        found.remove("caption", line, at);
        found.credit({ author: null, outlet: signoff.outlet }, Rank.PhotoCredit);
        continue;
      }
      // An outlet's bare name on a line of its own: above the headline the site's name, under it a credit (read
      // with the header); below the story a credit unless it repeats the site's name (weighed once that is known).
      const siteName = signoff?.outlet && !signoff.kept.trim() && SITE_NAME.test(line) ? signoff.outlet : null;
      if (siteName && !seenBody) {
        keep({ text: line, at });
        continue;
      }
      if (siteName) {
        found.remove("byline", line, at);
        found.closingName(siteName);
        continue;
      }
      if (signoff) {
        found.remove(signoff.outlet ? "byline" : "boilerplate", signoff.removed, at);
        // "(Yonhap)" closing a photo's caption above the story credits the picture's agency, neither the story's
        // source nor the outlet that publishes it.
        if (seenBody || !isPhotoTag(signoff.removed, lines, at)) {
          found.agency(signoff.source, Rank.Credit);
          found.credit({ author: null, outlet: signoff.outlet }, Rank.Credit);
        }
      }
      if (signoff && !signoff.kept.trim()) continue;
      let story = signoff ? signoff.kept.trim() : line;
      // "By David Harlan HANOI - Vietnam …": a byline run into the dateline of the story's first paragraph.
      const runIn = seenBody ? null : BYLINE_RUN_INTO_DATELINE.exec(story);
      const runInCredit = runIn ? readByline(runIn[0].trim()) : null;
      if (runIn && runInCredit?.author) {
        found.remove("byline", runIn[0].trim(), at);
        found.credit(runInCredit, Rank.Credit);
        story = story.slice(runIn[0].length);
      }
      // A caption run into the story's dateline with no space: "… (10/3/2026). ANTARA/Rizky WardhanaJakarta (ANTARA) - …".
      const gluedCaption =
        storyParagraphs < DATELINE_SEARCH
          ? (splitGluedCaption(story) ??
            splitCreditGluedDateline(story) ??
            splitCaptionOverLoneDateline(story, lines[at + 1]))
          : null;
      if (gluedCaption) {
        found.remove("caption", gluedCaption.caption, at);
        story = gluedCaption.rest;
      }
      // "… broke down.Photo: Name/PaperLeaders met …": a caption and its labelled credit run into the story's lead.
      const labelGlued = storyParagraphs < DATELINE_SEARCH ? splitLabelGluedCaption(story) : null;
      if (labelGlued) {
        found.remove("caption", labelGlued.caption, at);
        story = labelGlued.rest;
      }
      // "… of Vietnam (27, Prime Minister's Office)Prime Minister …": a caption whose credit bracket touches the story.
      const bracketGlued =
        storyParagraphs < DATELINE_SEARCH
          ? splitBracketGluedCaption(story, (head) => readDateline(head) !== null, sharesNames)
          : null;
      if (bracketGlued) {
        found.remove("caption", bracketGlued.caption, at);
        story = bracketGlued.rest;
      }
      // "X (R) and his counterpart Y at the talks on September 11.Prime Minister X …": a caption run into the lead.
      const stopGlued = storyParagraphs < DATELINE_SEARCH ? splitStopGluedCaption(story, sharesNames) : null;
      if (stopGlued) {
        found.remove("caption", stopGlued.caption, at);
        story = stopGlued.rest;
      }
      // Above the story only: a caption's credit glued to the first sentence ("… yesterday. STPMPrime Minister …").
      const glued = seenBody ? null : splitGluedCredit(story, (word) => knownOutlet(word) !== null);
      if (glued && isSubstantial(glued.rest)) {
        found.remove("caption", glued.caption, at);
        found.credit({ author: null, outlet: creditOutlet(glued.credit) }, Rank.PhotoCredit);
        story = glued.rest;
      }
      // "… on Thursday. (PCO photo)By <Name>": the caption's credit glued to the story's byline; both are the page's.
      const gluedByline = glued && !isSubstantial(glued.rest) ? readByline(glued.rest) : null;
      if (glued && gluedByline) {
        found.remove("caption", glued.caption, at);
        found.credit({ author: null, outlet: creditOutlet(glued.credit) }, Rank.PhotoCredit);
        found.remove("byline", glued.rest, at);
        found.credit(gluedByline, Rank.Credit);
        continue;
      }
      // A caption glued to the story's dateline stays whole here: the dateline reader splits the two and reads both.
      const gluedDateline = storyParagraphs < DATELINE_SEARCH ? readGluedDateline(story) : null;
      const { kept: text, captions } = gluedDateline ? { kept: story, captions: [] } : splitCaptions(story);
      for (const caption of captions) {
        found.remove("caption", caption, at);
        found.credit({ author: null, outlet: creditOutlet(caption) }, Rank.PhotoCredit);
      }
      if (!text) continue;
      keep(seenBody && signoff?.outlet ? { text, at, signedOff: true } : { text, at });
      if (isSubstantial(text)) storyParagraphs++;
      seenBody ||= isSubstantial(text);
    }
  }
  return kept;
}

/** A byline, author name, publication date or outlet name standing on its own before or after the body. */
function removeFrame(paragraph: Paragraph, found: Findings, afterBody: boolean, afterQuote: boolean): boolean {
  const { text, at } = paragraph;
  if (isMenuLine(text, 1)) {
    found.remove("boilerplate", text, at);
    return true;
  }
  if (isPublicationDateLine(text) || isStampSentence(text)) {
    found.remove("dateline", text, at);
    return true;
  }
  if (afterBody && isStaffInitialsCredit(text)) {
    found.remove("byline", text, at);
    return true;
  }
  const byline = readByline(text) ?? readDashedName(text);
  if (byline) {
    found.remove("byline", text, at);
    found.credit(byline, Rank.Credit);
    return true;
  }
  // After a quote, a bare name is the speaker's attribution, which belongs to the body.
  const bare = afterQuote ? null : readBareCredit(text);
  if (bare) {
    found.remove("byline", text, at);
    // The site's own name again under the story, as its footer sets its logo: the outlet, not the story's credit.
    // Its tagline may follow the name after a dash ("<Paper> – <Country>'s Leading Newspaper"): no reporter's name.
    const ownName =
      afterBody &&
      (!bare.author || SITE_TAGLINE.test(bare.author)) &&
      bare.outlet !== null &&
      found.isMasthead(bare.outlet);
    found.credit(bare, ownName ? Rank.Masthead : afterBody ? Rank.Footer : Rank.Credit);
    return true;
  }
  return false;
}

// Menu lines under a line that make it the page's frame rather than the headline.
const MIN_MENU_BEFORE_HEADLINE = 2;
// The footnote's mark after an author's name, calling the note on who they are: "<Name>*", "<Name>†".
const AUTHOR_MARK = /\s?[*†]+$/u;

// "Zee Media Bureau/ANI", "Staff Writer / PTI": a desk's or a writer's few capitalised words, a slash, an agency.
const SLASHED_CREDIT = /^((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s*\/\s*([\p{L}][\p{L}.&-]{1,24})$/u;

/** A credit line that names a news agency as the copy's origin after a slash: never the headline. */
function isAgencyCredit(text: string): boolean {
  const agency = SLASHED_CREDIT.exec(text)?.[2];
  const outlet = agency ? knownOutlet(agency) : null;
  return outlet !== null && isAgency(outlet);
}

// A name in brackets opening the lead, then a dash: the site's or the agency's own tag ("(Business in Cameroon) - ").
const OWN_TAG_OPENING = /^\(([^()\n]{2,60})\)\s*(?:--?|[–—―])\s/u;

/** A dateline alone on its line that names the story's outlet: the place, the day and the agency, nothing after. */
function isCreditedDatelineAlone(text: string): boolean {
  const dateline = readDateline(text);
  return dateline !== null && dateline.outlet !== null && dateline.rest.trim() === "";
}

// A row of the site's sections or links: a menu's entries, a trail, or its tools and links run together ("Politics
// Economics Culture Video Podcasts Publish With Us").
function isMenuFurniture(line: string): boolean {
  return isMenuEntry(line) || isMenuLine(line, 1) || isNavLine(line) || isToolBar(line) || isGluedToolBar(line);
}

/**
 * The headline among the lines above the body: the first headline-like line that is not a site's name, a menu,
 * a section label, a date line or a byline. -1 when there is none.
 */
function findTitle(
  header: readonly Paragraph[],
  menu: readonly boolean[],
  lead = "",
  lines: readonly string[] = [],
): number {
  const candidates: number[] = [];
  for (const [i, { text, row, at }] of header.entries()) {
    if (
      !row &&
      !menu[at] &&
      // "🇻🇳🇧🇳 <Headline>": a channel's post sets flags or emoji around the headline it forwards.
      isHeadline(withoutKindLabel(text.replace(EDGE_EMOJI, ""))) &&
      !readByline(text) &&
      // "Zee Media Bureau/ANI" standing where the headline was: a desk's credit naming its agency, never a headline.
      !isAgencyCredit(text) &&
      // "Hanoi, November 21 (PTI)" over the lead: the story's dateline set as a line of its own, never a headline.
      !isCreditedDatelineAlone(text) &&
      !GLUED_BY.test(text) &&
      !BRACKETED_PHOTO_CREDIT.test(text) &&
      // "… review an honour guard in Hanoi on June 20, 2024 © <Name>, <Agency>": a picture's credit, never a headline.
      !text.includes("©") &&
      // A document's heading may give its hour and its day: "<PROGRAMME> – 21:00 BULLETIN, <date>".
      (!CLOCK_TIME.test(text) || isTitledDocument(text)) &&
      !isMenuLine(text, 1) &&
      !isPublicationDateLine(text) &&
      !isMasthead(text) &&
      !isBoilerplate(text) &&
      !isPlaceList(text) &&
      !isMediaLabel(text) &&
      !DOCUMENT_NUMBER.test(text) &&
      !REFERENCE_NUMBER.test(text) &&
      (!PLACE_AND_DATE.test(text) || isTitledDocument(text)) &&
      !isDateAndMenu(text) &&
      !isSectionTrail(text) &&
      !isFrameLine(text) &&
      !isTrailTo(text, header[i + 1]?.text)
    )
      candidates.push(i);
  }
  // "(Business in Cameroon) - Vietnam used …": the name the lead opens on as its own tag is the site's, set above the
  // headline as its masthead, never the headline.
  const ownTag = OWN_TAG_OPENING.exec(lead)?.[1];
  if (ownTag) {
    const named = candidates.filter((c) => comparable((header[c] as Paragraph).text) !== comparable(ownTag));
    if (named.length > 0) candidates.splice(0, candidates.length, ...named);
  }
  // A heading that names its document's kind with its day, its place or its number ("Press conference, <City>,
  // <Country>", "The 12th Regular Press Conference (<date>)") heads a transcript's or a release's page: the lines
  // above it are the office's letterhead, its holder's name and style, and its menu.
  const documentHeading = candidates.find(
    (c, k) =>
      isTitledDocument((header[c] as Paragraph).text) && !isReleaseNumberUnder(header, candidates[k - 1], c, lead),
  );
  if (documentHeading !== undefined) return documentHeading;
  // "Statement by <Name>" over the speaker's style and the occasion titles the speech; the salutations under it, read
  // as its lead, share no word with it, so the echo rules below would pass it over for the style's line.
  const delivered = candidates.find((c) => isDeliveredHeading((header[c] as Paragraph).text));
  if (delivered !== undefined) return delivered;
  // A numbered part's heading under the page's headline ("1. Results of the pilot", over the part's own text) heads
  // its part, not the page, however much it echoes the part's lead: the unnumbered line above it is the headline.
  const numbered = (c: number) => isNumberedPartHeading((header[c] as Paragraph).text);
  const unnumbered = candidates.findIndex((c) => !numbered(c));
  if (unnumbered >= 0)
    candidates.splice(0, candidates.length, ...candidates.filter((c, k) => k <= unnumbered || !numbered(c)));
  // A ticker's line ("BREAKING: …", "Hot news: …") rolls other stories' headlines: the headline is another line.
  if (candidates.some((c) => !isTickerLine((header[c] as Paragraph).text))) {
    const own = candidates.filter((c) => !isTickerLine((header[c] as Paragraph).text));
    candidates.splice(0, candidates.length, ...own);
  }
  // A section's label repeating an entry of the menu row above it ("International Cooperation"), over the headline.
  if (candidates.length > 1) {
    const first = header[candidates[0] as number] as Paragraph;
    if (isMenuEntryAgain(first.text, first.at, lines)) candidates.shift();
  }
  // "Welcome to the United Nations" on the top bar greets the reader with the site's name, when another line is left.
  if (candidates.length > 1 && isSiteGreeting((header[candidates[0] as number] as Paragraph).text)) candidates.shift();
  // A line with every word capitalised and no comma is a menu more often than a headline, when another line is left.
  if (candidates.length > 1 && isTitledMenu((header[candidates[0] as number] as Paragraph).text)) candidates.shift();
  // A strip of topic links led by one in capitals ("IN FOCUS Flood relief …") over the headline, which echoes the lead more.
  if (candidates.length > 1 && lead && isTopicStrip((header[candidates[0] as number] as Paragraph).text)) {
    const shares = candidates.map((c) => sharedWords((header[c] as Paragraph).text, lead));
    if (Math.max(...shares.slice(1)) > (shares[0] as number)) candidates.shift();
  }
  // A long row of section names ("Market Money Economy … World News Videos", "Home My Network Jobs … Try Premium")
  // above the headline is the site's menu: it goes while a later line echoes the lead more.
  while (candidates.length > 1 && lead && isMenuRow((header[candidates[0] as number] as Paragraph).text)) {
    const shares = candidates.map((c) => sharedWords((header[c] as Paragraph).text, lead));
    if (Math.max(...shares.slice(1)) <= (shares[0] as number)) break;
    candidates.shift();
  }
  // The publisher's name set as a letterhead over a document's headline ("Nordic Chamber of Commerce in Vietnam",
  // "<Name> Institute") is no headline while another line is left.
  candidates.splice(0, candidates.length, ...withoutLetterheads(candidates, (c) => (header[c] as Paragraph).text));
  // A site's tagline, a sponsor's label or a section's banner ("<Site> x <Country>") stands above the site's menu; a
  // headline is never followed by the menu before its story. A line with menu lines under it, before a later line
  // that echoes the lead more, is the page's frame.
  if (lead && candidates.length > 1) {
    const shares = candidates.map((c) => sharedWords((header[c] as Paragraph).text, lead));
    let start = 0;
    for (let k = 1; k < candidates.length; k++) {
      const [line, next] = [
        header[candidates[k - 1] as number] as Paragraph,
        header[candidates[k] as number] as Paragraph,
      ];
      const menuBetween = lines
        .slice(line.at + 1, next.at)
        .filter((between) => isMenuFurniture(between) || isBoilerplate(between));
      if (menuBetween.length >= MIN_MENU_BEFORE_HEADLINE && (shares[k] as number) > Math.max(...shares.slice(0, k)))
        start = k;
    }
    candidates.splice(0, start);
    // A tagline under the site's name on the page's first lines ("<Site>" / "Analysis on Southeast Asia") with the
    // menu under it is the site's, however little the headline below echoes the lead.
    const [top, below] = [candidates[0], candidates[1]].map((c) => (c === undefined ? undefined : header[c]));
    if (
      top &&
      below &&
      top.at <= 1 &&
      (sharedWords(top.text, lead) === 0 || isSiteNameOverHeadline(top.text, below.text, lead)) &&
      lines.slice(top.at + 1, below.at).filter((between) => isMenuFurniture(between) || isBoilerplate(between))
        .length >= MIN_MENU_BEFORE_HEADLINE
    )
      candidates.shift();
  }
  // A section's name over the headline that the site's menu lists as well ("Trade and geopolitics") is the section's
  // label, not the headline.
  const menuNames = new Set(lines.filter((_, at) => menu[at]).map((line) => line.toLowerCase()));
  // So is a trail of such labels set apart by bars ("Research | Article", "Sports | Asian Cup 2027").
  const unlisted = candidates.filter((c) => {
    const text = (header[c] as Paragraph).text;
    return !menuNames.has(text.toLowerCase()) && !isLabelTrail(text);
  });
  if (unlisted.length > 0 && unlisted.length < candidates.length) candidates.splice(0, candidates.length, ...unlisted);
  // The line just over the byline ("by <Name>", "<Name>*") is the headline or its standfirst, as article templates
  // set them; a site's name, a blog's tagline or a section's banner stands higher.
  const overByline = candidates.find((c) => {
    const under = lines[(header[c] as Paragraph).at + 1]?.replace(AUTHOR_MARK, "");
    if (under === undefined) return false;
    // "<Name>*" alone under it, the mark calling the author's note, is a byline without its "by".
    if (AUTHOR_MARK.test(lines[(header[c] as Paragraph).at + 1] ?? "") && isBareName(under))
      return readBareCredit(under)?.author != null;
    return /^by\s/iu.test(under) && readByline(under)?.author != null;
  });
  // A standfirst stands there as well, just under its headline: the line over the byline wins only when no
  // headline-like line stands just above it.
  const top = candidates[0];
  if (
    overByline !== undefined &&
    top !== undefined &&
    overByline !== top &&
    !candidates.some((c) => (header[c] as Paragraph).at === (header[overByline] as Paragraph).at - 1)
  )
    return overByline;
  const first = candidates[0] ?? -1;
  const second = candidates[1];

  // A section's name above the headline ("Saudi Arabia", "World News"): a word or three in capitals with no comma,
  // when a longer line under it echoes the lead more.
  if (second !== undefined && lead && isSectionName((header[first] as Paragraph).text)) {
    const more = candidates.find(
      (i) =>
        (header[i] as Paragraph).text.split(" ").length > MAX_SECTION_WORDS &&
        sharedWords((header[i] as Paragraph).text, lead) > sharedWords((header[first] as Paragraph).text, lead),
    );
    if (more !== undefined) return more;
  }
  // A blog's or a site's name above the headline shares no word with the story's lead; the headline does. A site's
  // tagline ("Latest news from <country> and the world") may share the country's name: one word shared is outweighed
  // by a later line that shares more than the least a headline does.
  const firstShared = first >= 0 && lead ? sharedWords((header[first] as Paragraph).text, lead) : -1;
  if (firstShared === 0) {
    const echo = candidates.find((i) => sharedWords((header[i] as Paragraph).text, lead) >= MIN_SHARED_WITH_LEAD);
    if (echo !== undefined) return echo;
  }
  // A caption that repeats the lead's first sentence shares the most with it and is no headline.
  if (firstShared === 1) {
    const opening = lead.slice(0, MAX_TITLE_ECHO).toLowerCase();
    const echo = candidates.find(
      (i) =>
        sharedWords((header[i] as Paragraph).text, lead) > MIN_SHARED_WITH_LEAD &&
        !opening.includes(comparable((header[i] as Paragraph).text)),
    );
    if (echo !== undefined) return echo;
  }
  return first;
}

// "Press Release No. HAN/PR/27/2011   Hanoi, 14 October 2011": a release's number, place and day.
const RELEASE_NUMBER = /\bNo\.?\s*:?\s*[\p{L}\p{N}/.-]*\d/u;

/**
 * A release's number line set just under its headline: it heads no document there, it files the one above, whose
 * words the lead echoes.
 */
function isReleaseNumberUnder(
  header: readonly Paragraph[],
  above: number | undefined,
  c: number,
  lead: string,
): boolean {
  const [line, over] = [header[c] as Paragraph, above === undefined ? undefined : header[above]];
  return (
    over !== undefined &&
    over.at === line.at - 1 &&
    RELEASE_NUMBER.test(line.text) &&
    sharedWords(over.text, lead) >= MIN_SHARED_WITH_LEAD
  );
}

const MAX_SECTION_WORDS = 3;
// "Home / India News / <headline>" over the headline: the page's trail of sections, ending on the line under it.
const TRAIL_SEPARATOR = /\s(?:\/|>|»|›|\|)\s$/u;

function isTrailTo(text: string, next: string | undefined): boolean {
  return (
    next !== undefined &&
    next.length >= 10 &&
    text.length > next.length &&
    text.endsWith(next) &&
    TRAIL_SEPARATOR.test(text.slice(0, text.length - next.length))
  );
}

// "Asia and Pacific", "Science and Technology": a section's name joins its capitalised words with "and" or "of".
const SECTION_JOIN = /^(?:and|of)$/u;

export function isSectionName(text: string): boolean {
  const words = text.split(" ");
  return (
    words.length <= MAX_SECTION_WORDS &&
    !/[,:]/.test(text) &&
    words.every((w, k) => /^[\p{Lu}&]/u.test(w) || (k > 0 && k < words.length - 1 && SECTION_JOIN.test(w)))
  );
}

// A document's number above its heading: "PRESS RELEASE No. 24-118", "COMUNICADO 312/2009"; in title case the number
// needs its sign ("Press Release No. 10/211"), since a headline in capitals may end on a bare figure.
const DOCUMENT_NUMBER =
  /^\p{Lu}[\p{Lu}\p{M} ]{2,40}\s(?:No\.?\s?|N[º°]\s?)?\d[\d/.-]*$|^\p{Lu}[\p{L}\p{M} ]{2,40}\s(?:No\.\s?|N[º°]\s?)\d[\d/.-]*$/u;
// A document's reference alone on its line: "No. 07/2025/PR", "Ref: 112/2024".
const REFERENCE_NUMBER = /^(?:No|Nr|Ref|N[º°])\.?\s*:?\s*\d[\p{L}\p{M}\p{N}/.-]*$/u;
// A heading in capitals wrapped onto a second line that opens with a joining word: "… THE KINGDOM" / "OF SPAIN AND …".
const WRAPPED_HEADING = /^(?:OF|AND|THE|TO|FOR|ON|IN|BETWEEN|WITH|AT|BY)\s/u;

/** "Vientiane, Laos": a location line a template sets above the story, never its headline. */
function isPlaceList(text: string): boolean {
  const [city, ...rest] = text.split(/\s*,\s*/);
  return (
    rest.length > 0 && knownPlace(city ?? "") !== null && rest.every((part) => /^(?:\p{Lu}\p{L}+\s?){1,3}$/u.test(part))
  );
}

const MIN_SHARED_WITH_LEAD = 2;
// How much of the lead a caption set above it may repeat: a headline is shorter.
const MAX_TITLE_ECHO = 300;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’$.-]{3,}/gu;

// A site's name is a few words ("Notes from <Country>"); a headline runs longer.
const MAX_SITE_NAME_WORDS = 4;
const MIN_HEADLINE_OVER_NAME_WORDS = 7;

/**
 * "<Site named for its country>" on the first line, the menu under it, then a long headline: the name may share its
 * country with the lead, but a short line that echoes the lead no more than the long line below it is the site's.
 */
function isSiteNameOverHeadline(top: string, below: string, lead: string): boolean {
  return (
    top.split(" ").length <= MAX_SITE_NAME_WORDS &&
    below.split(" ").length >= MIN_HEADLINE_OVER_NAME_WORDS &&
    sharedWords(below, lead) >= sharedWords(top, lead)
  );
}

/** How many words of four letters or more a line shares with the lead paragraph, in any case, besides "from", "with". */
function sharedWords(line: string, lead: string): number {
  const leadWords = new Set(lead.toLowerCase().match(WORD) ?? []);
  return [...new Set(line.toLowerCase().match(WORD) ?? [])].filter(
    (word) => leadWords.has(word) && !isFunctionWord(word),
  ).length;
}

// A section menu set one entry a line: "Radio", "On Demand", "Latin America", "World", "Economy".
const MAX_MENU_ENTRY_WORDS = 3;
const MIN_MENU_RUN = 3;

function isMenuEntry(text: string): boolean {
  return text.length <= 40 && text.split(" ").length <= MAX_MENU_ENTRY_WORDS && !/[.,;:!?"\d|]/.test(text);
}

/**
 * Which of the page's lines stand in a run of at least three short entries, counting entries already removed as
 * furniture: a menu, whose entries are never the title.
 */
function menuRuns(lines: readonly string[]): boolean[] {
  const entry = lines.map(isMenuEntry);
  const inRun = entry.map(() => false);
  let start = 0;
  for (let i = 0; i <= entry.length; i++) {
    if (i < entry.length && entry[i]) continue;
    if (i - start >= MIN_MENU_RUN) inRun.fill(true, start, i);
    start = i + 1;
  }
  return inRun;
}

/** The headline, passing over one-a-line menu entries unless nothing else above the body could be one. */
/**
 * The lines of a letterhead set over two or three lines, none of them the headline: a line in capitals that goes on
 * from the capitals above it ("EMBASSY OF CHILE" / "IN VIET NAM"), and, under it, the same name in the home
 * language just above the street address, and the address itself.
 */
function letterheadLines(lines: readonly string[]): boolean[] {
  const letterhead = lines.map(() => false);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const above = lines[i - 1] ?? "";
    if (WRAPPED_HEADING.test(line) && isCapitals(line) && isCapitals(above)) letterhead[i] = true;
    else if (letterhead[i - 1] && (isPostalAddress(line) || isPostalAddress(lines[i + 1] ?? ""))) letterhead[i] = true;
  }
  return letterhead;
}

const MAX_MENU_WORDS_AFTER_DATE = 2;

/** "Thursday, September 15, 2016 Search": a header's date with a menu's word or two run onto its line. */
function isDateAndMenu(text: string): boolean {
  const words = text.split(" ");
  for (let n = 1; n <= MAX_MENU_WORDS_AFTER_DATE && n < words.length; n++) {
    const tail = words.slice(-n);
    if (!tail.every((word) => isBoilerplate(word))) return false;
    if (isPublicationDateLine(words.slice(0, -n).join(" "))) return true;
  }
  return false;
}

// A headline in capitals wrapped at a page's width: a long first line, then a connective or a word or three.
const MIN_WRAPPED_HEADLINE = 50;
const MAX_HEADLINE_TAIL_WORDS = 3;

/** Whether the line under a headline in capitals goes on with it ("… TO A COMPREHENSIVE STRATEGIC" / "PARTNERSHIP"). */
function isHeadlineTail(headline: string, line: string): boolean {
  if (WRAPPED_HEADING.test(line)) return true;
  return (
    headline.length >= MIN_WRAPPED_HEADLINE &&
    !LABEL_END.test(headline) &&
    !LABEL_END.test(line) &&
    line.split(" ").length <= MAX_HEADLINE_TAIL_WORDS
  );
}

// The rest of a headline wrapped onto a second line: a few words in lower case, no stop.
const MAX_WRAPPED_TAIL_WORDS = 6;

const MAX_WRAPPED_LINES = 3;

function isWrappedHeadlineTail(line: string): boolean {
  // "by <Name>", "dpa/Hanoi": a byline or a credit under the headline also opens in lower case.
  return (
    /^\p{Ll}/u.test(line) &&
    line.split(" ").length <= MAX_WRAPPED_TAIL_WORDS &&
    !/[.,;:!?]$/.test(line) &&
    !/[/|@]/.test(line) &&
    !/^by\s/u.test(line) &&
    !readByline(line) &&
    // "dpa" alone under the headline: a wire whose own name is in lower case credits the story, as a byline does.
    knownOutlet(line) !== line &&
    // "date 2019-05-22" under the headline: a cache's stamp, which opens in lower case too.
    !isPublicationDateLine(line)
  );
}

// "… avoiding a" / "New Year cliff edge for exporters": a headline broken after an article, a preposition or a
// conjunction, which no headline ends on, goes on in the next line whatever its case (a PDF's text keeps the break).
const DANGLING_END = /\s(?:a|an|the|of|to|for|and|or|with|in|on|at|by|from|into)$/u;

function isHeadlineGoingOn(headline: string, line: string): boolean {
  return (
    DANGLING_END.test(headline) &&
    !isPublicationDateLine(line) &&
    isWrappedHeadlineTail(`${line.charAt(0).toLowerCase()}${line.slice(1)}`)
  );
}

function titleAmong(header: readonly Paragraph[], lines: readonly string[], lead: string): number {
  const letterhead = letterheadLines(lines);
  const menu = menuRuns(lines).map((inMenu, i) => inMenu || (letterhead[i] ?? false));
  const found = findTitle(header, menu, lead, lines);
  // A ticker's line taken for want of another: the headline may stand among the menu's lines, read without them.
  if (found >= 0 && isTickerLine((header[found] as Paragraph).text)) {
    const unmenued = findTitle(header, letterhead, lead, lines);
    return unmenued >= 0 && !isTickerLine((header[unmenued] as Paragraph).text) ? unmenued : found;
  }
  return found >= 0 ? found : findTitle(header, letterhead, lead, lines);
}

// A document's heading says more than its kind: a day, a place or a number after it ("Press Release" alone is a label).
const MIN_DOCUMENT_HEADING_WORDS = 4;

function isTitledDocument(text: string): boolean {
  return text.split(" ").length >= MIN_DOCUMENT_HEADING_WORDS && /[\d,–—-]/u.test(text) && isDocumentHeading(text);
}

// A menu row names many sections: more words than a headline's run of capitalised words, or a row led by "Home".
const MIN_MENU_ROW_WORDS = 8;
const HOME_ROW = /^Home\s+\p{Lu}/u;
const MIN_HOME_ROW_WORDS = 6;

function isMenuRow(text: string): boolean {
  if (/[.,;:!?"“”]/u.test(text)) return false;
  const words = text.split(" ");
  return (
    (isTitledMenu(text) && words.length >= MIN_MENU_ROW_WORDS) ||
    (HOME_ROW.test(text) && words.length >= MIN_HOME_ROW_WORDS) ||
    isSectionNamesRow(words)
  );
}

/**
 * "About us Travel and living abroad Global issues … News Publications Jobs": a long row whose sections run in lower
 * case after their first word, so no rule of capitals reads it. Half its words or more are the menu's own words.
 */
function isSectionNamesRow(words: readonly string[]): boolean {
  if (words.length < MIN_MENU_ROW_WORDS) return false;
  const menuWords = words.filter((word) => isMenuLine(word, 1)).length;
  return menuWords * 2 >= words.length;
}

function isTitledMenu(text: string): boolean {
  return (
    !text.includes(",") &&
    text.split(" ").length >= 4 &&
    !/(?:^|\s)\p{Ll}/u.test(text) &&
    // A menu names sections, never a day: "Regular Press Conference No. 8 (29 February 2024)" is a dated document's
    // headline in title case.
    parseWholeDay(text) === null
  );
}

/**
 * Strips the dateline from the first body paragraphs that carries one, with a caption glued before it, and
 * records the agency and place it names.
 */
function removeDateline(body: Paragraph[], found: Findings): Dateline | null {
  for (const [i, paragraph] of body.slice(0, DATELINE_SEARCH).entries()) {
    const plain = readDateline(paragraph.text);
    const glued = plain ? null : readGluedDateline(paragraph.text);
    // A lead opening on its day and a dash, with no place: only the first paragraph, where the lead stands.
    const dated = plain || glued || i > 0 ? null : readDateOnlyDateline(paragraph.text);
    // Last, the openings that name no outlet: a portal's own initials no list knows ("(ABC) The …"), a firm's release
    // ("<Firm>-<City>-<day>: …").
    const dateline = plain ?? glued ?? dated ?? readUnlistedTag(paragraph.text) ?? readHyphenedRelease(paragraph.text);
    if (!dateline) continue;
    // "Thursday, October 13, 2011 - 10:24:00 Print | Email": a stamp line opening on its weekday reads as a dateline
    // whose place is the weekday. It goes as the stamp it is, and the story's own dateline below is still looked for.
    if (!dateline.outlet && dateline.place && isWeekday(dateline.place)) {
      found.remove("dateline", dateline.prefix, paragraph.at);
      paragraph.text = dateline.rest.trim();
      continue;
    }
    if (glued) {
      found.remove("caption", glued.caption, paragraph.at);
      found.credit({ author: null, outlet: creditOutlet(glued.caption) }, Rank.PhotoCredit);
    }
    found.remove("dateline", dateline.prefix, paragraph.at);
    found.credit({ author: null, outlet: dateline.outlet, place: dateline.place }, Rank.Dateline);
    found.agency(dateline.agency ?? null, Rank.Dateline);
    paragraph.text = dateline.rest.trim();
    // "TOKYO - <caption>. Photo: <Agency> TOKYO - Vietnam and …": the copy repeats the dateline after the picture's
    // caption glued to the lead; both are the page's (Round 49).
    removeRepeatedGluedDateline(paragraph, dateline, found);
    // "WVRN. <standfirst>", then "<caption> (Photo: …)Oslo, May 4 – <lead>": a paper's own initials open its standfirst,
    // and the story's own dateline, after the picture's caption glued to it, opens the lead below (Round 58).
    if (dateline.place === null && dateline.outlet !== null && dateline.prefix.endsWith(".")) {
      removePlacedLeadDateline(body.slice(i + 1, DATELINE_SEARCH), found);
    }
    // "United Nations, Apr 19 (EFE).- (Corrects spelling of … in paragraph 6)": a wire's note on the correction or
    // update rides on the dateline's line; once the dateline is read off, the note alone is the desk's, not the story's.
    if (paragraph.text && isBoilerplate(paragraph.text)) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      body.splice(body.indexOf(paragraph), 1);
    }
    return dateline;
  }
  return null;
}

/** The first caption glued to a place's dateline among the paragraphs after a standfirst's tag, split off its lead. */
function removePlacedLeadDateline(paragraphs: readonly Paragraph[], found: Findings): void {
  for (const paragraph of paragraphs) {
    // The caption may already be set apart, and the dateline then opens the lead alone.
    const plain = readDateline(paragraph.text);
    const glued = plain ? null : readGluedDateline(paragraph.text);
    const dateline = plain ?? glued;
    if (!dateline?.place || dateline.outlet) continue;
    if (glued) {
      found.remove("caption", glued.caption, paragraph.at);
      found.credit({ author: null, outlet: creditOutlet(glued.caption) }, Rank.PhotoCredit);
    }
    found.remove("dateline", dateline.prefix, paragraph.at);
    paragraph.text = dateline.rest.trim();
    return;
  }
}

/** A caption after the dateline and the dateline's repeat glued after it, split off the lead. */
function removeRepeatedGluedDateline(paragraph: Paragraph, dateline: Dateline, found: Findings): void {
  const glued = dateline.place ? readGluedDateline(paragraph.text) : null;
  if (!glued || glued.place !== dateline.place) return;
  found.remove("caption", glued.caption, paragraph.at);
  found.credit({ author: null, outlet: creditOutlet(glued.caption) }, Rank.PhotoCredit);
  found.remove("dateline", glued.prefix, paragraph.at);
  paragraph.text = glued.rest.trim();
}

function comparable(text: string): string {
  return text.replace(/[.!?"')\]]+$/, "").toLowerCase();
}

function repeatsOpening(key: string, next: string): boolean {
  return key.length >= MIN_REPEATED_CAPTION && next.slice(0, key.length).toLowerCase().startsWith(key);
}

// A site's teaser sets one short sentence of its own before the copied lead ("Get the latest stories at <Site>. …").
const MAX_TEASER_NOTE_WORDS = 15;
const FIRST_SENTENCE = /^[^.!?]{1,160}[.!?]\s+(?=\p{Lu})/u;

/** The paragraph after its first sentence, when that sentence is short; "" otherwise. */
function afterFirstSentence(text: string): string {
  const first = FIRST_SENTENCE.exec(text)?.[0];
  return first && first.split(" ").length <= MAX_TEASER_NOTE_WORDS + 1 ? text.slice(first.length) : "";
}

/**
 * A caption or lead that repeats the sentence opening the next paragraph, as pages set one under a photo; and a
 * teaser that repeats it after one short sentence of the site's own.
 */
function removeRepeatedCaptions(body: Paragraph[], found: Findings): void {
  const opening = body.slice(0, DATELINE_SEARCH + 2).filter((p) => p.text);
  for (let i = 0; i + 1 < opening.length; i++) {
    const caption = opening[i] as Paragraph;
    const next = (opening[i + 1] as Paragraph).text;
    if (caption.text.length < MIN_REPEATED_CAPTION) continue;
    const repeats = caption.text.length <= next.length && repeatsOpening(comparable(caption.text), next);
    if (!repeats && !repeatsOpening(comparable(afterFirstSentence(caption.text)), next)) continue;
    found.remove("caption", caption.text, caption.at);
    caption.text = "";
  }
}

// A quotation's spans: between straight or curly double quotation marks, each span's words.
const QUOTED_SPAN = /["“]([^"“”]{1,600})["”]/gu;
// A paragraph that is one quotation and nothing else ('"Hanoi wants more than one friend."'): no speaker named.
const WHOLE_QUOTATION = /^["“][^"“”]{20,600}["”][.!?,]?$/u;

/** What a paragraph quotes, its spans joined: a quotation split around "he said" reads as one. */
function quotedText(text: string): string {
  return [...text.matchAll(QUOTED_SPAN)].map((m) => m[1]).join(" ");
}

function quotedWords(text: string): Set<string> {
  return contentWords(quotedText(text));
}

/** Letters and digits only, in lower case: the same words whatever their punctuation. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * A pull quote: a paragraph that is a quotation alone, with no speaker, whose words the story quotes again in a
 * paragraph that names who said them (before it or after it, restated or word for word). The story keeps the
 * attributed quotation; the page's display copy goes.
 */
function removePullQuotes(body: Paragraph[], found: Findings): void {
  const quoted = body.map((p) => (p.row || !/["“]/u.test(p.text) ? null : quotedWords(p.text)));
  for (const [i, paragraph] of body.entries()) {
    if (paragraph.row || !WHOLE_QUOTATION.test(paragraph.text)) continue;
    const words = quoted[i];
    if (!words) continue;
    const own = letters(paragraph.text);
    const restated = body.some(
      (other, j) =>
        j !== i &&
        !WHOLE_QUOTATION.test(other.text) &&
        quoted[j] !== null &&
        // A short pull quote has too few content words to echo: it repeats the quotation word for word.
        (echoes(words, quoted[j] as Set<string>) || letters(quotedText(other.text)).includes(own)),
    );
    if (!restated) continue;
    found.remove("boilerplate", paragraph.text, paragraph.at);
    paragraph.text = "";
  }
}

// A caption over its picture's credit is one short sentence; a story's lead runs longer.
const MAX_CAPTION_OVER_CREDIT_WORDS = 20;

/** Whether a paragraph is a caption: one short sentence with only picture labels under it, one a credit. */
function isCaptionOverCredit(above: Paragraph, label: Paragraph, lines: readonly string[]): boolean {
  if (!isCaptionSentence(above)) return false;
  const under = lines.slice(above.at + 1, label.at + 1);
  return (
    under.every((line) => isMediaLabel(line) || isPhotographerCredit(line)) &&
    under.some((line) => isPictureCredit(line) || isSlashCredit(line))
  );
}

// "Admin · <Page> shared a link.": a social network's line over a shared post, naming who shared it.
const SHARED_POST =
  /(?:^|·\s*)([^·]{2,80}?)\s+shared\s+(?:a|an|this|their|his|her|its)\s+(?:link|post|photo|video|memory|event|reel)\.?$/iu;
// SHARED_POST closes on the last letter of what was shared (the Kelvin sign folds to "k"), a stop aside: most lines
// are ruled out by it before the pattern's search from every position.
const SHARED_LAST_LETTERS = new Set("ktoylKTOYL\u212A");
function mayCloseOnShared(line: string): boolean {
  const end = line.endsWith(".") ? line.length - 2 : line.length - 1;
  return SHARED_LAST_LETTERS.has(line.charAt(end));
}
const sharedPost = (line: string): RegExpExecArray | null => (mayCloseOnShared(line) ? SHARED_POST.exec(line) : null);

/** The names of who shared a post, as its header line gives them: alone on a line, each is the poster's name. */
function posterNames(lines: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const line of lines) {
    const name = sharedPost(line.trim())?.[1];
    if (name) names.add(name.trim());
  }
  return names;
}

/** One short sentence with no quotation: the shape of a caption beside its picture's credit. */
function isCaptionSentence(paragraph: Paragraph): boolean {
  if (paragraph.row || !SENTENCE_END.test(paragraph.text) || /["“”]/u.test(paragraph.text)) return false;
  const words = paragraph.text.split(" ").length;
  return words <= MAX_CAPTION_OVER_CREDIT_WORDS && !/[.!?]\s+\p{Lu}/u.test(paragraph.text);
}

// "Photo: PID", "Photo: Reuters/<Name>": a picture's label that credits someone, after its colon or slash.
// A caption's own label ("CAPTION: …") credits no one.
const CREDIT_MARK = /^(?:photos?|pictures?|images?|pics?|foto)\b[^:：]{0,12}[:：]\s*\S|\S\s*\/\s*\S/iu;

/** A caption under the line of its picture's credit: one short sentence, the label just above it. */
function isCaptionUnderCredit(paragraph: Paragraph, above: string | undefined): boolean {
  return above !== undefined && CREDIT_MARK.test(above) && isMediaLabel(above) && isCaptionSentence(paragraph);
}

// "Sign up for our Mekong briefing": a sign-up box's heading, which a short line of its own describes.
const SIGN_UP_HEADING =
  /^(?:sign up|subscribe|register)\b[^.!?]{0,60}\b(?:newsletters?|briefings?|bulletins?|digests?|emails?|alerts?)$/iu;
// A sign-up box's description is a line, never a paragraph of story.
const MAX_BOX_TEXT_WORDS = 20;

const MAX_BARE_NAME_WORDS = 4;

// Co-authors' names a template sets apart with bars: "Dang Thu Trang|Koh Wei Jie", "Jane Roe | John Doe".
const MAX_BARRED_NAMES = 4;

/**
 * A line of two to four capitalised words and nothing else: a name, never a sentence. Names set apart by bars, each
 * of that shape, are co-authors' names.
 */
function isBareName(text: string): boolean {
  if (text.includes("|")) {
    const names = text.split(/\s*\|\s*/u);
    return names.length >= 2 && names.length <= MAX_BARRED_NAMES && names.every((name) => isBareName(name));
  }
  // "<Name> and <Name>", "<Name> & <Name>": two co-authors the byline joins with a word, each name of that shape.
  const joined = text.split(CO_AUTHOR_JOINT);
  if (joined.length === 2) return joined.every((name) => isBareName(name));
  const words = text.split(" ");
  return words.length >= 2 && words.length <= MAX_BARE_NAME_WORDS && words.every((w) => NAME_WORD.test(w));
}

const CO_AUTHOR_JOINT = / (?:and|&) /u;
// "Tran", "O'Neill", "Kerr-Davies": a capitalised word, each part of a double-barrelled name capitalised or not.
// "O'Connell", "D'Souza", "McKenna", "MacLeod": a surname's prefix may stand before the capital of its stem.
const NAME_WORD = /^(?:\p{Lu}['’]|Ma?c)?\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*$/u;

function sameName(a: string, b: string | null | undefined): boolean {
  return !!b && a.toLowerCase() === b.toLowerCase();
}

/** A credit's authors one by one: readers join co-authors with ", " ("Kaori Ishida, Tran Quoc Bao"). */
function eachAuthor(names: readonly string[]): string[] {
  return names.flatMap((name) => name.split(", "));
}

// A note the site sets about itself under the story: "<Site> is hosted by …", "<Site> is published by …".
const OWN_NOTE_VERB = /^\s+(?:is|was|has been|are)\s/u;
const MAX_OWN_NOTE = 300;

/**
 * Whether a paragraph is the site's note on itself: it opens on the page's own name (its first line, a few words
 * with no sentence's end and no place's name) and goes on with "is".
 */
function isOwnSiteNote(text: string, pageName: string | null): boolean {
  return (
    pageName !== null &&
    text.length <= MAX_OWN_NOTE &&
    text.length > pageName.length &&
    text.slice(0, pageName.length).toLowerCase() === pageName.toLowerCase() &&
    OWN_NOTE_VERB.test(text.slice(pageName.length))
  );
}

// "[1] Embassy of India, …", "1 General Department of Vietnam Customs, annual trade statistics, 2022.": a numbered
// note under the story, its number bracketed, or bare and closed by the year of the work it cites.
const BRACKETED_NOTE = /^\[\d{1,3}\]\s*\S/u;
const NUMBERED_CITATION =
  /^(?:\[\d{1,3}\]\s*|\d{1,3}[.)]?\s+)\p{Lu}[^\n]{4,300},[^\n]{0,200}\b(?:19|20)\d{2}[a-z]?[.)]?$/u;

const NOTE_NUMBER = /^(?:\[\d{1,3}\]|\d{1,3}[.)]?)\s+\p{Lu}/u;
// "[1] Figures from <office>; investment data as of June 2013.": a numbered note on where the story's figures come
// from, however long; a note telling more of the story opens on its own subject.
const SOURCE_NOTE =
  /^\[\d{1,3}\]\s*(?:\p{L}+\s+)?(?:figures|data|statistics|numbers|estimates|sources?)\s+(?:from|are|come|based|as|:)/iu;

/** A footnote or a reference under the story: never the story's, which ends above it. */
function isFootnote(text: string): boolean {
  // A bracketed note as long as a paragraph may tell more of the story; one citing a work closes on its year.
  return (
    text.length <= MAX_OWN_NOTE * 2 &&
    ((BRACKETED_NOTE.test(text) && !isSubstantial(text)) ||
      SOURCE_NOTE.test(text) ||
      NUMBERED_CITATION.test(text) ||
      isBracketCitation(text))
  );
}

/** A headline-like line with no sentence's end, as a page repeats its headline over the story's next part. */
function isRunningHead(paragraph: Paragraph | undefined): boolean {
  return !!paragraph && !paragraph.row && isHeadline(paragraph.text) && !SENTENCE_END.test(paragraph.text);
}

// A label set inside the story ("SEE MORE ON THIS TOPIC", the headlines under it, "UPDATED", "Regional Correspondent
// In Hanoi"): a few words with no sentence's end, neither a list item, a lead-in nor a quote's attribution.
const MAX_LABEL_WORDS = 12;
// Above the story a standfirst may lack its full stop: only a line this short is a label there ("UPDATED").
const MAX_HEADER_LABEL_WORDS = 6;
// Twelve long words at most: a longer paragraph is ruled out before its words are counted.
const MAX_LABEL_LENGTH = 160;
const LABEL_END = /[.!?:;,"'”’)\]…]$/u;
const LIST_ITEM = /^[-•*–—―\d(]/u;
// A timeline's entry opens on its month: "Dec 2022 — South Korea", "September 2023: the United States". A list item,
// as "2008 — China" is, never a label.
const DATED_ENTRY = new RegExp(`^(?:${monthNamePatternAnyCase})\\.?\\s+\\d{1,4}\\b.*(?:\\s[-–—―]|:)\\s*\\p{L}`, "u");
// A record opening on a country's name and then its date, as a timeline, a slide or a flattened table prints one:
// "China ........ 2008", "Japan ------ 2023", "United Kingdom 2010", "Japan, since 2009 (…)", "France, Italy … all 2013",
// each also as a bulleted item ("* China - 2008", "• Spain – 2009").
const COUNTRY_ENTRY = new RegExp(
  `^(?:[-•*–—]\\s+)?(\\p{Lu}[\\p{L}'’., -]*?)\\s*(?:[.…·_–—-]{2,}|[,:–—-])?\\s+(?:(?:since|all|in)\\s+)?(?:(?:${monthNamePatternAnyCase})\\.?\\s+)?(?:\\d{1,2}\\/)?(?:19|20)\\d\\d\\b`,
  "u",
);
// The entry's year is a must: a line without one is not searched (the name's lazy run backtracks over the line).
const ANY_YEAR = /(?:19|20)\d\d/;
function isCountryEntry(text: string): boolean {
  const m = ANY_YEAR.test(text) ? COUNTRY_ENTRY.exec(text) : null;
  return !!m?.[1] && countryCode((m[1].split(",")[0] ?? "").trim()) !== null;
}
// A date alone on its line: an infographic's timeline sets it over the country it dates ("12/2022" / "REPUBLIC OF KOREA").
const DATE_ALONE = new RegExp(`^(?:(?:${monthNamePatternAnyCase})\\.?\\s+)?(?:\\d{1,2}\\/)?(?:19|20)\\d\\d$`, "u");
// A year alone on its line, as a timeline sets it over each entry; three of them make the page a timeline.
const YEAR_ALONE = /^(?:19|20)\d\d$/;
const MIN_TIMELINE_YEARS = 3;
// A record's heading may stand a few short lines above it (a caption, an "as of" line, a count and its label).
const RECORD_HEAD_REACH = 4;
const MAX_RECORD_HEAD_WORDS = 8;

/**
 * Which paragraphs are the page's data: a table's rows, a timeline's entries ("China ........ 2008", a date over a
 * country's name), and the short unfinished lines just above them that head them (a caption, a slide's title, the
 * notes between entries). Wherever the prose around them ends, they are never a label, a widget's heading or a tag list.
 */
function recordLines(paragraphs: readonly Paragraph[]): boolean[] {
  const text = (i: number) => paragraphs[i]?.text ?? "";
  // "2014" over "March: … upgrade ties to …": a timeline's years, each alone over its entry, date the entries below
  const yearHeads = paragraphs.filter((p) => YEAR_ALONE.test(p.text)).length >= MIN_TIMELINE_YEARS;
  const entry = paragraphs.map(
    (p, i) =>
      !!p.row ||
      (yearHeads && YEAR_ALONE.test(p.text) && SENTENCE_END.test(text(i + 1))) ||
      isCountryEntry(p.text) ||
      (DATE_ALONE.test(p.text) && countryCode(text(i + 1)) !== null) ||
      (countryCode(p.text) !== null && DATE_ALONE.test(text(i - 1))),
  );
  const short = (i: number) => !SENTENCE_END.test(text(i)) && text(i).split(" ").length <= MAX_RECORD_HEAD_WORDS;
  return entry.map((isEntry, i) => {
    if (isEntry) return true;
    if (!short(i)) return false;
    for (let k = i + 1; k <= i + RECORD_HEAD_REACH && k < paragraphs.length; k++) {
      if (entry[k]) return true;
      if (!short(k)) return false;
    }
    return false;
  });
}

// A place in capitals and its dash or colon with nothing after it: "HANOI —", "KUALA LUMPUR -", "VIENTIANE:".
const LONE_DATELINE = /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:\s[-–—―]{1,2}|:)$/u;
// "SOCHI, July 27 (RIA Novosti)" alone on its line: a place, a day and the agency in brackets open the story.
const LONE_CREDITED_DATELINE =
  /^\p{Lu}[\p{Lu}\p{M} .'’-]{1,40},\s+(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?)\s*\([^()]{2,40}\)\s*[-–—]*$/u;
// A paragraph closed by a quotation mark ("… nation”."): the name under it is the speaker's.
const QUOTE_AROUND = /["”][.!?,]?$/u;

/** Letters in capitals only, as a page sets its labels ("SEE MORE ON THIS TOPIC"); a subheading is in sentence case. */
const MAX_REPEATED_LINE = 200;

/**
 * Paragraphs the page sets twice in the same words (a promotion inside the story and again under it): short lines
 * with no quotation (a pull quote repeats the story's words, and a quote is the story's), each echoing the other,
 * one of them at least no full paragraph.
 */
/**
 * "Australia  Comprehensive Strategic Partnership  2024" over "France  Comprehensive Strategic Partnership  2024": a
 * table copied as text (its tabs gone) has rows that share most words. Lines on consecutive lines of the page, each
 * with a figure and each its own, are the rows of one table, not a promotion set twice; a promotion is set again
 * elsewhere on the page, or word for word.
 */
function tableRun(paragraphs: readonly Paragraph[], i: number, j: number, digits: TableRuns): boolean {
  const a = paragraphs[i] as Paragraph;
  const b = paragraphs[j] as Paragraph;
  if (a.text === b.text || !digits.figure[i] || !digits.figure[j]) return false;
  return (digits.runEnd[i] as number) >= j;
}

/** Which paragraphs hold a figure, and how far from each the page's consecutive lines with a figure run on. */
interface TableRuns {
  figure: Uint8Array;
  runEnd: Int32Array;
}

function tableRuns(paragraphs: readonly Paragraph[]): TableRuns {
  const n = paragraphs.length;
  const figure = new Uint8Array(n);
  for (let k = 0; k < n; k++) figure[k] = /\d/u.test((paragraphs[k] as Paragraph).text) ? 1 : 0;
  const runEnd = new Int32Array(n);
  for (let k = n - 1; k >= 0; k--) {
    const next = paragraphs[k + 1];
    runEnd[k] =
      next && next.at === (paragraphs[k] as Paragraph).at + 1 && figure[k + 1] ? (runEnd[k + 1] as number) : k;
  }
  return { figure, runEnd };
}

function repeatedLines(paragraphs: readonly Paragraph[]): Set<number> {
  const at: number[] = [];
  const wordsOf: Array<Set<string>> = [];
  const fullness: boolean[] = [];
  for (const [i, p] of paragraphs.entries()) {
    if (p.row || p.text.length > MAX_REPEATED_LINE || /["“”«»]/u.test(p.text)) continue;
    const words = contentWords(p.text);
    // A line of too few content words echoes none (`echoes`): it is never one of a pair.
    if (words.size < MIN_ECHO_WORDS) continue;
    at.push(i);
    wordsOf.push(words);
    fullness.push(isSubstantial(p.text));
  }
  const twice = new Set<number>();
  if (at.length < 2) return twice;
  const digits = tableRuns(paragraphs);
  for (let k = 0; k < at.length; k++) {
    const i = at[k] as number;
    const words = wordsOf[k] as Set<string>;
    const full = fullness[k];
    for (let m = k + 1; m < at.length; m++) {
      // Two full paragraphs alike are the story's lead set again, which the dateline reader weighs; a promotion is
      // an unfinished line at least once.
      if (full && fullness[m]) continue;
      const otherWords = wordsOf[m] as Set<string>;
      if (!echoEachOther(words, otherWords)) continue;
      const j = at[m] as number;
      if (tableRun(paragraphs, i, j, digits)) continue;
      twice.add(i);
      twice.add(j);
    }
  }
  return twice;
}

const MAX_ADDRESS = 120;
const DATE_IN_FIGURES = /\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/u;
const MIN_ADDRESS_PARTS = 3;

/** A postal address: three parts or more between commas, a number among them, nothing of prose, no final stop. */
function isPostalAddress(text: string): boolean {
  if (text.length > MAX_ADDRESS || SENTENCE_END.test(text) || !/\d/u.test(text)) return false;
  // A date and a clock time are a stamp, read by the date readers: "Friday, 16/5/2025, 17:40 (GMT+7)".
  if (CLOCK_TIME.test(text) || DATE_IN_FIGURES.test(text)) return false;
  const parts = text.split(",").filter((part) => part.trim());
  return parts.length >= MIN_ADDRESS_PARTS && !readsAsProse(text);
}

const MAX_BOX_LABEL_WORDS = 5;

/** A box's label: a few words, no final stop, not prose. */
function isBoxLabel(text: string): boolean {
  return (
    !SENTENCE_END.test(text) &&
    text.split(" ").length <= MAX_BOX_LABEL_WORDS &&
    !readsAsProse(text) &&
    !/["“”]/u.test(text)
  );
}

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const SINGLE_WORD = /^\p{L}[\p{L}\p{M}'’-]*$/u;

/** How often a text uses a word as a word of its own, in any case. */
function wordCount(text: string, word: string): number {
  const escaped = escapeLiteral(word);
  return (text.match(new RegExp(`(?<![\\p{L}\\p{M}])${escaped}(?![\\p{L}\\p{M}])`, "giu")) ?? []).length;
}

/** A short unfinished line between the story's paragraphs, kept only when it opens the story as its dateline. */
function isStoryLabel(text: string, before: string | undefined, maxWords: number): boolean {
  if (
    text.length > MAX_LABEL_LENGTH ||
    LABEL_END.test(text) ||
    LIST_ITEM.test(text) ||
    DATED_ENTRY.test(text) ||
    isCountryEntry(text)
  )
    return false;
  if (text.split(" ").length > maxWords) return false;
  // "HANOI —" alone on its line opens the story; a name under a quote is its speaker.
  if (readDateline(text) || readGluedDateline(text) || QUOTE_AROUND.test(before ?? "")) return false;
  return !isSubstantial(text);
}

// A site's name repeated under the story may carry up to two words of its edition or country: "Daily Express Malaysia".
const MAX_EDITION_WORDS = 2;

/** The site's name from above the headline again, alone or followed by a capitalised word or two, with no stop. */
function isOwnNameAgain(text: string, mastheads: ReadonlySet<string>): boolean {
  if (SENTENCE_END.test(text)) return false;
  for (const name of mastheads) {
    if (text === name) return true;
    if (!text.startsWith(`${name} `)) continue;
    const rest = text.slice(name.length + 1).split(" ");
    if (rest.length <= MAX_EDITION_WORDS && rest.every((word) => /^\p{Lu}[\p{L}.-]*$/u.test(word))) return true;
  }
  return false;
}

// A site's name above the headline is a few words ("Nhan Dan Online"); a longer line there is no name.
const MAX_OWN_NAME_WORDS = 4;
// After the site's name, the separator its motto or a dateline takes, then a capital.
const AFTER_OWN_NAME = /^(?:\s+[-–—―|:]|\.|:)\s+\p{Lu}/u;

/** The site's name from above the headline (any case) as the paragraph opens it, before a separator; else null. */
function ownNameOpening(text: string, mastheads: ReadonlySet<string>): string | null {
  for (const name of mastheads) {
    if (name.length >= text.length || text.slice(0, name.length).toLowerCase() !== name.toLowerCase()) continue;
    if (AFTER_OWN_NAME.test(text.slice(name.length))) return text.slice(0, name.length);
  }
  return null;
}

/** A line of a site's name that names no known outlet, which would be a credit. */
function isUnknownMasthead(text: string): boolean {
  return isMasthead(text) && knownOutlet(text) === null;
}

// Two unfinished lines under the story are a list of links; one may be a closing subheading or a name.
const MIN_CLOSING_HEADLINES = 2;
// A headline says what happened in four words or more; a signature block's names and offices are shorter or in
// capitals, or break off on a joining word ("Deputy Prime Minister and").
const MIN_HEADLINE_WORDS = 4;
const JOINING_END = /\s(?:and|or|of|the|for|to|in|on|at|with|&)$/iu;

/** A line of a links list: a headline with a lower-case word, ending neither on a joining word nor a quotation. */
function isClosingHeadline(text: string): boolean {
  return (
    isHeadline(text) &&
    !SENTENCE_END.test(text) &&
    text.split(" ").length >= MIN_HEADLINE_WORDS &&
    /\s\p{Ll}/u.test(text) &&
    !JOINING_END.test(text) &&
    !/["”’]$/u.test(text) &&
    !/^["“]/u.test(text)
  );
}

const LIST_BULLET = /^[•·▪*–-]\s+/u;
const LABELLED_FIGURE = /[:：]\s*[-+−]?[$€£¥]?\d/u;
// "Exports: 263.45 billion USD, up 8.1%", "International arrivals: 18 million": a fact box's row of a label and its
// figure (its unit or scale, then at most a short clause), never another story's headline or the page's short line,
// bulleted or not. A headline that opens on a year after its colon goes on in words ("<Name>: 2020 is a year of …");
// a counter ("Views: 1,234") or a phone number has no unit.
const FACT_ROW =
  /^\p{L}[\p{L}\p{N} '’&/()-]{1,40}[:：]\s*(?:(?:a|an|some|about|around|nearly|almost|over|record)\s+)*[-+−]?[$€£¥]?\d[\d.,]*(?:\s*(?:%|percent|per\s+cent|billion|million|trillion|thousand|bn|mn|[A-Z]{2,4}\$?))+(?:,\s*[^:：]{1,40})?$/u;

/** The paragraphs after the story's last one that are other stories' headlines, when there are at least two. */
function closingHeadlineRun(paragraphs: readonly Paragraph[], lastBody: number): Set<number> {
  const run = new Set<number>();
  if (lastBody < 0) return run;
  // Another story's headline may ask a question; with two plain ones beside it, it is one of the list.
  const questions: number[] = [];
  // "• <headline>": a broadcaster may bullet the list; a bulleted list the story introduces with a colon is its own.
  let introduced = false;
  for (let i = lastBody + 1; i < paragraphs.length; i++) {
    const { text: line, row } = paragraphs[i] as Paragraph;
    const bulleted = LIST_BULLET.test(line);
    if (!bulleted) introduced = line.endsWith(":");
    // "- Two-way trade in 2023: 1.9 billion USD": a key figure's label and amount, never a headline.
    if (bulleted && (introduced || LABELLED_FIGURE.test(line))) continue;
    if (FACT_ROW.test(line)) continue;
    const text = bulleted ? line.replace(LIST_BULLET, "") : line;
    if (!row && isClosingHeadline(text)) run.add(i);
    // A teaser's summary under its headline, closed by its link label: it may open on a quotation.
    else if (!row && (isQuestionHeadline(text) || TEASER_SUMMARY.test(text))) questions.push(i);
  }
  if (run.size < MIN_CLOSING_HEADLINES) return new Set();
  for (const i of questions) run.add(i);
  return run;
}

// "… as the summit closed. Read more": a sentence closed by a link's label, as a briefing sums up its other items.
const TEASER_SUMMARY = /[.!?]["'’”)]?\s+(?:read\s+more|continue\s+reading|full\s+story)\s*(?:»|›|→|>>?|\.{3}|…)?$/iu;

// "• Ambassador", "• Ukraine", "• Trending Japan": bulleted names of a word or three, no stop, as a topics widget sets them.
const BULLET_TAG = /^[-•·▪*]\s*[^\s.!?:;,]+(?:\s+[^\s.!?:;,]+){0,2}$/u;
const MIN_BULLET_TAGS = 3;

/**
 * Runs of three or more bulleted names after the story's last paragraph: a topics or section widget. A list the
 * story introduces (the line before it ends in a colon) is the story's.
 */
function closingBulletTags(paragraphs: readonly Paragraph[], lastBody: number): Set<number> {
  const tags = new Set<number>();
  if (lastBody < 0) return tags;
  let start = lastBody + 1;
  while (start < paragraphs.length) {
    let end = start;
    while (end < paragraphs.length && BULLET_TAG.test(paragraphs[end]?.text ?? "")) end++;
    const introduced = (paragraphs[start - 1]?.text ?? "").endsWith(":");
    if (end - start >= MIN_BULLET_TAGS && !introduced) for (let k = start; k < end; k++) tags.add(k);
    start = end + 1;
  }
  return tags;
}

/** What the page states beside its text: the author slot of its metadata. */
export interface Given {
  author?: string | null;
  /** The outlet the page's metadata names (canonical), against which a photo's credit is weighed. */
  outlet?: string | null;
  /** The page's own title from its metadata: a digest's says so ("News in Brief"), a single story's names it. */
  title?: string | null;
}

/**
 * Separates an article's body from the furniture around it (title, bylines, datelines, captions,
 * related links, share buttons) and reads what the furniture says. Input is `normaliseText` output.
 * @example cleanArticle("Hanoi (VNA) – Viet Nam and Laos signed ...").hints.outlet // => "VNA"
 */
/** Words in a line that still reads as furniture, not as a story's closing fragment, when it has no final stop. */
const MAX_UNFINISHED_WORDS = 12;

function isUnfinishedShortLine(text: string): boolean {
  if (SENTENCE_END.test(text) || /["“”«»]/u.test(text)) return false;
  if (/^[-–—•*·▪►>]?\s*\(?\d+[.)]\s/u.test(text) || /^[-–—•*·▪]\s/u.test(text)) return false;
  if (readSignoff(text)) return false;
  // A document's own lines (a signature block in capitals, a title wrapped over two lines) end or begin mid-phrase.
  if (isCapitals(text) || /^\p{Ll}/u.test(text) || JOINING_END.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_UNFINISHED_WORDS) return false;
  // A closing line in sentence case ("More talks are planned for June") may be the story's, missing its stop; a
  // widget's heading, a tag list or a section name is a name: title case, a separator, or a word or three.
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return words.length <= 3 || capitalised * 2 >= words.length || /[|:/·•]/u.test(text);
}

// "Subject: Asia Daily Brief: Japan and …": an e-mail's subject line (read/mail-header.ts), the newsletter's name
// before the headline.
const SUBJECT_LABEL = /^((?:\p{Lu}[\p{L}'’&-]*\s+){1,4}\p{Lu}[\p{L}'’&-]*)\s*[:|–—-]\s+(?=\S)/u;

/**
 * A headline read off an e-mail's subject line: without "Subject:", and without the newsletter's name before it when
 * the page sets that name again on a line of its own (its masthead, "ASIA DAILY BRIEF"). A newsletter's title line
 * without "Subject:" ("<Newsletter>: <headline>") loses the name only when the page also sets both the name and the
 * headline on lines of their own: the issue's masthead and its item's heading.
 */
function withoutMailSubject(title: string, lines: readonly string[]): string {
  const headline = mailSubject(title);
  const label = SUBJECT_LABEL.exec(headline ?? title);
  const name = label ? comparable(label[1] ?? "") : "";
  const standsAlone = (text: string) => lines.some((line) => comparable(line) === text);
  if (headline === null) {
    // Only a colon sets a newsletter's name off its headline; a page's "<Kind> – <date>" keeps its date.
    const rest = label?.[0].trimEnd().endsWith(":") ? title.slice(label[0].length) : "";
    return rest && !isPublicationDateLine(rest) && standsAlone(name) && standsAlone(comparable(rest)) ? rest : title;
  }
  return label && standsAlone(name) ? headline.slice(label[0].length) : headline;
}

// A roundup (a digest, a newsletter, a wire's news summary) sets several briefs one after another, each opening on its
// own dateline; the story is the one brief that runs long, the others are a paragraph or two.
const MIN_ROUNDUP_ITEMS = 3;
const MAX_OTHER_ITEM_PARAGRAPHS = 3;
const MIN_ROUNDUP_STORY_PARAGRAPHS = 3;
const ROUNDUP_STORY_SHARE = 2;
const LIST_NUMBER = /^\d{1,2}[.)]\s+/u;

/** The paragraphs of the other briefs of a roundup the page sets around its story; empty for any other page. */
function otherBriefs(body: readonly Paragraph[]): Set<number> {
  const starts = [0];
  for (const [i, paragraph] of body.entries())
    if (i > 0 && !paragraph.row && readDateline(paragraph.text)?.place) starts.push(i);
  if (starts.length < MIN_ROUNDUP_ITEMS) return new Set();
  const items = starts.map((start, k) => ({ start, end: starts[k + 1] ?? body.length }));
  const size = (item: { start: number; end: number }) =>
    body.slice(item.start, item.end).reduce((sum, p) => sum + p.text.length, 0);
  const ranked = [...items].sort((a, b) => size(b) - size(a));
  const [story, second] = ranked;
  if (!story || !second || story.end - story.start < MIN_ROUNDUP_STORY_PARAGRAPHS) return new Set();
  if (size(story) < ROUNDUP_STORY_SHARE * size(second)) return new Set();
  const others = items.filter((item) => item !== story);
  if (others.some((item) => item.end - item.start > MAX_OTHER_ITEM_PARAGRAPHS)) return new Set();
  const dropped = new Set<number>();
  for (const item of others) for (let i = item.start; i < item.end; i++) dropped.add(i);
  // "4. Indonesia's candidates …" in the digest's list of contents above the story: another brief's headline.
  const headlines = new Set([...dropped].map((i) => comparable((body[i] as Paragraph).text)));
  for (let i = story.start; i < story.end; i++) {
    const text = (body[i] as Paragraph).text;
    if (LIST_NUMBER.test(text) && headlines.has(comparable(text.replace(LIST_NUMBER, "")))) dropped.add(i);
  }
  return dropped;
}

/** "KYODO Oct 19, 2020": a byline slot that holds the day after the name; the name alone. */
function withoutDate(slot: string): string {
  for (let at = slot.indexOf(" "); at > 0; at = slot.indexOf(" ", at + 1))
    if (isPublicationDateLine(slot.slice(at + 1))) return slot.slice(0, at);
  return slot;
}

// A report's source note: "3 Foreign Investment Agency, April 2016." — its number, a space, then a capital.
const FOOTNOTE = /^(\d{1,2})\s+\p{Lu}/u;
const MAX_FOOTNOTE = 200;
const MIN_FOOTNOTES = 2;

/**
 * The notes a report sets under its text ("1 White House fact sheet, May 23, 2016." / "2 Company announcements."): a
 * run of short lines numbered 1, 2, 3 … in order, each number marked in the text above, glued after a word or a
 * stop ("… US$16 billion in deals.1"). A story's numbered list is written "1." or "1)" and has no such marks.
 * @param ruled the lines of the separator rules the cleaner set aside.
 */
function footnoteLines(body: readonly Paragraph[], ruled: ReadonlySet<number>): number[] {
  for (let start = 0; start < body.length; start++) {
    if (FOOTNOTE.exec((body[start] as Paragraph).text)?.[1] !== "1") continue;
    const run: number[] = [];
    for (let k = start; k < body.length; k++) {
      const { text, row } = body[k] as Paragraph;
      if (row || text.length > MAX_FOOTNOTE || FOOTNOTE.exec(text)?.[1] !== String(run.length + 1)) break;
      run.push(k);
    }
    // A lone note counts when it opens right under the rule a printed page sets over its notes ("____"): the
    // other notes may already have gone with the page's footer.
    if (run.length < MIN_FOOTNOTES && !ruled.has((body[start] as Paragraph).at - 1)) continue;
    const above = body
      .slice(0, start)
      .map((p) => p.text)
      .join(" ");
    const marked = run.every((_, n) => new RegExp(`[\\p{L}.,;)"”’]${n + 1}(?!\\d)`, "u").test(above));
    if (marked) return run;
  }
  return [];
}

// How far down the page a reposted story's headline and its dated lead are looked for.
const REPOST_SEARCH = 8;
// A frame's sentence is short: a story's paragraph of this many words or more is the story's own.
const MAX_FRAME_SENTENCE_WORDS = 40;

/**
 * The short sentences above a reposted story's headline: a channel's description ("Channel info: news digest on
 * …. Reposts ≠ endorsement."), a sharer's note ("<Page> shared a link."). They end as sentences do, so they read as
 * story, yet the story opens under them on its headline and its dated lead ("HANOI, June 20. /TASS/. …", "Kuala
 * Lumpur (VNA) – …"): what stands above that headline is the channel's or the feed's frame. Returns their indexes,
 * none when no dated lead stands under a headline near the top or a sentence above it has a dateline of its own.
 */
function frameSentencesAboveRepost(paragraphs: readonly Paragraph[], substantial: readonly boolean[]): number[] {
  const first = substantial.indexOf(true);
  if (first < 0) return [];
  for (let k = first + 2; k < Math.min(paragraphs.length, REPOST_SEARCH + 1); k++) {
    const lead = paragraphs[k] as Paragraph;
    const headline = paragraphs[k - 1] as Paragraph;
    if (!substantial[k] || lead.row || readDateline(lead.text) === null) continue;
    if (
      substantial[k - 1] ||
      headline.row ||
      findTitle([{ ...headline, text: headline.text.replace(EDGE_EMOJI, "") }], []) !== 0
    )
      return [];
    const above = paragraphs.slice(0, k - 1);
    const sentences = above.flatMap((_, i) => (substantial[i] ? [i] : []));
    const framed = sentences.every((i) => {
      const text = (above[i] as Paragraph).text;
      return text.split(" ").length < MAX_FRAME_SENTENCE_WORDS && readDateline(text) === null;
    });
    return framed ? sentences : [];
  }
  return [];
}

export function cleanArticle(text: string, given: Given = {}): CleanedArticle {
  const found = new Findings(given.outlet ?? null);
  // A page's author slot may hold a credit ("PTI", "By Global Times"): the story's, ranked over a photo's.
  const slot = given.author?.trim();
  const slotCredit = slot ? (readByline(slot) ?? readBareCredit(slot) ?? readBareCredit(withoutDate(slot))) : null;
  found.agency(slotCredit?.outlet ?? null, Rank.Credit);
  // The slot may hold the desk's note on the wire it drew on ("xy -- with wire reports from <Agency>"): read as the
  // same note under the story is.
  if (slot && !slotCredit) found.credit({ author: null, outlet: readInputsCredit(slot) }, Rank.Footer);
  // Normalised input has single spaces already; collapsing again keeps every pattern linear on raw input.
  // A wire's contributor note glued to the story's last paragraph is split off first, so each is read on its own.
  const lines = withContributorNotesApart(
    rejoinLateBreaks(unwrapLines(text))
      .split("\n")
      .map((l) => {
        // "(MENAFN- Trend News Agency) BAKU, …": the aggregator's bracket goes, the agency it names is the source.
        const { text, agency } = readInlineMarks((IRREGULAR_SPACE.test(l) ? l.replace(/\s+/g, " ") : l).trim());
        found.agency(agency, Rank.Dateline);
        return text;
      })
      .flatMap(timedTurnsApart)
      .filter(Boolean),
  );
  // A reposted item's messages (headers, the forwarder's note, replies) and a forum's post stamps are the thread's.
  // A story pasted into a chat app's log: the other messages, the log's head and the sender's note are the chat's.
  const chat = chatFrame(lines);
  for (const [at, own] of chat.text) lines[at] = own;
  const thread = new Set([...messageFurniture(lines), ...chat.furniture]);
  const paragraphs = removeLineNoise(lines, found).filter((p) => {
    if (p.row || !(thread.has(p.at) || isPostStamp(p.text))) return true;
    found.remove("boilerplate", p.text, p.at);
    return false;
  });
  const teasers = closingTeasers(paragraphs.map((p) => p.text));
  for (const teaser of paragraphs.splice(paragraphs.length - teasers, teasers))
    found.remove("related", teaser.text, teaser.at);
  // Bulleted headlines set between two of the story's paragraphs, with no label over them: other stories' links.
  const inStoryLinks = inStoryLinkRuns(paragraphs);
  for (const i of [...inStoryLinks].sort((a, b) => b - a)) {
    const [link] = paragraphs.splice(i, 1);
    if (link) found.remove("related", link.text, link.at);
  }

  const substantial = paragraphs.map((p) => isSubstantial(p.text));
  for (const at of frameSentencesAboveRepost(paragraphs, substantial)) substantial[at] = false;
  // A ticker's line over the headline (">> Latest: … ... … ...") may be as long as a sentence: it opens no story.
  let opening = substantial.indexOf(true);
  while (opening >= 0 && isTickerLine((paragraphs[opening] as Paragraph).text)) {
    substantial[opening] = false;
    opening = substantial.indexOf(true, opening + 1);
  }
  const firstBody = substantial.indexOf(true);
  // The story ends at its last paragraph that reads as story: a long note about the site under it (a syndication or
  // certification notice, a call to follow a channel) is as long as a paragraph but speaks of the page, not events.
  // Past the story's end mark nothing is the story's.
  const endAt = paragraphs.findIndex((p) => p.afterEnd);
  let lastBody = substantial.lastIndexOf(true, endAt >= 0 ? endAt - 1 : paragraphs.length - 1);
  // A closing note on a stranger to the story (its author, its agency) ends the page, not the story.
  const storyAbove = (end: number) =>
    paragraphs
      .slice(Math.max(firstBody, 0), end)
      .map((p) => p.text)
      .join(" ");
  // A note on a stranger is the author's when the page names no author, or when it opens on the byline's name; with
  // a byline naming someone else, a note on another person is the story's.
  // A byline's author named in the note makes it the author's note, whatever the role's capitals.
  const bylineNames: string[] = [];
  const authors = [
    found.author,
    slotCredit?.author,
    // A labelled byline ("Author: <Name>", "Reporter <Name>", "Written by <Name>") names the author as "By" does.
    ...paragraphs
      .slice(0, Math.max(firstBody, 0) + BYLINE_SEARCH + 1)
      .map((p) => (opensOnBylinePrefix(p.text) || BYLINE_LABEL.test(p.text) ? readByline(p.text)?.author : null)),
  ]
    .filter((name): name is string => !!name)
    .flatMap((name) => eachAuthor([name]));
  // "Tom Ridley" alone under the standfirst: a byline the page sets without its "By". A bare line may as well be a
  // place or a section, so it only serves to match the name a closing note opens on.
  for (const p of paragraphs.slice(0, Math.max(firstBody, 0) + BYLINE_SEARCH + 1)) {
    const name = isBareName(p.text) ? readBareCredit(p.text)?.author : null;
    if (name) bylineNames.push(...eachAuthor([name]));
  }
  // The page's own name on its first line, a few words with no sentence's end and no place's name ("New Mandala"):
  // a closing note opening on it is the site's note on itself.
  const firstLine = lines[0] ?? "";
  const pageName =
    firstLine.split(" ").length <= MAX_OWN_NAME_WORDS && !SENTENCE_END.test(firstLine) && knownPlace(firstLine) === null
      ? firstLine
      : null;
  // A note opening on the byline's name is the author's even when the story above holds that name: the byline line
  // itself may stand under a standfirst the cleaner took for story.
  const isStranger = (text: string, story: string) => {
    const who = closingNoteName(text);
    if (!who) return false;
    if ([...authors, ...bylineNames].some((name) => sameName(name, who))) return true;
    return authors.length === 0 && isStrangerNote(text, story);
  };
  const isClosingNote = (i: number) => {
    const text = (paragraphs[i] as Paragraph).text;
    return isSiteNote(text) || isStranger(text, storyAbove(i)) || isOwnSiteNote(text, pageName) || isFootnote(text);
  };
  const setTwice = repeatedLines(paragraphs);
  while (lastBody > firstBody && (isClosingNote(lastBody) || setTwice.has(lastBody)))
    lastBody = substantial.lastIndexOf(true, lastBody - 1);
  const storyText = storyAbove(lastBody + 1);
  // Words of the site's notes removed so far: the same note set again elsewhere on the page goes too.
  const siteNotes: Array<Set<string>> = [];
  // The short lines of the page's frame, above the story and under it, each as its content words.
  const frameLines =
    firstBody < 0
      ? []
      : paragraphs
          .filter((p, i) => (i < firstBody || i > lastBody) && !p.row && !isSubstantial(p.text))
          .map((p) => contentWords(p.text));
  /** A promotion inside the story goes with its box's label or image name just above it ("… support banner"). */
  const removePromotion = (paragraph: Paragraph) => {
    found.remove("boilerplate", paragraph.text, paragraph.at);
    const label = body.at(-1);
    if (label && label.at === paragraph.at - 1 && !label.row && isBoxLabel(label.text)) {
      found.remove("boilerplate", label.text, label.at);
      body.pop();
    }
  };
  let title: string | null = null;
  // A digest's story item's own headline: the page's title, over what the page's metadata says.
  let itemTitle: string | undefined;
  // The lead the headline echoes: the first two story paragraphs, as a standfirst may share no word with it.
  const lead = paragraphs
    .filter((_, i) => substantial[i])
    .slice(0, 2)
    .map((p) => p.text)
    .join(" ");
  let titleAt = firstBody > 0 ? titleAmong(paragraphs.slice(0, firstBody), lines, lead) : -1;
  // A story that opens on its dateline ("MINSK, 10 December (BelTA) –") has its headline on the line just above: over
  // it stand a channel's or a feed's frame, another post, a sharer's note. That line, when it reads as a headline and
  // echoes the lead more than the line taken, is the title, and what stands between is the frame.
  const aboveLead = firstBody > 1 ? (paragraphs[firstBody - 1] as Paragraph) : null;
  // The lead's words after its dateline: "(Business in Cameroon) - …" shares the site's name with the masthead line.
  const leadText = aboveLead && OWN_TAG_OPENING.test(lead) ? (readDateline(lead)?.rest ?? lead) : lead;
  if (
    aboveLead &&
    titleAt >= 0 &&
    titleAt < firstBody - 1 &&
    !SENTENCE_END.test(aboveLead.text) &&
    aboveLead.text.split(" ").length >= MIN_HEADLINE_WORDS &&
    aboveLead.text.split(" ").length <= MAX_HEADLINE_ABOVE_LEAD &&
    readDateline((paragraphs[firstBody] as Paragraph).text) !== null &&
    // A caption that repeats the lead's first words is no headline.
    !comparable(lead.slice(0, MAX_TITLE_ECHO)).includes(comparable(aboveLead.text)) &&
    findTitle([{ ...aboveLead, text: aboveLead.text.replace(EDGE_EMOJI, "") }], [], lead, lines) === 0 &&
    sharedWords(aboveLead.text, leadText) > sharedWords((paragraphs[titleAt] as Paragraph).text, leadText)
  )
    titleAt = firstBody - 1;
  // The lines in capitals above the story (a letterhead, a site's name): set again inside it, a page's running head.
  const headerCapitals = lines
    .slice(
      0,
      titleAt >= 0
        ? (paragraphs[titleAt] as Paragraph).at
        : firstBody >= 0
          ? (paragraphs[firstBody] as Paragraph).at
          : 0,
    )
    .filter((line) => isCapitals(line) && line.split(" ").length >= 3);
  const body: Paragraph[] = [];
  const mastheads = new Set<string>();
  // The site's names above the headline, those the line readers took already as well: its motto or dateline below.
  const ownNames = new Set(
    lines.slice(0, titleAt >= 0 ? (paragraphs[titleAt] as Paragraph).at : 0).filter(
      (line, at) =>
        line.split(" ").length <= MAX_OWN_NAME_WORDS &&
        // The page's first line, a name without a stop ("HANOIMOI"), is its masthead however it is spelled.
        ((at === 0 && !SENTENCE_END.test(line)) || isMasthead(line) || knownOutlet(line) !== null),
    ),
  );
  // The footer may give the site's name without the web edition's word its masthead carries ("<Paper> Online").
  found.siteNames(ownNames);
  // Whether the last paragraph was a label's headline run, and whether the story's agency tag has closed it.
  let inLabelRun = false;
  // The second line of a headline wrapped in two, read with the first.
  let headingTail = -1;
  let signedOff = false;
  // The paragraph just under a byline the loop took: an author's post may stand there on its own line.
  let underByline = -1;
  // The last footnote the loop took under the story.
  let lastFootnote = -2;
  const records = recordLines(paragraphs);
  const closingHeadlines = closingHeadlineRun(paragraphs, lastBody);
  const bulletTags = closingBulletTags(paragraphs, lastBody);
  for (const [i, paragraph] of paragraphs.entries()) {
    const header = firstBody > 0 && i < firstBody;
    const footer = lastBody >= 0 && i > lastBody;
    if (i === titleAt) {
      title = withoutMailSubject(
        withoutKindLabel(paragraph.text.replace(WIRE_LABEL, "").replace(EDGE_EMOJI, "")),
        lines,
      );
      found.remove("title", paragraph.text, paragraph.at);
      const rest = paragraphs[i + 1];
      // A headline wrapped at a document's width goes on in lower case on the next line ("… set out a" / "dairy plan").
      const wrapped =
        rest !== undefined &&
        !LABEL_END.test(title) &&
        lines[paragraph.at + 1] === rest.text &&
        (isWrappedHeadlineTail(rest.text) ||
          isHeadlineGoingOn(title, rest.text) ||
          (rest.text.endsWith(",") &&
            isWrappedHeadlineTail(rest.text.slice(0, -1)) &&
            i + 2 < firstBody &&
            lines[rest.at + 1] === paragraphs[i + 2]?.text &&
            isWrappedHeadlineTail(paragraphs[i + 2]?.text ?? "")));
      if (
        rest &&
        i + 1 < firstBody &&
        (wrapped || (isCapitals(title) && isCapitals(rest.text) && isHeadlineTail(title, rest.text)))
      ) {
        title = `${title} ${rest.text}`;
        found.remove("title", rest.text, rest.at);
        headingTail = i + 1;
        // A headline wrapped over three lines or more: each further line goes on in lower case too.
        for (let next = i + 2; next < firstBody && next - i <= MAX_WRAPPED_LINES; next++) {
          const more = paragraphs[next];
          const above = paragraphs[next - 1];
          if (!more || !above || lines[above.at + 1] !== more.text || !isWrappedHeadlineTail(more.text)) break;
          title = `${title} ${more.text}`;
          found.remove("title", more.text, more.at);
          headingTail = next;
        }
      }
      continue;
    }
    if (i > titleAt && i <= headingTail) continue;
    // "Photo: PID" under the story's last paragraph, one short sentence under it: the caption a template sets under
    // its picture's credit, once the story has ended.
    if (i > firstBody && i >= lastBody && isCaptionUnderCredit(paragraph, lines[paragraph.at - 1])) {
      found.remove("caption", paragraph.text, paragraph.at);
      continue;
    }
    // "<Name> and <Name> review the guard, April 14" under the full caption the cleaner took: its short form.
    if (i <= firstBody + 2 && paragraph.text.length < MAX_SHORT_FORM && !paragraph.row) {
      const caption = found.noise.find((item) => item.kind === "caption" && item.at === paragraph.at - 1);
      if (caption && isCaptionShortForm(paragraph.text, caption.text)) {
        found.remove("caption", paragraph.text, paragraph.at);
        continue;
      }
    }
    // "<Paper> with AFP" inside or under the story: the credit line of the wire it was written with.
    if (i > firstBody && !paragraph.row && carriedWithAgency(paragraph.text) !== null) {
      found.remove("byline", paragraph.text, paragraph.at);
      continue;
    }
    // "Dr <Name>" / "Senior Research Fellow, Asia-Pacific Programme": the author's post under the byline.
    if (i === underByline && !paragraph.row && isRoleLine(paragraph.text)) {
      found.remove("byline", paragraph.text, paragraph.at);
      continue;
    }
    // The headline set again under it, alone on its line: a report's running head at the top of each page.
    if (title && i > titleAt && !paragraph.row && comparable(paragraph.text) === comparable(title)) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    // A picture's credit or gallery label ("AKP Photo", "Photo Gallery (6 photos)") and a row of hashtags are never
    // the story's, wherever they stand.
    // "Dita Prameswari/AP" alone on its line, beside a picture widget's label ("hide caption"): the photographer and
    // the agency of a picture. Elsewhere the same shape is the reporter's byline ("Ben Sokhean / Khmer Times").
    const photographer =
      !paragraph.row &&
      isPhotographerCredit(paragraph.text) &&
      [lines[paragraph.at - 1], lines[paragraph.at + 1]].some((line) => line !== undefined && isMediaLabel(line));
    const mediaLabel = !paragraph.row && (isMediaLabel(paragraph.text) || photographer);
    if (mediaLabel || (!paragraph.row && isHashtagRow(paragraph.text))) {
      found.remove(mediaLabel ? "caption" : "boilerplate", paragraph.text, paragraph.at);
      // The short sentence just over a picture's credit, where the story has not begun, is the picture's caption.
      const above = body.at(-1);
      if (mediaLabel && above && i <= firstBody + 1 && isCaptionOverCredit(above, paragraph, lines)) {
        found.remove("caption", above.text, above.at);
        body.pop();
      }
      continue;
    }
    // "HANOI —" alone on its line opens the next paragraph: joined to it, the dateline reader reads both.
    const next = paragraphs[i + 1];
    if (
      i <= firstBody &&
      next &&
      !paragraph.row &&
      (LONE_DATELINE.test(paragraph.text) || LONE_CREDITED_DATELINE.test(paragraph.text))
    ) {
      const joined = `${paragraph.text} ${next.text}`;
      if (readDateline(joined)?.prefix.trim().startsWith(paragraph.text)) {
        next.text = joined;
        continue;
      }
    }
    // Above the headline stand a site's name, menus and search boxes; a sentence there is kept.
    // A site's name repeated under the headline is a running header, as a PDF sets one on every page.
    // Under the headline, before the story, an outlet's name stands where a byline would: a credit, read below.
    const creditSlot = header && titleAt >= 0 && i > titleAt && knownOutlet(paragraph.text) !== null;
    if (mastheads.has(paragraph.text) && !creditSlot) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    // "Tuoi Tre News" alone above the headline is the site's name, as is any known outlet's name there.
    if (i < titleAt && (isMasthead(paragraph.text) || knownOutlet(paragraph.text) !== null)) {
      mastheads.add(paragraph.text);
      found.remove("boilerplate", paragraph.text, paragraph.at);
      const outlet = knownOutlet(paragraph.text.split(/\s+[|·•—–-]\s+/u)[0] ?? "");
      found.credit({ author: null, outlet }, Rank.Masthead);
      // An agency's name above the story ("JIJI", "Xinhua") credits it, below every other credit the page gives.
      if (outlet && isAgency(outlet)) found.agency(outlet, Rank.Masthead);
      continue;
    }
    // "EMBASSY OF … — PRESS RELEASE No. 07/2025" between two pages of the story: the letterhead again.
    if (
      i > titleAt &&
      !paragraph.row &&
      !SENTENCE_END.test(paragraph.text) &&
      headerCapitals.some((line) => paragraph.text.startsWith(line))
    ) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    // The site's name from above the headline opening the story's last paragraph or one under it, a separator after
    // it ("<Site> - Central organ of …", "<Site>. Official voice of …"): the site's motto in its footer.
    if (i >= lastBody && i > firstBody && ownNameOpening(paragraph.text, ownNames) !== null) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    // "<Site> – Fifty years after …": the site's own name opens the lead as a dateline would. A listed outlet's name
    // ("VOV.VN - ") is its dateline, which names it on its own site too (test/READING.md, round 41); another site's
    // name is its masthead's.
    const ownOpening = i === firstBody ? ownNameOpening(paragraph.text, ownNames) : null;
    if (ownOpening && /^\s*[–—―-]\s/u.test(paragraph.text.slice(ownOpening.length))) {
      const rest = paragraph.text.slice(ownOpening.length).replace(/^\s*[–—―-]\s+/u, "");
      if (/^\p{Lu}/u.test(rest)) {
        const tag = paragraph.text.slice(0, paragraph.text.length - rest.length).trim();
        const outlet = knownOutlet(ownOpening.trim());
        found.remove(outlet ? "dateline" : "boilerplate", tag, paragraph.at);
        if (outlet) found.credit({ author: null, outlet, place: null }, Rank.Dateline);
        paragraph.text = rest;
      }
    }
    if (footer && isStranger(paragraph.text, storyText)) {
      found.remove("byline", paragraph.text, paragraph.at);
      continue;
    }
    // Under a footnote, the next numbered line is the next note, whatever it cites ("2 Company announcements."); a
    // note as long as a paragraph tells more of the story ("[2] The vessels were pledged during …") and is kept.
    const nextNote = i === lastFootnote + 1 && NOTE_NUMBER.test(paragraph.text) && !isSubstantial(paragraph.text);
    if (footer && !paragraph.row && (isFootnote(paragraph.text) || nextNote)) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      lastFootnote = i;
      continue;
    }
    if (footer && !paragraph.row && isOwnSiteNote(paragraph.text, pageName)) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    // A short line inside the story that the page sets again above or under it ("Keep … free by supporting our
    // team"), or a site's note set a second time: the page's promotion, with the box's label just above it.
    const mayRepeat =
      !paragraph.row &&
      (!isSubstantial(paragraph.text) || setTwice.has(i)) &&
      (siteNotes.length > 0 || frameLines.length > 0 || setTwice.has(i));
    const words = mayRepeat ? contentWords(paragraph.text) : null;
    const repeated =
      words !== null &&
      ((i > titleAt && setTwice.has(i)) ||
        siteNotes.some((note) => echoes(words, note)) ||
        (i > firstBody && i < lastBody && frameLines.some((line) => echoes(words, line))));
    if (repeated) {
      removePromotion(paragraph);
      continue;
    }
    // Under the story, a speaker's name stands right under the quotation: with a note taken between them (the
    // author's), the line is the page's.
    const kept = body.at(-1);
    const afterQuote = (kept?.text.endsWith('"') ?? false) && (!footer || kept?.at === paragraphs[i - 1]?.at);
    if ((header || footer) && !records[i] && removeFrame(paragraph, found, footer, afterQuote)) continue;
    // "Level 21, Grand Plimmer Tower, 2-6 Gilmer Terrace, Wellington 6011" above or under the story: an address.
    if ((header || footer) && !records[i] && isPostalAddress(paragraph.text)) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    // Under the story, the site's name again, alone or with a word of its edition after it ("Daily Express Malaysia"),
    // or a name of a site's shape the credit readers above did not take ("Mekong Herald Online Edition").
    // "EMBASSY OF VIET NAM IN CANADA" under a release: the issuer signing it, in capitals, as its letterhead is set.
    if (footer && !paragraph.row && isIssuerSignature(paragraph.text)) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    // "Written by <Name>" / "214 Followers" / "<one-line bio>": a blog platform's author box under the piece.
    if (
      footer &&
      !paragraph.row &&
      FOLLOWER_COUNT.test(lines[paragraph.at - 1] ?? "") &&
      paragraph.text.split(" ").length <= MAX_AUTHOR_BIO_WORDS
    ) {
      found.remove("byline", paragraph.text, paragraph.at);
      continue;
    }
    // "From <unit> Public Affairs" under a release's headline: the office credited where a paper sets its byline.
    if ((header || i <= firstBody + BYLINE_SEARCH) && !paragraph.row && isReleaseOfficeLine(paragraph.text)) {
      found.remove("byline", paragraph.text, paragraph.at);
      continue;
    }
    // An author box's line of offices above or under the piece ("Member of …, Deputy Prime Minister, Minister of …").
    if ((header || footer) && !paragraph.row && isOfficesLine(paragraph.text)) {
      found.remove("byline", paragraph.text, paragraph.at);
      continue;
    }
    if (footer && (isOwnNameAgain(paragraph.text, mastheads) || isUnknownMasthead(paragraph.text))) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    // After the story's end mark ("-END-", "###"), what the frame readers above did not take is the page's contact
    // block or links, however it reads.
    if (paragraph.afterEnd) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    // "Minh Thu - Quang Hieu / VOV correspondents in Singapore" under the story: the reporters' sign-off, their names
    // and their newsroom after a slash. A bare name under a quotation, with no slash, is its speaker.
    if (footer && !paragraph.row && paragraph.text.includes("/") && readBareCredit(paragraph.text)?.author) {
      found.remove("byline", paragraph.text, paragraph.at);
      continue;
    }
    if (footer && bulletTags.has(i)) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    // Headlines of other stories listed under the story with no heading: two or more short unfinished lines.
    if (footer && closingHeadlines.has(i)) {
      found.remove("related", paragraph.text, paragraph.at);
      continue;
    }
    // "<Name> receives a guard of honour at …": a welcome ceremony's picture, set in the story without its stop.
    if (i > titleAt && i < lastBody && !paragraph.row && isCeremonyCaption(paragraph.text)) {
      found.remove("caption", paragraph.text, paragraph.at);
      continue;
    }
    // "X and Y during the talks.": a photo's caption of names and an occasion, under the headline or in the story.
    // Under the headline and above the lead, the same caption may lack its stop: "X and Y during the ceremony in Hanoi".
    const aboveLead = titleAt >= 0 && i > titleAt && i <= firstBody && i < lastBody;
    if (i > titleAt && !paragraph.row && isNamesAtOccasion(paragraph.text, aboveLead)) {
      found.remove("caption", paragraph.text, paragraph.at);
      continue;
    }
    // "By David Harlan" under a standfirst the cleaner took for story: a byline line is never the story's.
    const early = firstBody >= 0 && i > firstBody && i <= firstBody + BYLINE_SEARCH;
    // So is a labelled one ("Author: <Name> | <mail>"), which only a byline reader reads as a name.
    const byline =
      early && (opensAsByline(paragraph.text) || BYLINE_LABEL.test(paragraph.text)) ? readByline(paragraph.text) : null;
    if (byline?.author) {
      found.remove("byline", paragraph.text, paragraph.at);
      found.credit(byline, Rank.Credit);
      underByline = i + 1;
      // The headline set again over it: a page's running head where the story continues after a short first part.
      const head = body.at(-1);
      if (head && title && comparable(head.text) === comparable(title) && body.length > 1) {
        found.remove("boilerplate", head.text, head.at);
        body.pop();
      }
      continue;
    }
    // "Names, The Jakarta Post, Jakarta | Headlines | Fri, June 28 2013": the staff's own outlet publishes, it is not
    // the story's source unless it is an agency.
    const stamped = header || early || i === firstBody ? readStampedCredit(paragraph.text) : null;
    if (stamped) {
      found.remove("byline", paragraph.text, paragraph.at);
      found.credit(stamped, stamped.outlet && isAgency(stamped.outlet) ? Rank.Credit : Rank.Masthead);
      continue;
    }
    // "Phuong Lien" alone between the standfirst and the story: the reporter's name, as the page sets it.
    // After a quote, a bare name is the speaker's attribution, which belongs to the body.
    const quoteBefore = /["”]$/u.test(body.at(-1)?.text ?? "");
    const bareName =
      early && !quoteBefore && (isBareName(paragraph.text) || /^[-–—―]\s/u.test(paragraph.text))
        ? readBareCredit(paragraph.text)
        : null;
    const placedNames =
      ((header && i > titleAt) || early) && !quoteBefore && !bareName ? readPlacedNames(paragraph.text) : null;
    if (placedNames) {
      found.remove("byline", paragraph.text, paragraph.at);
      found.credit(placedNames, Rank.Credit);
      continue;
    }
    if (bareName?.author && !bareName.outlet) {
      found.remove("byline", paragraph.text, paragraph.at);
      found.credit(bareName, Rank.Credit);
      underByline = i + 1;
      continue;
    }
    // A long story's running head set again where it continues ("Continued 1 2"): its headline, then its byline.
    const rerun = !header && !early && /^By\s/i.test(paragraph.text) ? readByline(paragraph.text) : null;
    if (rerun?.author && (sameName(rerun.author, found.author ?? slotCredit?.author) || isRunningHead(body.at(-1)))) {
      found.remove("byline", paragraph.text, paragraph.at);
      const head = body.at(-1);
      if (head && isRunningHead(head)) {
        found.remove("boilerplate", head.text, head.at);
        body.pop();
      }
      continue;
    }
    // Between the headline and the story, a site's or a section's name left once bylines and credits are read is
    // a label ("Laos News"), not the story's.
    if (header && titleAt >= 0 && i > titleAt && isMasthead(paragraph.text) && !readBareCredit(paragraph.text)) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    // Above the headline, a line with no sentence's stop is the page's; so is a ticker's, whose rolled headlines may
    // close on an ellipsis (">> Latest: … ... … ...").
    if (i < titleAt && (!SENTENCE_END.test(paragraph.text) || isTickerLine(paragraph.text))) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    // A short note about the site (a promotion, a follow call) set above or inside the story, as under it.
    if (!footer && !paragraph.row && !isSubstantial(paragraph.text) && isSiteNote(paragraph.text)) {
      siteNotes.push(contentWords(paragraph.text));
      removePromotion(paragraph);
      continue;
    }
    // "Key points:" over the summary's points, between the headline and the lead: the box's label, a word or three
    // and a colon, with a point (no sentence's stop) under it; the points are the story's, the label is the page's.
    if (
      titleAt >= 0 &&
      i > titleAt &&
      i <= firstBody + 1 &&
      !paragraph.row &&
      BOX_LABEL_COLON.test(paragraph.text) &&
      next &&
      !SENTENCE_END.test(next.text) &&
      knownPlace(paragraph.text.slice(0, -1)) === null
    ) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    // A short label is the page's between the headline and the story, in capitals inside the story, in the run of
    // headlines under such a label, and anywhere after the story's agency tag; a subheading in sentence case stays.
    const within = (titleAt >= 0 && i > titleAt) || (i > firstBody && i < lastBody);
    // A table's rows, a timeline's entries and the short line that heads them (a caption, a slide's title) are the
    // page's data, wherever the prose around them ends: never a label, a widget's heading or a tag list.
    const label =
      within &&
      !footer &&
      !records[i] &&
      isStoryLabel(paragraph.text, body.at(-1)?.text, header ? MAX_HEADER_LABEL_WORDS : MAX_LABEL_WORDS);
    // A single word alone between two paragraphs of the story ("Ads", "Advertisement", "Sponsored") is a slot the
    // page left there; a crosshead says what follows in a phrase, and a speaker's name under a quotation is named in
    // the story too. A country or a place alone may head a section.
    const lone =
      within &&
      i > firstBody &&
      i < lastBody &&
      !paragraph.row &&
      !records[i] &&
      SINGLE_WORD.test(paragraph.text) &&
      countryCode(paragraph.text) === null &&
      knownPlace(paragraph.text) === null &&
      wordCount(storyText, paragraph.text) <= 1;
    if (label && (header || inLabelRun || signedOff || isCapitals(paragraph.text))) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      inLabelRun = !header;
      continue;
    }
    if (lone) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    // Under the story, a short line that is not a sentence (no final stop, no quotation, not a list item and not
    // the agency's sign-off) is the page's: a widget's heading, a link, a tag list, a section name. What each
    // site prints there differs, its shape does not.
    if (
      footer &&
      !records[i] &&
      !afterQuote &&
      isUnfinishedShortLine(paragraph.text) &&
      !FACT_ROW.test(paragraph.text)
    ) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    // Under the story, what does not read as story is the page's: a note about the site, or an unfinished line that
    // is not prose (a dashed agency sign-off, a list of names or tags), unless it names the speaker of a quotation
    // standing alone above it, or is an item of a list the story introduced with a colon.
    const before = body.at(-1)?.text ?? "";
    const speakerSlot = /^["“]/u.test(before) && QUOTE_AROUND.test(before);
    // The line above as the page has it, kept or not: a list's lead-in may itself be read as a label.
    const above = paragraphs[i - 1]?.text ?? "";
    const listGoesOn = LIST_ITEM.test(paragraph.text) && /[:：]$|^[-•*–—―\d(]/u.test(above);
    const unfinishedNonProse = !SENTENCE_END.test(paragraph.text) && !readsAsProse(paragraph.text);
    const factRow = FACT_ROW.test(paragraph.text);
    if (
      footer &&
      !records[i] &&
      (isSiteNote(paragraph.text) || (!speakerSlot && !listGoesOn && !factRow && unfinishedNonProse))
    ) {
      found.remove("boilerplate", paragraph.text, paragraph.at);
      continue;
    }
    inLabelRun = false;
    signedOff ||= i > firstBody && paragraph.signedOff === true;
    body.push({ ...paragraph });
  }

  // Under the story (or as its last paragraph), a short line with the page's furniture just above it and just under
  // it is that box's text ("Get our insights every weekday." between a sign-up heading and its consent line), however
  // it reads: a story's closing line follows the story, not a removed line.
  const storyEnd = lastBody >= 0 ? (paragraphs[lastBody] as Paragraph).at : Number.POSITIVE_INFINITY;
  const removedAt = new Map(found.noise.map((n) => [n.at, n]));
  // The box's heading above it speaks of the site ("Sign up for our … newsletter"); a source line or a factbox's
  // note above a story's closing sentence does not.
  const isBoxHeading = (at: number) => {
    const above = removedAt.get(at);
    return above?.kind === "boilerplate" && (isSiteNote(above.text) || SIGN_UP_HEADING.test(above.text));
  };
  for (let k = body.length - 1; k >= 0; k--) {
    const paragraph = body[k] as Paragraph;
    if (paragraph.at < storyEnd || paragraph.row || /["“”]/u.test(paragraph.text)) continue;
    if (paragraph.text.split(" ").length > MAX_BOX_TEXT_WORDS) continue;
    if (!isBoxHeading(paragraph.at - 1) || !removedAt.has(paragraph.at + 1)) continue;
    found.remove("boilerplate", paragraph.text, paragraph.at);
    body.splice(k, 1);
  }
  // Inside the story too: a newsletter box's name and pitch between its removed label and button.
  for (const k of newsletterBoxLines(body, lines, removedAt).reverse()) {
    const [line] = body.splice(k, 1);
    if (line) found.remove("boilerplate", line.text, line.at);
  }
  // A forwarded newsletter's subject names the issue ("<Newsletter> Weekly: …"); the article's own headline stands
  // at the top of the body, echoing it, and what stands above it there is the forwarder's note.
  const subject = titleAt >= 0 && title && mailSubject((paragraphs[titleAt] as Paragraph).text) !== null ? title : null;
  const ownHeadline = subject
    ? body
        .slice(0, MAX_FORWARD_NOTES + 1)
        .findIndex(
          (p) =>
            !p.row &&
            p.text !== subject &&
            isHeadline(p.text) &&
            sharedWords(p.text, subject) >= MIN_SHARED_WITH_SUBJECT &&
            !SENTENCE_END.test(p.text),
        )
    : -1;
  if (ownHeadline >= 0 && body.slice(0, ownHeadline).every((p) => p.text.length <= MAX_FORWARD_NOTE)) {
    const taken = body.splice(0, ownHeadline + 1);
    const headline = taken.pop() as Paragraph;
    for (const note of taken) found.remove("boilerplate", note.text, note.at);
    found.remove("title", headline.text, headline.at);
    title = headline.text;
  }
  // At the story's edges, a note on its authors, a disclaimer, and a press release's "About" blocks are the page's.
  const isRunningFoot = runningHeads(lines);
  for (let k = body.length - 1; k >= 0; k--) {
    const paragraph = body[k] as Paragraph;
    if (paragraph.row || !isRunningFoot(paragraph.text)) continue;
    found.remove("boilerplate", paragraph.text, paragraph.at);
    body.splice(k, 1);
  }
  const edgeItems = edgeFurniture(
    body.map((p) => p.text),
    body.map((p) => lines[p.at - 1]),
    [...authors, ...bylineNames],
  );
  if (edgeItems.aboutFrom >= 0)
    for (const about of body.splice(edgeItems.aboutFrom)) found.remove("boilerplate", about.text, about.at);
  for (const k of edgeItems.notes.reverse()) {
    const [note] = body.splice(k, 1);
    if (note) found.remove("byline", note.text, note.at);
  }
  const rules = new Set(found.noise.filter((item) => item.kind === "separator").map((item) => item.at));
  for (const k of footnoteLines(body, rules).reverse()) {
    const [note] = body.splice(k, 1);
    if (note) found.remove("boilerplate", note.text, note.at);
  }
  found.weighClosingNames();
  const briefs = otherBriefs(body);
  for (const i of [...briefs].sort((a, b) => b - a)) {
    const [brief] = body.splice(i, 1);
    if (brief) found.remove("related", brief.text, brief.at);
  }
  // A roundup's page title names its column ("Region in brief"): the story brief's own headline, printed over it in
  // the text, is the title. A brief's lead taken for want of a headline ("MANILA -- …") is none.
  if (
    briefs.size > 0 &&
    title &&
    titleAt >= 0 &&
    !readDateline(title)?.place &&
    given.title &&
    comparable(given.title) !== comparable(title)
  )
    itemTitle = title;
  // A brief, a newsletter or a broadcast's other items beside the story, its greeting and its segments' sign-offs.
  const items = otherItems(body, lines, { title: given.title ?? title });
  for (const [i, text] of items.kept) {
    const paragraph = body[i] as Paragraph;
    const cut = paragraph.text.startsWith(text)
      ? paragraph.text.slice(text.length)
      : paragraph.text.slice(0, paragraph.text.length - text.length);
    found.remove("related", cut.trim(), paragraph.at);
    paragraph.text = text;
  }
  if (items.headline !== null) {
    title = items.headline.replace(WIRE_LABEL, "");
    itemTitle = title;
  }
  // Another item's closing tag ("… prices. (Reuters)") credited that item's copy, not the story's: its credit goes
  // with it; the story's own credits, the same agency's among them, stay.
  for (const i of items.dropped) {
    const paragraph = body[i] as Paragraph;
    if (!paragraph.signedOff) continue;
    for (const n of found.noise) if (n.at === paragraph.at && n.kind === "byline") found.unsign(readSignoff(n.text));
  }
  for (const i of [...items.dropped].sort((a, b) => b - a)) {
    const [item] = body.splice(i, 1);
    if (item) found.remove(item.text === items.headline ? "title" : "related", item.text, item.at);
  }
  // A roundup's story item closes on its paper's credit alone on its line ("— <Paper>"), which stood mid-page, over
  // the next item, until the other items went.
  const itemEnd = items.dropped.size > 0 ? body.at(-1) : undefined;
  const itemCredit = itemEnd && /^[-–—―]\s/u.test(itemEnd.text) ? readBareCredit(itemEnd.text) : null;
  if (itemEnd && itemCredit?.outlet && !itemCredit.author) {
    body.pop();
    found.remove("byline", itemEnd.text, itemEnd.at);
    // The page's author slot ("By <Network> Desk") names who compiled the roundup, not who carried the item.
    if (slotCredit?.outlet && slotCredit.outlet !== itemCredit.outlet) found.withdraw(slotCredit.outlet, Rank.Credit);
    found.credit(itemCredit, Rank.Credit);
  }
  const dateline = removeDateline(body, found);
  // Above the story's first sentence and under its last, a line of names, dates and counters is the page's record;
  // read after the dateline, which may take its date from such a line ("Aired July 25, 2013 -").
  const edgeLines = edgeRecords(
    body.map((p) => p.text),
    body.map((p) => p.row === true),
  );
  for (const k of edgeLines.reverse()) {
    const [record] = body.splice(k, 1);
    if (record) found.remove("boilerplate", record.text, record.at);
  }
  removeRepeatedCaptions(body, found);
  removePullQuotes(body, found);
  const last = body.at(-1);
  const signoff = last ? readSignoff(last.text) : null;
  if (last && signoff) {
    found.remove(signoff.outlet ? "byline" : "boilerplate", signoff.removed, last.at);
    found.agency(signoff.source, Rank.Credit);
    found.credit({ author: null, outlet: signoff.outlet }, Rank.Credit);
    last.text = signoff.kept.trim();
  }
  for (const paragraph of body.slice(0, 3)) found.credit(readIntroduction(paragraph.text), Rank.Introduction);
  // A note on who wrote the piece closes it: "Linh Pham is a journalist based in Hanoi.", "The author is …".
  for (const paragraph of body.slice(-AUTHOR_NOTE_SEARCH).reverse()) {
    if (!paragraph.text || !isAuthorNote(paragraph.text, found.author ?? slotCredit?.author ?? null)) continue;
    found.remove("byline", paragraph.text, paragraph.at);
    paragraph.text = "";
  }

  return {
    body: mendGluedWords(
      body
        .map((p) => p.text)
        .filter(Boolean)
        .join("\n\n"),
    ),
    noise: found.noise.sort((a, b) => a.at - b.at).map(({ kind, text: noiseText }) => ({ kind, text: noiseText })),
    hints: {
      title,
      itemTitle,
      outlet: found.outlet,
      author: found.author,
      source: found.source,
      place: dateline?.place ?? found.place,
    },
  };
}
