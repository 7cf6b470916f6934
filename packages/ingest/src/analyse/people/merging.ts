// Found readings merged into people: one person per canonical name, a surname or alias joined to the full name,
// roles kept once each.
import { fold } from "../fold.js";
import type { Sentence } from "../sentences.js";
import type { Token } from "../tokens.js";
import { GLUED_NAME } from "./names.js";
import { type Found, type Person, textOf, writtenName } from "./person.js";
import { canonicalName, KNOWN_BY_PART, NAME_ALIASES, shortKey } from "./person-names.js";
import { roleName } from "./role-names.js";
import {
  BARE_RANKS,
  DEMONYMS,
  GENERIC,
  HONORIFICS_BY_FIRST,
  NOT_NAME,
  PARTICLES,
  PLACE_WORDS,
  RANKING,
  RELATIONS,
  SPEECH_VERBS,
  SUFFIXES,
  SURNAMES,
} from "./titles.js";

/** A lone capitalised word after a title is a surname only where a name can end: "President Biden said", "Kishida's". */
function standsAlone(f: Found): boolean {
  const toks = f.sentence.tokens;
  // "the State Palace", "to Government Palace": a building after a title word is a place, not a surname.
  if (f.name.to - f.name.from === 1 && PLACE_WORDS.has(toks[f.name.from]?.key ?? "")) return false;
  const next = toks[f.name.to];
  if (!next) return true;
  if (next.text === "'") return toks[f.name.to + 1]?.key === "s";
  if (next.key === "of") return false;
  return [",", ".", ";", ":", "and", "(", ")"].includes(next.key) || SPEECH_VERBS.has(next.text) || !next.cap;
}

/**
 * "Defence Minister A K Antony … Antony told Thanh": the page writes the known figure's surname after other given names
 * (a name the readers did not take whole), so the surname alone is that namesake, not the figure the data lists.
 */
function namesAnotherHolder(sentences: readonly Sentence[], word: string, known: string): boolean {
  const given = nameParts(fold(known))[0];
  for (const s of sentences) {
    const toks = s.tokens;
    for (let k = 1; k < toks.length; k++) {
      if (toks[k]?.key !== word || !toks[k - 1]?.cap || toks[k - 1]?.kind !== "word") continue;
      // The capitals straight before it, back over initials' full stops ("George W. Bush").
      let from = k - 1;
      while (from > 0 && (toks[from - 1]?.cap || toks[from - 1]?.text === ".") && k - from < 4) from--;
      const before = toks.slice(from, k).filter((t) => t.kind === "word");
      if (before.some((t) => t.key === given)) continue;
      const last = before.at(-1) as Token;
      if (/^\p{Lu}$/u.test(last.text)) return true;
      const plain = !NOT_NAME.has(last.key) && !HONORIFICS_BY_FIRST.has(last.key) && !DEMONYMS.has(last.key);
      if (k > 1 && plain) return true;
    }
  }
  return false;
}

/** Name words without a generational suffix: "ferdinand marcos jr." → ferdinand, marcos. */
export function nameParts(key: string): string[] {
  return key.split(" ").filter((w) => !SUFFIXES.has(w.replace(/\.$/, "")));
}

/**
 * "Mohamed Khaled" after "Mohamed Khaled Nordin": a name of two words or more that is the full name without its last
 * word (a father's name, a family name news drops on second mention) is the same person. One word only: "Aung San"
 * beside "Aung San Suu Kyi" is her father. Not for Vietnamese names, which keep the given name (the last word) when
 * they shorten, so "Nguyen Van" or "Tran Dai" is never the short form of anyone.
 */
function droppedLastName(short: string, full: string): boolean {
  if (!short.includes(" ") || !full.startsWith(`${short} `)) return false;
  const rest = full.slice(short.length + 1);
  const first = short.split(" ")[0] ?? "";
  // "Wan Rosli" after "Wan Rosli Wan Abdul Hamid": a Malay father's name, opened by the hereditary title the person's
  // own name opens with, is dropped whole, however many words it has.
  if (rest.startsWith(`${first} `) && !SURNAMES.has(first)) return true;
  return !rest.includes(" ") && !SUFFIXES.has(rest.replace(/\.$/, "")) && !SURNAMES.has(first) && !PARTICLES.has(rest);
}

