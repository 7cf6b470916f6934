// How far back an office's written start reaches: a portfolio, ministry or owner before its head ('trade and
// industry minister', 'the ministry's spokesman').
import { countryCode } from "../countries.js";
import { isUpperCase } from "../fold.js";
import type { Sentence } from "../sentences.js";
import { glued, type Token } from "../tokens.js";
import { honorificEnd } from "./names.js";
import { type Covered, headEnd, type Span, textOf } from "./person.js";
import {
  AFFILIATIONS,
  ARTICLES,
  COMPLEMENT,
  civilShortTitle,
  DEMONYM_ENDING,
  DEMONYMS,
  DESCRIPTION_STOPS,
  HEAD_LAST,
  HOLDER_WORDS,
  INSTITUTIONS,
  MINISTRY_NOUNS,
  NOT_PORTFOLIO,
  OPENING_PREPOSITIONS,
  PORTFOLIO_NOUNS,
  SPEECH_VERBS,
} from "./titles.js";

/**
 * "Culture, Sports and Tourism Minister", "Agriculture, Food and Fisheries Minister": a list of portfolios before a head
 * is one title. Where the list starts, or `from` when the title has none.
 */
export function portfolioListStart(s: Sentence, role: Span, covered: Covered): number {
  const from = portfolioStart(s, role, covered);
  // "Korea Chamber of Commerce and Industry Chairman": capitals after "of" end a body's name; the title is the head.
  return from < role.from && s.tokens[from - 1]?.key === "of" ? role.from : from;
}

/**
 * Where a body stands straight before a one-word head and is read as part of the title as printed ("foreign ministry
 * spokeswoman", "Kremlin aide", "MEA spokesperson", "PCG Commandant"): the token it starts at, or undefined.
 */
function ministryBeforeHead(s: Sentence, role: Span, covered: Covered): number | undefined {
  const toks = s.tokens;
  const noun = toks[role.from - 1];
  if (role.to - role.from !== 1 || !noun) return undefined;
  const lowerHead = !toks[role.from]?.cap;
  // "foreign ministry spokeswoman", "State Department spokesman": a ministry named in two words, both in one case (or
  // opening the sentence), before a lower-case head.
  const field = toks[role.from - 2];
  const twoWordMinistry =
    noun.kind === "word" &&
    MINISTRY_NOUNS.has(noun.key) &&
    field?.kind === "word" &&
    (field.cap === noun.cap || role.from === 2) &&
    !DESCRIPTION_STOPS.has(field.key) &&
    !DEMONYMS.has(field.key) &&
    // "Chinese foreign ministry spokeswoman": after a demonym the ministry is read as the state's organ, and still is
    // the body the title belongs to.
    (!covered(s.index, role.from - 2) || DEMONYMS.has(toks[role.from - 3]?.key ?? ""));
  if (lowerHead && twoWordMinistry) return role.from - 2;
  // "Kremlin aide", "Pentagon spokesman": a seat of government before a lower-case head is its body.
  const seat = lowerHead && noun.cap && INSTITUTIONS.has(noun.key);
  // "MEA spokesperson", "PCG Commandant", "BOL Governor": so is a ministry's or body's acronym no name list covers,
  // before a head in either case, as "White House spokesman" is a body's name.
  const acronym = /^\p{Lu}{2,5}$/u.test(noun.text) && !covered(s.index, role.from - 1);
  return seat || acronym ? role.from - 1 : undefined;
}

/**
 * "Lowy Institute analyst", "Singapore Business Federation chief executive", "UNCTAD's investment director", "the
 * Opposition's foreign affairs spokesman": capitals straight before a lower-case title that name a body (a word bodies'
 * names are made of, or an acronym), perhaps as its owner with "'s", are part of the title as printed. A state or a
 * demonym there is only the holder's country, and a lone capital opening the sentence may be the sentence's own.
 * Returns where the body's name starts, or `at` when no body stands there.
 */
