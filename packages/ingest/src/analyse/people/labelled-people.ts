// People a transcript names only in its speaker labels ('MR MILLER:'), read from the labels' name words.
import { escapeLiteral } from "../../clean/patterns.js";
import { knownOutlet } from "../../metadata/outlets.js";
import { countryCode } from "../countries.js";
import quoteJson from "../data/quotes.json" with { type: "json" };
import { fold } from "../fold.js";
import { findPlaces } from "../gazetteer.js";
import { type Sentence, splitSentences } from "../sentences.js";
import type { Person } from "./person.js";
import { readCanonicalName } from "./person-names.js";
import { PROGRAMME_ROLES, type SpeakerLabel } from "./speaker-turns.js";
import { isTitleWord, titles } from "./titles.js";

const QUESTION_LABELS = new Set(quoteJson.questionLabels.map((w) => fold(w)));
const ANSWER_LABELS = new Set(quoteJson.answerLabels.map((w) => fold(w)));
const TURN_HONORIFICS = new Set(quoteJson.turnHonorifics.map((w) => fold(w)));
const STYLES = new Set(titles.honorifics.filter((h) => !/\s/.test(h)).map((h) => fold(h.replace(/\.$/, ""))));
// 'DER SPIEGEL:', 'THE ECONOMIST:': a label opening with an article names a publication asking, not a person.
const LABEL_ARTICLES = new Set([...quoteJson.labelArticles, ...titles.notNameWords].map((w) => fold(w)));
// A name's word: capitalised letters, perhaps hyphened or with an apostrophe ('Keon-hee', "O'Neill"); no full stops.
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;

/** Words of a label that could be a person's full name: two to four name-shaped words, none an office or a style. */
export function labelNameWords(label: string): string[] | null {
  const words = label.trim().split(/\s+/);
  while (words.length > 2 && PROGRAMME_ROLES.has(fold(words[0] as string))) words.shift();
  if (LABEL_ARTICLES.has(fold(words[0] as string))) return null;
  if (words.length < 2 || words.length > 4) return null;
  for (const w of words) {
    const key = fold(w);
    if (!NAME_WORD.test(w) || isTitleWord(key) || TURN_HONORIFICS.has(key) || STYLES.has(key)) return null;
    if (QUESTION_LABELS.has(key) || ANSWER_LABELS.has(key) || countryCode(w)) return null;
  }
  return words;
}

/** The body the sentences were split from, with every run of white space between them as spaces (offsets kept). */
function bodyOf(sentences: readonly Sentence[]): string {
  let text = "";
  for (const s of sentences) text += " ".repeat(Math.max(0, s.start - text.length)) + s.text;
  return text;
}

/**
 * People a transcript names only in its speaker labels: a host, a reporter or a guest whose turns are labelled with
 * their full name ('SABRA LANE:', 'AUDIE CORNISH, HOST:', '[00:00:04] Joanne Lim:') while the text introduces them in
 * a shape the people reader does not take ('NPR's Michael Sullivan', a programme's credits) or not at all. A label is
 * read as a person's name only on a page of two labelled turns or more, when it is two to four name-shaped words that
 * no person already read holds, names no place, body or outlet, and is confirmed by the transcript itself: the same
 * label opens another turn, another turn is labelled by one of its words alone ('CORNISH:', 'Joanne:'), or another
 * speaker's turn opens by calling them by the first name ('Karen, the deals …'). One of its
 * turns must say something rather than ask (an outlet asking twice at a briefing is no person).
 */
export function labelledPeople(
  sentences: readonly Sentence[],
  labels: readonly SpeakerLabel[],
  people: readonly Person[],
): Person[] {
  if (labels.length < 2) return [];
  const body = bodyOf(sentences);
  // A label names someone already read when its last word ends a person's name ('JOE BIDEN' and Joseph R. Biden) or
  // all its words are in one person's name ('MINH CHINH'); sharing one other word is common among Vietnamese names
  // ('MINH TUAN' beside Pham Minh Chinh) and names someone else.
  const keyWords = people.map((p) => p.key.split(" "));
  const lastWords = new Set(keyWords.map((w) => w.at(-1)));
  const namesKnown = (keys: readonly string[]) =>
    lastWords.has(keys.at(-1)) || keyWords.some((words) => keys.every((k) => words.includes(k)));
  const heads = labels.map((l) => fold(l.head));
  const out: Person[] = [];
  const byKey = new Map<string, Person>();
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k] as SpeakerLabel;
    const words = labelNameWords(l.head);
    if (!words) continue;
    const keys = words.map((w) => fold(w));
    if (namesKnown(keys)) {
      // 'JULIE BISHOP:' beside a text that calls her only 'Minister Bishop': the label writes out the name the
      // person read by the surname alone, once the label is confirmed by another turn under it.
      const surnameOnly = people.filter((p) => p.key === keys.at(-1));
      if (surnameOnly.length === 1 && heads.filter((h) => h === fold(l.head)).length >= 2) {
        const person = surnameOnly[0] as Person;
        person.name = readCanonicalName(words.join(" "));
        person.key = fold(person.name);
      }
      continue;
    }
    // Confirmed by another label, by the name written out in the text ('Our reporter Daniel Mwangi has more') or by a
    // programme role in the label ('ANCHOR (Hoang Lan):'), which says a person speaks.
    const written = new RegExp(`(?<![\\p{L}])${words.join("\\s+")}(?![\\p{L}])`, "iu");
    // Or by another speaker turning to them by the first name: 'DANIEL CHAN: Karen, the deals were sealed …'.
    const addressed = new RegExp(`^${escapeLiteral(words[0] as string)},\\s`, "iu");
    const confirmed =
      !!l.role ||
      labels.some((x, j) => j !== k && fold(x.head) !== fold(l.head) && addressed.test(x.rest ?? "")) ||
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
  const sentenceAt = (at: number) => sentences.find((s) => s.start <= at && at < s.end)?.index ?? 0;
  for (const l of labels) {
    const words = labelNameWords(l.head);
    const person = words && byKey.get(fold(readCanonicalName(words.join(" "))));
    if (!person) continue;
    const at = l.start + l.head.lastIndexOf(words[0] as string);
    const surface = l.head.slice(at - l.start);
    person.mentions.push({ sentenceIndex: sentenceAt(at), start: at, end: at + surface.length, surface });
  }
  return out.filter((p) => p.mentions.length > 0);
}