/**
 * "Saber Chowdhury" after "Saber Hossain Chowdhury": two words that are the first and last of a three-word name, the
 * middle name dropped on second mention as South Asian and Western copy does, name the same person. Not for Vietnamese
 * names, whose middle words are never dropped alone ("Nguyen Tam" is no short form of "Nguyen Van Tam").
 */
function droppedMiddleName(short: string, full: string): boolean {
  const s = short.split(" ");
  if (s.length !== 2) return false;
  const f = full.split(" ");
  return (
    f.length === 3 &&
    f[0] === s[0] &&
    f[2] === s[1] &&
    !SURNAMES.has(s[0] as string) &&
    !SUFFIXES.has((s[1] as string).replace(/\.$/, "")) &&
    !PARTICLES.has(f[1] as string)
  );
}

/** `[...people.values()].find(test)`, without the copy. */
function firstPerson(people: ReadonlyMap<string, Person>, test: (p: Person) => boolean): Person | undefined {
  for (const p of people.values()) if (test(p)) return p;
  return undefined;
}

/**
 * Roles read besides the title as written: with its state ("Vietnamese Prime Minister", "President of China") or in
 * its long form ("Minister of Foreign Affairs"). They never make the office as written redundant, nor count as a
 * second office.
 */
export const SECOND_READINGS = new WeakSet<object>();

// How recently a person sharing a family name with another must have been named to take that name used alone.
const JUST_NAMED_SENTENCES = 2;

