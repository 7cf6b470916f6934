import { knownOutlet } from "../metadata/outlets.js";
import { countryCode } from "./countries.js";
import quoteJson from "./data/quotes.json" with { type: "json" };
import { fold } from "./fold.js";
import { findPlaces } from "./gazetteer.js";
import { isTitleWord, type Person, readCanonicalName, titles } from "./people.js";
import { splitSentences } from "./sentences.js";

// 'SECRETARY PANETTA: Thank you.', 'Minister Son: The rail link …', 'Ned Price (00:04):': a transcript's turn opens its
// paragraph with the speaker's label (capitalised words, perhaps a timestamp) and a colon, the words after it unmarked.
// Broadcast transcripts add the speaker's office after a comma and a note in brackets ('BARACK OBAMA, PRESIDENT OF THE
// UNITED STATES:', 'President Quang (through interpreter):', 'Gen. Sec. Trong (via interpreter):'): the name is the
// words before the comma; the office words are capitalised or joiners, never a clause. Some offices write the office
// first, with its state ('President of Russia Vladimir Putin:') or its wing in brackets and the name after a comma
// ('Secretary (East), Smt. Preeti Saran:', 'Official Spokesperson, Shri Vikas Swarup:'): the words after the comma are
// kept (group 2) so a name there can be read too. Group 3 is the turn's words on the label's line.
export const TURN_LABEL =
  /^\s*((?:[\p{Lu}][\p{L}.'’-]*\s+(?:(?:of|the)\s+){0,2}){0,6}[\p{Lu}][\p{L}.'’-]*)(?:\s*\([^()]{1,20}\))?(?:\s*,\s*((?:(?:[\p{Lu}\d][\p{L}.'’&-]*|of|the|for|and|on|to|in)\s*){1,9}))?\s*(?:\(\s*[^()]{1,40}\)\s*)?:(?:\s+(.*))?$/su;
// '[13:01:12] ', '00:00:09 ', '00:33 ': a recording's clock before a paragraph, not part of its words.
export const TURN_CLOCK = /^\s*[[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+(?=\S)/u;

const QUESTION_LABELS = new Set(quoteJson.questionLabels.map((w) => fold(w)));
const ANSWER_LABELS = new Set(quoteJson.answerLabels.map((w) => fold(w)));
const HONORIFICS = new Set(quoteJson.turnHonorifics.map((w) => fold(w)));
const STYLES = new Set(titles.honorifics.filter((h) => !/\s/.test(h)).map((h) => fold(h.replace(/\.$/, ""))));
// 'HOST MARGARET LIM:', 'AUDIE CORNISH, HOST:': a programme's role written in a label, never part of the name.
export const PROGRAMME_ROLES = new Set(quoteJson.programmeRoles.map((w) => fold(w)));
// 'DER SPIEGEL:', 'THE ECONOMIST:': a label opening with an article names a publication asking, not a person.
const ARTICLES = new Set([...quoteJson.labelArticles, ...titles.notNameWords].map((w) => fold(w)));
// A name's word: capitalised letters, perhaps hyphened or with an apostrophe ('Keon-hee', "O'Neill"); no full stops.
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;

/** A turn label read off one paragraph: the words before the colon, the words after a comma in it, the turn's words. */
export interface TurnLabelMatch {
  head: string;
  tail: string | null;
  rest: string;
  /** Offset of the head in the paragraph's text (after any clock). */
  headAt: number;
}

/** The speaker label opening a paragraph, when it has one (a clock before it is skipped). */
export function readTurnLabel(paragraph: string): TurnLabelMatch | null {
  const clock = TURN_CLOCK.exec(paragraph);
  const text = clock ? paragraph.slice(clock[0].length) : paragraph;
  const colon = text.indexOf(":");
  if (colon < 0 || colon > 120) return null;
  const m = TURN_LABEL.exec(text);
  if (!m) return null;
  const head = m[1] ?? "";
  return {
    head,
    tail: m[2]?.trim() || null,
    rest: (m[3] ?? "").trim(),
    headAt: (clock?.[0].length ?? 0) + text.indexOf(head),
  };
}

/** Words of a label that could be a person's full name: two to four name-shaped words, none an office or a style. */
function nameWords(label: string): string[] | null {
  const words = label.trim().split(/\s+/);
  while (words.length > 2 && PROGRAMME_ROLES.has(fold(words[0] as string))) words.shift();
  if (ARTICLES.has(fold(words[0] as string))) return null;
  if (words.length < 2 || words.length > 4) return null;
  for (const w of words) {
    const key = fold(w);
    if (!NAME_WORD.test(w) || isTitleWord(key) || HONORIFICS.has(key) || STYLES.has(key)) return null;
    if (QUESTION_LABELS.has(key) || ANSWER_LABELS.has(key) || countryCode(w)) return null;
  }
  return words;
}

/**
 * People a transcript names only in its speaker labels: a host, a reporter or a guest whose turns are labelled with
 * their full name ('SABRA LANE:', 'AUDIE CORNISH, HOST:', '[00:00:04] Joanne Lim:') while the text introduces them in
 * a shape the people reader does not take ('NPR's Michael Sullivan', a programme's credits) or not at all. A label is
 * read as a person's name only on a page of two labelled turns or more, when it is two to four name-shaped words that
 * no person already read holds, names no place, body or outlet, and is confirmed by the transcript itself: the same
 * label opens another turn, or another turn is labelled by one of its words alone ('CORNISH:', 'Joanne:'). One of its
 * turns must say something rather than ask (an outlet asking twice at a briefing is no person).
 */
export function labelledPeople(body: string, people: readonly Person[]): Person[] {
  const labels: Array<{ head: string; tail: string | null; rest: string; start: number }> = [];
  let pos = 0;
  for (const paragraph of body.split("\n")) {
    const label = paragraph.trim() ? readTurnLabel(paragraph) : null;
    // A turn's words are sentences: 'Join Date: Jan 2014', 'Posts: 1,204' are a forum's or a form's fields.
    const spoken = !label?.rest || (/^[\p{Lu}\d“"‘'«(]/u.test(label.rest) && /(?:[.!?…][”"’'»)]*|,)$/.test(label.rest));
    if (label && spoken) labels.push({ ...label, start: pos + label.headAt });
    pos += paragraph.length + 1;
  }
  if (labels.length < 2) return [];
  const known = new Set(people.flatMap((p) => p.key.split(" ")));
  const heads = labels.map((l) => fold(l.head));
  const out: Person[] = [];
  const byKey = new Map<string, Person>();
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k] as (typeof labels)[number];
    const words = nameWords(l.head);
    if (!words) continue;
    const keys = words.map((w) => fold(w));
    if (keys.some((w) => known.has(w))) continue;
    // Confirmed by another label, or by the name written out in the text ('Our reporter Daniel Mwangi has more').
    const written = new RegExp(`(?<![\\p{L}])${words.join("\\s+")}(?![\\p{L}])`, "iu");
    const confirmed =
      heads.some((h, j) => j !== k && (h === fold(l.head) || keys.includes(h) || h.endsWith(` ${keys.join(" ")}`))) ||
      written.test(body.slice(0, l.start) + " ".repeat(l.head.length) + body.slice(l.start + l.head.length));
    if (!confirmed) continue;
    const own = labels.filter((x) => fold(x.head) === fold(l.head) || keys.includes(fold(x.head)));
    if (!own.some((x) => x.rest && !/\?["”’)]*$/.test(x.rest))) {
      // A label standing alone on its line speaks in the paragraphs after it.
      if (!own.some((x) => !x.rest)) continue;
    }
    if (knownOutlet(l.head) || findPlaces(splitSentences(l.head)).length > 0) continue;
    const name = readCanonicalName(words.join(" "));
    const key = fold(name);
    let person = byKey.get(key);
    if (!person) {
      person = { name, key, roles: [], mentions: [] };
      byKey.set(key, person);
      out.push(person);
    }
  }
  if (out.length === 0) return out;
  // Mentions at the labels, with the sentence each label opens, so offsets stay the body's.
  const sentences = splitSentences(body);
  const sentenceAt = (at: number) => sentences.find((s) => s.start <= at && at < s.end)?.index ?? 0;
  for (const l of labels) {
    const words = nameWords(l.head);
    const person = words && byKey.get(fold(readCanonicalName(words.join(" "))));
    if (!person) continue;
    const at = l.start + l.head.lastIndexOf(words[0] as string);
    const surface = l.head.slice(at - l.start);
    person.mentions.push({ sentenceIndex: sentenceAt(at), start: at, end: at + surface.length, surface });
  }
  return out.filter((p) => p.mentions.length > 0);
}
