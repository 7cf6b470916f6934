import { z } from "zod";
import { monthNamePattern, monthNamePatternAnyCase, monthNamePatternCapitalised } from "../metadata/months.js";
import { isAgency, knownOutlet } from "../metadata/outlets.js";
import captionsJson from "./data/captions.json" with { type: "json" };
import { isPublicationDateLine, readDateline } from "./datelines.js";
import { isDocumentHeading } from "./document-headings.js";
import { isLeadingSlashCreditCaption } from "./leading-slash-credits.js";
import { memoByLine } from "./line-memo.js";
import { isPersonName } from "./names.js";
import { alternation } from "./patterns.js";
import { sentenceStartBefore } from "./sentences.js";

const Phrases = z.array(z.string().min(1)).min(1);
const Captions = z.object({
  creditMarkers: Phrases,
  shortCreditMarkers: Phrases,
  creditConnectors: Phrases,
  descriptiveMarkers: Phrases,
  slashCredits: Phrases,
  trailingCreditWords: Phrases,
  slashCreditWords: Phrases,
  occasionWords: Phrases,
  nameParticles: Phrases,
  sceneVerbs: Phrases,
  notSceneVerbBefore: Phrases,
  irregularPasts: Phrases,
  positionMarkers: Phrases,
  reservedCreditTails: Phrases,
  outletNameWords: Phrases,
  pictureOnlyCreditWords: Phrases,
  ceremonyPhrases: Phrases,
  pictureDeskWords: Phrases,
  staffPhotoRoles: Phrases,
});
const data = Captions.parse(captionsJson);

const credit = alternation(data.creditMarkers);
const shortCredit = alternation(data.shortCreditMarkers);
const connector = alternation(data.creditConnectors);
const descriptive = alternation(data.descriptiveMarkers);
const slash = alternation(data.slashCredits);

/** Text inside brackets that is a credit: "Photo: VNA", "Illustrative photos", "AP Photo/Hau Dinh", "REUTERS/Kham". */
const BRACKETED_CREDIT = new RegExp(
  [
    `^(?:${credit}|${shortCredit})\\s*[:：]\\s*\\S`,
    `^(?:${credit})\\s+(?:${connector})\\s+\\S`,
    `^(?:${descriptive})(?![\\p{L}])`,
    `^(?:${slash})\\s*/\\s*\\S`,
  ].join("|"),
  "iu",
);
// "VNA Photo", "AP Photo/Hau Dinh": case matters here, "(three photos)" is not a credit.
// "PNA photo courtesy of PCO": the agency's photo credited on.
// "Nguoi Viet photo/Bao Tran": a paper's own picture desk in lower case, then its photographer after a slash.
// "Malacañang Photo Bureau": the picture desk of a palace or a ministry, named after the word.
const AGENCY_PHOTO = new RegExp(
  String.raw`^(?:[\p{Lu}][\p{L}.&-]*\s+){0,3}(?:Photos?|PHOTOS?)(?:\s+(?:${alternation(data.pictureDeskWords)}))?\.?(?:\s*[/:].*)?$|` +
    String.raw`^(?:[\p{Lu}][\p{L}.&-]*\s+){1,3}photos?\s+(?:courtesy\s+of|by|from|via)\s+\S.*$|^(?:[\p{Lu}][\p{L}.&-]*\s+){1,3}photos?\s*\/\s*\p{Lu}[^/]*$`,
  "u",
);
const BRACKETS = /\(([^()\n]{1,160})\)/g;
const SOURCE = /^(?:source|nguồn)\s*[:：]\s*(.{2,40})$/iu;

/** "(Source: VNA)" after a photo's description: a credit when it names a news agency, not a statistics office. */
function isAgencySource(inner: string): boolean {
  const named = SOURCE.exec(inner)?.[1];
  return named !== undefined && knownOutlet(named.split("/")[0]?.trim() ?? "") !== null;
}