export function mergePeople(
  found: Found[],
  sentences: readonly Sentence[],
): { people: Person[]; owners: Map<Found, Person> } {
  const people = new Map<string, Person>();
  const full = found.filter((f) => f.name.to - f.name.from >= 2 && !f.honorificOnly);
  const owners = new Map<Found, Person>();
  // nameParts of each person's key, asked of every person for every reading: read once per key.
  const partsByKey = new Map<string, string[]>();
  const partsOf = (key: string): string[] => {
    let got = partsByKey.get(key);
    if (got === undefined) {
      got = nameParts(key);
      partsByKey.set(key, got);
    }
    return got;
  };
  const add = (key: string, name: string, f: Found) => {
    let p = people.get(key);
    if (!p) {
      p = { name, key, roles: [], mentions: [] };
      people.set(key, p);
    } else if (shortKey(name) === key && name.split(" ").length > p.name.split(" ").length) {
      // "Benigno Aquino III" first, "Benigno S. Aquino III" later: the person is named in the fullest form given.
      p.name = name;
    }
    owners.set(f, p);
    const a = f.sentence.tokens[f.name.from] as Token;
    const b = f.sentence.tokens[f.name.to - 1] as Token;
    p.mentions.push({
      sentenceIndex: f.sentence.index,
      start: a.start,
      end: b.end,
      surface: textOf(f.sentence, f.name),
    });
    // One reading per office: "Vietnamese Prime Minister" is the office "Prime Minister" held for Vietnam, not a
    // second role (the state is the person's country, already a finding of its own).
    for (const r of f.roles) {
      const asWritten = textOf(f.sentence, { from: r.from, to: r.office ?? r.to });
      const written = r.plural ? asWritten.replace(/s$/, "") : asWritten;
      // "Dung, the first Vietnamese head of government to visit …": a lower-case rank in a series of visitors describes
      // the visit, not an office ("First Deputy Prime Minister", capitalised, is one).
      // A two-word title ("first lady") is an office of its own.
      const words = written.split(" ");
      if (words.length >= 3 && RANKING.has(words[0] ?? "")) continue;
      const role = roleName(written);
      // "his grandfather Kim Il Sung": a relation names the person, it is no office.
      if (role === "" || RELATIONS.has(fold(role).split(" ").at(-1) ?? "")) continue;
      if (!p.roles.some((x) => fold(x.role) === fold(role))) {
        const ra = f.sentence.tokens[r.from] as Token;
        const rb = f.sentence.tokens[r.to - 1] as Token;
        const entry = { role, start: ra.start, end: rb.end };
        p.roles.push(entry);
      }
    }
  };
  for (const f of full) {
    const name = canonicalName(writtenName(f));
    // "Díaz-Canel" after "Miguel Díaz-Canel": a hyphenated surname alone is the person named in full.
    // "Lula da Silva" after "Luiz Inácio Lula da Silva": the full name's last words are the same person ("Aung San"
    // before "Aung San Suu Kyi" is her father, so only an ending counts).
    const key = shortKey(name);
    // "U.Khurelsukh" after "Ukhnaagiin Khurelsukh": a glued initial and the surname name the person named in full.
    const glued = GLUED_NAME.exec(name);
    // The words asked of every person are built once per reading, not once per person.
    const spaced = ` ${key}`;
    const inner = key.includes("-") && !key.includes(" ") ? ` ${key} ` : null;
    const gluedLast = glued !== null ? fold(glued[2] ?? "") : "";
    const gluedFirst = glued !== null ? fold(glued[1] ?? "") : "";
    const owner = firstPerson(
      people,
      (p) =>
        p.key.endsWith(spaced) ||
        // "Dela Cruz" after "Juan P. Dela Cruz Jr.": the full name's last words before its suffix.
        (key.includes(" ") && p.key.endsWith(".") && ` ${partsOf(p.key).join(" ")}`.endsWith(spaced)) ||
        droppedLastName(key, p.key) ||
        droppedMiddleName(key, p.key) ||
        // "Díaz-Canel" after "Miguel Díaz-Canel Bermúdez": a hyphenated surname inside the full name.
        (inner !== null && p.key.includes(inner)) ||
        // "Oyun-Erdene" after "Oyun-Erdene Luvsannamsrai": a hyphened given name alone, as Mongolian copy calls a
        // person by it, opening a two-word name.
        (inner !== null && p.key.startsWith(inner.trimStart()) && p.key.split(" ").length === 2) ||
        (glued !== null && partsOf(p.key).at(-1) === gluedLast && p.key.startsWith(gluedFirst) && p.key.includes(" ")),
    );
    if (owner) add(owner.key, owner.name, f);
    else {
      // "Lula da Silva" first, "Luiz Inácio Lula da Silva" later: the person named so far by the full name's last words
      // is the same person, now filed under the fullest form given (as "Lula da Silva" after the full name is).
      const shorter = firstPerson(
        people,
        (p) =>
          p.key.includes(" ") &&
          (key.endsWith(` ${p.key}`) || droppedLastName(p.key, key) || droppedMiddleName(p.key, key)),
      );
      if (shorter) {
        people.delete(shorter.key);
        shorter.key = key;
        shorter.name = name;
        people.set(key, shorter);
      }
      add(key, name, f);
    }
  }
  for (const f of found) {
    if (f.honorificOnly) {
      // The person last introduced with every one of these honorific words ("Samdech Moha Borvor Thipadei Hun Manet").
      const words = f.honorific ?? [];
      const intro = found
        .filter((g) => g !== f && !g.honorificOnly && owners.get(g) && g.sentence.index <= f.sentence.index)
        .filter((g) => words.every((w) => g.honorific?.includes(w)))
        .at(-1);
      const owner = intro ? owners.get(intro) : undefined;
      if (owner) add(owner.key, owner.name, f);
      continue;
    }
    if (f.name.to - f.name.from >= 2) continue;
    const word = (f.sentence.tokens[f.name.from] as Token).key;
    // "Tengku Zafrul" after "Tengku Zafrul Abdul Aziz": the word after the style is the name used alone.
    const styled = f.style ? fold(f.style) : null;
    // A bare surname: Vietnamese and Western names put it last ("Trung", "Blinken"), Chinese first ("Xu").
    const holders = f.monarch
      ? []
      : [...people.values()].filter((p) => {
          const parts = partsOf(p.key);
          // "Lula" for "Luiz Inácio Lula da Silva": the word before a surname particle is the name used alone.
          const beforeParticle = parts.some((w, k) => k >= 2 && PARTICLES.has(w) && parts[k - 1] === word);
          const afterStyle = styled !== null && parts[0] === styled && parts[1] === word;
          return parts.at(-1) === word || parts[0] === word || beforeParticle || afterStyle;
        });
    // "Speaker Kim Jin-pyo …", later "Kim Eun-hee, a researcher, said …" then "Kim said": of two people sharing the
    // name, one just named (in this sentence or the two before) takes it from the one the story named first. A
    // relative named in passing paragraphs earlier ("Trudeau's father, Pierre Trudeau, …") does not.
    const at = (f.sentence.tokens[f.name.from] as Token).start;
    const lastBefore = (p: Person) =>
      Math.max(-1, ...p.mentions.filter((m) => m.start < at).map((m) => m.sentenceIndex));
    const latest = holders.reduce<Person | undefined>(
      (best, p) => (best === undefined || lastBefore(p) > lastBefore(best) ? p : best),
      undefined,
    );
    const owner = latest && lastBefore(latest) >= f.sentence.index - JUST_NAMED_SENTENCES ? latest : holders[0];
    const alias = NAME_ALIASES.get(word);
    if (alias) add(fold(alias), alias, f);
    else if (owner) add(owner.key, owner.name, f);
    else if (
      !f.cued &&
      !f.needsOwner &&
      KNOWN_BY_PART.has(word) &&
      !SURNAMES.has(nameParts(fold(KNOWN_BY_PART.get(word) ?? ""))[0] ?? "") &&
      !namesAnotherHolder(sentences, word, KNOWN_BY_PART.get(word) as string)
    ) {
      // "Modi told the press", where the full name stood only in a caption or dateline the cleaner removed: the surname
      // of a public figure the data lists, speaking, is that figure (not a Vietnamese given name: "Trung" is many people).
      const known = KNOWN_BY_PART.get(word) as string;
      add(shortKey(known), known, f);
    } else if (f.cued && !f.needsOwner && standsAlone(f)) {
      // "Thai Prime Minister Srettha": a public figure the data lists, when only one of them has that name.
      const known = KNOWN_BY_PART.get(word);
      const name = known ?? writtenName(f);
      add(fold(name), name, f);
    }
  }
  // "Ts.Elbegdorj" before "Tsakhia Elbegdorj": the glued initial named first is the person named in full later.
  for (const p of [...people.values()]) {
    const short = GLUED_NAME.exec(p.name);
    if (!short) continue;
    const full = [...people.values()].find(
      (o) =>
        o !== p &&
        o.key.includes(" ") &&
        nameParts(o.key).at(-1) === fold(short[2] ?? "") &&
        o.key.startsWith(fold(short[1] ?? "")),
    );
    if (!full) continue;
    full.mentions.push(...p.mentions);
    for (const r of p.roles) if (!full.roles.some((x) => fold(x.role) === fold(r.role))) full.roles.push(r);
    for (const [f, o] of owners) if (o === p) owners.set(f, full);
    people.delete(p.key);
  }
  // "Prime Minister Prayut Chan-o-cha …" then '"…," Gen Prayut said': a rank written short with no stop, before one
  // word that names someone already named in full, is that person's rank, not a given name ("Gen Nakatani", named so
  // alone, stays a name).
  for (const p of [...people.values()]) {
    const rank = BARE_RANKS.find((r) => p.key.startsWith(`${r} `));
    if (!rank) continue;
    const word = p.key.slice(rank.length + 1);
    if (word.includes(" ")) continue;
    const full = [...people.values()].filter((o) => {
      if (o === p || !o.key.includes(" ")) return false;
      const parts = partsOf(o.key);
      return parts[0] === word || parts.at(-1) === word;
    });
    const named = full[0];
    if (full.length !== 1 || !named) continue;
    named.mentions.push(...p.mentions);
    for (const [f, o] of owners) if (o === p) owners.set(f, named);
    people.delete(p.key);
  }
  // A bare "Minister" adds nothing when the text also gives "Minister of Foreign Affairs"; nor does "leader" beside
  // "General Secretary".
  for (const p of people.values()) {
    const office = p.roles.some((r) => !GENERIC.has(fold(r.role)));
    p.roles = p.roles.filter(
      (r) =>
        !(office && GENERIC.has(fold(r.role))) &&
        !p.roles.some((o) => o !== r && !SECOND_READINGS.has(o) && ` ${fold(o.role)} `.includes(` ${fold(r.role)} `)),
    );
  }
  return { people: [...people.values()], owners };
}
