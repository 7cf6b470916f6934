// Passes over the whole article once its people are merged: offices shared by a plural title or given after 'as',
// given names of surnames, mentions no cue marked, and a counterpart's office.
import { fold } from "../fold.js";
import { PhraseIndex } from "../phrases.js";
import type { Sentence } from "../sentences.js";
import { glued, type Token } from "../tokens.js";
import { PLURAL_HEADS } from "./cued-names.js";
import { nameParts, SECOND_READINGS } from "./merging.js";
import { parseName } from "./names.js";
import { type Covered, type Found, type Person, textOf } from "./person.js";
import { canonicalName, shortKey, withoutInitials, withoutInnerHonorifics } from "./person-names.js";
import { roleName } from "./role-names.js";
import { parseRoleChain } from "./roles.js";
import {
  APPOINTING,
  AS_DETERMINERS,
  COMPLEMENT,
  DEMONYMS,
  FUNCTION_WORDS,
  HEAD_LAST,
  NOT_NAME,
  ONE_WORD_HONORIFICS,
  OPENING_PREPOSITIONS,
  PLACE_WORDS,
  RELATIONS,
  SERVICE_NOUNS,
  SERVING,
  SPEECH_VERBS,
  STAYING,
} from "./titles.js";

/**
 * "When President Truong Tan Sang sat down with Barack Obama …, the two presidents agreed": the office of one of the
 * two people named last is the other's too, when the other has none read.
 */
export function sharedOffices(sentences: readonly Sentence[], people: Person[]): void {
  for (const s of sentences) {
    const toks = s.tokens;
    for (let k = 0; k + 2 < toks.length; k++) {
      if (toks[k]?.key !== "the" || toks[k + 1]?.key !== "two") continue;
      const one = toks[k + 2]?.key ?? "";
      const office = PLURAL_HEADS.get(`${one} ${toks[k + 3]?.key ?? ""}`) ?? PLURAL_HEADS.get(one);
      if (!office) continue;
      const at = (toks[k] as Token).start;
      // The two people named last before the phrase, in this sentence or the one before.
      const last = (p: Person) =>
        Math.max(-1, ...p.mentions.filter((m) => m.sentenceIndex >= s.index - 1 && m.start < at).map((m) => m.start));
      const pair = people
        .filter((p) => last(p) >= 0)
        .sort((a, b) => last(b) - last(a))
        .slice(0, 2);
      const [a, b] = pair;
      if (!a || !b) continue;
      // "Deputy Prime Minister and Foreign Minister A held talks with B. The two ministers agreed …": a holder of two
      // offices the plural names both fits says nothing of which one the other holds, so neither is given.
      const holds = (p: Person) => {
        const fit = p.roles.filter((r) => fold(r.role) === office || fold(r.role).endsWith(` ${office}`));
        return fit.length === 1 ? fit[0] : undefined;
      };
      const [holder, other] =
        holds(a) && b.roles.length === 0 ? [a, b] : holds(b) && a.roles.length === 0 ? [b, a] : [];
      const role = holder ? holds(holder) : undefined;
      if (!other || !role) continue;
      other.roles.push({ role: role.role, start: role.start, end: role.end });
    }
  }
}

/**
 * "re-elected To Lam as its general secretary", "elected Nguyen Phu Trong, Politburo member …, as General Secretary",
 * "Mr Lam, who also served briefly as state president": the office after "as" is the person's, when an appointing verb
 * stands before the name or a serving verb in the "who" clause after it.
 */
const APPOINTED_AUXILIARIES = new Set(["was", "is", "were", "been", "being", "has", "had", "be"]);

/** The index of "as" after an appointment verb told after the name ("re-elected as", "was named as"), or -1. */
function appointedAfter(toks: readonly Token[], at: number): number {
  let k = at;
  while (k < at + 2 && APPOINTED_AUXILIARIES.has(toks[k]?.key ?? "")) k++;
  // "re-elected", "re-appointed": the prefix written with a hyphen.
  if (toks[k]?.key === "re" && toks[k + 1]?.text === "-" && glued(toks[k], toks[k + 1])) k += 2;
  if (APPOINTING.has(toks[k]?.key ?? "") && toks[k + 1]?.key === "as") return k + 1;
  // "<Name> stayed on as foreign minister", "<Name> remained as chief negotiator": an office kept, told after the name.
  if (!STAYING.has(toks[k]?.key ?? "")) return -1;
  const as = toks[k + 1]?.key === "on" ? k + 2 : k + 1;
  return toks[as]?.key === "as" ? as : -1;
}

