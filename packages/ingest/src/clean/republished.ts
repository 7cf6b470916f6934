import { z } from "zod";
import { knownOutlet } from "../metadata/outlets.js";
import { readCacheDate } from "./boilerplate.js";
import { isSceneCaption } from "./captions.js";
import republishedJson from "./data/republished.json" with { type: "json" };
import { alternation, anyPattern } from "./patterns.js";
import type { NoiseKind } from "./types.js";
import { isWirePhotoCaption } from "./wire-photo-captions.js";

const Phrases = z.array(z.string().min(1)).min(1);
const Republished = z.object({
  linePatterns: Phrases,
  greetingPatterns: Phrases,
  signOffPatterns: Phrases,
  maxNoteLines: z.number().int().positive(),
  selfDescriptionVerbs: Phrases,
  selfDescriptionNouns: Phrases,
  fileCreditWords: Phrases,
  photoCreditTails: Phrases,
});
const data = Republished.parse(republishedJson);

const LINE_PATTERN = anyPattern(data.linePatterns, "iu");
const GREETING = anyPattern(data.greetingPatterns, "iu");
const SIGN_OFF = anyPattern(data.signOffPatterns, "iu");
const MAX_LINE = 500;

// "BERNAMA provides up-to-date authentic and comprehensive news …": an outlet's own name, its verb, then within a
// few words what it provides. The name is told apart from a story's subject by being a known outlet or in capitals.
const SELF_DESCRIPTION = new RegExp(
  `^(\\S.{0,40}?)\\s+(?:${alternation(data.selfDescriptionVerbs)})\\s+(?:[^\\s.!?]+\\s+){0,8}?(?:${alternation(data.selfDescriptionNouns)})\\b`,
  "iu",
);
const MAX_SELF_DESCRIPTION = 500;

function isSelfDescription(line: string): boolean {
  if (line.length > MAX_SELF_DESCRIPTION) return false;
  const name = SELF_DESCRIPTION.exec(line)?.[1];
  if (!name) return false;
  const capitals = /\p{Lu}{2}/u.test(name) && name === name.toUpperCase();
  return capitals || knownOutlet(name) !== null;
}

/**
 * A whole line a republished copy adds around the story: a converter's banner, a document site's uploader line, an
 * e-mail briefing's link to its agency and its subscription footer, an outlet's description of itself.
 * @example isRepublishedFurniture("Read more (Reuters) →") // => true
 */
export function isRepublishedFurniture(line: string): boolean {
  return line.length <= MAX_LINE && (LINE_PATTERN.test(line) || isSelfDescription(line));
}

