// Where a name starts and ends in a sentence's tokens: honorifics before it, initials, particles, suffixes and
// styles; apart from offices because a role's reader asks it where the holder's name runs.
import { fold, isUpperCase } from "../fold.js";
import type { Sentence } from "../sentences.js";
import { glued, type Token } from "../tokens.js";
import { type Covered, type Span, textOf } from "./person.js";
import {
  JAPANESE_GIVEN,
  KNOWN_PEOPLE,
  NAME_STYLES,
  PEER_STYLES,
  PRONOUN_SURNAMES,
  SHORT_GIVEN,
  unhyphened,
  VIETNAMESE_MIDDLE_NAMES,
  VIETNAMESE_SYLLABLES,
} from "./person-names.js";
import {
  CAPITALS_ONLY,
  COMPLEMENT,
  CONTRACTION_ENDINGS,
  DEMONYMS,
  DOTTED_HONORIFICS,
  HEADLINE_VERBS,
  HONORIFICS_BY_FIRST,
  HYPHEN_SUFFIXES,
  HYPHENED_ARTICLES,
  MONARCHS,
  NO_PHRASES,
  NOT_NAME,
  PARTICLES,
  PATRONYM,
  RANKS_BY_FIRST,
  REGNAL,
  ROLE_WORDS,
  SHORT_TITLE_WORDS,
  SUFFIXES,
  SURNAMES,
} from "./titles.js";

/**
 * The honorific's words from i, each written in capitals where the data says it must be ("U", not "u"). A loop rather
 * than `every` with a closure: asked at every "the", and the closures were a tenth of the people reader's garbage.
 */
function honorificWrittenAt(toks: readonly Token[], i: number, honorific: readonly string[]): boolean {
  for (let k = 0; k < honorific.length; k++) {
    const w = honorific[k] as string;
    const t = toks[i + k];
    if (t?.key !== w) return false;
    if (CAPITALS_ONLY.has(w) && t.text !== CAPITALS_ONLY.get(w)) return false;
  }
  return true;
}

/** Token index after an honorific phrase starting at i ("Mr", "Datuk Seri", "His Majesty"), or i when none. */
export function honorificEnd(toks: readonly Token[], i: number): number {
  // "Senator the Hon Penny Wong": the Commonwealth style opens with a lower-case article; only a listed honorific that
  // starts with it ("the Hon", "the Honourable") matches below.
  if (!toks[i]?.cap && toks[i]?.key !== "the") return i;
  for (const h of HONORIFICS_BY_FIRST.get(toks[i]?.key ?? "") ?? NO_PHRASES) {
    if (!honorificWrittenAt(toks, i, h)) continue;
    // A one-letter honorific (Myanmar "U Htin Kyaw") only before a name, never in "U.S." or "U Minh".
    if (h.length === 1 && h[0]?.length === 1 && !(toks[i + 1]?.cap && toks[i + 1]?.kind === "word")) continue;
    // "Eng. Khalid …": a style that is also a name ("Lim Guan Eng") counts only with its full stop and a name after.
    // "Lord Mayor", "Lord Chancellor": a peer's style before an office's word is the office's first word, not a peer.
    if (h.length === 1 && NAME_STYLES.has(h[0] ?? "") && toks[i + 1]?.cap && ROLE_WORDS.has(toks[i + 1]?.key ?? ""))
      continue;
    if (h.length === 1 && DOTTED_HONORIFICS.has(h[0] ?? "")) {
      const after = toks[i + 2];
      if (toks[i + 1]?.text !== "." || !(after?.cap && after.kind === "word")) continue;
    }
    return i + h.length;
  }
  return i;
}

/** Token index after any run of honorifics and their full stops ("Datuk Seri Dr", "Tan Sri Dato'"). */
export function skipHonorifics(toks: readonly Token[], i: number): number {
  let j = i;
  for (;;) {
    const h = honorificEnd(toks, j);
    if (h === j) return j;
    j = toks[h]?.text === "." ? h + 1 : h;
  }
}