// Markers count only where a sentence starts: "(titled Photo: ...)" in running text is not a caption.
const SENTENCE_LEAD = /[.!?]["')\]]?\s+(?:[—–-]\s*)?|\|\s*/g;
const OPEN_MARKER = new RegExp(
  `(?:In\\s+(?:the|this)\\s+(?:\\S+\\s+)?)?(?:${descriptive})(?:\\s*[:：.]|\\s*$|\\s+(?:of|shows|showing)\\b)` +
    `|(?:${credit})(?:\\s*[:：]|\\s+(?:${connector})\\s)` +
    `|(?<short>(?:${shortCredit})\\s*[:：]|(?:${slash})\\s*/)`,
  "iuy",
);
const SHORT_CREDIT_MAX = 50;
// A photographer's name glued to the dateline after it, no space between: "Photo: Nhat BacCANBERRA – Vietnam …".
// The cut falls after the last lower-case letter of the name, before a place in capitals and its dash or bracket.
const GLUED_DATELINE = /\p{Ll}(?=\p{Lu}{3,}(?:[\s-]\p{Lu}{2,}){0,2},?\s*(?:[–—―]|--?\s|\(|,\s))/u;
// A credit closed by an agency's initials after a slash, glued to the story's first word with no space: "Photo:
// Ricardo Stuckert/PRBrazil and Vietnam raised …". The initials end before the capital that opens a word in lower case.
const GLUED_STORY_AFTER_INITIALS = /\/\s*\p{Lu}{1,8}?(?=\p{Lu}\p{Ll}{2,}[\s,])/u;
// Or closed by the photographer's name, its last word glued to the story's first: "Picture: Dominic LorrimerAustralia
// and Vietnam have …". The name's words each open on a capital and go on in three or more lower-case letters, so
// "McDonald" or "LeBlanc" never split; a credit of one to four such words, the story a full sentence after it.
// "Photo by VNA/Duong GiangChinh attended …": the agency may stand before the name, joined to it by a slash; "Photo:
// Nam Tran / Tuoi TreJapanese …": or the paper after the name, the slash spaced (Round 49).
// "Photo by VnExpress/Quynh TranU.S. President …": the story may open on initials with stops (Round 56).
const GLUED_STORY_AFTER_NAME =
  /^\s*[:：]?\s*(?:\p{Lu}[\p{L}'’./-]*(?:\s+\/)?\s+){0,3}\p{Lu}\p{Ll}{2,}(?=\p{Lu}\p{Ll}{2,}[\s,]|(?:\p{Lu}\.){2,}\s)/u;
// Or closed by the agency in capitals after the photographer's name, a space before the story's first word: "Photo:
// Bart Maat ANP Prime minister Mark Rutte and …". The capitals must name a known news agency.
const GLUED_STORY_AFTER_AGENCY = /^\s*[:：]?\s*(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(\p{Lu}{2,8})\s+(?=\p{Lu}\p{Ll})/u;
const MIN_GLUED_STORY_WORDS = 12;
// Every marker form has a colon, slash or bracket, or one of these words: most body lines are ruled out in one scan.
const MAY_HOLD_CAPTION = /[:：(/]|photo|image|picture|courtesy|illustrat|pictured|infographic/i;

const FULL_DATE_AT_END = new RegExp(
  `(?:\\b(?:${monthNamePattern})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\b\\d{1,2}\\s+(?:${monthNamePattern})\\.?,?\\s+\\d{4}|\\b\\d{1,2}/\\d{1,2}/\\d{4})$`,
  "i",
);

export interface CaptionSplit {
  /** What is left of the line for the body; empty when the whole line is a caption. */
  kept: string;
  captions: string[];
}

interface Span {
  start: number;
  end: number;
}

/** "VNA", "Hau Dinh/AP", "the Ministry of Foreign Affairs": a credit, not a described scene ending in a full stop. */
function isShortCredit(text: string): boolean {
  const credit = text.replace(/^[\s:：]+/, "").trim();
  const words = credit.split(/\s+/).length;
  return (
    credit.length <= SHORT_CREDIT_MAX && words <= 8 && !/[.!?]\s/.test(credit) && (words <= 2 || !/[.!?]$/.test(credit))
  );
}

const LONG_CLOSING_CREDIT_MAX = 90;
const LONG_CLOSING_CREDIT_WORDS = 12;

/**
 * "Credit: <Tourism office of a country> / press materials": a credit marker's text closing the line may name a long
 * office and the kind of material, with no sentence in it; the sentence before it is the picture's caption.
 */
function isLongClosingCredit(text: string): boolean {
  const credit = text.replace(/^[\s:：]+/, "").trim();
  return (
    credit.length <= LONG_CLOSING_CREDIT_MAX &&
    credit.split(/\s+/).length <= LONG_CLOSING_CREDIT_WORDS &&
    /^\p{Lu}/u.test(credit) &&
    !/[.!?;"“”]/u.test(credit)
  );
}

// "(Nhac Nguyen/AFP via Getty Images)", "(Noel Pabalate/ MANILA BULLETIN)": a photographer, then the agency or paper.
const PHOTOGRAPHER_CREDIT =
  /^([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){1,3})\s*\/\s*([^/]{2,40}?)(?:\s+via\s+Getty\s+Images)?$/u;

const outletNameWords = new Set(data.outletNameWords);

/**
 * "The Cambodia Daily", "Khmer Times": a name no list knows, shaped as a paper's, its words capitalised. After a
 * photographer's name and a slash, a capitalised name under "The" is the paper too ("(<Name>/The <Paper>)"): a
 * caption's credit names who took the picture, then whose it is.
 */
function isOutletShaped(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  if (words.length > 5 || !words.every((word) => /^\p{Lu}/u.test(word))) return false;
  return words.some((w) => outletNameWords.has(w)) || (words[0] === "The" && words.length >= 2 && words.length <= 4);
}

export function isPhotographerCredit(inner: string): boolean {
  const match = PHOTOGRAPHER_CREDIT.exec(inner);
  const outlet = match?.[2] ?? "";
  return match !== null && isPersonName(match[1] ?? "") && (knownOutlet(outlet) !== null || isOutletShaped(outlet));
}

const PICTURE_DESK = /\s+(?:photos?|pictures?|pics?|images?|foto)$/iu;
const slashCreditWords = new Set(data.slashCreditWords.map((word) => word.toLowerCase()));
const MAX_SLASH_PART = 40;

/**
 * "Mainichi/Pool", "Courtesy of/Presidential Secretariat", "Minh Hoang/Pool via Reuters": parts split by slashes, one
 * of them an outlet or a credit word; a place pair ("Hanoi/Beijing") names neither.
 */
export function isSlashCredit(inner: string): boolean {
  if (/[.!?;"]/.test(inner.replace(/\.$/, ""))) return false;
  if (!inner.includes("/")) return isViaCredit(inner);
  // "AAP Photo", "ANTARA FOTO", "Reuters Pictures": an agency named with its picture desk's word is the agency.
  const parts = inner.split(/\s*\/\s*|\s+via\s+/u).map((part) =>
    part
      .trim()
      .replace(/^(?:file|photo)\s*:\s*/iu, "")
      .replace(PICTURE_DESK, ""),
  );
  if (parts.length > 4 || parts.some((part) => !part || part.length > MAX_SLASH_PART)) return false;
  return parts.some((part) => slashCreditWords.has(part.toLowerCase()) || knownOutlet(part) !== null);
}

// "(Vietnam News Agency via AP)", "(Pool Photo via AP)": a wire credits a picture it took from another's hands by
// naming the giver, then "via" and itself. The giver is a few capitalised words, the last part a listed outlet.
const VIA_CREDIT =
  /^\p{Lu}[\p{L}.&'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.&'’-]*){0,5}(?:\s+via\s+\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,2}){1,2}$/u;

function isViaCredit(inner: string): boolean {
  if (!inner.includes(" via ") || !VIA_CREDIT.test(inner)) return false;
  return knownOutlet(inner.slice(inner.lastIndexOf(" via ") + 5)) !== null;
}

// "… Nov. 12, 2017. [Photo: Xinhua]": a labelled credit in square brackets, as some wires' sites set it.
const SQUARE_BRACKETS = /\[([^[\]\n]{1,160})\]/g;

function bracketedCredits(line: string): Span[] {
  const spans: Span[] = [];
  if (line.includes("["))
    for (const match of line.matchAll(SQUARE_BRACKETS)) {
      const inner = (match[1] ?? "").trim();
      if (BRACKETED_CREDIT.test(inner) || AGENCY_PHOTO.test(inner))
        spans.push({ start: match.index, end: match.index + match[0].length });
    }
  for (const match of line.matchAll(BRACKETS)) {
    const inner = (match[1] ?? "").trim();
    if (
      BRACKETED_CREDIT.test(inner) ||
      AGENCY_PHOTO.test(inner) ||
      isAgencySource(inner) ||
      isPhotographerCredit(inner) ||
      isSlashCredit(inner) ||
      closesOnPictureOnlyWord(line, inner, match.index + match[0].length) ||
      closesOnOutletPhotographer(line, inner, match.index + match[0].length)
    )
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

const pictureOnlyWords = new Set(data.pictureOnlyCreditWords.map((word) => word.toLowerCase()));
// "… at the Presidential Palace in Hanoi. (Photo Internet reproduction)": a note on where the picture came from, opened
// by the word "Photo" as written and a few words after it.
const MAX_CLOSING_PICTURE_NOTE = 40;
const PICTURE_NOTE = /^(?:Photo|Image|Picture)\s+\p{L}+(?:\s+\p{L}+){0,3}$/u;

/**
 * "… boarding a bus on December 3 (Supplied)", "… in the capital. (Handout)": a word only a picture's credit takes,
 * or a short note opened by "Photo", alone in brackets at the line's end, closes a caption; in running text neither
 * stands bracketed alone at a line's end.
 */
function closesOnPictureOnlyWord(line: string, inner: string, end: number): boolean {
  if (inner.length > MAX_CLOSING_PICTURE_NOTE || line.slice(end).trim()) return false;
  return pictureOnlyWords.has(inner.toLowerCase()) || PICTURE_NOTE.test(inner);
}

// "… at Parliament House. (ABC News: Jane Roe)": a broadcaster's or agency's name, a colon and its photographer's name,
// bracketed alone at the line's end, closes a caption; prose sets no outlet and a bare name so.
const OUTLET_PHOTOGRAPHER = /^(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3})\s*:\s*(\p{Lu}[^:;()]{2,40})$/u;

function closesOnOutletPhotographer(line: string, inner: string, end: number): boolean {
  if (line.slice(end).trim() || !inner.includes(":")) return false;
  const match = OUTLET_PHOTOGRAPHER.exec(inner);
  return match !== null && knownOutlet(match[1] ?? "") !== null && isPersonName((match[2] ?? "").trim());
}

function sentenceLeads(line: string): number[] {
  const leads = [0];
  for (const match of line.matchAll(SENTENCE_LEAD)) leads.push(match.index + match[0].length);
  return leads;
}

/** Finds caption spans: a credit takes the caption sentence before it; a long caption runs from its marker. */
function captionSpans(line: string): Span[] {
  const credits = bracketedCredits(line);
  const consumed = new Set<Span>();
  const spans: Span[] = [];
  let floor = 0;
  const creditSpan = (start: number, end: number) => {
    spans.push({ start: sentenceStartBefore(line, start, floor), end });
    floor = end;
  };
  let next = 0; // first bracketed credit not ending before the current sentence start
  for (const start of sentenceLeads(line)) {
    while (next < credits.length && (credits[next]?.end ?? 0) <= start) next++;
    const candidate = credits[next];
    if (start < floor || (candidate && candidate.start < start)) continue;
    OPEN_MARKER.lastIndex = start;
    const match = OPEN_MARKER.exec(line);
    if (!match) continue;
    const closing = candidate;
    const end = closing ? closing.end : line.length;
    const after = line.slice(start + match[0].length, closing ? closing.start : line.length);
    const glued = closing ? null : GLUED_DATELINE.exec(after);
    if (glued && isShortCredit(after.slice(0, glued.index + 1))) {
      creditSpan(start, start + match[0].length + glued.index + 1);
      continue;
    }
    const gluedStory = closing ? null : gluedStoryAfterCredit(after);
    if (gluedStory !== null) {
      creditSpan(start, start + match[0].length + gluedStory);
      continue;
    }
    if (closing) consumed.add(closing);
    if (
      (isShortCredit(after) && (closing || !line.slice(end).trim())) ||
      (!closing && match.groups?.short && isLongClosingCredit(after))
    )
      creditSpan(start, end);
    else if (!match.groups?.short) {
      spans.push({ start, end });
      floor = end;
    } else if (closing) consumed.delete(closing);
  }
  for (const c of credits) {
    if (consumed.has(c) || c.start < floor) continue;
    // "X and Y inspect an honour guard on Friday. Mr. Y arrived on Thursday. (<Name>/<Paper>)": a photographer's credit
    // closing a short line of two sentences, the first a picture's scene, closes one caption of both.
    const whole = floor === 0 && closesLineAsPictureCredit(line, c) ? 0 : null;
    if (whole !== null) {
      spans.push({ start: whole, end: c.end });
      floor = c.end;
    } else creditSpan(c.start, c.end);
  }
  return spans.sort((a, b) => a.start - b.start);
}

const MAX_TWO_SENTENCE_CAPTION = 400;

/** Whether a photographer's credit closes a short line whose first sentence is a picture's scene. */
function closesLineAsPictureCredit(line: string, credit: Span): boolean {
  if (line.length > MAX_TWO_SENTENCE_CAPTION || line.slice(credit.end).trim() !== "") return false;
  const inner = line.slice(credit.start + 1, credit.end - 1).trim();
  if (!isPhotographerCredit(inner) && !isSlashCredit(inner)) return false;
  const first = /^[^.!?]{10,300}?[.!?](?=\s+\p{Lu})/u.exec(line)?.[0];
  return first !== undefined && isSceneCaption(first, { aboveStory: true, nextToPicture: () => true });
}

/**
 * Where the story starts in a credit's text when the story's paragraph runs on from the credit's initials with no
 * space ("Ricardo Stuckert/PRBrazil and Vietnam raised …"), else null. The credit must read as one, the rest as story.
 */
function gluedStoryAfterCredit(after: string): number | null {
  const glue = GLUED_STORY_AFTER_INITIALS.exec(after) ?? GLUED_STORY_AFTER_NAME.exec(after) ?? agencyGlue(after);
  if (!glue) return null;
  const end = glue.index + glue[0].length;
  const rest = after.slice(end);
  if (!isShortCredit(after.slice(0, end)) || rest.split(/\s+/).length < MIN_GLUED_STORY_WORDS) return null;
  return /[.!?]["”’)]?$/u.test(rest.trim()) ? end : null;
}

function agencyGlue(after: string): RegExpExecArray | null {
  const glue = GLUED_STORY_AFTER_AGENCY.exec(after);
  const agency = glue?.[1] ? knownOutlet(glue[1]) : null;
  return agency !== null && isAgency(agency) ? glue : null;
}

/**
 * A caption without a credit: a sentence with no final stop ending in a full date, as VNA writes them. A document's
 * heading that ends on its date ("Department Press Briefing – <date>") names the document's kind instead.
 */
function isDatedCaption(line: string): boolean {
  return (
    line.length <= 300 &&
    FULL_DATE_AT_END.test(line.slice(-30)) &&
    line.split(" ").length >= 5 &&
    !isPublicationDateLine(line) &&
    !isDocumentHeading(line)
  );
}

// Image alt text that Vietnamese pages number: "… - ảnh 1President …", "… hinh anh 1 …".
const IMAGE_ALT = /(?:^|\s)(?:-\s*)?(?:ảnh|hình ảnh|hinh anh)\s\d{1,2}(?=\p{Lu}|\s|$)/u;
const MAX_IMAGE_ALT_LINE = 400;
const MAY_BE_IMAGE_ALT = /ảnh|[Hh]inh anh/;

function isImageAltLine(line: string): boolean {
  return line.length <= MAX_IMAGE_ALT_LINE && MAY_BE_IMAGE_ALT.test(line) && IMAGE_ALT.test(line);
}

// A photographer credited after the outlet's initials closes a caption: "… on Monday. KT/Mom Sophal".
const INITIALS_CREDIT =
  /(?:^|[.!?]["')\]]?\s+)\p{Lu}{2,6}\s?\/\s?\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}$/u;
const MAX_INITIALS_CAPTION = 400;
// A caption closed by its credit in capitals after the last sentence: "… in Putrajaya. - BERNAMA PIC" (a dash and
// a credit word), "… on Sunday. | KYODO" (a bar), "… on Friday. [JOINT PRESS CORPS]" (square brackets),
// "… on Wednesday. ST PHOTO: LIEW HUI MIN" (the outlet's initials, a credit word, a colon and the photographer).
const CAPS_CREDIT = String.raw`\p{Lu}[\p{Lu}\p{N}.&/'’-]*(?:\s+[\p{Lu}\p{N}][\p{Lu}\p{N}.&/'’-]*){0,4}`;
const CREDIT_WORD = `(?:${alternation(data.trailingCreditWords)})`;
const CLOSING_CREDIT = new RegExp(
  String.raw`(?<=[.!?"'’”)])\s*(?:[-–—]\s*(?:\p{Lu}[\p{Lu}\p{N}.&/'-]*\s+){0,3}${CREDIT_WORD}` +
    String.raw`|(?:\p{Lu}[\p{Lu}\p{N}.&/'-]*\s+){0,2}${CREDIT_WORD}\s?:\s*${CAPS_CREDIT}` +
    String.raw`|\|\s*${CAPS_CREDIT}|\[${CAPS_CREDIT}\]` +
    // "… on Monday. PALACE PHOTO": the credit in capitals straight after the stop, with no dash.
    String.raw`|\s(?:\p{Lu}[\p{Lu}\p{N}.&/'-]*\s+){1,3}${CREDIT_WORD})$`,
  "u",
);
// "… on Monday evening. — VNS Photo Tran Minh", "… in Vientiane - Foreign Ministry photo": a dash, the desk in one to
// three capitalised words, the credit word in any case and the photographer's name, if any. A story's sentence never
// closes on a desk's photo; the stop before the dash may be missing, so the caption before it must be a few words.
const TITLED_PHOTO_CREDIT =
  /^(?:\S+\s+){4,}[-–—]\s*\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,2}\s+(?:photo|Photo|pic|Pic|picture|Picture)s?(?:\s+\p{Lu}[\p{L}'’-]*){0,3}$/u;
const MAX_CREDITED_CAPTION = 400;
// Every closing credit ends in a capital or a bracket: most lines are ruled out by their last letter.
const CREDIT_END = /[\]\p{Lu}]$/u;

// A gallery's caption closed by its credit in square brackets, often with no stop before it: "… in Hanoi [Minh
// Hoang/Pool via Reuters]", "… the motorcade [Reuters]".
const SQUARE_CREDIT = /\s\[([^[\]]{2,80})\]$/u;

// "… in Putrajaya today. — Bernama pic": a known outlet in any case, then a credit word; an old copy may set it
// straight after the stop, with no dash ("… in Tokyo on Tuesday. AP photo").
const OUTLET_PIC = new RegExp(
  String.raw`(?<=[.!?"'’”)])\s*(?:[-–—]\s*)?(\p{Lu}[\p{L}.&+-]*(?:\s+\p{Lu}[\p{L}.&+-]*){0,2})\s+(?:${alternation(data.trailingCreditWords)})$`,
  "iu",
);

/** A caption closed by its credit in capitals: "… in Putrajaya. - BERNAMA PIC", "… on Sunday. | KYODO". */
// "… yesterday. PHOTO | ERICKY BONIPHACE", "… yesterday. (Télam photo)": a picture's credit labelled as one, after
// the caption's last stop. "(Photo: VNA)" is left to the caption splitter, which keeps a story sentence before it.
const LABELLED_PHOTO_CREDIT =
  /(?<=[.!?"'’”])\s*(?:(?:photo|photograph|picture|pic)s?\s*\|\s*\p{Lu}[\p{L}.&'’ /-]{1,40}|\((?:\p{Lu}[\p{L}.&'’-]*\s+){1,3}(?:photo|photograph|pic)s?\))$/iu;

// "… on Thursday. Image courtesy: X/@handle", "… in Hanoi. Photo credit: Ministry of Foreign Affairs": a picture's
// labelled credit after the caption's last stop, naming a handle, a site or a few words.
// "… in Binh Thuan province. Credit: <Outlet>": the label alone, capitalised as a label is, credits the picture too.
// "… outside Hanoi. Photographer: <Name>/<Agency>": the label names the
// picture's maker, which no story's sentence closes on.
const COURTESY_CREDIT =
  /(?<=[.!?"'’”])\s+(?:(?:image|photo|picture|video)\s+(?:courtesy|credits?)|credits?|photographer)\s*[:：]\s*[^\s.!?][^.!?]{0,50}$/iu;

// "… on Thursday (December 22, 2022). ANTARA FOTO/Sigid Kurniawan/rwa.": a slash credit after the caption's last stop.
const PICTURE_WORD = /\b(?:photos?|pictures?|pics?|images?|foto)\b/iu;
const TRAILING_SLASH_CREDIT = /(?<=[.!?)"'’”])\s+(\p{Lu}[^.!?]{1,80}\/[^.!?]{1,80}?)\.?$/u;
// "… on April 11. Supplied/Prime Minister's Office": a side that only a picture's credit takes (supplied, a handout, a
// pool, a courtesy); a story's sign-off pairs agencies ("VNA/VNS"), never these.
const PICTURE_ONLY_CREDIT = new RegExp(
  String.raw`(?:^|\/)\s*(?:${alternation(data.pictureOnlyCreditWords)})\s*(?:\/|$)`,
  "iu",
);

// "… at Seri Perdana today. -fotoBERNAMA (2024) COPYRIGHTS RESERVED": after the caption's last stop, a dash, the
// agency in capitals (its credit word may be glued before it in lower case, "foto", "pic"), the year in brackets and
// the rights the agency reserves on the picture. A story's paragraph never closes on a reservation of rights.
const creditWordsAnyCase = data.trailingCreditWords
  .filter((word) => !/\s/u.test(word))
  .flatMap((word) => [word, word.toLowerCase(), word.charAt(0) + word.slice(1).toLowerCase()]);
const RESERVED_CREDIT = new RegExp(
  String.raw`(?<=[.!?"'’”)])\s*[-–—]{1,2}\s*(?:${alternation(creditWordsAnyCase)})?\s*\p{Lu}[\p{Lu}\p{N}.&'-]*` +
    String.raw`(?:\s+\p{Lu}[\p{Lu}\p{N}.&'-]*){0,2}\s*(?:\(\d{4}\)\s*)?(?:${alternation(data.reservedCreditTails)})\.?$`,
  "u",
);

// "<Name> (right) and <Name> shake hands … on Feb. 18. NHK": a caption placing its people in the picture, closed by
// the outlet's bare name after its last stop. A story's sign-off after its last sentence places no one.
const PLACED_IN_PICTURE =
  /\((?:(?:second|third|far|front|back)\s+)?(?:from\s+)?(?:left|right|centre|center|L|R)(?:\s+to\s+right)?\)/iu;
const BARE_OUTLET_TAIL = /(?<=[.!?"'’”])\s+(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,2})$/u;

// "<Name> (left) receives the licence from <Name> in Hanoi on Tuesday. (Acme Motors)": a caption placing its people
// in the picture, closed after its last stop by the picture's owner in brackets, a firm or a body as often as an
// outlet. A story's sentence places no one "(left)", and none ends on a bracketed name after its stop.
const BRACKETED_TAIL_CREDIT = /(?<=[.!?"'’”])\s*\(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}\)$/u;

function isPlacedCaptionWithOutlet(line: string): boolean {
  if (!PLACED_IN_PICTURE.test(line)) return false;
  const tail = BARE_OUTLET_TAIL.exec(line)?.[1];
  return tail !== undefined && knownOutlet(tail) !== null;
}

// "… in Beijing. Xinhua News Agency reporter <Name> photo": a Chinese photo credit ("<agency>记者 <name> 摄") in a
// browser's translation, closing the caption after its last stop. A story's sentence never ends on "<name> photo".
const STAFF_PHOTO_CREDIT = new RegExp(
  String.raw`(?<=[.!?"'’”)])\s+(?:\p{Lu}[\p{L}'’.&-]*\s+){1,4}(?:${alternation(data.staffPhotoRoles)})\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:photo|photographed)$`,
  "u",
);

// "… in Hanoi on Wednesday.DAPD": a caption's credit run into its last stop with no space, a known outlet's name in
// capitals closing the line. A story's sentence is never glued to the next word; a sign-off keeps its space.
const STOP_GLUED_CREDIT = /[\p{Ll}\d][.!?](\p{Lu}{2,8})$/u;
const MAX_GLUED_CREDIT_CAPTION = 300;

function isGluedCreditCaption(line: string): boolean {
  if (line.length > MAX_GLUED_CREDIT_CAPTION) return false;
  const credit = STOP_GLUED_CREDIT.exec(line)?.[1];
  return credit !== undefined && knownOutlet(credit) !== null;
}

// Read once per line: the line pass and the caption pass both ask of the same lines.
export const isCreditedCaption: (line: string) => boolean = memoByLine(readCreditedCaption);

function readCreditedCaption(line: string): boolean {
  if (line.length > MAX_CREDITED_CAPTION) return false;
  if (RESERVED_CREDIT.test(line)) return true;
  if (LABELLED_PHOTO_CREDIT.test(line) || COURTESY_CREDIT.test(line)) return true;
  if (isLeadingSlashCreditCaption(line)) return true;
  const slashed = line.includes("/") ? TRAILING_SLASH_CREDIT.exec(line)?.[1] : undefined;
  // A story's sign-off has the same shape ("… said. VNA/VNS"): a picture's credit names its desk or its photographer.
  if (
    slashed &&
    isSlashCredit(slashed) &&
    (PICTURE_WORD.test(slashed) || PICTURE_ONLY_CREDIT.test(slashed) || slashed.split("/").some(isPersonName))
  )
    return true;
  const outletPic = OUTLET_PIC.exec(line)?.[1];
  if (outletPic && knownOutlet(outletPic)) return true;
  if (line.endsWith(")") && BRACKETED_TAIL_CREDIT.test(line) && PLACED_IN_PICTURE.test(line)) return true;
  if (line.endsWith("]")) {
    const inner = SQUARE_CREDIT.exec(line)?.[1]?.trim();
    if (inner && (isSlashCredit(inner) || knownOutlet(inner) !== null)) return true;
  }
  // The credit word is looked for first ("photo", "Photo", "pic", "Pic", "picture", "Picture"): most lines have none.
  const creditWord = line.includes("hoto") || line.includes("pic") || line.includes("Pic");
  if (creditWord && TITLED_PHOTO_CREDIT.test(line)) return true;
  if ((line.endsWith(" photo") || line.endsWith(" photographed")) && STAFF_PHOTO_CREDIT.test(line)) return true;
  return (
    CREDIT_END.test(line) &&
    (CLOSING_CREDIT.test(line) || isPlacedCaptionWithOutlet(line) || isGluedCreditCaption(line))
  );
}

// "… on June 20. © Reuters": a copyright sign and a name after the caption's last stop.
// "… on Oct. 20. © president.gov.ua": the holder may be a site's domain, in lower case.
// "… in Hanoi on June 20, 2024 © <Name>, <Agency>": the sign may follow the caption's day with no stop, and the
// photographer's name come before the agency's after a comma.
const COPYRIGHT_CREDIT =
  /(?:(?<=[.!?"'’”)])\s*|(?<=\d)\s+)©\s*(\p{Lu}[\p{L}\p{N}.&/'’ -]{0,40}(?:,\s*\p{Lu}[\p{L}\p{N}.&/'’ -]{0,30})?|[\p{Ll}\p{N}-]+(?:\.[\p{Ll}\p{N}-]+)+)$/u;

/**
 * A caption closed by a copyright sign and its credit; the same tail can close a story's last paragraph, so the
 * caller checks that the story goes on after the line.
 */
export function isCopyrightCaption(line: string): boolean {
  return line.length <= MAX_CREDITED_CAPTION && line.includes("©") && COPYRIGHT_CREDIT.test(line);
}

// "(Photo) <Names> at <place>": a bare media word in brackets opening the line labels all of it as the picture's
// caption; with a credit inside ("(Photo: VNA)") the bracket is a credit and the line is read on. A story's paragraph
// never opens on such a label, and a caption is a line, never a long paragraph.
const BARE_MEDIA_LABEL = /^[([](?:photos?|images?|pictures?|video|photo\s+caption)[)\]]\s+\S/iu;
const MAX_LABELLED_CAPTION_WORDS = 40;

function isLabelledCaption(line: string): boolean {
  return BARE_MEDIA_LABEL.test(line) && line.split(/\s+/u).length <= MAX_LABELLED_CAPTION_WORDS && !/["“”]/u.test(line);
}

// A caption's all-caps lead: "STATE VISIT.", "WARM WELCOME:".
const CAPS_LABEL = /^[\p{Lu}\d'’ -]{3,40}[.:]$/u;

/**
 * Separates photo captions and credits from body text on one line, so that a caption glued to a
 * body sentence costs only the caption.
 */
export function splitCaptions(line: string): CaptionSplit {
  if (line.endsWith(" |") || isDatedCaption(line) || isImageAltLine(line)) return { kept: "", captions: [line] };
  const glued = creditBeforeDateline(line);
  if (glued !== null) return { kept: line.slice(glued).trim(), captions: [line.slice(0, glued).trim()] };
  if (isLabelledCaption(line)) return { kept: "", captions: [line] };
  if (line.length <= MAX_INITIALS_CAPTION && line.includes("/") && INITIALS_CREDIT.test(line))
    return { kept: "", captions: [line] };
  if (isCreditedCaption(line)) return { kept: "", captions: [line] };
  if (!MAY_HOLD_CAPTION.test(line)) return { kept: line, captions: [] };
  const spans = captionSpans(line);
  if (spans.length === 0) return { kept: line, captions: [] };
  // "New York, September 24 (VNA/QDND) - Addressing …": an agency pair in a dateline's bracket is the story's tag, not
  // a picture's credit; the dateline reader takes it, and the agency named first is the source.
  if (spans[0]?.start === 0 && opensOnDateline(line, spans[0].end)) return { kept: line, captions: [] };
  const captions: string[] = [];
  let kept = "";
  let cursor = 0;
  for (const span of spans) {
    if (span.start < cursor) continue;
    kept += `${line.slice(cursor, span.start)} `;
    captions.push(line.slice(span.start, span.end).trim());
    cursor = span.end;
  }
  kept = (kept + line.slice(cursor)).replace(/\s+/g, " ").trim();
  if (!/\p{L}{2}/u.test(kept) || CAPS_LABEL.test(kept)) return { kept: "", captions: [line] };
  return { kept, captions };
}

/** Whether the line opens on a dateline naming an agency whose tag runs at least to `end`. */
function opensOnDateline(line: string, end: number): boolean {
  const dateline = readDateline(line);
  return dateline?.outlet !== null && dateline !== null && dateline.prefix.length >= end;
}

// "… at the Ministry. TATOLI/Egas Cristóvão DILI, 12 March 2026 (TATOLI)—Timor-Leste and …": a caption closed by
// its agency's and photographer's credit, then the story's dateline naming an agency, on one line with no break.
const PLACE_IN_CAPITALS = /\s(?=\p{Lu}{3,}(?:[\s-]\p{Lu}{2,}){0,2},?\s)/gu;
const SLASH_CREDIT_AT_END =
  /(?:^|[.!?]["'’”)]?\s+)((?:photo\s*:\s*)?[^\s/.!?]+(?:\s+[^\s/.!?]+){0,3}\s*\/\s*[^/.!?]{2,40})$/iu;

/** Where the story's dateline starts after a caption's credit on the same line, or null. */
function creditBeforeDateline(line: string): number | null {
  if (!line.includes("/") || line.length > MAX_CREDITED_CAPTION + 200) return null;
  for (const match of line.matchAll(PLACE_IN_CAPITALS)) {
    const at = match.index + 1;
    // The credit first: most lines with a slash and a word in capitals hold no credit, and need no dateline read.
    const credit = SLASH_CREDIT_AT_END.exec(line.slice(0, at).trimEnd());
    if (!credit?.[1] || !isSlashCredit(credit[1])) continue;
    if (readDateline(line.slice(at))?.outlet) return at;
  }
  return null;
}

const CREDIT_WORDS = /\b(?:photos?|images?|pictures?|file|credits?|courtesy|source|by|of|via|from|ảnh)\b|[:：]/giu;
const CREDIT_TAIL = /\(([^()]{1,80})\)\s*$|(?:photos?|ảnh)\b\s*[:：]?\s*([^()]{1,60})$/iu;

/**
 * The agency a photo credit names, when it names one ("(Photo: Kyodo/VNA)", "VNA/VNS Photo", "REUTERS/Kham"):
 * of several, the last, which carried the photo with the story.
 */
export function creditOutlet(caption: string): string | null {
  const tail = CREDIT_TAIL.exec(caption);
  return (tail ? lastOutlet(tail[1] ?? tail[2] ?? "") : null) ?? lastOutlet(caption.slice(-60));
}

function lastOutlet(credit: string): string | null {
  let outlet: string | null = null;
  for (const part of credit.replace(CREDIT_WORDS, " ").split(/[/,;|]|\s[-–—]\s/)) {
    const words = part.trim().split(/\s+/);
    // "… in Hanoi. VNA" and "VNS Lâm Khánh": the agency sits next to the slash, the rest is caption or photographer.
    const known = knownOutlet(part.trim()) ?? knownOutlet(words[0] ?? "") ?? knownOutlet(words.at(-1) ?? "");
    if (known) outlet = known;
  }
  return outlet;
}

// A credit in capitals glued to the story's first word, no space between: "… in Hanoi yesterday. STPMPrime Minister …".
// The tag is the capitals before the last one, which opens a capitalised word.
const GLUED_CAPS_CREDIT = /^(.{20,400}?[.!?]["'’”)]?)\s+(\p{Lu}{2,8}?)(?=\p{Lu}\p{Ll}{2,})/u;
// A bracketed credit closing the caption, the story's first word against its bracket: "… on Monday. (Kyodo)Japan and …".
// Prose leaves a space after a closing bracket, so the touching capital marks where the story begins.
const GLUED_BRACKET_CREDIT = /^(.{20,400}?[.!?]["'’”]?\s*\((\p{Lu}[^()]{1,40})\))(?=\p{Lu})/u;
// A dashed agency credit closing the caption, glued to the story's own bracketed agency tag: "… in Hanoi. --KPL(KPL)
// Prime Minister …". The story keeps its tag, which the dateline reader takes as its source. The tag may follow the
// dateline's place in title case and close on its own dash: "… province. –KPLSam Neua (KPL) – Laos …".
const GLUED_DASH_CREDIT =
  /^(.{20,400}?[.!?]["'’”)]?)\s*(?:--|[–—])\s*(\p{Lu}{2,8})(?=(?:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}\s*)?\(\p{Lu}{2,8}\)\s*(?:(?:--|[–—-])\s*)?\p{Lu})/u;
// A paper's initials, a slash and its photographer closing the caption, the name's last word glued to the story's
// first: "… on Sunday. HT/Dara SokPrime Minister …". Each name word opens on a capital and goes on in lower case, so
// the glue is the one place a lower-case letter runs into a capital that opens a word.
const GLUED_SLASH_CREDIT =
  /^(.{20,400}?[.!?]["'’”)]?)\s+(\p{Lu}{2,8}\s*\/\s*(?:\p{Lu}\p{Ll}+\s+){0,3}\p{Lu}\p{Ll}{2,}?)(?=\p{Lu}\p{Ll}{2,}[\s,])/u;

/**
 * A caption above the story, closed by a credit in capitals glued to the story's first sentence: the caption with
 * its credit, and the story. Null when the line holds no such credit, or when the capitals belong to one word with
 * what follows ("JPMorgan", "VNExpress"), which `isWord` tells.
 */
export function splitGluedCredit(
  line: string,
  isWord: (word: string) => boolean,
): { caption: string; credit: string; rest: string } | null {
  const dashed = GLUED_DASH_CREDIT.exec(line);
  if (dashed) return { caption: dashed[1] as string, credit: dashed[2] as string, rest: line.slice(dashed[0].length) };
  const bracketed = GLUED_BRACKET_CREDIT.exec(line);
  if (bracketed)
    return { caption: bracketed[1] as string, credit: bracketed[2] as string, rest: line.slice(bracketed[0].length) };
  const slashed = line.includes("/") ? GLUED_SLASH_CREDIT.exec(line) : null;
  if (slashed)
    return {
      caption: `${slashed[1]} ${slashed[2]}`,
      credit: slashed[2] as string,
      rest: line.slice(slashed[0].length),
    };
  const match = GLUED_CAPS_CREDIT.exec(line);
  if (!match) return null;
  const credit = match[2] as string;
  const rest = line.slice(match[0].length);
  const glued = credit + (rest.split(/\s/)[0] ?? "");
  if (isWord(glued.replace(/[^\p{L}]+$/u, ""))) return null;
  return { caption: `${match[1]} ${credit}`, credit, rest };
}

// "… shake hands at the Presidential Palace in Hanoi, May 23, 2016.": a photo's caption closes on its place and full
// date; the story's own sentences say "on Monday" or "on May 23".
const PLACE_DATE_END = new RegExp(
  String.raw`\b(?:in|at|near|outside)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3},\s+(?:${monthNamePatternAnyCase})\.?\s+\d{1,2},\s+\d{4}\.?$`,
  "u",
);
const MAX_DATED_CAPTION_WORDS = 45;
// Reported speech or a quote makes the line the story's.
const SPEECH = /["“”]|\b(?:said|says|told|stated|added|noted|stressed|according to)\b/u;

/** A caption without a credit that ends on a place and a full date, with no speech in it, as AP and VOA write them. */
export function isPlaceDatedCaption(line: string): boolean {
  // Most lines do not end on a year: they are ruled out before any word is counted.
  return (
    /\d{4}\.?$/.test(line) &&
    PLACE_DATE_END.test(line) &&
    line.split(" ").length <= MAX_DATED_CAPTION_WORDS &&
    !SPEECH.test(line)
  );
}

const nameParticles = new Set(data.nameParticles);
// The names, the word joining them to the occasion, and the occasion up to a colon or the closing stop:
// "Cuong and Boric at La Moneda: …", "… and Prime Minister of Viet Nam H E Pham Minh Chinh during the talks.".
const NAMES_AT_OCCASION = new RegExp(
  `^([^,;:!?"“”]{3,200}?)\\s(?:${alternation(data.occasionWords)})\\s+(?![\\d])([^;:!?."“”]{2,100}?)(?:\\.|:\\s.*)$`,
  "u",
);
// "at the Presidential Palace in Hanoi, Vietnam, on Monday": a place, its country and a day.
const MAX_OCCASION_WORDS = 12;
// The amount a figure box writes after its label: digits, or a currency sign or code and digits ("US$ 9.2 bn", "+3%").
const FIGURE_AFTER_COLON =
  /^[^:]*:\s+(?:about\s+|approximately\s+|nearly\s+|over\s+)?(?:[A-Z]{2,3}\$?\s?|[$€£¥+−-])?\d/u;
const MIN_CAPTION_NAMES = 2;

/**
 * A photo's caption of names and an occasion with no verb: "X and Y during the talks.", "X and Y at La Moneda: …".
 * Every word before the occasion is capitalised or a particle of a name or title ("of", "and", "bin"), with at least
 * two names' words; a sentence of news has a verb there. A headline of that shape stops on no full stop.
 */
export function isNamesAtOccasion(line: string, unstopped = false): boolean {
  // Between the headline and the lead a caption may stand without its stop: read it as if it had one.
  const read = unstopped && !/[.!?:;,"'”’)\]…]$/u.test(line) ? `${line}.` : line;
  if (read.length > 400 || !(read.endsWith(".") || read.includes(": "))) return false;
  const match = NAMES_AT_OCCASION.exec(read);
  if (!match) return false;
  // "Dutch FDI in Viet Nam: USD 9.2 bn, 292 valid projects": a figure right after the colon makes a key-figures line,
  // a label and its amount; a caption's colon opens words about the picture.
  if (FIGURE_AFTER_COLON.test(read.slice((match[1]?.length ?? 0) + 1))) return false;
  const names = (match[1] ?? "").split(" ");
  const occasion = (match[2] ?? "").split(" ");
  if (occasion.length > MAX_OCCASION_WORDS) return false;
  // The occasion is a place or an event, never a clause: "during the talks", "at the Government Palace on Friday".
  if (occasion.some((word) => /^(?:is|are|was|were|has|have|had|will|would|said|says|told)$/u.test(word))) return false;
  let capitalised = 0;
  for (const word of names) {
    if (/^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\((?:[LRC]|left|right|centre|center)\))$/u.test(word)) capitalised++;
    else if (!nameParticles.has(word)) return false;
  }
  return capitalised >= MIN_CAPTION_NAMES && /^\p{Lu}/u.test(names[0] ?? "");
}

// "… sign the minutes in Phnom Penh yesterday. Pha Lina", "… in Nairobi on Friday. | Evans Habil | Nation Media Group":
// after the caption's last stop, its photographer's bare name, or credits between bars. A story's sentence never ends
// on a name with no stop of its own; a sign-off naming an outlet is the sign-off reader's.
const TAIL_AFTER_LAST_STOP = /([.!?]["'’”)]?)\s+\|?\s*([^.!?"“”|][^.!?"“”]{2,100})$/u;
// The credit is read from the line's last characters only: a story's paragraph is never scanned whole.
const MAX_TAIL_SPAN = 110;
const MIN_NAMED_CAPTION = 20;
const MAX_NAMED_CAPTION_WORDS = 60;
const SCENE_ALONE = { aboveStory: true, nextToPicture: () => false };
// A lower-case word of two letters will do ("… look on."): the abbreviations it guards against ("Gen.", "E.") open on
// a capital or are one letter.
const SENTENCE_CLOSE = /(?:(?<!\p{L})\p{Ll}{2}|\p{Ll}{3,}|\d)[.!?]["'’”)]?$/u;

/** A caption closed by its photographer's name, bare or between bars, with no reported speech before it. */
export function isNamedCreditCaption(line: string): boolean {
  // A name closes the line on a letter; a story's paragraph closes on its stop or quote mark.
  if (line.length > MAX_CREDITED_CAPTION || !/\p{L}$/u.test(line)) return false;
  const end = line.slice(-MAX_TAIL_SPAN);
  const match = TAIL_AFTER_LAST_STOP.exec(end);
  if (!match) return false;
  const caption = line.slice(0, line.length - match[0].length) + (match[1] ?? "");
  if (caption.length < MIN_NAMED_CAPTION) return false;
  // The stop ends a sentence, not an initial or a title's abbreviation ("Leon E. Panetta", "Gen. Phung Quang Thanh").
  if (!SENTENCE_CLOSE.test(caption)) return false;
  const parts = (match[2] ?? "")
    .split("|")
    .map((part) => part.trim())
    .filter(Boolean);
  return (
    parts.length > 0 &&
    parts.length <= 3 &&
    // A name in capitals closes a wire story too ("… met the minister. PTI ABC XYZ"): in capitals, the name counts
    // only after a sentence that reads as a caption by itself.
    parts.some(
      (part) =>
        (isPersonName(part) && (/\p{Ll}/u.test(part) || isSceneCaption(caption, SCENE_ALONE))) ||
        isPictureDesk(part) ||
        isSlashedWireCredit(part),
    ) &&
    parts.every(
      (part) =>
        isPersonName(part) || knownOutlet(part) !== null || isCapitalisedName(part) || isSlashedWireCredit(part),
    ) &&
    caption.split(" ").length <= MAX_NAMED_CAPTION_WORDS &&
    !SPEECH.test(caption)
  );
}

// "POOL / VIA KYODO", "JOHN DOE / REUTERS": a credit after the caption's bar whose pieces, split by slashes, are
// capitalised names or "via" a listed outlet, at least one a listed outlet.
const SLASH_PIECES = /\s*\/\s*/u;
const VIA_PIECE = /^via\s+/iu;
function isSlashedWireCredit(part: string): boolean {
  if (!part.includes("/")) return false;
  const pieces = part.split(SLASH_PIECES);
  return (
    pieces.length <= 3 &&
    pieces.every((piece) => isCapitalisedName(piece.replace(VIA_PIECE, ""))) &&
    pieces.some((piece) => knownOutlet(piece.replace(VIA_PIECE, "")) !== null)
  );
}

// "Nation Media Group", "Pool": the credited desk or paper, a few capitalised words.
function isCapitalisedName(part: string): boolean {
  return /^\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}$/u.test(part);
}

// "Presidential Photo Bureau", "Palace Photo Division": a government's or a paper's picture desk, named by its picture
// word; a story's sentence never closes on one after its stop.
const PICTURE_DESK_WORD = /\b(?:Photo|Photos|Pictures|Images)\b/u;
function isPictureDesk(part: string): boolean {
  return isCapitalisedName(part) && PICTURE_DESK_WORD.test(part) && part.split(" ").length > 1;
}

const sceneVerbForms = new Set(
  data.sceneVerbs.flatMap((verb) => {
    const esForm = /(?:s|sh|ch|x|z)$/.test(verb)
      ? `${verb}es`
      : /[^aeiou]y$/.test(verb)
        ? `${verb.slice(0, -1)}ies`
        : `${verb}s`;
    return [verb, esForm];
  }),
);
// What makes the verb's form an infinitive ("agreed to sign", "will meet") or a noun ("held talks", "a state visit").
const NOT_PRESENT_BEFORE = new Set(data.notSceneVerbBefore);
const POSITION_MARKER = new RegExp(`\\((?:${alternation(data.positionMarkers)})\\)`, "u");
// A caption tells the day of a past scene in the present: "… in Vientiane on Monday.", "… yesterday.", "… on Jul 24.",
// "… on 24 July 2016.".
const MONTH = `(?:${monthNamePatternCapitalised})\\.?`;
const SCENE_TIME_END = new RegExp(
  String.raw`\b(?:yesterday|today|this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week|month)` +
    String.raw`|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:,?\s+\p{L}+\.?\s+\d{1,2}(?:,\s+\d{4})?)?` +
    String.raw`|on\s+(?:${MONTH}\s+\d{1,2}(?:,\s+\d{4})?|\d{1,2}\s+${MONTH}(?:\s+\d{4})?))\.$`,
  "u",
);
// A second sentence inside the line: a stop, a space and a capital.
const INNER_SENTENCE = /[.!?]["'’”)]?\s+["“'‘(]?\p{Lu}/u;
const MAX_SCENE_WORDS = 45;
const GLUED_STOP = /\p{Ll}[.!?](?=\p{Lu}\p{Ll})/u;
const MAX_UNSTOPPED_CAPTION = 160;
// "… on MondayHANOI – …": a caption run into the lead's dateline with no space.
const GLUED_CAPITALS = /\p{Ll}\p{Lu}{2,}/u;
const SCENE_VERB_WINDOW = 30;

// A story's lead tells the day in the past or the perfect ("have agreed", "was elected", "held talks"): a word of
// that kind before the scene's verb makes the line a sentence of news, and "talks", "visit" after it are nouns.
const NEWS_TENSE = /\b(?:have|has|had|was|were|will|would|been|did)\b/u;
const PAST_FORM = /^\p{Ll}[\p{Ll}-]*ed$/u;
const irregularPasts = new Set(data.irregularPasts);

function hasPresentSceneVerb(line: string, words: readonly string[]): boolean {
  if (NEWS_TENSE.test(line)) return false;
  const end = Math.min(words.length, SCENE_VERB_WINDOW);
  for (let i = 1; i < end; i++) {
    const word = words[i] ?? "";
    if (PAST_FORM.test(word) || irregularPasts.has(word)) return false;
    if (sceneVerbForms.has(word) && !NOT_PRESENT_BEFORE.has((words[i - 1] ?? "").toLowerCase())) return true;
  }
  return false;
}

/**
 * A photo's caption with no label or credit: one sentence, no speech, that says where people stand in the picture
 * ("X (left) and Y …"), or tells a past day's scene in the present tense ("Leaders … pose for a photo … on
 * Thursday."), the latter only above the story's lead. Beside a photo's credit line (`nextToPicture`) the present
 * tense alone will do. The caller checks that story comes after the line.
 */
export function isSceneCaption(line: string, place: { aboveStory: boolean; nextToPicture: () => boolean }): boolean {
  if (line.length > MAX_CREDITED_CAPTION || SPEECH.test(line)) return false;
  // A caption may be names and where they stand with no stop: "X (L) with his counterpart Y", above the lead or
  // between the story's paragraphs ("X (right) and Y at the talks"), where no crosshead says where anyone stands.
  const stopped = /[.!?]$/.test(line);
  // Such a caption is a name line, never a paragraph: a long unstopped line may be a caption glued to the lead.
  const nameLine = line.length <= MAX_UNSTOPPED_CAPTION && !GLUED_CAPITALS.test(line);
  if (!stopped && !(nameLine && line.includes("(") && POSITION_MARKER.test(line))) return false;
  // "… on Tuesday.Foreign Minister …": a stop touching a capitalised word is a caption run into the story, which the
  // story loop splits; the line as a whole is no caption.
  if (INNER_SENTENCE.test(line.slice(0, -1)) || GLUED_STOP.test(line)) return false;
  const words = line.split(" ");
  if (words.length > MAX_SCENE_WORDS || !/^\p{Lu}/u.test(line)) return false;
  if (line.includes("(") && POSITION_MARKER.test(line)) return true;
  if (!hasPresentSceneVerb(line, words)) return false;
  // Inside the story a sentence in the present may tell what is to come ("The ministers meet again on Friday."): a
  // scene there is a caption only with both marks, its past day and a photo's credit line beside it.
  if (!place.aboveStory) return SCENE_TIME_END.test(line) && place.nextToPicture();
  return SCENE_TIME_END.test(line) || place.nextToPicture();
}

// A caption run into the story's first sentence with no space after its bracketed credit: "… of Vietnam (27, Prime
// Minister's Office)Prime Minister …", "… on the 11th. [Presidential Office Photo Reporters Group](Seoul=Yonhap …".
// A closing bracket touching a capital or an opening bracket is no typesetting of prose: two text nodes the page
// set apart (the picture's caption, then the story) lost their break.
// "… in Hanoi (Pool photo)[Hanoi Jiji] Prime Minister …": the story may open on a dateline tag in square or lenticular
// brackets, which touches the caption's credit the same way.
const BRACKET_GLUE = /[)\]](?=[\p{Lu}([【])/gu;
const MAX_GLUED_CAPTION_HEAD = 400;
const MIN_GLUED_CAPTION_WORDS = 6;
// The caption closes on its bracketed credit: a photographer, a pool, an office, a day.
const CLOSING_BRACKET_GROUP = /\s[([][^()[\]]{2,60}[)\]]$/u;

// A caption may quote a name ('the survey ship "Ocean Geology 8"'); a quotation of more words is someone's speech,
// which no caption glued by its credit holds.
const QUOTED_SPAN = /["“]([^"“”]*)["”]?/gu;
const MAX_QUOTED_NAME_WORDS = 4;

function quotesWords(text: string): boolean {
  if (!/["“”]/u.test(text)) return false;
  for (const quoted of text.matchAll(QUOTED_SPAN)) {
    if ((quoted[1] ?? "").trim().split(/\s+/u).length > MAX_QUOTED_NAME_WORDS) return true;
  }
  // A lone closing mark ends a quotation opened before the caption's start.
  return /^[^"“]*”/u.test(text);
}

/**
 * A picture's caption glued to the story's first paragraph by its closing bracket: the caption (its credit in
 * brackets last) and the story after it. The caption names the story's people, so most of its words recur in the
 * story. Null when the paragraph opens on no such glue. `isDateline` keeps "HANOI (VNA)President …" whole: a
 * dateline glued to its sentence is the dateline reader's.
 */
export function splitBracketGluedCaption(
  paragraph: string,
  isDateline: (head: string) => boolean,
  echoed: (head: string, rest: string) => boolean,
): { caption: string; rest: string } | null {
  return gluedSplit(
    paragraph,
    BRACKET_GLUE,
    (caption) => CLOSING_BRACKET_GROUP.test(caption) && !quotesWords(caption) && !isDateline(caption),
    echoed,
  );
}

/**
 * The first place a glue mark (one past its character) parts a caption that fits from a story that echoes it, both of
 * at least a few words: the caption and the story. Null when none does.
 */
function gluedSplit(
  paragraph: string,
  glues: RegExp,
  fits: (caption: string) => boolean,
  echoed: (head: string, rest: string) => boolean,
): { caption: string; rest: string } | null {
  const head = paragraph.slice(0, MAX_GLUED_CAPTION_HEAD);
  for (const glue of head.matchAll(glues)) {
    const at = glue.index + 1;
    const caption = paragraph.slice(0, at);
    const rest = paragraph.slice(at);
    if (caption.split(/\s+/u).length < MIN_GLUED_CAPTION_WORDS || !fits(caption)) continue;
    if (rest.split(/\s+/u).length < MIN_GLUED_CAPTION_WORDS || !echoed(caption, rest)) continue;
    return { caption, rest };
  }
  return null;
}

// "X (R) and his counterpart Y at the talks in Hanoi on September 11.Prime Minister X and …": a caption that says where
// people stand run into the story's first sentence with no space after its stop. A stop touching a word's capital is no
// typesetting of prose: the picture's caption and the story lost their break.
const STOP_GLUE = /[.!?](?=\p{Lu}\p{Ll})/gu;

/** A caption with a position marker glued by its stop to the story's first sentence, which names its people. */
export function splitStopGluedCaption(
  paragraph: string,
  echoed: (head: string, rest: string) => boolean,
): { caption: string; rest: string } | null {
  return gluedSplit(
    paragraph,
    STOP_GLUE,
    (caption) => POSITION_MARKER.test(caption) && !SPEECH.test(caption) && !INNER_SENTENCE.test(caption.slice(0, -1)),
    echoed,
  );
}

// "… broke down.Photo: Name/Paper PostLeaders met …": a caption, its labelled credit and the story's first sentence run
// together with no space. A stop touching a credit's label is no prose; the credit ends where a word's lower-case
// letters touch the capitalised word that opens the story ("McLean" keeps its capital: two letters are no word).
const LABEL_GLUED_CAPTION = new RegExp(
  String.raw`^([^\n]{20,400}?[.!?]["'’”)]?)((?:${credit})\s*:\s*[^.!?:\n]{2,60}?\p{Ll}{3})(?=\p{Lu}\p{Ll}{2,}[\s,])`,
  "u",
);
const MIN_LABEL_GLUED_STORY_WORDS = 8;

/** A caption and its labelled credit glued to the story that follows: the caption with its credit, and the story. */
export function splitLabelGluedCaption(paragraph: string): { caption: string; rest: string } | null {
  const match = LABEL_GLUED_CAPTION.exec(paragraph);
  if (!match) return null;
  const rest = paragraph.slice(match[0].length);
  if (rest.split(/\s+/u).length < MIN_LABEL_GLUED_STORY_WORDS) return null;
  return { caption: `${match[1]} ${match[2]}`, rest };
}

// "<Name> receives a guard of honour at the Presidential Palace", "<Name> was welcomed with military honours …": the
// picture of a welcome ceremony. A story tells of the ceremony in a sentence with its stop; the caption stands without
// one, or closes on its source in brackets.
const CEREMONY = new RegExp(`\\b(?:${alternation(data.ceremonyPhrases)})\\b`, "iu");
const BRACKETED_SOURCE_END = /\s*\((?:source|photo|image|credit)s?\s*:[^()]{1,60}\)$/iu;
const MAX_CEREMONY_CAPTION_WORDS = 25;

/** A caption of a welcome ceremony: one unstopped line, or one sentence closed on its bracketed source. */
export function isCeremonyCaption(line: string): boolean {
  // the source closes on ")": other lines are spared the pattern's search from every position
  const credited = line.endsWith(")") && BRACKETED_SOURCE_END.test(line);
  const text = credited ? line.replace(BRACKETED_SOURCE_END, "") : line;
  if ((!credited && /[.!?:;,"”’)\]]$/u.test(text)) || text.split(" ").length > MAX_CEREMONY_CAPTION_WORDS) return false;
  return !INNER_SENTENCE.test(text.slice(0, -1)) && !SPEECH.test(text) && CEREMONY.test(text);
}