function ownerBeforeLowerTitle(s: Sentence, at: number, covered: Covered): number {
  const toks = s.tokens;
  const capital = (k: number) => toks[k]?.kind === "word" && toks[k]?.cap === true;
  let end = at;
  const possessive =
    toks[at - 1]?.key === "s" && /^['’]$/.test(toks[at - 2]?.text ?? "") && glued(toks[at - 3], toks[at - 2]);
  if (possessive) end = at - 2;
  let from = end;
  while (from > 0) {
    if (capital(from - 1)) from--;
    // "Victoria University of Wellington": "of" between two capitals inside the name.
    else if (toks[from - 1]?.key === "of" && from < end && capital(from - 2)) from--;
    else break;
  }
  // "The Vietnam Chamber of Commerce", "Then Lowy Institute": an article, a time word or a word describing the holder
  // opens the phrase but is no part of the body's name.
  const opener = (k: number) => {
    const key = toks[k]?.key ?? "";
    return ARTICLES.has(key) || NOT_PORTFOLIO.has(key) || HOLDER_WORDS.has(key) || OPENING_PREPOSITIONS.has(key);
  };
  while (from < end && (opener(from) || toks[from]?.key === "of")) from++;
  if (from === end || !capital(from)) return at;
  const run = toks.slice(from, end);
  const text = textOf(s, { from, to: end });
  if (countryCode(text) || run.some((t) => DEMONYMS.has(t.key) && run.length === 1)) return at;
  if (run.some((t) => HOLDER_WORDS.has(t.key) || SPEECH_VERBS.has(t.text))) return at;
  // Every word a state's or a place's the text covers ("Viet Nam's"): the holder's country, not a body.
  if (run.every((_, n) => covered(s.index, from + n)) && !run.some((t) => AFFILIATIONS.has(t.key))) return at;
  const acronym = run.length === 1 && /^\p{Lu}{2,8}$/u.test(run[0]?.text ?? "");
  const bodyWord = run.some((t) => AFFILIATIONS.has(t.key) || (COMPLEMENT.has(t.key) && !HEAD_LAST.has(t.key)));
  // "the Opposition's": a single word named with the article and owning the title is a body too.
  const owned = possessive && run.length === 1 && toks[from - 1]?.key === "the";
  if (!acronym && !bodyWord && !owned) return at;
  // A run opening the sentence in one word may be the sentence's capital ("Protest organiser Le Thi Lan").
  if (from === 0 && run.length === 1 && !acronym) return at;
  return from;
}

/** The title joins two words with "and" before any "of" ("Sports and Tourism Minister", not "Minister of A and B"). */
function andBeforeOf(toks: readonly Token[], role: Span): boolean {
  for (let k = role.from; k < role.to; k++) {
    const key = toks[k]?.key;
    if (key === "of") return false;
    if (key === "and") return true;
  }
  return false;
}

function portfolioStart(s: Sentence, role: Span, covered: Covered): number {
  const toks = s.tokens;
  const word = (k: number) => {
    const t = toks[k];
    return t?.kind === "word" && t.cap && !covered(s.index, k) && !NOT_PORTFOLIO.has(t.key);
  };
  // Not a participle ("Visiting"), a demonym ("Thai") or a word already read as a name.
  const portfolioWord = (k: number) => {
    const t = toks[k];
    if (t?.kind !== "word" || !t.cap || covered(s.index, k) || isUpperCase(t.text)) return false;
    if ((NOT_PORTFOLIO.has(t.key) && !PORTFOLIO_NOUNS.has(t.key)) || HOLDER_WORDS.has(t.key)) return false;
    // "Comrade General Secretary Xi Jinping": a form of address before the title is no portfolio of it.
    if (honorificEnd(toks, k) > k) return false;
    // "HanoiGerman": a dateline glued to the next word is no portfolio either.
    if (/\p{Ll}\p{Lu}/u.test(t.text)) return false;
    return !/ing$/.test(t.key) && !DEMONYMS.has(t.key) && !DEMONYM_ENDING.test(t.key);
  };
  // The phrase opens after a lower-case word, a stop, a possessive or a state ("French Armed Forces Minister").
  const opens = (at: number) => {
    const t = toks[at];
    if (!t?.cap || t.kind !== "word" || (t.key === "s" && toks[at - 1]?.text === "'")) return true;
    return covered(s.index, at) || DEMONYMS.has(t.key);
  };
  // A capitalised word the data knows from ministries' names ("Affairs", "Fisheries", "Planning").
  const known = (at: number) => toks[at]?.cap === true && COMPLEMENT.has(toks[at]?.key ?? "") && !covered(s.index, at);
  // "Oregon Gov. Jane Roe", "Kanagawa Gov. …": the capitals before a civil title written short name the state or
  // prefecture it is held in, never a portfolio; the reading keeps the title as printed.
  if (civilShortTitle(toks, role.from, role.to)) return role.from;
  let a = role.from;
  const body = ministryBeforeHead(s, role, covered);
  if (body !== undefined) return body;
  if (!toks.slice(role.from, role.to).some((t) => t.key === "and")) {
    // "Armed Forces Minister", "Shadow Home Secretary", "House Speaker": capitals the data does not list, straight
    // before the title and opening the phrase, name its portfolio.
    let k = role.from;
    while (k > role.from - 2 && portfolioWord(k - 1)) k--;
    // "Trade and Export Growth Minister": one more portfolio joined by "and", when one already stands before the head;
    // a list before it ("Trade, Industry and Fisheries Minister") is read on below.
    const joined = k < role.from && toks[k - 1]?.key === "and" && portfolioWord(k - 2);
    // "Victoria University of Wellington trade economist": capitals before a lower-case title name a place, not its
    // portfolio, unless the capital is only the sentence's ("Protest organiser Tran Thi Mai Anh").
    const lowerTitle = toks[headEnd(role) - 1]?.cap === false;
    // "Lowy Institute analyst", "UNCTAD's investment director": a body's name before it is where the title is held,
    // and READING.md reads a title whole, with the body it belongs to.
    const owner = lowerTitle ? ownerBeforeLowerTitle(s, role.from, covered) : role.from;
    if (owner < role.from) return owner;
    if (lowerTitle && (k > 0 || k < role.from - 1)) return role.from;
    if (joined && toks[k - 3]?.text !== "," && opens(k - 3)) return k - 2;
    if (!joined && k < role.from && opens(k - 1)) return k;
    if (!joined) {
      k = role.from;
      if (word(k - 1)) k--;
      if (toks[k - 1]?.key !== "and" || !(word(k - 2) || known(k - 2))) return role.from;
    }
    a = k - 2;
  }
  // "in Ha Noi, Minister of Industry and Trade …": an "and" after the head's "of" joins its complement, so no list of
  // portfolios ends in it; the capital before the comma is another phrase's.
  if (a === role.from && !andBeforeOf(toks, role)) return role.from;
  let commas = 0;
  while (toks[a - 1]?.text === "," && word(a - 2)) {
    a -= 2;
    commas++;
  }
  // "Maritime Affairs and Fisheries Minister", "Natural Resources and Environment Minister": with no list before it, a
  // portfolio of one or two words the data knows as a ministry's, joined by "and" to the title, is part of it.
  if (commas === 0 && toks[a + 1]?.key === "and") {
    if (known(a)) {
      const b = known(a - 1) && !HEAD_LAST.has(toks[a - 1]?.key ?? "") ? a - 1 : a;
      if (toks[b - 1]?.text !== "," && opens(b - 1)) return b;
    }
  }
  // "In Hanoi, Trade and Industry Minister …": a place opening the sentence is no portfolio.
  if (a === 1 && NOT_PORTFOLIO.has(toks[0]?.key ?? "")) return role.from;
  return commas > 0 ? a : role.from;
}
