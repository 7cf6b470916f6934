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

/**
 * Gives each person read by a single name the full name the asides print for it, when exactly one person of the
 * asides ends on that name and no person of the text already holds that full name. Mutates the people in place
 * (names and keys only; mentions stay the text's).
 */
export function completeNamesFromAsides(people: Person[], asides: readonly string[] = []): void {
  const single = people.filter((p) => !p.key.includes(" "));
  if (single.length === 0) return;
  const named = asides.filter((a) => a.length <= MAX_ASIDE_CHARS).flatMap(peopleOfText);
  for (const p of single) {
    const full = new Map<string, string>();
    for (const a of named) if (a.key.includes(" ") && a.key.split(" ").at(-1) === p.key) full.set(a.key, a.name);
    if (full.size !== 1) continue;
    const [[key, name]] = [...full] as [[string, string]];
    if (people.some((o) => o.key === key)) continue;
    p.name = name;
    p.key = key;
  }
}
