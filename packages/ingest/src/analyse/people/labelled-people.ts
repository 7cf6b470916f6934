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
import { PROGRAMME_ROLES, type SpeakerLabel, statesBeforeAsking } from "./speaker-turns.js";
import { isTitleWord, SUFFIXES, titles } from "./titles.js";

const QUESTION_LABELS = new Set(quoteJson.questionLabels.map((w) => fold(w)));
const ANSWER_LABELS = new Set(quoteJson.answerLabels.map((w) => fold(w)));
const TURN_HONORIFICS = new Set(quoteJson.turnHonorifics.map((w) => fold(w)));
const STYLES = new Set(titles.honorifics.filter((h) => !/\s/.test(h)).map((h) => fold(h.replace(/\.$/, ""))));
// 'DER SPIEGEL:', 'THE ECONOMIST:': a label opening with an article names a publication asking, not a person.
const LABEL_ARTICLES = new Set([...quoteJson.labelArticles, ...titles.notNameWords].map((w) => fold(w)));
// A name's word: capitalised letters, perhaps hyphened or with an apostrophe ('Keon-hee', "O'Neill"); no full stops.
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;

// 'FERDINAND R. MARCOS JR.': a middle initial and a generational suffix stand inside a label's name.
const INITIAL = /^\p{Lu}\.$/u;
// 'PCO SECRETARY': an office's acronym in capitals before its title word.
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * The office a label writes before its speaker's full name ('PRESIDENT FERDINAND R. MARCOS JR.', 'PCO SECRETARY JANE
 * ROE'): its leading title words, with an acronym before one, when two name words at least follow; else none.
 */
export function labelOffice(label: string): string | null {
  const words = label.trim().split(/\s+/);
  let k = 0;
  while (
    k < words.length &&
    (isTitleWord(fold(words[k] as string)) ||
      (ACRONYM.test(words[k] as string) && isTitleWord(fold(words[k + 1] ?? ""))))
  )
    k++;
  if (k === 0 || !isTitleWord(fold(words[k - 1] as string)) || words.length - k < 2) return null;
  return words.slice(0, k).join(" ");
}

/**
 * Words of a label that could be a person's full name: two to four name-shaped words (a middle initial and a suffix
 * besides), none an office or a style, after the office a label may write before them.
 */
export function labelNameWords(label: string): string[] | null {
  const words = label.trim().split(/\s+/);
  while (words.length > 2 && PROGRAMME_ROLES.has(fold(words[0] as string))) words.shift();
  const office = labelOffice(words.join(" "));
  if (office) words.splice(0, office.split(/\s+/).length);
  if (LABEL_ARTICLES.has(fold(words[0] as string))) return null;
  const core = words.filter(
    (w, i) =>
      !(i > 0 && INITIAL.test(w)) && !(i > 1 && i === words.length - 1 && SUFFIXES.has(fold(w.replace(/\.$/, "")))),
  );
  if (core.length < 2 || core.length > 4) return null;
  for (const w of core) {
    const key = fold(w);
    if (!NAME_WORD.test(w) || isTitleWord(key) || TURN_HONORIFICS.has(key) || STYLES.has(key)) return null;
    if (QUESTION_LABELS.has(key) || ANSWER_LABELS.has(key) || countryCode(w)) return null;
  }
  return words;
}

/** A label's words that name (not its offices, styles or courtesy words), folded: 'SEC. GARAFIL' → ['garafil']. */
function nameWordsOf(label: string): string[] {
  return label
    .split(/\s+/)
    .map((w) => fold(w.replace(/\.+$/, "")))
    .filter((w) => w && !isTitleWord(w) && !TURN_HONORIFICS.has(w) && !STYLES.has(w));
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
  // 'PRESIDENT DELA CRUZ:' beside 'PRESIDENT JOSE R. DELA CRUZ JR.:': a label whose name words all stand in another
  // label's longer name is that person called shorter.
  const labelKeys = labels.map((l) => labelNameWords(l.head)?.map((w) => fold(w)) ?? []);
  const shorterOfAnother = (keys: readonly string[]) =>
    labelKeys.some((other) => other.length > keys.length && keys.every((w) => other.includes(w)));
  const out: Person[] = [];
  const byKey = new Map<string, Person>();
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k] as SpeakerLabel;
    const words = labelNameWords(l.head);
    if (!words) continue;
    const keys = words.map((w) => fold(w));
    if (shorterOfAnother(keys)) continue;
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
    // Or by a later label of its office alone ('ANTHONY ALBANESE, PRIME MINISTER:' then 'PRIME MINISTER:'), or of an
    // office and a word of its name ('PRESIDENT FERDINAND R. MARCOS JR.:' then 'PRESIDENT MARCOS:', 'SEC. GARAFIL:').
    const byOffice = !!l.tail && heads.some((h, j) => j !== k && h === fold(l.tail as string));
    // A hyphened surname is called by its last part ('VELICARIA-GARAFIL' → 'GARAFIL').
    const parts = keys.flatMap((w) => [w, ...w.split("-")]);
    const byName = labels.some((x, j) => {
      const named = nameWordsOf(x.head);
      return j !== k && fold(x.head) !== fold(l.head) && named.length > 0 && named.every((w) => parts.includes(w));
    });
    // A member's seat and party in brackets say a person speaks, as a programme role does.
    const confirmed =
      !!l.role ||
      l.seat ||
      byOffice ||
      byName ||
      labels.some((x, j) => j !== k && fold(x.head) !== fold(l.head) && addressed.test(x.rest ?? "")) ||
      heads.some((h, j) => j !== k && (h === fold(l.head) || keys.includes(h) || h.endsWith(` ${keys.join(" ")}`))) ||
      written.test(body.slice(0, l.start) + " ".repeat(l.head.length) + body.slice(l.start + l.head.length));
    if (!confirmed) continue;
    const own = labels.filter((x) => fold(x.head) === fold(l.head) || keys.includes(fold(x.head)));
    // A seated member's question is theirs; so is the opening turn of a programme that states before it asks (its host's).
    const opens = k === 0 && statesBeforeAsking(l.rest);
    if (!l.seat && !opens && !own.some((x) => x.rest && !/\?["”’)]*$/.test(x.rest))) {
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
    if (person.roles.length === 0) {
      const role = labelOfficeRole(l, byOffice, body);
      if (role) person.roles.push(role);
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

/**
 * The office a confirmed label gives its speaker, read as a role: written before the name ('PCO SECRETARY JANE ROE'
 * → 'PCO Secretary') or after it, when a later label is that office alone ('JO ROE, PRIME MINISTER:').
 */
function labelOfficeRole(l: SpeakerLabel, byOffice: boolean, body: string): Person["roles"][number] | null {
  const before = labelOffice(l.head);
  const office = before ?? (byOffice ? l.tail : null);
  if (!office) return null;
  const start = before ? l.start + l.head.indexOf(before) : body.indexOf(office, l.start);
  if (start < 0) return null;
  return { role: officeCase(office), start, end: start + office.length };
}

/** 'PRIME MINISTER' → 'Prime Minister', 'PCO SECRETARY' → 'PCO Secretary': a label's capitals read as an office. */
function officeCase(office: string): string {
  return office
    .split(/\s+/)
    .map((w) => {
      const key = fold(w);
      if (key === "of" || key === "the" || key === "and" || key === "for") return key;
      if (ACRONYM.test(w) && !isTitleWord(key)) return w;
      return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
    })
    .join(" ");
}