export function officesAfterAs(sentences: readonly Sentence[], people: Person[], covered: Covered): void {
  for (const p of people) {
    for (const m of p.mentions) {
      const s = sentences[m.sentenceIndex];
      if (!s) continue;
      const toks = s.tokens;
      const first = toks.findIndex((t) => t.start === m.start);
      const last = toks.findIndex((t) => t.end === m.end);
      if (first < 0 || last < 0) continue;
      let k = last + 1;
      const appointed = APPOINTING.has(toks[first - 1]?.key ?? "");
      if (appointed && toks[k]?.text === ",") {
        // An apposition between the name and "as": up to its closing comma.
        let c = k + 1;
        while (c < toks.length && c < k + 25 && toks[c]?.text !== "," && toks[c]?.text !== ".") c++;
        k = toks[c]?.text === "," ? c + 1 : -1;
      } else if (!appointed && toks[k]?.text === "," && toks[k + 1]?.key === "who") {
        // ", who also served briefly as": lower-case words only, one of them a serving verb.
        let c = k + 2;
        let serving = false;
        while (c < k + 7 && toks[c]?.kind === "word" && !toks[c]?.cap && toks[c]?.key !== "as") {
          if (SERVING.has(toks[c]?.key ?? "")) serving = true;
          c++;
        }
        k = serving ? c : -1;
      } else if (!appointed) {
        // "with To Lam re-elected as General Secretary", "Vance was appointed as …": the appointment told after the name.
        const verb = appointedAfter(toks, k);
        if (verb < 0) continue;
        k = verb;
      }
      if (k < 0 || toks[k]?.key !== "as") continue;
      let r = k + 1;
      if (AS_DETERMINERS.has(toks[r]?.key ?? "")) r++;
      const chain = parseRoleChain(s, r, covered);
      // "as President Biden's guest": a name after the title makes it someone else's.
      if (!chain || parseName(s, chain.next, covered, 1)) continue;
      for (const role of chain.roles) {
        const name = roleName(textOf(s, { from: role.from, to: role.office ?? role.to }));
        if (name === "" || RELATIONS.has(fold(name).split(" ").at(-1) ?? "")) continue;
        if (p.roles.some((x) => fold(x.role) === fold(name))) continue;
        const a = toks[role.from] as Token;
        const b = toks[role.to - 1] as Token;
        p.roles.push({ role: name, start: a.start, end: b.end });
      }
    }
  }
}

/**
 * "For Carl Thayer, the upgrade …" then "Professor Thayer said": a person the text cues only by surname is the one it
 * names in full, uncued, elsewhere: one capitalised word straight before the surname that is no title, place or
 * function word, the same given name wherever the pair stands.
 */
export function givenNamesOfSurnames(sentences: readonly Sentence[], people: Person[], covered: Covered): void {
  const lone = new Map<string, Person>();
  for (const p of people) if (!p.key.includes(" ") && !p.key.includes("-")) lone.set(p.key, p);
  if (lone.size === 0) return;
  const taken = new Set(people.map((p) => p.key));
  const given = new Map<Person, string | null>();
  for (const s of sentences) {
    const toks = s.tokens;
    for (let k = 1; k < toks.length; k++) {
      const p = lone.get((toks[k] as Token).key);
      if (!p || !(toks[k] as Token).cap) continue;
      const g = toks[k - 1] as Token;
      const before = toks[k - 2];
      const ok =
        g.kind === "word" &&
        g.cap &&
        glued(g, toks[k]) === false &&
        /^\p{Lu}\p{Ll}+$/u.test(g.text) &&
        !NOT_NAME.has(g.key) &&
        !FUNCTION_WORDS.has(g.key) &&
        !DEMONYMS.has(g.key) &&
        !PLACE_WORDS.has(g.key) &&
        !covered(s.index, k - 1) &&
        // Mid-sentence after a lower-case word or a comma ("But Thayer said" opens with no given name); a third
        // capital before the pair makes it part of a longer name or a body's name, but a preposition opening the
        // sentence ("For Carl Thayer, …") is only capitalised.
        !!before &&
        ((before.kind === "word" && !before.cap) ||
          before.text === "," ||
          (k === 2 && OPENING_PREPOSITIONS.has(before.key)) ||
          officeOfPlace(toks, k - 2) ||
          // "Adviser to the Prime Minister on Foreign Affairs and National Security Sartaj Aziz": a long title the
          // reader could not follow ends on a word of an office's complement, and the name starts after it.
          (before.kind === "word" && before.cap && COMPLEMENT.has(before.key) && !COMPLEMENT.has(g.key)) ||
          // "led by retired Marine Jo Roe": a service member's word, itself after a lower-case word, is no part of it.
          (before.kind === "word" &&
            SERVICE_NOUNS.has(before.key) &&
            toks[k - 3]?.kind === "word" &&
            toks[k - 3]?.cap === false)) &&
        !toks[k + 1]?.cap;
      if (!ok) continue;
      const name = `${g.text} ${(toks[k] as Token).text}`;
      const had = given.get(p);
      given.set(p, had === undefined || had === name ? name : null);
    }
  }
  for (const [p, name] of given) {
    if (!name) continue;
    const full = canonicalName(name);
    const key = shortKey(full);
    if (taken.has(key)) continue;
    p.name = full;
    p.key = key;
  }
}

