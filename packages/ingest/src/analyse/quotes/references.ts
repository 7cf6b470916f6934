import { escapeLiteral } from "../../clean/patterns.js";
import { countryCode } from "../countries.js";
import { fold } from "../fold.js";
import { allMatches } from "../partnerships/all-matches.js";
import { isTitleWord, type Person, titles } from "../people/index.js";
import { splitLine } from "../sentences.js";
import type { MentionRef, QuoteContext } from "./context.js";
import {
  CLAUSE_BREAK,
  CLAUSE_VERB,
  DEMONYMS,
  DEPUTY,
  LINKING_WORD,
  OPENING_PHRASE,
  ORG_SPEAKER,
  PRONOUN,
  PRONOUN_SUBJECT,
  REFERENCES,
  ROLE_REF,
  ROLE_REF_ALL,
  roleHas,
  SECOND_ROLE,
  stateAfter,
  UNKNOWN_DEMONYM,
  VERB,
  wordCount,
} from "./rules.js";

// Resolving a reference to someone named before: "he", "she", "the minister", "the Vietnamese leader", "the Prime
// Minister and Minister of Foreign Affairs". Each looks back from the quotation through the people's mentions.

/** ", Minh said.": a verb of saying straight after a name that closes the sentence. */
const CLOSING_CREDIT = /^\s+(?:said|says|added|adds|noted|notes|stated)[.;]/;

/** The subject of the last sentence before pos that named someone (optionally one "she" or "he" fits). */
export function subjectBefore(ctx: QuoteContext, pos: number, pronoun?: string): Person | null {
  const before = ctx.allBefore(pos);
  const fits = (p: Person) => !pronoun || ctx.fitsPronoun(p, pronoun);
  // A sentence that names people only as objects ("under Prime Minister Hun Sen") has a subject named earlier.
  let subjectFallback: Person | null = null;
  let objectFallback: Person | null = null;
  // '"…", in the words of Dr Nguyen Thi Mai, … "…," she said': a woman named only as an object is "she" before a
  // subject of no known sex further back.
  let womanObject: Person | null = null;
  const she = pronoun?.toLowerCase() === "she";
  let seen = 0;
  for (let i = before.length - 1; i >= 0 && seen < 6; ) {
    const s = (before[i] as MentionRef).sentenceIndex;
    const same: MentionRef[] = [];
    while (i >= 0 && (before[i] as MentionRef).sentenceIndex === s) same.unshift(before[i--] as MentionRef);
    seen++;
    const subjects = same.filter((m) => !ctx.isObject(m));
    // "Chancellor X's visit … saw ties set up, Minh said.": the one a closing credit names spoke that sentence, and
    // a pronoun after it goes on with him, not with a person named as the owner of its subject.
    const fit =
      subjects.find((m) => fits(m.person) && CLOSING_CREDIT.test(ctx.body.slice(m.end, m.end + 16))) ??
      subjects.find((m) => fits(m.person));
    if (fit) return fit.person;
    if (subjects[0]) subjectFallback ??= subjects[0].person;
    else objectFallback ??= same.at(-1)?.person ?? null;
    if (she) womanObject ??= same.findLast((m) => ctx.isObject(m) && ctx.cueOf(m.person).female)?.person ?? null;
  }
  if (womanObject) return womanObject;
  const fallback = subjectFallback ?? objectFallback;
  if (!fallback || !pronoun) return fallback;
  return pronoun.toLowerCase() === "she" || !ctx.cueOf(fallback).female ? fallback : null;
}

