import { countryCode } from "../countries.js";
import { fold } from "../fold.js";
import type { Person } from "../people/index.js";
import { splitLine } from "../sentences.js";
import type { QuoteFinding } from "../types.js";
import type { Span } from "./marks.js";
import {
  DEMONYMS,
  FEMALE_HONORIFIC,
  FEMALE_PARTS,
  FEMALE_ROLE,
  FEMALE_SURNAME,
  OBJECT_BEFORE,
  PAST_ROLE,
  PAST_TITLE,
  ROLE_REF,
  SURNAMES,
  TITLE_WORD,
  VERB,
  wordCount,
} from "./rules.js";

/** One mention of a person, with the person it names. */
export interface MentionRef {
  person: Person;
  sentenceIndex: number;
  start: number;
  end: number;
}

/** A paragraph of the body (lines a PDF's layout broke are joined into one), at its offset in the body. */
export interface Line {
  text: string;
  start: number;
  sentences?: Array<[number, number]>;
}

/** A quotation read from its marks, before it is credited: where it opens and closes, and its words. */
export interface Unit {
  first: number;
  last: number;
  open: number;
  close: number;
  text: string;
  start: number;
  end: number;
  /** One piece per paragraph of a quotation that runs on. */
  parts: Array<{ text: string; start: number; end: number }>;
  /** Split around its attribution: the text between close and end is the attribution, not the quote. */
  joined?: boolean;
  /** Speaker named between dashes inside the marks ('“…, – Lavrov said. – …”'), when there is one. */
  inner?: Person | null;
}

/**
 * What every step of reading one article's quotations shares: the body, its paragraphs and the quotation marks of
 * each, the people and their mentions in order, the quotes found so far and who spoke last. The cues and object
 * readings are cached here because attribution asks about the same mentions many times.
 */
export class QuoteContext {
  /** Every mention of every person, by start. */
  readonly mentions: MentionRef[];
  /** The quotes found so far, in the order they were found. */
  readonly out: QuoteFinding[] = [];
  /** The speaker of the last attributed quotation and where it ended: "he said" may carry it on. */
  lastSpoken: { person: Person; end: number } | null = null;
  /** The last quotation of marks credited, and its speaker's name: the next one may run on from it. */
  prevUnit: { unit: Unit; speaker: string } | null = null;
  // Nationality and sex cues, read only for the people a role reference or a pronoun asks about.
  private readonly cues = new Map<Person, { female: boolean; codes: Set<string> }>();
  private readonly objects = new Map<MentionRef, boolean>();
  private readonly past = new Map<Person, boolean>();

  constructor(
    readonly body: string,
    readonly people: readonly Person[],
    readonly lines: Line[],
    /** The quotation marks of each line, as `quoteSpans` reads them (an opening left out after "X said:" supplied). */
    readonly spansByLine: Span[][],
  ) {
    this.mentions = people
      .flatMap((person) =>
        person.mentions.map((m) => ({ person, sentenceIndex: m.sentenceIndex, start: m.start, end: m.end })),
      )
      .sort((a, b) => a.start - b.start);
    addCompoundSurnames(body, people, this.mentions);
    addCapitalSurnames(body, people, this.mentions);
  }

