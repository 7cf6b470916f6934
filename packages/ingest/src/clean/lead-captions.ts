import { readDateline } from "./datelines.js";
import { echoes } from "./story-model.js";
import { isSubstantial } from "./title.js";

// A caption set at the story's lead (issue 11): glued to the lead's dateline with no space, or set over it saying what
// the lead says; either way the page's, not the story's.

// A caption's last word glued to the story's dateline: "… ANTARA/Rizky WardhanaJakarta (ANTARA) - …".
// Or its closing stop glued to it: "… Giulio Terzi di Sant'Agata.Hanoi (VNA) – …".
// Or a caption closing on its date or a word, glued to a dateline in capitals: "… Washington, Nov. 13, 2023.WHITE
// HOUSE — …", "… after the talks on Saturday.HANOI : …".
const LOWER_UPPER = /\p{Ll}(?=\p{Lu})|\p{Ll}[.!?](?=\p{Lu}\p{Ll})|[\p{Ll}\d][.!?](?=\p{Lu}{2,})/gu;
const STOP_GLUED = /[\p{Ll}\d][.!?]$/u;
// The caption closes a sentence, then at most a credit, before the glue.
const CAPTION_STOP = /[.!?)]["'’”]?\s+[^.!?]{0,60}$/u;
const MAX_GLUED_HEAD = 400;
// A caption over the lead runs to a dozen words at least: shorter lines there are headlines and labels.
const MIN_CAPTION_WORDS_BEFORE_LEAD = 12;
const MAX_CAPTION_WORDS_BEFORE_LEAD = 60;
// A caption ends as a sentence, or on its credit after one: "… on Tuesday. — SPA", "… on Tuesday. (Reuters)".
const CAPTION_END = /[.!?]["'’”)]?(?:\s*(?:[-–—]\s*[^\s.!?][^.!?]{0,30}|\([^()]{1,30}\)))?$/u;

/**
 * A caption glued to the story's first paragraph with no space, the story opening on its dateline: the caption, and
 * the story from its dateline. Null when no dateline opens right after a lower-case letter run into a capital.
 */
export function splitGluedCaption(line: string): { caption: string; rest: string } | null {
  const head = line.slice(0, MAX_GLUED_HEAD);
  for (const glue of head.matchAll(LOWER_UPPER)) {
    const at = glue.index + glue[0].length;
    const caption = line.slice(0, at);
    if (!CAPTION_STOP.test(caption) && !STOP_GLUED.test(caption)) continue;
    const rest = line.slice(at);
    const dateline = readDateline(rest.slice(0, 200));
    if (dateline && (dateline.outlet || dateline.place) && isSubstantial(rest)) return { caption, rest };
  }
  return null;
}

// A caption names the story's people and places: two of its capitalised names, or most of its words, recur below.
const CAPITALISED_NAME = /\p{Lu}[\p{L}\p{M}'’-]{2,}/gu;
const MIN_SHARED_NAMES = 2;

export function sharesNames(caption: string, story: string): boolean {
  if (echoes(caption, story)) return true;
  const names = new Set([...caption.matchAll(CAPITALISED_NAME)].map(([name]) => name));
  const storyNames = new Set([...story.matchAll(CAPITALISED_NAME)].map(([name]) => name));
  let shared = 0;
  for (const name of names) if (storyNames.has(name)) shared++;
  return shared >= MIN_SHARED_NAMES;
}

/**
 * A caption above the story that says what its first paragraph says ("… receives … at the palace on Tuesday. — SPA"
 * over "RIYADH (SPA) — … received … at the palace on Tuesday, …"): a sentence or a credited line, not a headline.
 */
export function isCaptionOverLead(line: string, next: string | undefined): boolean {
  if (!next || !isSubstantial(next) || isSubstantial(line) || !CAPTION_END.test(line)) return false;
  const words = line.split(/\s+/).length;
  if (words < MIN_CAPTION_WORDS_BEFORE_LEAD || words > MAX_CAPTION_WORDS_BEFORE_LEAD) return false;
  return echoes(line, next);
}

// "<Title> <Name> and <Title> <Name> at the signing in London" over "<Title> <Name> today signed …": a caption set as
// a bare line, no stop and no credit, that places the story's people at its event. It is mostly names and titles in
// capitals, its small words no more than half of them; a standfirst is a sentence in lower case, a headline is short.
const AT_EVENT = /\s(?:at|during)\s(?:the|a|an|their|his|her)\s/u;
const LOWER_WORD = /^\p{Ll}/u;
const MAX_BARE_CAPTION_WORDS = 40;
const BARE_CAPTION_END = /[\p{L}\d]$/u;

export function isBareCaptionOverLead(line: string, next: string | undefined): boolean {
  if (!next || !BARE_CAPTION_END.test(line) || !AT_EVENT.test(line) || !isSubstantial(next)) return false;
  const words = line.split(/\s+/);
  if (words.length < MIN_CAPTION_WORDS_BEFORE_LEAD || words.length > MAX_BARE_CAPTION_WORDS) return false;
  const lower = words.filter((word) => LOWER_WORD.test(word)).length;
  if (lower * 2 > words.length) return false;
  return sharesNames(line, next);
}
