// Names data (data/person-names.json) and the canonical spelling a written name is keyed and merged by; the two
// caches hold one article's names and are cleared by findPeople.
import { z } from "zod";
import leaderData from "../data/leaders.json" with { type: "json" };
import nameData from "../data/person-names.json" with { type: "json" };
import { fold } from "../fold.js";
import { SURNAMES } from "./titles.js";

const PersonNames = z.object({
  aliases: z.record(z.string(), z.string()),
  japaneseGivenNames: z.array(z.string()),
  malayHonorifics: z.array(z.string()),
  knownPeople: z.array(z.string()),
  knownWholeNames: z.array(z.string()),
  fullestNames: z.boolean(),
  nameStyles: z.array(z.string()),
  peerStyles: z.array(z.string()),
  abbreviatedGivenNames: z.array(z.string()),
  vietnameseSyllables: z.array(z.string()),
  surnamesThatArePronouns: z.array(z.string()),
  vietnameseMiddleNames: z.array(z.string()),
});
const personNames = PersonNames.parse(nameData);
export const NAME_ALIASES = new Map(Object.entries(personNames.aliases).map(([k, v]) => [fold(k), v]));
export const JAPANESE_GIVEN = new Set(personNames.japaneseGivenNames.map(fold));
// "Kim Jong-un" and "Kim Jong Un", "Lee Jae-myung" and "Lee Jae Myung": a romanised given name is hyphened or not by
// the outlet's style, so the list is looked up with hyphens read as spaces (the name keeps the page's spelling).
export const unhyphened = (key: string) => (key.includes("-") ? key.replace(/-/g, " ") : key);
// The heads of state and government leaders.json lists are public figures named with no title too ("when Tony Abbott
// hosted …"); only their whole names count here, so a surname alone is read from knownPeople's own list.
// "George W. Bush" is looked up as written names are, by its short key, without the middle initial.
const withoutMiddleInitial = (name: string) => name.replace(/(?<=\S) \p{Lu}\.?(?= \S)/gu, "");
export const KNOWN_PEOPLE = new Set(
  [...personNames.knownPeople, ...personNames.knownWholeNames, ...Object.keys(leaderData.leaders)].map((n) =>
    unhyphened(fold(withoutMiddleInitial(n))),
  ),
);
/** A known person's first or last name → the person, when no other known person shares it. */
export const KNOWN_BY_PART = new Map<string, string>();
{
  const seen = new Map<string, string | null>();
  for (const name of personNames.knownPeople) {
    const words = fold(name).split(" ");
    if (words.length < 2) continue;
    for (const w of new Set([words[0] ?? "", words.at(-1) ?? ""])) seen.set(w, seen.has(w) ? null : name);
  }
  for (const [w, name] of seen) if (name) KNOWN_BY_PART.set(w, name);
}
// "Tengku Datuk Seri Zafrul …": a style by birth keeps its place in the name; the honorifics after it do not.
export const NAME_STYLES = new Set(personNames.nameStyles.map(fold));
// "Lord Ahmad of Wimbledon": a peer's style, whose territorial designation after "of" is part of the name.
export const PEER_STYLES = new Set(personNames.peerStyles.map(fold));
// "Ma. Lourdes O. Yparraguirre": a given name written short with its full stop.
export const SHORT_GIVEN = new Set(personNames.abbreviatedGivenNames.map(fold));
export const VIETNAMESE_SYLLABLES = new Set(personNames.vietnameseSyllables.map(fold));
export const PRONOUN_SURNAMES = new Set(personNames.surnamesThatArePronouns.map(fold));
export const VIETNAMESE_MIDDLE_NAMES = new Set(personNames.vietnameseMiddleNames.map(fold));
const MALAY_INNER = personNames.malayHonorifics.map((h) => fold(h).split(" ")).sort((a, b) => b.length - a.length);
const isCaps = (w: string) => w.length > 1 && /^[\p{Lu}'’-]+$/u.test(w);
// 'SANTOS-REYES' → 'Santos-Reyes': a double surname keeps both capitals; a Korean given name ('JAE-IN' → 'Jae-in'),
// whose syllables are shorter, does not.
const titleCase = (w: string) =>
  w
    .toLowerCase()
    .replace(/^\p{L}/u, (c) => c.toUpperCase())
    .replace(/(?<=^\p{L}{5,})-(\p{L})(?=\p{L}{4,}$)/u, (_, c: string) => `-${c.toUpperCase()}`);
// 'MARCOS JR.': a generational suffix in capitals with its full stop.
const CAPS_SUFFIX = /^(?:JR|SR)\.?$/u;

// An article files the same name again at every mention: read once per article (emptied by findPeople before and
// after each article, so neither cache holds more than one article's names).
export const canonicalNames = new Map<string, string>();
// Each mention is keyed again against every person already met: read once per article too (emptied the same way).
export const shortKeys = new Map<string, string>();

/**
 * The name as written, made uniform: aliases; Japanese names written family-first turned round. A middle initial or a
 * Malay honorific inside the name is kept ("Benigno S. Aquino III", "Najib Tun Razak"): the person is filed under
 * the fullest form the story gives, and the shorter mentions are found by `shortKey`.
 */
export function canonicalName(raw: string): string {
  let name = canonicalNames.get(raw);
  if (name === undefined) {
    name = readCanonicalName(raw);
    canonicalNames.set(raw, name);
  }
  return name;
}

const MIDDLE_INITIAL = /^(?:\p{Lu}\.)+$/u;
/** "Benigno S. Aquino III" → "Benigno Aquino III": a middle initial dropped (a glued "D.Amarbayasgalan" is one word). */
export function withoutInitials(name: string): string {
  const parts = name.split(" ");
  if (parts.length < 3) return name;
  return parts.filter((w, k) => k === 0 || k === parts.length - 1 || !MIDDLE_INITIAL.test(w)).join(" ");
}

/** "Najib Tun Razak" → "Najib Razak": the honorifics inside a Malay name dropped. */
export function withoutInnerHonorifics(name: string): string {
  const parts = name.split(" ");
  // Nothing lies inside a name of one or two words.
  if (parts.length < 3) return name;
  // Each word folded once, kept in step with the words as honorifics are cut out.
  const keys = parts.map(fold);
  for (let k = 1; k < parts.length - 1; k++) {
    const h = MALAY_INNER.find((x) => x.every((w, n) => (keys[k + n] ?? "") === w) && k + x.length < parts.length);
    if (h) {
      parts.splice(k, h.length);
      keys.splice(k, h.length);
    }
  }
  return parts.join(" ");
}

/**
 * The key one person's mentions share, however fully each names him: "Benigno S. Aquino III" and "Benigno Aquino III",
 * "Najib Tun Razak" and "Najib Razak" are one person.
 */
export function shortKey(name: string): string {
  let key = shortKeys.get(name);
  if (key === undefined) {
    const short = withoutInitials(withoutInnerHonorifics(name));
    key = fold(NAME_ALIASES.get(fold(short)) ?? short);
    shortKeys.set(name, key);
  }
  return key;
}

/** The name as written, made uniform (aliases, a family name first in capitals turned round), uncached. */
export function readCanonicalName(raw: string): string {
  const alias = NAME_ALIASES.get(fold(raw));
  if (alias) return alias;
  let parts = raw.split(" ").map((w) => (/^jnr\.?$/i.test(w) ? "Jr" : w));
  // Readings disagree on "Benigno S. Aquino III" and "Najib Tun Razak": the data says whether the name is filed in the
  // fullest form given or without its middle initials and inner honorifics.
  if (!personNames.fullestNames) parts = withoutInitials(withoutInnerHonorifics(parts.join(" "))).split(" ");
  // MOFA writes the family name in capitals: "KISHIDA Fumio".
  const capsFirst = parts.length === 2 && isCaps(parts[0] ?? "") && !isCaps(parts[1] ?? "");
  // "KP Sharma Oli": two capital initials opening a longer name stay as written.
  // "VO Van Thuong": a Vietnamese family name of two letters in capitals is no pair of initials.
  // "Retno LP Marsudi": so do two capital initials inside a name, between its given and family names.
  const initials = (w: string, at: number) =>
    (at === 0 || (at > 0 && at < parts.length - 1 && !isCaps(parts[0] ?? ""))) &&
    parts.length > 2 &&
    /^\p{Lu}{2}$/u.test(w) &&
    !SURNAMES.has(fold(w));
  parts = parts.map((w, at) =>
    (isCaps(w) && !/^[IVX]+$/.test(w) && !initials(w, at)) || (at > 1 && CAPS_SUFFIX.test(w)) ? titleCase(w) : w,
  );
  const name = parts.join(" ");
  const again = NAME_ALIASES.get(fold(name));
  if (again) return again;
  if (
    parts.length === 2 &&
    (capsFirst || JAPANESE_GIVEN.has(fold(parts[1] ?? ""))) &&
    !JAPANESE_GIVEN.has(fold(parts[0] ?? ""))
  ) {
    return `${parts[1]} ${parts[0]}`;
  }
  return name;
}