  /** Index of the first mention starting at or after pos. */
  firstFrom(pos: number): number {
    const mentions = this.mentions;
    let lo = 0;
    let hi = mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((mentions[mid] as MentionRef).start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The mentions wholly between a and b. */
  inRange(a: number, b: number): MentionRef[] {
    const mentions = this.mentions;
    const out: MentionRef[] = [];
    for (let i = this.firstFrom(a); i < mentions.length && (mentions[i] as MentionRef).start < b; i++) {
      if ((mentions[i] as MentionRef).end <= b) out.push(mentions[i] as MentionRef);
    }
    return out;
  }

  /** The mentions ending at or before pos. */
  allBefore(pos: number): MentionRef[] {
    return this.mentions.slice(0, this.firstFrom(pos)).filter((m) => m.end <= pos);
  }

  /** Whether a person is a woman by name, honorific or office, and the states their office and mentions name. */
  cueOf(p: Person): { female: boolean; codes: Set<string> } {
    const known = this.cues.get(p);
    if (known) return known;
    const parts = p.key.split(" ");
    const codes = new Set<string>();
    if (parts.length >= 2 && SURNAMES.has(parts[0] ?? "")) codes.add("VN");
    let female =
      (codes.has("VN") && parts.some((w) => FEMALE_PARTS.has(w))) ||
      (!codes.has("VN") && parts.length >= 2 && FEMALE_SURNAME.test(parts.at(-1) ?? "")) ||
      p.roles.some((r) => FEMALE_ROLE.test(r.role));
    for (const r of p.roles) {
      // "President of the Socialist Republic of Vietnam", "First Secretary of the Central Committee of the Communist
      // Party of Cuba": the state may follow any "of" of the office, the last one included.
      for (const m of r.role.matchAll(/\bof (?:the )?(?=\p{Lu})/gu)) {
        const code = countryCode(r.role.slice((m.index ?? 0) + m[0].length));
        if (code) {
          codes.add(code);
          break;
        }
      }
    }
    for (const m of p.mentions) {
      const before = this.body.slice(Math.max(0, m.start - 48), m.start);
      if (!female && (FEMALE_HONORIFIC.test(before) || this.herAfter(m))) female = true;
      // Only the words of the mention's own sentence: '… with the Cuban people."' / 'To Lam, …' names no Cuban.
      const own = before.slice(Math.max(0, before.search(/[.!?"”\n][^.!?"”\n]*$/u) + 1));
      for (const w of own.split(/[^\p{L}]+/u).slice(-5)) {
        const code = DEMONYMS.get(fold(w));
        if (code) codes.add(code);
      }
    }
    const cue = { female, codes };
    this.cues.set(p, cue);
    return cue;
  }

  /**
   * "Paetongtarn told reporters after talks with her Vietnamese counterpart …": "she" or "her" later in the sentence or
   * credit a name opens, with no one else named, no "he" or "his" and no quotation between, is that person.
   */
  private herAfter(m: { start: number; end: number }): boolean {
    // The name opens its sentence, or the credit after a quotation ('"…," Paetongtarn told …').
    const opens = /(?:^|[.!?\n]["”’]?\s*|[,.!?]["”’]\s*)$/.test(this.body.slice(Math.max(0, m.start - 4), m.start));
    if (!opens) return this.creditedThenShe(m) || (this.titledOpening(m.start) && this.creditedAsSheNext(m.end, m.end));
    const rest = /^[^.!?\n"“”«»]*/.exec(this.body.slice(m.end, m.end + 300))?.[0] ?? "";
    const her = /\b(?:she|her|herself)\b/i.exec(rest);
    if (her) {
      if (/\b(?:he|his|him|himself)\b/i.test(rest.slice(0, her.index))) return false;
      return this.inRange(m.end, m.end + her.index).length === 0;
    }
    return this.creditedAsSheNext(m.end, m.end + rest.length);
  }

  /**
   * "Foreign Minister X, who …, told reporters …": the name opens its sentence behind a capitalised title of at most
   * four words, nothing else before it.
   */
  private titledOpening(start: number): boolean {
    const head = this.body.slice(Math.max(0, start - 60), start);
    return /(?:^|[.!?\n]["”’]?\s+|\n)(?:\p{Lu}[\p{L}-]*\s+){1,4}$/u.test(head);
  }

  /**
   * '"…," said X, a fellow at an institute. She said …': a name credited after a quotation, then a paragraph's next
   * sentence opened by "she", with no one named between, is that woman.
   */
  private creditedThenShe(m: { start: number; end: number }): boolean {
    if (!INVERTED_CREDIT.test(this.body.slice(Math.max(0, m.start - 60), m.start))) return false;
    const rest = /^[^.!?\n"“”«»]*[.!?]\s+/.exec(this.body.slice(m.end, m.end + 300))?.[0];
    if (!rest || !/^She\s+\p{Ll}/u.test(this.body.slice(m.end + rest.length, m.end + rest.length + 20))) return false;
    return this.inRange(m.end, m.end + rest.length).length === 0;
  }

  /**
   * 'X, an economist at a bank, said … . "…," she said.': the next sentence of the paragraph is a quotation credited
   * to "she", with no one named since the name; the name's sentence (`from` is where its end is sought) reports
   * speech and has no "he" or "his".
   */
  private creditedAsSheNext(nameEnd: number, from: number): boolean {
    const lineEnd = this.body.indexOf("\n", from);
    const para = this.body.slice(from, Math.min(lineEnd < 0 ? this.body.length : lineEnd, from + 500));
    const own = /^[^.!?]*[.!?]\s+/.exec(para);
    // The name's own sentence reports speech ('… said strong demand explained the jump.'): "she" goes on with its
    // speaker; after a sentence of anything else ('Son left early.') "she" may be a woman named before.
    const sentence = own ? this.body.slice(nameEnd, from + own[0].length) : "";
    if (!own || !VERB.test(sentence) || /\b(?:he|his|him|himself)\b/i.test(sentence)) return false;
    // The next sentence is a quotation credited to "she", or opens with "She" and a verb ('She said the two sides …').
    const next =
      /^["“][^"”]{10,400}["”]\s*,?\s*she\s+\p{Ll}+/u.exec(para.slice(own[0].length)) ??
      /^She\s+\p{Ll}+/u.exec(para.slice(own[0].length));
    if (!next) return false;
    return this.inRange(from, from + own[0].length + next[0].length).length === 0;
  }

  /** Every office the page gives p is a past one: "former Prime Minister X", "then-President X", "the late King X". */
  pastHolder(p: Person): boolean {
    let past = this.past.get(p);
    if (past === undefined) {
      past =
        p.roles.length > 0 &&
        p.roles.every(
          (r) => PAST_ROLE.test(fold(r.role)) || PAST_TITLE.test(this.body.slice(Math.max(0, r.start - 24), r.start)),
        );
      this.past.set(p, past);
    }
    return past;
  }

  /** Whether "she" or "he" can be this person. */
  fitsPronoun(p: Person, pronoun: string): boolean {
    return (pronoun.toLowerCase() === "she") === this.cueOf(p).female;
  }

  /** A mention governed by a verb or a preposition before its title ("met Party General Secretary To Lam"). */
  isObject(m: MentionRef): boolean {
    const known = this.objects.get(m);
    if (known !== undefined) return known;
    let head = this.body.slice(Math.max(0, m.start - 80), m.start);
    head = head.slice(head.lastIndexOf("\n") + 1);
    // Walk back over the title before the name ("met Party General Secretary To Lam"), then look at the word before.
    const words = head.split(/\s+/);
    if (words.at(-1) === "") words.pop();
    let k = words.length;
    // "Chairman of the Hanoi People's Committee Nguyen Duc Chung": "the" after "of" and before a capital is the title's.
    const ofThe = (n: number) => words[n] === "the" && words[n - 1] === "of" && /^\p{Lu}/u.test(words[n + 1] ?? "");
    // 'Meeting Ackson, …': a capitalised verb opening the sentence governs the name; it is no title word.
    const verbOpening = (w: string) =>
      /^\p{Lu}\p{Ll}+$/u.test(w) && OBJECT_BEFORE.test(`${w} `) && !/^(?:Of|For|And)$/.test(w);
    while (
      k > 0 &&
      words.length - k < 8 &&
      !verbOpening(words[k - 1] as string) &&
      (TITLE_WORD.test(words[k - 1] as string) || ofThe(k - 1))
    ) {
      // "of", "for" and "and" belong to a title only between two title words ("Minister of Foreign Affairs", "Minister
      // for Foreign Affairs").
      if (/^(?:of|for|and)$/.test(words[k - 1] as string) && !/^[\p{Lu}]/u.test(words[k - 2] ?? "")) break;
      k--;
      // "British Ambassador to Vietnam Helen Carter": "to" belongs to an envoy's title, not to a verb before it.
      if (words[k - 1] === "to" && /^(?:Ambassador|Envoy|Consul)/.test(words[k - 2] ?? "")) k--;
    }
    const rest = `${words.slice(0, k).join(" ")} `;
    const object =
      (OBJECT_BEFORE.test(rest) && !/\baccording to\s+$/i.test(rest)) ||
      (k === words.length && appositionOfObject(rest));
    this.objects.set(m, object);
    return object;
  }
}

// "… with the Vietnamese president, Tran Dai Quang, Obama said": a name set after a role and its comma renames the
// role, so a verb or preposition governing the role governs the name.
// '…," said X', '…," added Dr X': a credit after a quotation's closing mark, with the speaker after the verb.
const INVERTED_CREDIT = /[,.!?]["”’]\s+(?:said|says|added|adds|noted|stated)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
const ROLE_BEFORE_COMMA = /((?:the|his|her|their|its)\s+(?:[\p{L}\p{N}.'’-]+\s+){0,3}?[\p{L}'’-]+),\s+$/iu;

function appositionOfObject(head: string): boolean {
  const apposed = ROLE_BEFORE_COMMA.exec(head);
  if (!apposed?.[1]) return false;
  const role = ROLE_REF.exec(apposed[1]);
  if (role?.index !== 0 || role[0].length !== apposed[1].length) return false;
  // What stands before the role with its article: "… conference with the ".
  return OBJECT_BEFORE.test(head.slice(0, apposed.index + apposed[1].search(/\s/) + 1));
}

/** A line's sentences, split once when first asked for. */
export function sentencesOf(line: Line): Array<[number, number]> {
  line.sentences ??= splitLine(line.text, 0);
  return line.sentences;
}

/** Where the sentence holding offset `at` of the line starts. */
export function sentenceStart(line: Line, at: number): number {
  let s = 0;
  for (const [a] of sentencesOf(line)) if (a <= at) s = a;
  return s;
}

/** Where the sentence holding offset `at` of the line ends. */
export function sentenceEnd(line: Line, at: number): number {
  for (const [, b] of sentencesOf(line)) if (b > at) return b;
  return line.text.length;
}

/** Where a quotation of marks stands: its paragraphs, its sentence, and the words around it in that sentence. */
export interface Setting {
  /** The paragraph the quotation opens in, and the one it closes in. */
  line: Line;
  endLine: Line;
  /** The words of its first paragraph, and how many words it holds in all. */
  text: string;
  words: number;
  /** Opens in lower case: part of a sentence, not one of its own. */
  lower: boolean;
  /** Where its sentence starts in `line`. */
  sStart: number;
  /** The words before the opening mark back to the sentence's start or an earlier quotation's close (the head). */
  headFrom: number;
  head: string;
  /** Nothing but space or dashes before the opening mark in its sentence. */
  headBlank: boolean;
  /** The rest of its sentence after the closing mark in `endLine` (the tail). */
  tailFrom: number;
  tail: string;
}

/** The head and tail of a quotation: where its attribution is looked for. */
export function settingOf(ctx: QuoteContext, u: Unit): Setting {
  const line = ctx.lines[u.first] as Line;
  const endLine = ctx.lines[u.last] as Line;
  const text = u.text;
  const words = wordCount(u.parts.map((p) => p.text).join(" "));
  const sStart = u.open < 0 ? 0 : sentenceStart(line, u.open);
  const prevSpanEnd = Math.max(
    -1,
    ...(ctx.spansByLine[u.first] as Span[]).filter((s) => s.close >= 0 && s.close < u.open).map((s) => s.close),
  );
  let headFrom = Math.max(sStart, prevSpanEnd + 1);
  // 'said the visit was “a milestone” for ties that “have never …”': a short quotation earlier in the sentence does
  // not part a later one from the verb that introduces both.
  if (u.open >= 0 && headFrom > sStart && !VERB.test(line.text.slice(headFrom, u.open))) headFrom = sStart;
  const head = u.open < 0 ? "" : line.text.slice(headFrom, u.open);
  const tailFrom = u.close < 0 ? endLine.text.length : u.close + 1;
  const tail = endLine.text.slice(tailFrom, sentenceEnd(endLine, tailFrom));
  const lower = !/^[\p{Lu}\d]/u.test(text);
  const headBlank = head.trim() === "" || /^[\s—–-]*$/.test(head);
  const credit = creditBelow(ctx, u, endLine, tailFrom);
  if (credit)
    return {
      line,
      endLine: credit,
      text,
      words,
      lower,
      sStart,
      headFrom,
      head,
      headBlank,
      tailFrom: 0,
      tail: credit.text,
    };
  return { line, endLine, text, words, lower, sStart, headFrom, head, headBlank, tailFrom, tail };
}

/**
 * '"The document is the most practical thing we can do,' then, as its own paragraph, 'Giang told his guest.': a
 * quotation ending its paragraph on a comma (its closing mark there or lost) is credited by the next paragraph, when
 * that paragraph is one sentence with no marks whose first words name a speaker and a verb of speech.
 */
function creditBelow(ctx: QuoteContext, u: Unit, endLine: Line, tailFrom: number): Line | null {
  if (endLine.text.slice(tailFrom).trim() !== "" || !/,[”"’'»]?\s*$/.test(endLine.text)) return null;
  const next = ctx.lines[u.last + 1];
  if (!next || /[“”"«»„]/.test(next.text) || sentencesOf(next).length !== 1) return null;
  // 'he said.' alone: a pronoun is left to the quotation before, as the quotation's own run-on reads it.
  if (/^\s*(?:he|she|they)\b/i.test(next.text)) return null;
  const verb = VERB.exec(next.text);
  return verb && wordCount(next.text.slice(0, verb.index)) <= CREDIT_SUBJECT_WORDS ? next : null;
}

// A credit's subject before its verb: a name with its title, a pronoun or a role ('the Vietnamese minister').
const CREDIT_SUBJECT_WORDS = 6;

/** The words of a quotation's paragraphs, joined: a quotation running over several paragraphs is one quote. */
export function unitText(u: Unit): string {
  return u.parts
    .map((p) => p.text)
    .filter((t) => wordCount(t) > 0)
    .join(" ");
}

/** Each standalone occurrence of `word` not already inside a mention becomes a mention of `person`, in body order. */
function addWordMentions(
  body: string,
  person: Person,
  word: string,
  mentions: MentionRef[],
  lone = (_at: number) => true,
): void {
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + word.length)) {
    const end = at + word.length;
    if (/[\p{L}-]/u.test(body.charAt(at - 1)) || /[\p{L}-]/u.test(body.charAt(end)) || !lone(at)) continue;
    if (mentions.some((m) => m.start <= at && m.end >= end)) continue;
    let k = mentions.findIndex((m) => m.start > at);
    if (k < 0) k = mentions.length;
    const prev = mentions[k - 1];
    mentions.splice(k, 0, { person, sentenceIndex: (prev?.sentenceIndex ?? 0) + 0.5, start: at, end });
  }
}

/**
 * "Miguel Díaz-Canel Bermúdez" then "Díaz-Canel, for his part, thanked …": a Spanish name's hyphenated first surname
 * alone is the person too, though the people reader links only the last word. Added as mentions here, in order, so
 * a pronoun after it finds him.
 */
function addCompoundSurnames(body: string, people: readonly Person[], mentions: MentionRef[]): void {
  for (const person of people) {
    const words = person.name.split(" ");
    if (words.length < 3) continue;
    for (const w of words.slice(1, -1)) {
      if (!/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(w)) continue;
      addWordMentions(body, person, w, mentions);
    }
    const first = firstSurnameUsed(body, words);
    if (first) addWordMentions(body, person, first, mentions, (at) => outsideName(body, at, first.length));
  }
}

/** How often `word` stands alone in `body` (no letter or hyphen glued to either side), and passes `lone`. */
function aloneCount(body: string, word: string, lone = (_at: number) => true): number {
  let n = 0;
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + word.length))
    if (!/[\p{L}-]/u.test(body.charAt(at - 1)) && !/[\p{L}-]/u.test(body.charAt(at + word.length)) && lone(at)) n++;
  return n;
}

/** "Minh" in "Ho Chi Minh City": a word with a capitalised word straight before or after it is inside another name. */
const outsideName = (body: string, at: number, length: number) =>
  !/\p{Lu}[\p{L}.'’-]*\s$/u.test(body.slice(Math.max(0, at - 30), at)) && !/^\s\p{Lu}/u.test(body.slice(at + length));

/**
 * "José Manuel Albares Bueno" then "Albares, for his part, said …", "Bruno Rodríguez Parrilla" then "Rodríguez said":
 * a Spanish or Portuguese name's first surname, the word before the last, is what the page calls him by. Read so only
 * when the page never writes the last word without it (a page calling "Nguyen Phu Trong" "Trong" names him by the last
 * word, which the people reader links) and writes the word before it alone.
 */
function firstSurnameUsed(body: string, words: readonly string[]): string | null {
  const first = words.at(-2) as string;
  const last = words.at(-1) as string;
  // A Vietnamese name's word before the last is a middle name, never what the page calls its bearer by.
  if (SURNAMES.has(fold(words[0] as string))) return null;
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(first) || !/^\p{Lu}/u.test(last)) return null;
  if (aloneCount(body, last) > aloneCount(body, `${first} ${last}`)) return null;
  return aloneCount(body, first, (at) => outsideName(body, at, first.length)) > 0 ? first : null;
}

/**
 * "Prime Minister ABE Shinzo" then "Prime Minister ABE stressed, …": official Japanese and Korean copy writes the family
 * name in capitals, and the bare capitals later are the person too, though the people reader links only the full name.
 * The family name is the first or last word of the name, three letters or more (never an acronym such as "UN").
 */
function addCapitalSurnames(body: string, people: readonly Person[], mentions: MentionRef[]): void {
  for (const person of people) {
    const words = person.name.split(" ");
    if (words.length < 2) continue;
    for (const w of new Set([words[0] as string, words.at(-1) as string])) {
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(w)) continue;
      const caps = w.toUpperCase();
      // Most pages never write a surname in capitals: the pattern below needs the capitals, so skip building it.
      if (!body.includes(caps)) continue;
      // Only on a page that writes the name so: the capitals stand next to another word of the name somewhere.
      const others = words
        .filter((x) => x !== w)
        .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("|");
      if (
        !new RegExp(`\\b${caps}\\s+(?:${others})(?![\\p{L}])|(?<![\\p{L}])(?:${others})\\s+${caps}\\b`, "u").test(body)
      )
        continue;
      addWordMentions(body, person, caps, mentions);
    }
  }
}