function isNameToken(s: Sentence, k: number, covered: Covered): boolean {
  const t = s.tokens[k];
  if (t?.kind !== "word" || !t.cap || covered(s.index, k)) return false;
  // "the national U-23 team", "Su-30 jets": a capital joined by a hyphen to a number is a model or a class, no name.
  const hyphen = s.tokens[k + 1];
  if (hyphen?.text === "-" && hyphen.start === t.end && s.tokens[k + 2]?.kind === "number") return false;
  if (t.text.length > 1 && isUpperCase(t.text)) {
    // "KISHIDA Fumio": a family name in capitals, before a given name the data lists; "PHAN Thi Thanh Tam": a Vietnamese
    // family name in capitals (the same ministries' style) before any capitalised given name.
    const next = s.tokens[k + 1];
    const given =
      next?.kind === "word" &&
      (JAPANESE_GIVEN.has(next.key) || (SURNAMES.has(t.key) && next.cap) || capitalsAfterTitle(s, k, covered));
    return t.text.length > 2 && given && !isUpperCase(next.text);
  }
  // "Oregon Gov. Jane Roe", "Kanagawa Gov. …": a title written short, its stop glued to it and two name words after,
  // ends the place before it and opens the title ("Prime Minister Hun Sen. He said" keeps its surname: one capital
  // after the stop is a new sentence).
  if (SHORT_TITLE_WORDS.has(t.key) && shortTitleBeforeName(s, k, covered)) return false;
  return (
    !NOT_NAME.has(t.key) ||
    (t.key === "to" && s.tokens[k + 1]?.cap === true) ||
    pronounSurname(s, k) ||
    demonymFamilyName(s, k)
  );
}

/**
 * "Ambassador to Vietnam He Wei said": a family name spelt as a pronoun, after a capitalised word with no stop between
 * (a title's last word) and before a capitalised given name, opens a name; the pronoun never stands there.
 */
function pronounSurname(s: Sentence, k: number): boolean {
  const [before, t, next] = [s.tokens[k - 1], s.tokens[k], s.tokens[k + 1]];
  return (
    PRONOUN_SURNAMES.has(t?.key ?? "") &&
    before?.kind === "word" &&
    before.cap &&
    next?.kind === "word" &&
    next.cap &&
    !NOT_NAME.has(next.key)
  );
}

/**
 * "Governor YAMAMOTO Ichita", "Mr. TANAKA Kenji": Japanese official copy writes a family name in capitals before the
 * given name; straight after a title (or the body it heads) or an honorific, a word in capitals with a vowel (no acronym a body's name
 * covers) and one given name in lower case after it, closing the name, is such a name whatever the given name.
 */
function capitalsAfterTitle(s: Sentence, k: number, covered: Covered): boolean {
  const [before, t, next, after] = [s.tokens[k - 1], s.tokens[k], s.tokens[k + 1], s.tokens[k + 2]];
  if (!before || !t || !next || !/^\p{Lu}{3,12}$/u.test(t.text) || !/[AEIOU]/.test(t.text)) return false;
  // "Speaker of the House of Representatives OSHIMA Tadamori": the last word of a title's body counts as the title.
  const titled =
    (before.cap && (ROLE_WORDS.has(before.key) || COMPLEMENT.has(before.key))) ||
    (before.text === "." && HONORIFICS_BY_FIRST.has(s.tokens[k - 2]?.key ?? ""));
  if (!titled || !/^\p{Lu}\p{Ll}+$/u.test(next.text) || NOT_NAME.has(next.key) || covered(s.index, k + 1)) return false;
  return !(after?.kind === "word" && after.cap);
}

/** The full stop glued to the word at k, then two name words. */
function shortTitleBeforeName(s: Sentence, k: number, covered: Covered): boolean {
  const dot = s.tokens[k + 1];
  return (
    dot?.text === "." && glued(s.tokens[k], dot) && isNameToken(s, k + 2, covered) && isNameToken(s, k + 3, covered)
  );
}

/**
 * "Thai Xuan Dung": a Vietnamese family name that is also a demonym opens a name before one of the commonest middle
 * names and a given name (a demonym never stands before those two capitals).
 */
function demonymFamilyName(s: Sentence, k: number): boolean {
  const [t, middle, given] = [s.tokens[k], s.tokens[k + 1], s.tokens[k + 2]];
  return (
    SURNAMES.has(t?.key ?? "") &&
    DEMONYMS.has(t?.key ?? "") &&
    middle?.cap === true &&
    VIETNAMESE_MIDDLE_NAMES.has(middle.key) &&
    given?.kind === "word" &&
    given.cap
  );
}