// "(AFP files) <caption>", "(Reuters file photo) <caption>": a photo's credit in brackets opening its caption. An agency
// or outlet's name of a few capitalised words, then a word that makes it a picture's credit.
const FILE_CREDIT_OPENER = new RegExp(
  `^\\((\\p{Lu}[\\p{L}.&'’-]{1,20}(?:\\s\\p{Lu}[\\p{L}.&'’-]{1,20}){0,2})(?:\\s*/\\s*[^()]{1,30})?\\s+(?:${alternation(data.fileCreditWords)})\\)\\s+\\p{Lu}`,
  "u",
);
const MAX_CAPTION = 400;
// "… on the 27th = Representative photo": the credit after an equals sign, which no sentence of prose sets.
const EQUALS_CREDIT = new RegExp(
  `\\s[=＝]\\s*(?:${alternation(data.photoCreditTails)})(?:\\s+by\\s+[^=]{2,40})?$`,
  "iu",
);
// A run of four or more dots, or two or more ellipses, closing a paragraph: where an aggregator cut the text short.
const TRUNCATION_MARK = /\s+(?:\.{4,}|…{2,}|(?:\.\s){3,}\.)\s*$/u;
// A caption run onto the end of a paragraph with no space after its last stop ("… in 2017.Comrade X welcomes Y at the
// Presidential Palace."): two text nodes the page set apart lost their break. Only the last sentence is read.
const GLUED_LAST_SENTENCE = /(?<=[\p{Ll}\d%)]|[\p{Ll}\d%)]["”’])[.!?]["”’]?(\p{Lu}[^.!?"“”]{15,300}\.)$/u;
// The same, tried only where it can start: its caption holds no stop, so its own stop is the line's last before the
// closing ".", and a line not closing on "." holds none (searched from every position, it cost each line of a page).
const GLUED_LAST_SENTENCE_AT = new RegExp(GLUED_LAST_SENTENCE.source, "uy");
// ".", "!", "?"
const STOPS = new Set([0x2e, 0x21, 0x3f]);

function gluedLastSentence(line: string): RegExpExecArray | null {
  const end = line.length - 1;
  if (line.charCodeAt(end) !== 0x2e) return null;
  let at = end - 1;
  while (at >= 0 && !STOPS.has(line.charCodeAt(at))) at--;
  if (at < 0) return null;
  GLUED_LAST_SENTENCE_AT.lastIndex = at;
  return GLUED_LAST_SENTENCE_AT.exec(line);
}

// TRUNCATION_MARK closes on ".." or "……" or ". .", spaces aside: most lines are ruled out by their last two characters.
function mayCloseOnTruncation(line: string): boolean {
  const trimmed = line.trimEnd();
  const last = trimmed.at(-1);
  const before = trimmed.at(-2) ?? "";
  return (last === "." && (before === "." || /\s/.test(before))) || (last === "…" && before === "…");
}
const SCENE_BY_PICTURE = { aboveStory: true, nextToPicture: () => true };

export interface CopyNoise {
  kind: NoiseKind;
  text: string;
}

/**
 * What a republished copy wraps into a line of the story: a cache mirror's date opening it anywhere on the page
 * ("date 2020-10-26 VGP - …"), a truncation mark closing it, a present-tense caption glued after its last stop. A whole
 * line of furniture, or a caption that opens on a bracketed credit or closes on an "= … photo" credit, is removed
 * whole. Returns the line left (empty when the whole line goes) and what was taken out.
 */
export function withoutCopyWrappers(line: string): { kept: string; removed: CopyNoise[] } {
  if (isRepublishedFurniture(line)) return { kept: "", removed: [{ kind: "boilerplate", text: line }] };
  if (
    line.length <= MAX_CAPTION &&
    (FILE_CREDIT_OPENER.test(line) || EQUALS_CREDIT.test(line) || isWirePhotoCaption(line))
  )
    return { kept: "", removed: [{ kind: "caption", text: line }] };
  const removed: CopyNoise[] = [];
  let kept = line;
  const cached = readCacheDate(kept);
  if (cached?.rest.trim()) {
    removed.push({ kind: "dateline", text: cached.date });
    kept = cached.rest.trim();
  }
  const cut = mayCloseOnTruncation(kept) ? TRUNCATION_MARK.exec(kept) : null;
  if (cut && cut.index > 0) {
    removed.push({ kind: "boilerplate", text: cut[0].trim() });
    kept = kept.slice(0, cut.index);
  }
  const glued = gluedLastSentence(kept);
  const caption = glued?.[1];
  if (glued && caption && isSceneCaption(caption, SCENE_BY_PICTURE)) {
    removed.push({ kind: "caption", text: caption });
    kept = kept.slice(0, glued.index + glued[0].length - caption.length);
  }
  return { kept, removed };
}

/**
 * The lines of a newsletter editors' note set above the story: a greeting ("Hello readers,"), a few lines, then the
 * editors' sign-off ("— The editors"). Without its sign-off within maxNoteLines the greeting is left alone.
 */
export function editorsNoteLines(lines: readonly string[]): Set<number> {
  const note = new Set<number>();
  for (const [at, line] of lines.entries()) {
    if (!GREETING.test(line.trim())) continue;
    for (let k = at + 1; k <= at + data.maxNoteLines + 1 && k < lines.length; k++) {
      if (!SIGN_OFF.test((lines[k] ?? "").trim())) continue;
      for (let n = at; n <= k; n++) note.add(n);
      break;
    }
  }
  return note;
}