// Closing quotation marks a credit may follow ('"…," Lecornu told reporters').
const CLOSING_MARKS = new Set(['"', "”", "’", "'"]);

/** A capitalised word that may be part of a name: no title, place, demonym or function word, not read already. */
function nameWordAt(s: Sentence, k: number, covered: Covered): boolean {
  const g = s.tokens[k];
  return (
    g?.kind === "word" &&
    g.cap &&
    /^\p{Lu}\p{Ll}+$/u.test(g.text) &&
    !NOT_NAME.has(g.key) &&
    !FUNCTION_WORDS.has(g.key) &&
    !DEMONYMS.has(g.key) &&
    !PLACE_WORDS.has(g.key) &&
    !covered(s.index, k)
  );
}

/** A name word that may be a given name before a surname: no adverb opening a sentence, no honorific ("Pak"). */
function givenNameAt(s: Sentence, k: number, covered: Covered): boolean {
  const key = s.tokens[k]?.key ?? "";
  return nameWordAt(s, k, covered) && !/ly$/.test(key) && !ONE_WORD_HONORIFICS.has(key);
}

/**
 * "Sébastien Lecornu watched from the stands …" then '"…," Lecornu told reporters': a single word credited with a
 * quotation names a person when the text writes it in full once, uncued, as a pair of capitalised words that opens a
 * sentence or follows a lower-case word or a comma. The credit is the cue the full name lacked; the pair must be the
 * same wherever it stands, and no one read already carries the surname.
 */
export function fullNamesOfCreditedSurnames(sentences: readonly Sentence[], people: Person[], covered: Covered): void {
  const credited = new Set<string>();
  for (const s of sentences) {
    const toks = s.tokens;
    for (let k = 2; k + 1 < toks.length; k++) {
      if (!SPEECH_VERBS.has(toks[k + 1]?.key ?? "")) continue;
      if (toks[k - 1]?.text !== "," && !CLOSING_MARKS.has(toks[k - 1]?.text ?? "")) continue;
      if (!CLOSING_MARKS.has(toks[k - 1]?.text ?? "") && !CLOSING_MARKS.has(toks[k - 2]?.text ?? "")) continue;
      if (nameWordAt(s, k, covered)) credited.add((toks[k] as Token).key);
    }
  }
  if (credited.size === 0) return;
  for (const p of people) for (const part of nameParts(p.key)) credited.delete(part);
  if (credited.size === 0) return;
  const pairs = new Map<string, { name: string | null; s: Sentence; k: number }>();
  for (const s of sentences) {
    const toks = s.tokens;
    for (let k = 1; k < toks.length; k++) {
      const w = toks[k] as Token;
      if (!credited.has(w.key) || !w.cap || !givenNameAt(s, k - 1, covered)) continue;
      const before = toks[k - 2];
      const opens = k === 1 || (k === 2 && CLOSING_MARKS.has(before?.text ?? ""));
      const ok =
        glued(toks[k - 1], w) === false &&
        (opens || (before?.kind === "word" && !before.cap) || before?.text === ",") &&
        !toks[k + 1]?.cap &&
        !covered(s.index, k);
      if (!ok) continue;
      const name = `${(toks[k - 1] as Token).text} ${w.text}`;
      const had = pairs.get(w.key);
      pairs.set(w.key, had === undefined ? { name, s, k } : { ...had, name: had.name === name ? name : null });
    }
  }
  const taken = new Set(people.map((p) => p.key));
  for (const { name, s, k } of pairs.values()) {
    if (!name) continue;
    const full = canonicalName(name);
    const key = shortKey(full);
    if (taken.has(key)) continue;
    const a = s.tokens[k - 1] as Token;
    const b = s.tokens[k] as Token;
    people.push({
      name: full,
      key,
      roles: [],
      mentions: [{ sentenceIndex: s.index, start: a.start, end: b.end, surface: name }],
    });
    taken.add(key);
  }
}