/**
 * "KP Sharma Oli", "MK Stalin Kumar": South Asian given names written as two capital initials open a name when two name
 * words follow; an acronym of a body the text names, or a title written short ("PM"), does not.
 */
function initialsOpeningName(s: Sentence, k: number, covered: Covered): boolean {
  const t = s.tokens[k];
  if (spacedInitials(s, k, covered)) return true;
  if (t?.kind !== "word" || !/^\p{Lu}{2}$/u.test(t.text) || covered(s.index, k) || ROLE_WORDS.has(t.key)) return false;
  if (NOT_NAME.has(t.key) || RANKS_BY_FIRST.has(t.key) || HONORIFICS_BY_FIRST.has(t.key)) return false;
  return isNameToken(s, k + 1, covered) && isNameToken(s, k + 2, covered);
}

/**
 * "A K Antony", "P V Narasimha Rao": Indian copy writes the given names as single capital initials with spaces and no
 * full stops ("A" and "I" are words elsewhere, so two of them, then a name word, must stand together); after a title,
 * as these names stand, so an article or a pronoun is never read as one.
 */
function spacedInitials(s: Sentence, k: number, covered: Covered): boolean {
  const [a, b] = [s.tokens[k], s.tokens[k + 1]];
  const single = (t: Token | undefined) => t?.kind === "word" && /^\p{Lu}$/u.test(t.text);
  if (!single(a) || !single(b) || covered(s.index, k) || covered(s.index, k + 1)) return false;
  if (s.tokens[k + 2]?.text === "." || !isNameToken(s, k + 2, covered)) return false;
  return ROLE_WORDS.has(s.tokens[k - 1]?.key ?? "");
}

/** A capital letter and its full stop between two name words. */
function initialInName(s: Sentence, k: number, covered: Covered): boolean {
  const t = s.tokens[k];
  const dot = s.tokens[k + 1];
  return (
    t?.kind === "word" &&
    /^\p{Lu}$/u.test(t.text) &&
    dot?.text === "." &&
    glued(t, dot) &&
    isNameToken(s, k - 1, covered) &&
    isNameToken(s, k + 2, covered)
  );
}

/**
 * "Retno LP Marsudi": Indonesian copy writes a middle name as two capital initials with no full stops, between a given
 * name and a family name; an acronym of a body or a place the text names is covered and never read so.
 */
function middleInitials(s: Sentence, k: number, covered: Covered): boolean {
  const t = s.tokens[k];
  if (t?.kind !== "word" || !/^\p{Lu}{2}$/u.test(t.text) || covered(s.index, k) || ROLE_WORDS.has(t.key)) return false;
  // "Foreign Affairs II Dato …": a Roman numeral numbers an office, never a name.
  if (/^[IVX]+$/u.test(t.text)) return false;
  if (NOT_NAME.has(t.key) || RANKS_BY_FIRST.has(t.key) || HONORIFICS_BY_FIRST.has(t.key)) return false;
  return isNameToken(s, k - 1, covered) && isNameToken(s, k + 1, covered) && !isUpperCase(s.tokens[k + 1]?.text ?? "");
}

