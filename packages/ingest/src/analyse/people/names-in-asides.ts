// A person the text calls by one name only ("Foreign Minister Wong said …") whose full name the page printed only in a
// line the cleaner set aside: a release's heading ("Joint media release with Minister for Foreign Affairs Senator the
// Hon Penny Wong and …") or a caption. The aside is read by the same people reader; its one person whose last name
// is that name gives the full name.
import { findPlaces } from "../gazetteer.js";
import { splitSentences } from "../sentences.js";
import { findPeople } from "./find-people.js";
import type { Person } from "./person.js";

// An aside longer than this is a paragraph of its own, not a heading or a caption.
const MAX_ASIDE_CHARS = 400;

/**
 * The people a short text names (a heading, a caption, a line set aside), read as the body's are: the places it names
 * covered first, so a country's name is never taken for a person's.
 */
export function peopleOfText(text: string): Person[] {
  const sentences = splitSentences(text);
  const covered = new Map<number, Set<number>>();
  for (const p of findPlaces(sentences)) {
    const set = covered.get(p.sentenceIndex) ?? new Set<number>();
    covered.set(p.sentenceIndex, set);
    for (let k = p.from; k < p.to; k++) set.add(k);
  }
  return findPeople(sentences, (s, k) => covered.get(s)?.has(k) ?? false);
}

/** The full names of the asides' people whose name at `part` (0 the first word, -1 the last) is `word`. */
function fullNamesAt(named: readonly Person[], word: string, part: 0 | -1): Map<string, Person> {
  const full = new Map<string, Person>();
  for (const a of named) if (a.key.includes(" ") && a.key.split(" ").at(part) === word) full.set(a.key, a);
  return full;
}

/**
 * Gives each person read by a single name the full name the asides print for it, when exactly one person of the
 * asides ends on that name and no person of the text already holds that full name. 'Ms Yingluck said' under a caption
 * naming 'Prime Minister Yingluck Shinawatra': where no one of the asides ends on the name, the one whose given name
 * it is (Thai and Malay copy call people so) is that person, and the caption's title is the one the page gives a
 * person the story itself gives none. Mutates the people in place (names, keys and titles; mentions stay the text's).
 */
export function completeNamesFromAsides(people: Person[], asides: readonly string[] = []): void {
  const single = people.filter((p) => !p.key.includes(" "));
  if (single.length === 0) return;
  const named = asides.filter((a) => a.length <= MAX_ASIDE_CHARS).flatMap(peopleOfText);
  for (const p of single) {
    const bySurname = fullNamesAt(named, p.key, -1);
    const full = bySurname.size > 0 ? bySurname : fullNamesAt(named, p.key, 0);
    if (full.size !== 1) continue;
    const [[key, aside]] = [...full] as [[string, Person]];
    if (people.some((o) => o.key === key)) continue;
    p.name = aside.name;
    p.key = key;
    // The aside's offsets are not the body's: its title is set on the person's first mention, the name it belongs to.
    const first = p.mentions[0];
    if (p.roles.length === 0 && first)
      for (const r of aside.roles) p.roles.push({ role: r.role, start: first.start, end: first.end });
  }
}