/**
 * "Mayor of Sakai Hideki Nagafuji": the one capitalised word at k closes "<title> of <place>", so the pair after it may
 * be a name (the place is a single word, straight after "of" and a title's last word).
 */
function officeOfPlace(toks: readonly Token[], k: number): boolean {
  const place = toks[k];
  const title = toks[k - 2];
  return (
    place?.kind === "word" &&
    place.cap &&
    toks[k - 1]?.key === "of" &&
    title?.kind === "word" &&
    title.cap &&
    HEAD_LAST.has(title.key)
  );
}

/**
 * Once a full name is known, its other occurrences are mentions too, cue or not; so is one part of it used alone
 * before a lower-case word ("Saysomphone thanked"), when no other person shares that part.
 */
export function addUncuedMentions(sentences: readonly Sentence[], people: Person[]): void {
  const index = new PhraseIndex<Person>();
  const parts = new Map<string, Person | null>();
  const sharers = new Map<string, Person[]>();
  for (const p of people) {
    if (!p.key.includes(" ")) continue;
    index.add(p.name, p);
    // "Benigno Aquino III" after "Benigno S. Aquino III": the shorter form is the same person.
    const short = withoutInitials(withoutInnerHonorifics(p.name));
    if (short !== p.name) index.add(short, p);
    const words = nameParts(p.key);
    for (const w of [words[0], words.at(-1)]) {
      if (!w || NOT_NAME.has(w) || FUNCTION_WORDS.has(w)) continue;
      parts.set(w, parts.has(w) && parts.get(w) !== p ? null : p);
      const list = sharers.get(w) ?? [];
      if (!list.includes(p)) list.push(p);
      sharers.set(w, list);
    }
  }
  // "said Nguyen Hoang Linh" then "Nguyen, a visiting fellow …": a part two people share is the one of them named
  // last, within the two sentences before.
  const lastNamed = (w: string, s: Sentence, at: number): Person | undefined => {
    let best: Person | undefined;
    let nearest = -1;
    for (const p of sharers.get(w) ?? []) {
      for (const m of p.mentions) {
        if (m.start < at && m.start > nearest && m.sentenceIndex >= s.index - 2 && m.surface.includes(" ")) {
          nearest = m.start;
          best = p;
        }
      }
    }
    if (best) return best;
    // "Samsung's chief Lee Jae-yong …" early on, "received Lee" further down, a minister Lee Chang-yang introduced only
    // after: a part used alone refers back, so when only one of those sharing it has been named in full before, it is his.
    const introduced = (sharers.get(w) ?? []).filter((p) =>
      p.mentions.some((m) => m.start < at && m.surface.includes(" ")),
    );
    return introduced.length === 1 ? introduced[0] : undefined;
  };
  // Only full names are looked for again: with none, no sentence needs reading.
  const named = people.some((p) => p.key.includes(" "));
  for (const s of named ? sentences : []) {
    for (const m of index.scan(s.tokens)) {
      const a = s.tokens[m.from] as Token;
      const b = s.tokens[m.to - 1] as Token;
      if (m.value.mentions.some((x) => x.start === a.start)) continue;
      m.value.mentions.push({
        sentenceIndex: s.index,
        start: a.start,
        end: b.end,
        surface: s.text.slice(a.start - s.start, b.end - s.start),
      });
    }
    s.tokens.forEach((t, k) => {
      const part = t.cap ? parts.get(t.key) : undefined;
      const owner = part === null ? lastNamed(t.key, s, t.start) : part;
      const next = s.tokens[k + 1];
      if (!owner || s.tokens[k - 1]?.cap || next?.cap) return;
      if (owner.mentions.some((x) => x.start <= t.start && x.end >= t.end)) return;
      owner.mentions.push({ sentenceIndex: s.index, start: t.start, end: t.end, surface: t.text });
    });
  }
  for (const p of people) p.mentions.sort((x, y) => x.start - y.start);
}