function byRole(
  ctx: QuoteContext,
  adjectives: string,
  noun: string,
  pos: number,
  refAt = pos,
  depth = 0,
  stateCodes: readonly string[] = [],
  not?: Person,
): Person | null {
  const key = fold(noun);
  const patterns = REFERENCES.get(key) ?? [key];
  // "Vietnam's head of state": a country's possessive names the nationality as a demonym does.
  const codesOf = (words: string) =>
    words
      .split(/\s+/)
      .map(
        (w) =>
          DEMONYMS.get(fold(w)) ??
          (/['’]s$/.test(w) ? countryCode(w.slice(0, -2)) : /^(?:\p{Lu}\.)+$/u.test(w) ? countryCode(w) : null) ??
          // "the Ugandan minister" with a nationality the gazetteer lacks: still one nobody known to be of another
          // country can be.
          (UNKNOWN_DEMONYM.test(w) ? `?${fold(w)}` : undefined),
      )
      .filter((c): c is string => c !== undefined);
  const codes = [...codesOf(adjectives), ...stateCodes];
  // "his counterpart said": with no nationality the noun could point to either side of the talks.
  if (codes.length === 0 && NATIONAL_REFERENCES.has(key)) return null;
  const mentioned = ctx
    .allBefore(Math.min(pos, refAt))
    .filter((m) => m.person !== not)
    .reverse();
  // "Productive talks with President B," a post read as A's quote: a name inside quoted words is looked to only after
  // every name the narrative gives.
  // A quotation split by its credit spans the credit too: only a name among its words counts.
  const quoted = (m: MentionRef) =>
    ctx.out.some((q) => m.start >= q.start && m.end <= q.end && q.text.includes(ctx.body.slice(m.start, m.end)));
  const before = [...mentioned.filter((m) => !quoted(m)), ...mentioned.filter(quoted)];
  const nationFits = (p: Person) => codes.length === 0 || codes.some((c) => ctx.cueOf(p).codes.has(c));
  const nationOpen = (p: Person) => nationFits(p) || ctx.cueOf(p).codes.size === 0;
  // "the minister" is not the prime minister when another minister is in the text.
  // "the Vietnamese leader" is not the deputy prime minister: a deputy's office matches only a reference to a deputy.
  // "The Vice Governor thanked …": a deputy's word before the noun is the reference's own, so it is to a deputy only.
  const deputyWords = DEPUTY.test(fold(adjectives));
  // "the Lao official": a noun whose offices take in deputies ('official') is to a vice governor too.
  const deputyRef = DEPUTY.test(key) || deputyWords || patterns.some((x) => DEPUTY.test(x));
  const fits = (p: Person) =>
    p.roles.some((r) => {
      const role = fold(r.role);
      if (key === "minister" && /prime minister$/.test(role)) return false;
      if (deputyWords && !DEPUTY.test(role)) return false;
      return patterns.some((x) => roleHas(role, x) && (deputyRef || !DEPUTY.test(role) || DEPUTY.test(x)));
    });
  // "his German counterpart Guido Westerwelle" is "the German minister": nationality with no title of his own.
  const untitled = (p: Person) => p.roles.every((r) => /\bcounterpart$/i.test(r.role));
  /** The most recent sentence's match, its subject first ("President A and Vietnamese President B …"). */
  const pickAny = (ok: (p: Person) => boolean): MentionRef | undefined => {
    const hit = before.find((m) => ok(m.person));
    if (!hit) return undefined;
    const same = before.filter((m) => m.sentenceIndex === hit.sentenceIndex && ok(m.person)).reverse();
    // "Putin called on Trong, but it was To Lam … who struck a different note. Vietnam, the President said, …": a
    // clause after "but" (or a semicolon) has its own subject, and the reference is to the nearer clause's.
    const clause = same.filter((m) => !CLAUSE_BREAK.test(ctx.body.slice(m.end, hit.start)));
    const subject = clause.find((m) => !ctx.isObject(m)) ?? same.find((m) => !ctx.isObject(m));
    if (subject) return subject;
    // "was due to meet General Secretary To Lam and call on President Luong Cuong. The Vietnamese leader described …":
    // two who fit, both only objects of the latest sentence, leave the reference to the one the story had as its
    // subject before them (the host who held the talks).
    // "With Prime Minister B, she co-chaired …" after "Prime Minister A paid a visit": so does one who fits, only the
    // object of a fronted phrase whose clause's subject is the visitor.
    if (new Set(same.map((m) => m.person)).size > 1 || frontedObject(ctx, hit))
      return before.find((m) => ok(m.person) && !ctx.isObject(m)) ?? hit;
    return hit;
  };
  // "during a visit by then Prime Minister X" then "the Vietnamese leader said": a reference in the story's present is
  // to someone holding the office now, not to one the page names only as its past holder.
  const pick = (ok: (p: Person) => boolean): MentionRef | undefined =>
    pickAny((p) => ok(p) && !ctx.pastHolder(p)) ?? pickAny(ok);
  // "the Science and Innovation Minister": capitalised portfolio words before the noun pick the one whose office
  // holds them all, before anyone nearer with the bare noun.
  const portfolio = adjectives
    .split(/\s+/)
    .filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !DEMONYMS.has(fold(w)) && countryCode(w) === null)
    .map((w) => fold(w));
  const holds = (p: Person) => p.roles.some((r) => portfolio.every((w) => fold(r.role).split(/\s+/).includes(w)));
  const hit =
    (portfolio.length > 0 ? pick((p) => fits(p) && nationFits(p) && holds(p)) : undefined) ??
    pick((p) => fits(p) && nationFits(p)) ??
    (codes.length > 0 ? pick((p) => nationFits(p) && ctx.cueOf(p).codes.size > 0 && untitled(p)) : undefined) ??
    pick((p) => fits(p) && nationOpen(p)) ??
    // "The President of Russia pointed out …" on a page that gives the Russian no title: a state no one named fits is
    // the one person of no known state and no office; so does "the French president" of a page that never calls
    // Macron French or president.
    (codes.length > 0 ? pick((p) => ctx.cueOf(p).codes.size === 0 && p.roles.length === 0) : undefined);
  // "The Vietnamese Prime Minister said …" then "…," the Prime Minister added: the later reference repeats the earlier.
  if (depth < 2) {
    const from = hit ? hit.end : 0;
    const limit = Math.min(pos, refAt);
    let last: RegExpExecArray | null = null;
    if (limit > from) {
      // allMatches, not matchAll, which copies the long alternation at every call
      for (const m of allMatches(ROLE_REF_ALL, ctx.body.slice(from, limit))) {
        // "The Vietnamese minister said …" then "The Omani minister, for his part, said:": another nationality is
        // another person, not a restatement.
        const theirs = codesOf(m[1] ?? "");
        const clash = codes.length > 0 && theirs.length > 0 && !theirs.some((c) => codes.includes(c));
        if (fold(m[2] ?? "") === key && /\S/.test(m[1] ?? "") && !clash) last = m;
      }
    }
    if (last) {
      const adj = `${last[1] ?? ""} ${adjectives}`;
      const chained = byRole(
        ctx,
        adj,
        last[2] ?? "",
        from + (last.index ?? 0),
        from + (last.index ?? 0),
        depth + 1,
        [],
        not,
      );
      if (chained) return chained;
    }
  }
  if (hit) return hit.person;
  // "Minister Mauro Vieira" then "the Foreign Minister": an office given bare may be any of its portfolios.
  const head = key.split(" ").at(-1) ?? key;
  if (head !== key && !DEPUTY.test(key)) {
    const bare = pick((p) => p.roles.some((r) => fold(r.role) === head) && nationFits(p));
    if (bare) return bare.person;
  }
  if (key === "minister") {
    const pm = before.find((m) => m.person.roles.some((r) => /prime minister$/i.test(r.role)) && nationFits(m.person));
    if (pm) return pm.person;
  }
  // A reference by nationality alone ("the Vietnamese leader") to someone given no matching title.
  if (codes.length > 0 && !before.some((m) => fits(m.person))) {
    return before.find((m) => nationFits(m.person) && ctx.cueOf(m.person).codes.size > 0)?.person ?? null;
  }
  // "the Prime Minister said" on a page that names him only as "Sir Keir Starmer": when no one named holds the
  // office written in capitals, the one person named before with no office at all is the one it points to.
  if (/^\p{Lu}/u.test(noun) && codes.length === 0 && !before.some((m) => fits(m.person))) {
    const untitledPeople = new Set(before.filter((m) => m.person.roles.length === 0).map((m) => m.person));
    if (untitledPeople.size === 1) return [...untitledPeople][0] as Person;
  }
  // "Anthony Albanese is speaking now. The prime minister says …": when no one named holds the office, a reference
  // opening the sentence right after one about a single named person with no office is that person.
  if (codes.length === 0 && !before.some((m) => fits(m.person))) {
    const prior = soleSubjectBefore(ctx, refAt);
    if (prior && prior.roles.length === 0) return prior;
  }
  return null;
}

const NATIONAL_REFERENCES = new Set(titles.nationalReferences.map(fold));

// "With Prime Minister B, she …", "Alongside X, he …": a phrase opening its sentence, whose clause has a pronoun for
// its subject.
const FRONTED_WITH = /(?:^|[.!?]["”’]?\s+)(?:With|Alongside|Together with|Along with)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;
const PRONOUN_CLAUSE = /^[^,.;]{0,40},\s*(?:she|he|they)\b/u;

/** Whether a mention is the object of a phrase opening its sentence whose clause goes on with a pronoun subject. */
function frontedObject(ctx: QuoteContext, m: MentionRef): boolean {
  const lineStart = ctx.body.lastIndexOf("\n", m.start - 1) + 1;
  const lead = ctx.body.slice(Math.max(lineStart, m.start - 80), m.start);
  return ctx.isObject(m) && FRONTED_WITH.test(lead) && PRONOUN_CLAUSE.test(ctx.body.slice(m.end, m.end + 80));
}

/**
 * The one person the sentence right before `at` (in its paragraph) names, as its subject, when the words at `at` open
 * the next sentence; none when that sentence names anyone else.
 */
function soleSubjectBefore(ctx: QuoteContext, at: number): Person | null {
  const lineStart = ctx.body.lastIndexOf("\n", at - 1) + 1;
  const text = ctx.body.slice(lineStart, at);
  const ends = [...text.matchAll(/[.!?]["”’]?(?=\s)/g)];
  const last = ends.at(-1);
  if (!last || text.slice((last.index ?? 0) + last[0].length).trim()) return null;
  const prev = ends.at(-2);
  const from = lineStart + (prev ? (prev.index ?? 0) + prev[0].length : 0);
  const mentions = ctx.inRange(from, lineStart + (last.index ?? 0));
  const first = mentions[0];
  if (!first || mentions.some((m) => m.person !== first.person) || ctx.isObject(first)) return null;
  // The subject opens the sentence: nothing but title words before the name.
  const lead = ctx.body.slice(from, first.start).trim();
  return lead.split(/\s+/).every((w) => !w || isTitleWord(fold(w))) ? first.person : null;
}

/**
 * "The Vietnamese leader, for his part, stressed …" then "…," he said: the role that opens the sentence before the
 * quotation is its subject, not a person it goes on to mention ("recalled that … Ho Chi Minh lived in Paris").
 */
function leadRoleBefore(ctx: QuoteContext, pos: number, pronoun: string, pronounAt = false, hops = 0): Person | null {
  const window = ctx.body.slice(Math.max(0, pos - 600), pos);
  const ends = [...window.matchAll(/[.!?]["”’]?\s+|\n+/g)];
  const last = ends.at(-1);
  if (!last) return null;
  // "The Vietnamese minister told her that … . But he noted that … “…”": a pronoun opening its own sentence (after a
  // linking word at most) looks back to the sentence before it, as a quotation right after that sentence does.
  const rest = window.slice((last.index ?? 0) + last[0].length).replace(/[\s"“‘'«]/g, "");
  if (rest && !(pronounAt && LINKING_WORD.test(rest))) return null;
  const prev = ends.at(-2);
  const from = prev ? (prev.index ?? 0) + prev[0].length : 0;
  const sentence = window.slice(from, last.index ?? 0);
  const role = ROLE_REF.exec(sentence);
  // "Speaking at a state banquet, the President said …": an opening phrase before the role names no one.
  const opening = role ? sentence.slice(0, role.index) : "";
  const at = pos - window.length + from;
  // "The Vietnamese deputy minister conveyed …. He said Vietnam valued …." then '"…," he said': a sentence that only
  // goes on about its pronoun's subject, naming no one, hands the pronoun on to the role that opened the one before.
  if (
    !role &&
    hops < 2 &&
    PRONOUN_SUBJECT.test(sentence.trimStart()) &&
    ctx.inRange(at, at + sentence.length).length === 0
  )
    return leadRoleBefore(ctx, at, pronoun, true, hops + 1);
  if (!role) return null;
  // "The Minister of Foreign Affairs, Antonio Tajani, … said …. He said …": a sentence that names its subject is
  // left to the named subject.
  if (pronounAt && ctx.inRange(at, at + sentence.length).some((m) => !ctx.isObject(m))) return null;
  if (role.index !== 0) {
    // "…, and the Vietnamese head of state urged …": a clause joined after the comma opens with the role as its subject.
    const joined = /,\s*(?:and|but|while)\s+$/.test(opening);
    if (!(OPENING_PHRASE.test(opening) || joined) || ctx.inRange(at, at + role.index).length > 0) return null;
    const clause = sentence.slice(role.index + role[0].length);
    // "On regional issues, the Deputy Prime Minister briefed the Thai side …. He stated that …": before a pronoun
    // opening the next sentence, any verb straight after the role makes the role that sentence's subject.
    if (!VERB.test(clause.split(/[,;]/)[0] ?? "") && !(pronounAt && CLAUSE_VERB.test(clause))) return null;
  }
  const after = sentence.slice(role.index + role[0].length);
  // "Vietnam's Ambassador to Qatar Nguyen Huy Hiep said …": the role is the title of the name after it, who is the
  // subject; the office is not a reference back to someone else holding it.
  const roleEnd = at + role.index + role[0].length;
  const verbAt = VERB.exec(after)?.index ?? -1;
  const titled = verbAt > 0 ? ctx.inRange(roleEnd, roleEnd + verbAt).find((m) => !ctx.isObject(m)) : undefined;
  if (titled) return ctx.fitsPronoun(titled.person, pronoun) ? titled.person : null;
  // "Vietnam's Prime Minister, Nguyen Xuan Phuc, was equally warm.": a name set off by commas right after the role
  // renames it, whatever verb follows; the role is not a reference to someone else who holds the office.
  const apposed = /^\s*,\s*/.exec(after);
  const renamed = apposed
    ? ctx.inRange(roleEnd, roleEnd + after.length).find((m) => m.start === roleEnd + apposed[0].length)
    : undefined;
  if (renamed) return ctx.fitsPronoun(renamed.person, pronoun) ? renamed.person : null;
  const person = byRole(ctx, role[1] ?? "", role[2] ?? "", at, at, 0, stateAfter(after));
  return person && ctx.fitsPronoun(person, pronoun) ? person : null;
}

/**
 * "the Prime Minister and Minister of Foreign Affairs said:": two offices joined name the one person who holds
 * both, not the latest holder of the first.
 */
function bothRoles(ctx: QuoteContext, after: string, first: string, pos: number): Person | null {
  const second = SECOND_ROLE.exec(after)?.[1];
  if (!second) return null;
  const holds = (p: Person, noun: string, not?: string) =>
    p.roles.some((r) => {
      const role = fold(r.role);
      if (role === not) return false;
      const key = fold(noun);
      if (key === "minister" && /prime minister$/.test(role)) return false;
      return (REFERENCES.get(key) ?? [key]).some((x) => roleHas(role, x));
    });
  for (const m of ctx.allBefore(pos).reverse()) {
    const firstRole = m.person.roles.find((r) => holds({ ...m.person, roles: [r] }, first));
    if (firstRole && holds(m.person, second, fold(firstRole.role))) return m.person;
  }
  return null;
}

/** A role reference or a pronoun in text (absolute offset a) resolved to someone named before pos. */
export function refer(ctx: QuoteContext, text: string, pos: number, at = pos, not?: Person): Person | null | undefined {
  const role = ROLE_REF.exec(text);
  const pro = PRONOUN.exec(text);
  if (role && (!pro || role.index < pro.index) && introducedUnnamed(ctx, role[2] ?? "", at + role.index)) return null;
  if (role && (!pro || role.index < pro.index))
    return (
      bothRoles(ctx, text.slice(role.index + role[0].length), role[2] ?? "", pos) ??
      byRole(
        ctx,
        role[1] ?? "",
        role[2] ?? "",
        pos,
        at + role.index,
        0,
        stateAfter(text.slice(role.index + role[0].length)),
        not,
      )
    );
  if (pro) {
    const proAt = at + pro.index;
    const from = proAt < pos ? (leadingClauseStart(ctx, proAt) ?? pos) : pos;
    const lead =
      leadRoleBefore(ctx, from, pro[1] ?? "he") ??
      (proAt < from ? leadRoleBefore(ctx, proAt, pro[1] ?? "he", true) : null);
    if (lead) return lead;
    if (unnamedSpeakerBefore(ctx, from)) return null;
    // '"…," the ambassador replied.' then '"…," he said': the last speaker goes on when no one is named between.
    if (
      ctx.lastSpoken &&
      ctx.lastSpoken.end <= from &&
      ctx.inRange(ctx.lastSpoken.end, from).length === 0 &&
      ctx.fitsPronoun(ctx.lastSpoken.person, pro[1] ?? "he")
    )
      return ctx.lastSpoken.person;
    return subjectBefore(ctx, from, pro[1]);
  }
  return undefined;
}

// 'Noting that …', 'Referring to …', 'When …', 'After …': a clause opening the sentence before its subject.
const LEADING_CLAUSE = /^\s*(?:\p{Lu}\p{Ll}+ing|When|While|After|Before|Although|Though|As|Since)\s/u;
/**
 * 'Noting that the people remembered the late leader X, he said: "…"': a pronoun after a clause that opens its
 * sentence is that clause's subject as well, so the names inside the clause are no antecedents; the look back starts
 * where the sentence does.
 */
export function leadingClauseStart(ctx: QuoteContext, proAt: number): number | null {
  const lineStart = ctx.body.lastIndexOf("\n", proAt - 1) + 1;
  const text = ctx.body.slice(lineStart, proAt);
  const end = [...text.matchAll(/[.!?]["”’]?\s+/g)].at(-1);
  const from = end ? (end.index ?? 0) + end[0].length : 0;
  const head = text.slice(from);
  return LEADING_CLAUSE.test(head) && /,\s*$/.test(head) ? lineStart + from : null;
}

/** "A senior official …": the indefinite introduction of a role noun; one pattern per noun, kept (role nouns are few). */
const INTRODUCED = new Map<string, RegExp>();
function introducedPattern(noun: string): RegExp {
  let re = INTRODUCED.get(noun);
  if (!re) {
    re = new RegExp(`\\b(?:A|An|a|an|Another|another)\\s+(?:[\\p{L}-]+\\s+){0,3}?${escapeLiteral(noun)}\\b`, "gu");
    INTRODUCED.set(noun, re);
  }
  return re;
}

/**
 * 'A senior defense official who briefed reporters said …. "…," the official said.': a reference whose noun the same
 * paragraph gave before to someone it introduced with "a" and never named is to that person, not to anyone named.
 */
function introducedUnnamed(ctx: QuoteContext, noun: string, at: number): boolean {
  const lineStart = ctx.body.lastIndexOf("\n", at - 1) + 1;
  const before = ctx.body.slice(lineStart, at);
  const last = [...before.matchAll(introducedPattern(noun))].at(-1);
  if (!last) return false;
  const from = lineStart + (last.index ?? 0);
  return ctx.inRange(from, at).length === 0;
}

/**
 * 'A farmer who lost his harvest said … "…," he said.': the sentence just before the quotation, in its paragraph, has a
 * speaker the article does not name; "he" is that speaker, not someone named earlier.
 */
const QUOTED_AS_SAYING = /\b(?:quoted|cited)\b[^.]{2,120}?\bas\s+(?:saying|telling|stating)\b/i;

function unnamedSpeakerBefore(ctx: QuoteContext, pos: number): boolean {
  const lineStart = ctx.body.lastIndexOf("\n", pos - 1) + 1;
  const text = ctx.body.slice(lineStart, pos).replace(/[“"'‘«\s]+$/, "");
  // Split as the sentence reader splits: "Marc Knapper, U.S. ambassador to Vietnam, said …" is one sentence.
  const last = splitLine(text, 0).at(-1);
  const stop = last ? /[.!?]["”’]?$/.exec(text.slice(last[0], last[1])) : null;
  if (!last || !stop) return false;
  const from = last[0];
  const sentence = text.slice(from, from + stop.index);
  const verb = VERB.exec(sentence);
  if (!verb || /[“”"«»]/.test(sentence)) return false;
  const subject = sentence.slice(0, verb.index);
  const at = lineStart + from;
  // "State media quoted Foreign Minister X as saying …": the one quoted as saying it is named, whoever reported it.
  if (QUOTED_AS_SAYING.test(sentence) && ctx.inRange(at, at + sentence.length).length > 0) return false;
  return (
    wordCount(subject) >= 2 &&
    ctx.inRange(at, at + verb.index).length === 0 &&
    !ROLE_REF.test(subject) &&
    !PRONOUN.test(subject) &&
    !ORG_SPEAKER.test(subject)
  );
}