export const GLUED_NAME = /^(\p{Lu}\p{Ll}?)\.(\p{Lu}[\p{L}'-]+)$/u;

/** "D.Amarbayasgalan", "Ts.Elbegdorj": an initial of one or two letters, a full stop and a word, all glued. */
function gluedInitial(toks: readonly Token[], g: number): boolean {
  const initial = toks[g];
  const dot = toks[g + 1];
  const word = toks[g + 2];
  return (
    initial?.kind === "word" &&
    /^\p{Lu}\p{Ll}?$/u.test(initial.text) &&
    dot?.text === "." &&
    glued(initial, dot) &&
    word?.kind === "word" &&
    word.text.length > 2 &&
    glued(dot, word)
  );
}

/** 1-4 capitalised name words from j (a Vietnamese or foreign personal name). */
export function parseName(s: Sentence, j: number, covered: Covered, min: number): Span | null {
  // Nine calls in ten start on no name word: settled here before the readers below are built. The loop's first turn
  // asks the same (at j only these two can take a word; a monarch's surname and a headline verb come after one), so
  // no name is lost.
  if (min > 0 && !isNameToken(s, j, covered) && !initialsOpeningName(s, j, covered)) return null;
  let k = j;
  let words = 0;
  // "Vu Le Thai Hoang", "Nguyen The Phuong": inside a Vietnamese name, a word that is also a demonym ("Thai") or an
  // English word ("The") is a name word when another name word follows it.
  const vietnamese = SURNAMES.has(s.tokens[j]?.key ?? "");
  const nameWord = (at: number) =>
    isNameToken(s, at, covered) ||
    (at === j && initialsOpeningName(s, at, covered)) ||
    // "Miguel A. Reyes", "Jose I. Santos": a middle initial that is also a word elsewhere ("A", "I"), inside a name.
    (at > j && initialInName(s, at, covered)) ||
    (at > j && middleInitials(s, at, covered)) ||
    (vietnamese &&
      at > j &&
      s.tokens[at]?.cap === true &&
      (DEMONYMS.has(s.tokens[at]?.key ?? "") || VIETNAMESE_SYLLABLES.has(s.tokens[at]?.key ?? "")) &&
      !covered(s.index, at) &&
      (isNameToken(s, at + 1, covered) || closingSyllable(at)));
  // "Nguyễn Văn Thể said", "Nguyen Van The said": after two words of a Vietnamese name such a syllable closes it when
  // written with its tone mark (no English word is) or with no capital after it ("The" opening a phrase takes one).
  const closingSyllable = (at: number) => {
    const t = s.tokens[at] as Token;
    const after = s.tokens[at + 1];
    return at >= j + 2 && (/[^\p{ASCII}]/u.test(t.text) || !(after?.kind === "word" && after.cap));
  };
  // "Resources Minister Madeleine King said": a monarch's title closing a name, with no name after it, is a surname.
  const titleSurname = (at: number) => {
    const t = s.tokens[at];
    const after = s.tokens[at + 1];
    return (
      at > j &&
      t?.kind === "word" &&
      t.cap &&
      MONARCHS.has(t.key) &&
      !covered(s.index, at) &&
      !(after?.kind === "word" && after.cap) &&
      after?.key !== "of"
    );
  };
  // "Ambassador to Vietnam Tan Yang Thai.": a word that is also a demonym, after two name words and closing the
  // sentence or its clause, is the name's last word (a demonym there has no noun to go before).
  const demonymSurname = (at: number) => {
    const t = s.tokens[at];
    const after = s.tokens[at + 1];
    return (
      words >= 2 &&
      t?.kind === "word" &&
      t.cap &&
      DEMONYMS.has(t.key) &&
      !covered(s.index, at) &&
      (after === undefined || after.text === "." || after.text === "," || after.text === ";")
    );
  };
  // "Speaker Woo Won Shik Meets Vice Chairwoman …": in a headline written in title case, a verb after two name words and
  // before the next capital is the headline's predicate, not the name's last word.
  const headlineVerb = (at: number) =>
    words >= 2 &&
    HEADLINE_VERBS.has(s.tokens[at]?.key ?? "") &&
    s.tokens[at + 1]?.kind === "word" &&
    s.tokens[at + 1]?.cap === true;
  // "Mohammed bin Salman bin Abdulaziz Al Saud": an Arabic name is a chain of patronyms after "bin" with the family's
  // name at its end, longer than any other name.
  // Asked before every word, so the words read so far are looked at in place rather than copied.
  // "Wan Amir Wan Abdul Hamid": a Malay name gives the father's name after the person's own with no "bin", the
  // hereditary title that opens it written again, so the name's first word coming back inside it marks one too.
  const maxWords = () => {
    const first = (s.tokens[j] as Token).key;
    for (let x = j; x < k; x++) {
      const t = s.tokens[x] as Token;
      if (!t.cap && PATRONYM.has(t.key)) return 6;
      if (x > j + 1 && t.cap && t.key === first) return 6;
    }
    return 4;
  };
  while (
    k < s.tokens.length &&
    words < maxWords() &&
    !headlineVerb(k) &&
    (nameWord(k) || titleSurname(k) || demonymSurname(k))
  ) {
    k++;
    words++;
    // A middle initial: "Joseph R. Biden".
    const dot = s.tokens[k];
    const afterDot = s.tokens[k + 1];
    // "Albert F. del Rosario": an initial before a name particle.
    const particleNext = afterDot && !afterDot.cap && PARTICLES.has(afterDot.key) && isNameToken(s, k + 2, covered);
    if (
      dot?.text === "." &&
      (s.tokens[k - 1]?.text.length === 1 ||
        (k - 1 === j && (gluedInitial(s.tokens, j) || SHORT_GIVEN.has(s.tokens[j]?.key ?? "")))) &&
      glued(s.tokens[k - 1], dot) &&
      (isNameToken(s, k + 1, covered) || particleNext)
    ) {
      k++;
    }
    // Apostrophes inside a name: "Saia Ma'u Piukala", "O'Neill" (never a possessive "'s").
    const ap = s.tokens[k];
    const part = s.tokens[k + 1];
    if (
      ap?.text === "'" &&
      glued(s.tokens[k - 1], ap) &&
      glued(ap, part) &&
      part?.kind === "word" &&
      part.key !== "s"
    ) {
      // "Fiamē Naomi Mata'afa": a lower-case syllable after the apostrophe (a Polynesian glottal stop) may close the
      // name too; an English contraction's ending ("'ll", "'re", "'ve", "'d") does not.
      const after = s.tokens[k + 2];
      const possessive = after?.text === "'" && s.tokens[k + 3]?.key === "s";
      const closing =
        !part.cap && part.text.length >= 2 && !CONTRACTION_ENDINGS.has(part.key) && (!glued(part, after) || possessive);
      if (part.cap ? isNameToken(s, k + 1, covered) : isNameToken(s, k + 2, covered) || closing) k += part.cap ? 1 : 2;
    }
    // "Lula da Silva", "Mohamed bin Zayed": a lower-case particle between two name words.
    // Two particles in a row: "Ursula von der Leyen", "Rafael van der Vaart".
    const particle = s.tokens[k];
    if (particle && !particle.cap && PARTICLES.has(particle.key)) {
      const second = s.tokens[k + 1];
      const two = second && !second.cap && PARTICLES.has(second.key) && isNameToken(s, k + 2, covered);
      if (two) k += 2;
      else if (isNameToken(s, k + 1, covered)) k++;
    }
    // "Mohamed bin Twar al-Kuwari", "Abdel Fattah el-Sisi": an Arabic article joined to the family name that ends it.
    const article = s.tokens[k];
    const dash = s.tokens[k + 1];
    if (
      article &&
      !article.cap &&
      HYPHENED_ARTICLES.has(article.key) &&
      dash?.text === "-" &&
      glued(article, dash) &&
      glued(dash, s.tokens[k + 2]) &&
      isNameToken(s, k + 2, covered)
    )
      k += 3;
    // Hyphenated given names stay one name: "Jean-Pierre", Korean "Moon Jae-in", "Woo Won-shik".
    const h = s.tokens[k];
    const tail = s.tokens[k + 1];
    const joined = h?.text === "-" && s.tokens[k - 1]?.end === h.start && tail?.start === h.end;
    const syllable = !tail?.cap && (tail?.text.length ?? 9) <= 5 && !HYPHEN_SUFFIXES.has(tail?.key ?? "");
    if (joined && tail?.kind === "word" && (isNameToken(s, k + 1, covered) || syllable)) {
      k += 2;
      // "Chan-o-cha": a Thai surname runs on over more lower-case syllables.
      while (
        syllable &&
        s.tokens[k]?.text === "-" &&
        glued(s.tokens[k - 1], s.tokens[k]) &&
        glued(s.tokens[k], s.tokens[k + 1]) &&
        s.tokens[k + 1]?.kind === "word" &&
        !s.tokens[k + 1]?.cap &&
        (s.tokens[k + 1]?.text.length ?? 9) <= 5
      )
        k += 2;
    }
  }
  if (k - j < min) return null;
  // "Juan R. de la Paz Santos Jr.": a suffix with its stop after a name as long as any, its initial and two family
  // names, is still the name's; no name word follows it.
  const written = s.tokens[k];
  if (
    written?.kind === "word" &&
    written.cap &&
    SUFFIXES.has(written.key) &&
    !/^[IVX]+$/.test(written.text) &&
    s.tokens[k + 1]?.text === "." &&
    glued(written, s.tokens[k + 1])
  )
    k++;
  // "Benigno S. Aquino III": a generational suffix in capitals ends the name.
  const suffix = s.tokens[k];
  if (suffix?.cap && SUFFIXES.has(suffix.key) && suffix.text === suffix.text.toUpperCase()) k++;
  // "Benigno Aquino 3rd", as Manila papers write the ordinal: a digit and its letters, read as two tokens.
  const ordinalLetters = s.tokens[k + 1];
  if (
    k > j + 1 &&
    suffix?.kind === "number" &&
    ordinalLetters &&
    glued(suffix, ordinalLetters) &&
    SUFFIXES.has(`${suffix.text}${ordinalLetters.key}`)
  )
    k += 2;
  // "Ferdinand Marcos Jr." keeps its suffix and the suffix's full stop; after "Charles III." the stop ends a sentence.
  const last = s.tokens[k - 1];
  if (
    SUFFIXES.has(last?.key ?? "") &&
    !/^[IVX]+$/.test(last?.text ?? "") &&
    s.tokens[k]?.text === "." &&
    glued(last, s.tokens[k])
  ) {
    k++;
  }
  const after = s.tokens[k];
  if (after?.kind === "word" && after.cap && !covered(s.index, k) && !NOT_NAME.has(after.key)) return null;
  // "the State Great Khural D.Amarbayasgalan": an initial glued to the name (Mongolian style) opens the name, so
  // capitals before it belong to the title.
  for (let g = k - 3; g > j; g--) {
    if (gluedInitial(s.tokens, g)) return { from: g, to: k };
  }
  return { from: j, to: k };
}

/** A royal or princely word standing before a name of two words or more ("Prince Faisal bin Farhan"). */
export function royalStyle(s: Sentence, k: number, covered: Covered): boolean {
  const key = s.tokens[k]?.key ?? "";
  return (MONARCHS.has(key) || REGNAL.has(key)) && parseName(s, k + 1, covered, 2) !== null;
}

/** "ibni Al-Marhum Sultan Haji Omar 'Ali Saifuddien": the father's name runs over capitals and glued pieces to a comma. */
export function patronymEnd(toks: readonly Token[], at: number): number {
  let k = at + 1;
  for (; k < toks.length; k++) {
    const t = toks[k] as Token;
    const joiner = t.text === "-" || t.text === "'" || t.text === "’";
    if (joiner) continue;
    if (t.kind !== "word" || (!t.cap && !glued(toks[k - 1] as Token, t))) break;
  }
  return k;
}

/** "Tengku" opening the honorifics from..to ("Tengku Datuk Seri"), as written: a style that is part of the name. */
export function nameStyle(toks: readonly Token[], from: number, to: number): string | undefined {
  const t = toks[from];
  return from < to && t?.kind === "word" && NAME_STYLES.has(t.key) ? t.text : undefined;
}

/**
 * "Lord Ahmad of Wimbledon", "Baroness Smith of Basildon": after a peer's style at `from`, "of" and one or two
 * capitalised words are the peerage's territorial designation, part of the name; the name span is returned longer.
 */
export function withPeerage(s: Sentence, from: number, name: Span, covered: Covered): Span {
  const toks = s.tokens;
  const style = toks[from];
  if (style?.kind !== "word" || !PEER_STYLES.has(style.key) || toks[name.to]?.key !== "of") return name;
  let k = name.to + 1;
  while (k < name.to + 3 && toks[k]?.kind === "word" && toks[k]?.cap && !covered(s.index, k)) k++;
  return k > name.to + 1 ? { from: name.from, to: k } : name;
}

/**
 * "Prime Minister Sheikh Hasina": the honorific straight before the name is part of it when the two spell a known
 * figure's name (leaders.json, person-names.json knownPeople), as READING.md keeps a style that is part of a name.
 */
export function knownStyle(s: Sentence, from: number, to: number, name: Span): string | undefined {
  const t = s.tokens[to - 1];
  if (to <= from || t?.kind !== "word") return undefined;
  return KNOWN_PEOPLE.has(unhyphened(fold(`${t.text} ${textOf(s, name)}`))) ? t.text : undefined;
}

export const honorificWords = (toks: readonly Token[], from: number, to: number) =>
  toks.slice(from, to).flatMap((t) => (t.kind === "word" ? [t.key] : []));