const isCounterpart = (role: string) => /\bcounterpart$/i.test(role);

/**
 * "Prime Minister Modi held talks with his Vietnamese counterpart Nguyen Xuan Phuc": a counterpart holds the office of
 * the person named before him in the sentence, when that person holds exactly one.
 */
export function counterpartOffices(
  found: readonly Found[],
  owners: ReadonlyMap<Found, Person>,
  people: Person[],
): void {
  for (const f of found) {
    const p = owners.get(f);
    const last = f.roles.at(-1);
    if (!p || !last || !isCounterpart(textOf(f.sentence, last))) continue;
    // An office of his own, read anywhere in the story, is what he holds; the host's is only a fallback.
    if (p.roles.length > 0) continue;
    // The host is the person named last before him in the sentence ("Foreign Minister Son and his French counterpart
    // Barrot", after "Prime Minister Barnier"), cued or not ("Trudeau and his Vietnamese counterpart, Phuc").
    const at = (f.sentence.tokens[f.name.from] as Token).start;
    let hostPerson: Person | undefined;
    let nearest = -1;
    for (const q of people) {
      if (q === p) continue;
      for (const m of q.mentions) {
        // "Foreign Minister Iwaya, who accompanied Ishiba, held talks with his counterpart": a person named inside a
        // relative clause is not the one who holds the talks.
        if (inRelativeClause(f.sentence, m.start, at)) continue;
        if (m.sentenceIndex === f.sentence.index && m.start < at && m.start > nearest) {
          nearest = m.start;
          hostPerson = q;
        }
      }
    }
    // "Speaking alongside his Vietnamese counterpart Tran Dai Quang, Mr Obama said": with no one named before him in
    // the sentence, the host is the person named next, the subject the opening phrase belongs to.
    if (!hostPerson) {
      const end = (f.sentence.tokens[f.name.to - 1] as Token).end;
      let first = Number.POSITIVE_INFINITY;
      for (const q of people) {
        if (q === p) continue;
        for (const m of q.mentions) {
          if (m.sentenceIndex === f.sentence.index && m.start > end && m.start < first) {
            first = m.start;
            hostPerson = q;
          }
        }
      }
    }
    const offices = hostPerson?.roles.filter((r) => !SECOND_READINGS.has(r) && !isCounterpart(r.role)) ?? [];
    const office = offices.length === 1 ? offices[0] : jointOfficeNearest(f.sentence, offices, nearest);
    if (!office) continue;
    const ra = f.sentence.tokens[last.from] as Token;
    const rb = f.sentence.tokens[last.to - 1] as Token;
    p.roles.push({ role: office.role, start: ra.start, end: rb.end });
  }
}

// Two offices joined by "and" before a name: only a joiner and spaces between them.
const OFFICE_JOINER = /^\s+and\s+$/;

/**
 * "Deputy Prime Minister and Foreign Minister A and his Tajik counterpart B": a host holding two offices, written
 * joined before his name in the counterpart's sentence, meets the counterpart in the office nearest his name, the
 * portfolio the talks are held in. Undefined for any other set of offices.
 */
function jointOfficeNearest(
  s: Sentence,
  offices: ReadonlyArray<{ role: string; start: number; end: number }>,
  hostAt: number,
): { role: string; start: number; end: number } | undefined {
  if (offices.length !== 2 || hostAt < 0) return undefined;
  const [a, b] = [...offices].sort((x, y) => x.start - y.start) as [(typeof offices)[0], (typeof offices)[0]];
  if (a.start < s.start || b.end > hostAt) return undefined;
  if (!OFFICE_JOINER.test(s.text.slice(a.end - s.start, b.start - s.start))) return undefined;
  return /^\s*$/.test(s.text.slice(b.end - s.start, hostAt - s.start)) ? b : undefined;
}

const RELATIVES = new Set(["who", "whom", "whose", "which"]);

/** The words at `start` stand in a clause ", who …," that closes before `before`. */
function inRelativeClause(s: Sentence, start: number, before: number): boolean {
  const toks = s.tokens;
  const at = toks.findIndex((t) => t.start === start);
  if (at < 0) return false;
  let open = -1;
  for (let k = at - 1; k >= 0; k--) {
    if (toks[k]?.text !== ",") continue;
    open = RELATIVES.has(toks[k + 1]?.key ?? "") ? k : -1;
    break;
  }
  if (open < 0) return false;
  return toks.some((t, k) => k > at && t.text === "," && t.start < before);
}
