// What a figure with no unit counts when no noun follows it directly: a part of a named whole, a relative clause's
// antecedent, a subject, a label, a range's far end, or the noun of a figure before it.
import { numberWords, parseNumberAt } from "../numbers.js";
import { glued, keysEndAt, type Token } from "../tokens.js";
import type { IndicatorFinding } from "../types.js";
import { countedNoun, isPlural, pastNamedWhole, verbAfter } from "./counted-nouns.js";
import type { Measure } from "./figure-measures.js";
import {
  ABSTRACT,
  ADVERBS,
  COPULAS,
  DEICTIC,
  DEMONYMS,
  HYPHENS,
  KINDS,
  MONEY,
  NUMBER_WORDS,
  ORDINAL_SUFFIX,
  PAIR_NOUNS,
  SCALE_WORDS,
  STOP_NOUN,
  TIME,
  YEAR,
} from "./figure-words.js";
import type { Figure, SentenceReading } from "./number-shapes.js";

const PAGE_COUNTERS = new Set(numberWords.pageCounters);
const LINE_COUNTERS = new Set(numberWords.lineCounters);
const LEVEL_VERBS = new Set(numberWords.levelVerbs);
const AMOUNT_NOUNS = new Set(numberWords.amountNouns);
const PAIR_MEMBERS = new Set(numberWords.pairMemberNouns);
const LISTED_TALLIES = new Set(numberWords.listedTallyNouns);
// Words after a comma that open the names a count spells out ("…, after Indonesia, Thailand and Singapore").
const LIST_OPENERS = new Set(numberWords.listOpeners);
const ALIASED = new Set(Object.keys(numberWords.unitAliases).map((p) => p.split(" ").at(-1) ?? ""));
const BULLETS = new Set(["-", "•", "*", "–", "—", ":", ";", "."]);
/**
 * A colon or a dash that opens a list of at least two capitalised names, joined by commas or "and". A comma opens one
 * too ("four ASEAN members, Indonesia, Thailand and Singapore", "…, after Indonesia, Thailand and …"): the names in
 * apposition spell the count out.
 */
function listFollows(toks: readonly Token[], at: number): boolean {
  const mark = toks[at];
  if (!mark || !(mark.text === ":" || mark.text === "–" || mark.text === "—" || mark.text === ",")) return false;
  let names = 0;
  let capital = false;
  let from = at + 1;
  if (mark.text === "," && LIST_OPENERS.has(toks[from]?.key ?? "")) from++;
  // The name after "and" closes the list; a comma after it ends the apposition and the sentence goes on.
  let last = false;
  for (let k = from; k < toks.length && k < at + 16; k++) {
    const t = toks[k] as Token;
    if (t.kind === "word" && t.cap) capital = true;
    else if (t.text === "," || t.key === "and" || t.text === "–" || t.text === "—" || t.text === ".") {
      if (capital) names++;
      const closes = last && capital;
      capital = false;
      if ((t.text !== "," && t.key !== "and") || closes) break;
      if (t.key === "and") last = true;
    } else if (t.kind === "word" && !["the", "of"].includes(t.key)) return false;
  }
  if (capital) names++;
  return names >= 2;
}

/**
 * "40 activists and bloggers", "80 troops, medical staff and engineers": plurals joined after the counted noun share the
 * count; when every one belongs to one kind the figure counts that kind. Lower-case modifiers may stand before each.
 */
function coordinatedKind(toks: readonly Token[], head: string, at: number): { unit: string; to: number } | null {
  const nouns = [head];
  let k = at;
  let to = at;
  // A list closes with "and": "20 business leaders, including representatives of …" is no list.
  let closed = false;
  while (k < toks.length && k < at + 12 && !closed) {
    const joiner = toks[k];
    if (!joiner || !(joiner.text === "," || joiner.key === "and")) break;
    closed = joiner.key === "and";
    k++;
    if (toks[k]?.key === "and") {
      closed = true;
      k++;
    }
    let found: string | null = null;
    for (let n = k; n < k + 3 && n < toks.length; n++) {
      const t = toks[n] as Token;
      if (t.kind !== "word" || t.cap || STOP_NOUN.has(t.key) || t.key.endsWith("ing")) break;
      if (KINDS.some((c) => c.nouns.has(t.key))) {
        found = t.key;
        k = n + 1;
        break;
      }
    }
    if (!found) break;
    nouns.push(found);
    to = k;
  }
  if (nouns.length < 2 || !closed) return null;
  const kind = KINDS.find((c) => nouns.every((n) => c.nouns.has(n)));
  return kind ? { unit: kind.kind, to } : null;
}

// Persons counted by two trades read as one phrase as places are: "3,000 caregivers and nurses" (Round 49).
const JOINT_PLACES = new Map(
  Object.entries({ ...numberWords.jointPlaces, ...numberWords.jointTrades }).map(([head, seconds]) => [
    head,
    new Set(seconds),
  ]),
);

/**
 * "130 countries and territories", "40 provinces and cities", "80 foreign missions and international organisations": a
 * count of places or missions joined by "and" to the second plural data/numbers.json pairs with it counts the two as one
 * phrase; lower-case modifiers may stand before the second. Null for other pairs ("90 countries and regions") and when
 * a number, a name or no plural follows "and".
 */
function jointPlaces(toks: readonly Token[], noun: { unit: string; to: number }): { unit: string; to: number } | null {
  const seconds = JOINT_PLACES.get(noun.unit);
  if (!seconds || toks[noun.to]?.key !== "and") return null;
  for (let k = noun.to + 1; k < noun.to + 4 && k < toks.length; k++) {
    const t = toks[k] as Token;
    // "36 countries and six international organisations": a number word after "and" opens a count of its own.
    if (t.kind !== "word" || t.cap || STOP_NOUN.has(t.key) || ADVERBS.has(t.key) || t.key.endsWith("ing")) return null;
    if (NUMBER_WORDS.has(t.key)) return null;
    if (isPlural(t.key)) return seconds.has(t.key) ? { unit: `${noun.unit} and ${t.key}`, to: k + 1 } : null;
  }
  return null;
}

/** "174 foreign firms and 78 Vietnamese ones": "ones" stands for the nearest plural before it in the sentence. */
function antecedentPlural(toks: readonly Token[], at: number): string | null {
  for (let k = at - 1; k >= 0 && k >= at - 12; k--) {
    const t = toks[k] as Token;
    if (
      t.kind === "word" &&
      !t.cap &&
      t.key !== "ones" &&
      isPlural(t.key) &&
      !STOP_NOUN.has(t.key) &&
      !ABSTRACT.has(t.key)
    )
      return t.key;
  }
  return null;
}

/** "Vietnamese arrivals in Thailand topped one million": the plural subject of a verb of level before the figure. */
function subjectNoun(toks: readonly Token[], at: number, hedged: boolean): string | null {
  let k = at - 1;
  if (toks[k]?.key === "at" || toks[k]?.key === "to") k--;
  // "Chinese arrivals in July were fewer than 100,000": "were" with a hedged figure puts it at a level as "stood" does.
  if (!LEVEL_VERBS.has(toks[k]?.key ?? "") && !(hedged && COPULAS.has(toks[k]?.key ?? ""))) return null;
  // "enrolments in Australian universities have grown to 32,000": a plural behind a preposition belongs to its phrase;
  // the plural before the preposition heads the subject.
  let found: string | null = null;
  let behindPreposition = false;
  for (let j = k - 1; j >= 0 && j >= k - 8; j--) {
    const t = toks[j] as Token;
    if (t.kind === "punct" && !HYPHENS.has(t.text)) break;
    if (found && SUBJECT_PREPOSITIONS.has(t.key)) behindPreposition = true;
    else if (t.kind === "word" && !t.cap && isPlural(t.key) && !STOP_NOUN.has(t.key) && !ABSTRACT.has(t.key)) {
      if (found && !behindPreposition) break;
      found = t.key;
      behindPreposition = false;
    }
  }
  return found && !AMOUNT_NOUNS.has(found) ? found : null;
}
const SUBJECT_PREPOSITIONS = new Set(["in", "at", "from", "of", "to", "across", "for"]);

/**
 * "Vietnamese workers have made up the largest share, with about 12,400 going to Korea": a figure that opens an
 * absolute phrase after "with", a participle where its noun would be, counts the plural heading the sentence's
 * subject (within its first words, before any preposition or verb).
 */
function absoluteSubject(toks: readonly Token[], from: number, at: number): string | null {
  if (toks[from - 1]?.key !== "with" || toks[from - 2]?.text !== ",") return null;
  const participle = toks[at];
  if (participle?.kind !== "word" || participle.cap || !participle.key.endsWith("ing")) return null;
  for (let k = 0; k < 5 && k < from; k++) {
    const t = toks[k] as Token;
    if (t.kind !== "word" || STOP_NOUN.has(t.key)) return null;
    if (!t.cap && isPlural(t.key) && !ABSTRACT.has(t.key)) return t.key;
  }
  return null;
}

// "last year", "this month", "next week": the words that make a time phrase of a time unit after them.
const RELATIVE_TIME = new Set(["last", "this", "next"]);
// "five years ago", "two decades earlier": a span counted back from the story's time.
const BACK_WORDS = new Set(["ago", "earlier", "before"]);
/** "up from about 1000 five years ago": a counted span of time and "ago" after a figure say when, not what it counts. */
function spanBack(toks: readonly Token[], at: number): boolean {
  const span = parseNumberAt(toks, at);
  return span !== null && TIME.has(toks[span.to]?.key ?? "") && BACK_WORDS.has(toks[span.to + 1]?.key ?? "");
}
// Words that open a time phrase after a figure: "topped 40,000 last year", "reached 2,000 in 2023".
const WHEN_WORDS = new Set(["last", "this", "in", "by", "during", "so", "since"]);

/** "five of the boats", "12 of the forum's participants": the plural after "of", a determiner and a possessor. */
function partitiveNoun(toks: readonly Token[], at: number, covered?: Set<number>): string | null {
  if (toks[at]?.key !== "of" || !DEICTIC.has(toks[at + 1]?.key ?? "")) return null;
  let k = at + 2;
  if (toks[k + 1]?.text === "'" && toks[k + 2]?.key === "s") k += 3;
  const noun = countedNoun(toks, k, covered);
  return noun && isPlural(noun.unit) && !ABSTRACT.has(noun.unit) ? noun.unit : null;
}

// How far back a clause's own count may stand from the comma before "N of them".
const MAX_COUNT_BACK = 20;

/**
 * "About 5,000 students study at Russian universities, some 1,000 of them on state grants": "them" stands for the
 * plural the clause before the comma counts, not the nearer plural that only says where they are.
 */
function countedBefore(toks: readonly Token[], comma: number): string | null {
  for (let k = comma - 1; k >= 0 && k >= comma - MAX_COUNT_BACK; k--) {
    const t = toks[k] as Token;
    // the clause's own count only: another clause, or an ordinal ("the 12th Congress"), counts nothing "them" stands for
    if (t.text === ";" || t.text === "." || t.text === ":" || t.text === ",") return null;
    if (t.kind !== "number" || toks[k - 1]?.kind === "number") continue;
    const parsed = parseNumberAt(toks, k);
    if (parsed && ORDINAL_SUFFIX.has(toks[parsed.to]?.key ?? "") && glued(t, toks[parsed.to])) continue;
    const noun = parsed ? countedNoun(toks, parsed.to) : null;
    if (noun && noun.to <= comma && isPlural(noun.unit) && !ABSTRACT.has(noun.unit)) return noun.unit;
  }
  return null;
}

/** "patrol boats, 12 of which": the nearest plural before the figure, in the same clause before the comma. */
function relativeNoun(toks: readonly Token[], from: number, at: number): string | null {
  // "ten free trade agreements, six of them inside ASEAN": "them" after a comma stands for the plural too.
  if (toks[at]?.key !== "of" || !["which", "whom", "them"].includes(toks[at + 1]?.key ?? "")) return null;
  if (toks[from - 1]?.text !== ",") return null;
  if (toks[at + 1]?.key === "them") {
    const counted = countedBefore(toks, from - 1);
    if (counted) return counted;
  }
  for (let k = from - 2; k >= 0 && k >= from - 6; k--) {
    const t = toks[k] as Token;
    if (t.kind !== "word") return null;
    if (!t.cap && isPlural(t.key) && !STOP_NOUN.has(t.key) && !ABSTRACT.has(t.key)) return t.key;
  }
  return null;
}

// "who number", "which total": a relative clause's verb that gives its antecedent's count.
const RELATIVE_COUNT_VERBS = new Set(numberWords.relativeCountVerbs);

const PARTICIPLE_COUNT_VERBS = new Set(numberWords.participleCountVerbs);
const COMMUNITY_NOUNS = new Set(numberWords.communityNouns);
const ESTIMATE_PARTICIPLES = new Set(numberWords.estimateParticiples);
// "the parks, now numbering 18": words that may stand between the comma and the participle.
const APPOSITION_ADVERBS = new Set(["now", "currently", "still", "together", "altogether"]);
// "the community there numbers …": an adverb of place between a community and its verb.
const PLACE_ADVERBS = new Set(["there", "here"]);

/** "Vietnamese nationals, who number about 250,000 in Korea": the plural just before the comma is what is counted. */
// "who number about 1,200": a hedge between the verb and its figure.
const HEDGES = numberWords.qualifiers.map((q) => q.split(" "));
function beforeHedge(toks: readonly Token[], at: number): number {
  const hedge = HEDGES.find((words) => keysEndAt(toks, at, words));
  return hedge ? at - hedge.length : at;
}

/** "the Lao community in Hanoi": where the place word at `at` closes "community in <Place>", the community's index. */
function communityPlace(toks: readonly Token[], at: number): number | null {
  const place = toks[at];
  const community = toks[at - 2];
  return place?.cap && ["in", "of"].includes(toks[at - 1]?.key ?? "") && COMMUNITY_NOUNS.has(community?.key ?? "")
    ? at - 2
    : null;
}

function antecedentCount(toks: readonly Token[], figureAt: number, covered?: Set<number>): string | null {
  const at = beforeHedge(toks, figureAt);
  // "the joint industrial parks, now numbering 18 across 13 provinces": a participle set off by a comma counts the plural
  // before the comma, capitalised in a name's title case ("Industrial Parks") too; a community counts its people.
  // "the Filipino community in the capital, estimated at around 7,000": an estimate set off by a comma counts a
  // community only, the place it lives in between.
  const estimated = toks[at - 1]?.key === "at" && ESTIMATE_PARTICIPLES.has(toks[at - 2]?.key ?? "");
  if (PARTICIPLE_COUNT_VERBS.has(toks[at - 1]?.key ?? "") || estimated) {
    const verb = estimated ? at - 2 : at - 1;
    const comma = APPOSITION_ADVERBS.has(toks[verb - 1]?.key ?? "") ? verb - 2 : verb - 1;
    const lived = communityPlace(toks, comma - 1);
    const t = toks[lived ?? comma - 1];
    if (toks[comma]?.text !== "," || !t || t.kind !== "word" || covered?.has(comma - 1)) return null;
    if (COMMUNITY_NOUNS.has(t.key)) return "people";
    if (estimated || lived !== null) return null;
    const plural = isPlural(t.key) && !ABSTRACT.has(t.key) && !STOP_NOUN.has(t.key) && !DEMONYMS.has(t.key);
    return plural && (!t.cap || toks[comma - 2]?.cap === true) ? t.key : null;
  }
  if (!RELATIVE_COUNT_VERBS.has(toks[at - 1]?.key ?? "")) return null;
  // "the Vietnamese community there numbers about 10,000": a community as the verb's own subject counts its people,
  // not the noun an earlier figure in the sentence counted.
  const subject = PLACE_ADVERBS.has(toks[at - 2]?.key ?? "") ? at - 3 : (communityPlace(toks, at - 2) ?? at - 2);
  if (COMMUNITY_NOUNS.has(toks[subject]?.key ?? "")) return "people";
  if (!["who", "which"].includes(toks[at - 2]?.key ?? "") || toks[at - 3]?.text !== ",") return null;
  // "the Vietnamese community in Brunei, who number about 1,200": a place after the community names where it lives.
  const t = toks[communityPlace(toks, at - 4) ?? at - 4];
  if (t && COMMUNITY_NOUNS.has(t.key)) return "people";
  return t && t.kind === "word" && !t.cap && isPlural(t.key) && !ABSTRACT.has(t.key) ? t.key : null;
}

/** "20,000 to 26,000 jobs": the plural after a higher figure at `at`, for the lower end of the range. */
function spanNoun(toks: readonly Token[], at: number, low: number, covered?: Set<number>): string | null {
  const high = parseNumberAt(toks, at);
  if (!high || high.words || high.value <= low) return null;
  const noun = countedNoun(toks, high.to, covered);
  return noun && isPlural(noun.unit) && !ABSTRACT.has(noun.unit) && !TIME.has(noun.unit) ? noun.unit : null;
}

/**
 * "6.9 million and 6.7 million tonnes", "12 or 15 vessels": two figures of one shape joined by "and"/"or" share the
 * noun after the second. Same shape (both digits, both scaled or both not) keeps a year or a date ("in 2019 and 40
 * ships") and a bare number beside a scaled one from borrowing it.
 */
function sharedNoun(
  toks: readonly Token[],
  first: { from: number; to: number; words: boolean },
  covered?: Set<number>,
): string | null {
  const join = toks[first.to]?.key;
  if (join !== "and" && join !== "or") return null;
  const second = parseNumberAt(toks, first.to + 1);
  if (!second || second.words !== first.words) return null;
  if (second.to - second.from !== first.to - first.from) return null;
  if (!first.words && (YEAR.test(toks[first.from]?.text ?? "") || YEAR.test(toks[second.from]?.text ?? "")))
    return null;
  // "6.9 million and 6.7 million tonnes respectively": an adverb may close the pair before its noun.
  const noun = countedNoun(toks, second.to, covered);
  return noun && isPlural(noun.unit) && !ABSTRACT.has(noun.unit) && !TIME.has(noun.unit) ? noun.unit : null;
}

const POSSESSIVE_PRONOUNS = new Set(["its", "their", "our", "his", "her", "your", "my"]);

/** "the (total) number of partners ... to 32": the noun after "number of". */
function backReferencedNoun(toks: readonly Token[], i: number): string | null {
  for (let k = i - 1; k >= 1 && k > i - 30; k--) {
    if (toks[k]?.key === "of" && toks[k - 1]?.key === "number") {
      // "the number of Hanoi's comprehensive strategic partners": the possessor is not what is counted.
      let from = k + 1;
      while (toks[from]?.cap && toks[from]?.kind === "word" && from < k + 4) from++;
      const possessive = from > k + 1 && (toks[from]?.text === "'" || toks[from]?.text === "’");
      // "the total number of its partners": a possessive pronoun before the noun is no part of it (Round 49).
      const pronoun = from === k + 1 && POSSESSIVE_PRONOUNS.has(toks[from]?.key ?? "");
      return (
        countedNoun(toks, possessive && toks[from + 1]?.key === "s" ? from + 2 : pronoun ? from + 1 : k + 1)?.unit ??
        null
      );
    }
    if (toks[k]?.text === ";") break;
  }
  return null;
}

/** "- Countries with diplomatic relations: 194": the head of the label before a colon. */
function labelNoun(toks: readonly Token[], at: number, covered?: Set<number>): string | null {
  if (toks[at - 1]?.text !== ":") return null;
  let start = at - 1;
  while (start > 0 && !BULLETS.has(toks[start - 1]?.text ?? "")) start--;
  // "Newly licensed projects: 1,988": an adverb opening the label modifies the noun; it does not end the phrase.
  while (start < at - 2 && toks[start]?.kind === "word" && /ly$/.test(toks[start]?.key ?? "")) start++;
  return countedNoun(toks, start, covered)?.unit ?? null;
}

/**
 * The noun of the last count read in this sentence or the three before it (money, percentages and ranks are no
 * counts): what a bare "others" after a figure stands for. Null when none was read so close.
 */
function lastCountedNoun(found: readonly IndicatorFinding[], sentenceIndex: number): string | null {
  const last = found.at(-1);
  if (!last?.unit || sentenceIndex - last.sentenceIndex > 3) return null;
  return MONEY.has(last.unit) || last.unit === "percent" || last.unit === "rank" ? null : last.unit;
}

/** "2,500; of whom 400 were evacuated": the same noun as the number before. */
function ofWhom(toks: readonly Token[], i: number, found: IndicatorFinding[], sentenceIndex: number): string | null {
  if (toks[i - 2]?.key !== "of" || !["whom", "which", "them"].includes(toks[i - 1]?.key ?? "")) return null;
  const last = found.at(-1);
  return last?.sentenceIndex === sentenceIndex ? last.unit : null;
}

/**
 * "a population of around 680 million": people, named by the noun before "of"; a fact sheet's "population about 99
 * million" leaves the "of" out.
 */
function populationOf(toks: readonly Token[], at: number): string | null {
  const noun = toks[at - 1]?.key === "of" ? toks[at - 2] : toks[at - 1];
  return noun?.key === "population" ? "people" : null;
}

/** "up from", "down from": the figure after names the earlier level of the count before. */
const CHANGE_BEFORE_FROM = new Set(["up", "down"]);
/**
 * "102 Vietnamese left Tehran, while another 190 were brought from Israel": a bare figure later in the sentence
 * counts the same thing as the figure before it.
 */
function elided(
  toks: readonly Token[],
  i: number,
  parsed: { to: number; words: boolean },
  hasNoun: boolean,
  found: IndicatorFinding[],
  sentenceIndex: number,
): string | null {
  // "5.8 million visitors, up 16.9 percent, and Korea second at 4.3 million": a change given beside the count is no
  // count; the figure before it is what the bare one shares.
  let at = found.length - 1;
  while (at > 0 && found[at]?.unit === "percent" && found[at - 1]?.sentenceIndex === sentenceIndex) at--;
  const last = found[at];
  // "handed over 12 patrol vessels and pledged five more": "more" closes the figure, in words or digits.
  const more = toks[parsed.to]?.key === "more" ? 1 : 0;
  // "1,043 citizens had registered. Of these, 612 had crossed …": a figure opening its sentence as the subject of a
  // verb counts what the sentence before counted last.
  // Only persons are carried so ("1,020 nationals came home on nine flights. Another 800 or so were waiting"): a
  // subject that waits, crosses or remains is a count of persons, whatever else the sentence before counted last.
  const carried =
    !hasNoun && !parsed.words && opensSentence(toks, i) && subjectVerbAt(toks, parsed.to + more)
      ? found.findLast((f) => f.sentenceIndex === sentenceIndex - 1 && PERSON_UNITS.has(f.unit ?? ""))
      : undefined;
  if (carried?.unit && !found.some((f) => f.sentenceIndex === sentenceIndex)) return carried.unit;
  if (hasNoun || last?.sentenceIndex !== sentenceIndex || !last.unit) return null;
  const spelled = parsed.words && !more && spelledPair(toks, i, last);
  // "12 comprehensive strategic partners, up from four at the start of 2023": the earlier level of the same count.
  const earlier = toks[i - 1]?.key === "from" && CHANGE_BEFORE_FROM.has(toks[i - 2]?.key ?? "");
  if (parsed.words && !more && !spelled && !earlier) return null;
  if (last.unit === "percent" || last.unit === "rank" || last.unit === last.unit.toUpperCase()) return null;
  const next = toks[parsed.to + more];
  // "a goal of 8 million visitors, against 7.57 million last year": a time phrase after the figure says when.
  const when =
    next !== undefined &&
    ((RELATIVE_TIME.has(next.key) && TIME.has(toks[parsed.to + more + 1]?.key ?? "")) ||
      spanBack(toks, parsed.to + more));
  if (next && next.kind === "word" && !STOP_NOUN.has(next.key) && !verbAfter(toks, parsed.to + more) && !when)
    return null;
  // "Hanoi received 7 million visitors, while HCM City welcomed 8.6 million": a scaled figure shares it too.
  const scaled = toks[i]?.kind === "number" && parsed.to > i + 1 && SCALE_WORDS.has(toks[parsed.to - 1]?.key ?? "");
  return more || scaled || spelled || earlier || /^\d+(?:,\d{3})*$/.test(toks[i]?.text ?? "") ? last.unit : null;
}

// Words that may stand before a figure opening its sentence: "Of these, 612 …", "Around 47,000 …", "Another 800 …".
const OPENING_WORDS = new Set(numberWords.carriedCountOpeners);
const CARRIED_VERBS = new Set(numberWords.carriedCountVerbs);
const PERSON_UNITS = new Set([...(KINDS.find((k) => k.kind === "people")?.nouns ?? []), "people", "citizens"]);
function opensSentence(toks: readonly Token[], i: number): boolean {
  for (let k = 0; k < i; k++) {
    const t = toks[k] as Token;
    if (t.text !== "," && !OPENING_WORDS.has(t.key)) return false;
  }
  return i <= 5;
}
/** "612 had crossed", "about 150 remain", "around 47,000 are now …": a verb right after the figure (or "or so"). */
function subjectVerbAt(toks: readonly Token[], at: number): boolean {
  const k = toks[at]?.key === "or" && toks[at + 1]?.key === "so" ? at + 2 : at;
  const t = toks[k];
  if (t?.kind !== "word" || t.cap || !(CARRIED_VERBS.has(t.key) || verbAfter(toks, k))) return false;
  // "About 12 were closed": a passive after a form of "be" is done to things as often as to persons; left.
  if (!BE_FORMS.has(t.key)) return true;
  let n = k + 1;
  while (ADVERBS.has(toks[n]?.key ?? "") || toks[n]?.key === "still" || toks[n]?.key === "now") n++;
  return !/(?:ed|en)$/.test(toks[n]?.key ?? "");
}
const BE_FORMS = new Set(["were", "was", "are", "is"]);

// "and the remaining seven", "and another five": words that may stand between "and" and the second figure of a pair.
const PAIR_FILLERS = new Set(["the", "remaining", "other", "another"]);

/**
 * "five boats built in India and seven at Hong Ha": a number word after "and" shares the noun of a count spelled in
 * words before it in the sentence, as a bare digit does; a lone number word after "and" is no count otherwise.
 */
function spelledPair(toks: readonly Token[], i: number, last: IndicatorFinding): boolean {
  let k = i - 1;
  while (k > i - 3 && PAIR_FILLERS.has(toks[k]?.key ?? "")) k--;
  // "three countries and two of the islands": a partitive names its own whole.
  if (toks[k]?.key !== "and" || toks[i + 1]?.key === "of") return false;
  // "twelve boats were built, five in India and seven in Vietnam": a figure left unread between them breaks the pair.
  const between = toks.filter((t) => t.start > last.start && t.start < (toks[i] as Token).start);
  if (between.some((t) => t.kind === "number" || NUMBER_WORDS.has(t.key))) return false;
  return toks.some((t) => t.start === last.start && t.kind === "word" && NUMBER_WORDS.has(t.key));
}

/**
 * "the 12 boats built under the credit line, five of which were made in India": "of which" after a figure counts what
 * the count before it in the sentence counted, when no plural stands right before the comma.
 */
function earlierCount(
  toks: readonly Token[],
  at: number,
  found: IndicatorFinding[],
  sentenceIndex: number,
): string | null {
  if (toks[at]?.key !== "of" || !["which", "whom"].includes(toks[at + 1]?.key ?? "")) return null;
  // "the 12 boats built under a US$100 million credit, five of which": an amount or a share between is passed over.
  for (let k = found.length - 1; k >= 0; k--) {
    const f = found[k] as IndicatorFinding;
    if (f.sentenceIndex !== sentenceIndex || !f.unit) return null;
    if (!MONEY.has(f.unit) && f.unit !== "percent" && f.unit !== "rank") return f.unit;
  }
  return null;
}

/** What a figure with no unit counts: the noun after it, or one named before it; false when it counts nothing. */
export function countedHead(reading: SentenceReading, i: number, figure: Figure, measure: Measure): boolean {
  const { s, toks, covered, out } = reading;
  const { t, prev, rank } = figure;
  const { of, qual, after } = measure;
  let { parsed } = figure;
  let { end } = measure;
  let unit: string | null = null;
  let about: string | null = null;
  // "six million of our compatriots": the counted noun follows "of" and a determiner.
  const ofDet = toks[end]?.key === "of" && DEICTIC.has(toks[end + 1]?.key ?? "") && parsed.to > i + 1;
  // "five of the boats", "12 of the forum's participants": a part of a named whole counts the whole's noun.
  // "two of its neighbours", "two of the countries contesting …": a pair picked out of a group is no tally.
  const pair = parsed.words && parsed.value <= 2;
  const part = of === null && !ofDet && !pair ? partitiveNoun(toks, end, covered) : null;
  // "patrol boats, 12 of which", "prisoners, more than 100 of whom": the plural the relative word stands for.
  const relative =
    of === null && !part
      ? (relativeNoun(toks, qual?.from ?? i, end) ??
        antecedentCount(toks, qual?.from ?? i, covered) ??
        earlierCount(toks, end, out, s.index))
      : null;
  // "as many as 40 of its own vessels": "own" makes the noun the thing counted, not a whole it is part of.
  const ofOwn = toks[end]?.key === "of" && DEICTIC.has(toks[end + 1]?.key ?? "") && toks[end + 2]?.key === "own";
  if (ofOwn) end += 3;
  else if (ofDet) end += 2;
  // "4 min read": a time unit right after the number makes a duration, whatever follows it.
  if (TIME.has(toks[end]?.key ?? "")) return false;
  // "topped 40,000 last year": a time phrase after the figure is when, not what it counts.
  const when = (RELATIVE_TIME.has(toks[end]?.key ?? "") && TIME.has(toks[end + 1]?.key ?? "")) || spanBack(toks, end);
  const read = when ? null : countedNoun(toks, end, covered);
  // "78 Vietnamese ones": a pro-form counts its antecedent's noun, or nothing when none stands before it.
  const antecedent = read?.unit === "ones" ? antecedentPlural(toks, i) : undefined;
  if (antecedent === null) return false;
  // "1,120 workers came by sea …; around 350 others flew home": "others" counts more of what was last counted.
  const more = read?.unit === "others" ? lastCountedNoun(out, s.index) : null;
  const noun = read && (antecedent ?? more) ? { ...read, unit: antecedent ?? more ?? read.unit } : read;
  // "create 20,000 to 26,000 jobs a year": the low end of a range written with "to" counts the high end's noun;
  // "from 12 to 15" is a change, whose first figure is the old level.
  const span =
    !noun && !when && toks[end]?.key === "to" && prev?.key !== "from"
      ? spanNoun(toks, end + 1, parsed.value, covered)
      : !noun && !when
        ? sharedNoun(toks, parsed, covered)
        : null;
  // "1.5 to 2 million tonnes": the scale after the high end applies to a bare low end below it.
  if (span && toks[end]?.key === "to" && parsed.to === i + 1 && t.kind === "number") {
    const high = parseNumberAt(toks, end + 1);
    const base = Number(toks[end + 1]?.text.replace(/,/g, ""));
    if (high && high.to > high.from + 1 && base > parsed.value && SCALE_WORDS.has(toks[high.from + 1]?.key ?? ""))
      parsed = { ...parsed, value: Number(((parsed.value * high.value) / base).toPrecision(12)) };
  }
  if (noun && TIME.has(noun.unit)) return false;
  if (noun && (ABSTRACT.has(noun.unit) || PAGE_COUNTERS.has(noun.unit))) return false;
  // "Views: 614  Print version": a page counter's label before a colon counts the figure, whatever stands after it.
  if (toks[i - 1]?.text === ":" && PAGE_COUNTERS.has(toks[i - 2]?.key ?? "")) return false;
  // "12 540 subscribers" alone on a line: a channel's header, not a figure of the story.
  if (
    noun &&
    LINE_COUNTERS.has(noun.unit) &&
    noun.to === toks.length &&
    toks.every((x) => x.kind === "number" || x === toks[noun.to - 1])
  )
    return false;
  // "two countries", "two sides": the pair a bilateral story is about, not a count; "the 2 countries" in digits too.
  if (noun && parsed.value === 2 && (parsed.words || prev?.key === "the") && PAIR_NOUNS.has(noun.unit)) return false;
  // "the two ASEAN members", "between two EU partners": a bloc named before the noun makes the pair, not a tally.
  if (noun && parsed.value === 2 && parsed.words && PAIR_MEMBERS.has(noun.unit) && covered?.has(end)) return false;
  const population = populationOf(toks, qual?.from ?? i);
  const partitive = ofWhom(toks, i, out, s.index) ?? elided(toks, i, parsed, noun !== null, out, s.index);
  // "arrivals topped 40,000 last year": the plural subject of a verb of level, the figure closing its clause or
  // followed only by when.
  const closes = after === undefined || after.kind === "punct" || WHEN_WORDS.has(after.key);
  const level = !noun && closes ? subjectNoun(toks, qual?.from ?? i, qual !== null) : null;
  const absolute = noun ? null : absoluteSubject(toks, qual?.from ?? i, end);
  const head =
    noun?.unit ??
    part ??
    relative ??
    backReferencedNoun(toks, i) ??
    labelNoun(toks, qual?.from ?? i, covered) ??
    population ??
    level ??
    absolute ??
    // "25 and 30 volunteers": the noun written after the pair outranks one carried over from an earlier figure.
    span ??
    partitive;
  if (!head && !rank) return false;
  // "around 100 a year": a rate after the figure leaves the noun named before it.
  const rate = ["a", "per", "each", "every"].includes(after?.key ?? "") && TIME.has(toks[end + 1]?.key ?? "");
  const counted = partitive || part || relative;
  if (!noun && after?.kind === "word" && !rank && !counted && !population && !rate && !level && !span && !absolute)
    return false;
  // "three other EU members: Spain, Britain and Germany", "three of which – China, Russia and India –": a small
  // count that the names after it spell out restates the list.
  const listAt = noun ? noun.to : relative ? end + 2 : -1;
  // A tally is kept though its names follow ("partnerships with seven other countries: China, …", "six such
  // partners: …", "BRICS now has 10 full members: …"); a subset picked out by a name before its noun ("five EU
  // members – Spain, …", "four Nordic countries: Denmark, …") or other members of a group restates the names.
  let named = false;
  // "the other four permanent members …": "other" before the figure picks out a subset as after it does.
  let other = prev?.key === "other";
  for (let n = end; noun && n < noun.to; n++) {
    if (toks[n]?.cap || covered?.has(n)) named = true;
    if (toks[n]?.key === "other") other = true;
  }
  const tally = noun !== null && !named && (!other || LISTED_TALLIES.has(noun.unit));
  if (!rank && parsed.value <= 10 && listAt >= 0 && !tally && listFollows(toks, pastNamedWhole(toks, listAt, covered)))
    return false;
  // "the 175 Military Hospital", "the VCG Region 3 Command": digits above one after "the" or a capitalised word and
  // before a capitalised singular noun do not count it (English counts in the plural); they belong to the name.
  // Spelled numbers are left to the rules for names above ("nine Memoranda of Understanding" counts).
  const headWord = noun ? toks[noun.to - 1] : undefined;
  if (
    !rank &&
    !parsed.words &&
    (prev?.key === "the" || (prev?.kind === "word" && prev.cap)) &&
    headWord?.cap &&
    headWord.kind === "word" &&
    parsed.value > 1 &&
    headWord.text.length > 3 &&
    headWord.text !== headWord.text.toUpperCase() &&
    !isPlural(headWord.key) &&
    !ALIASED.has(headWord.key) &&
    !DEMONYMS.has(headWord.key) &&
    !covered?.has((noun?.to ?? 0) - 1)
  )
    return false;
  unit = rank ? "rank" : head;
  const joined = noun && !rank ? (coordinatedKind(toks, noun.unit, noun.to) ?? jointPlaces(toks, noun)) : null;
  if (joined && noun) {
    unit = joined.unit;
    noun.to = joined.to;
  }
  if (noun) {
    const nounStart = toks[end] as Token;
    let stop = noun.to;
    while (stop < toks.length && stop - noun.to < 6 && toks[stop]?.kind !== "punct") stop++;
    const last = toks[stop - 1] as Token;
    about = s.text.slice(nounStart.start - s.start, last.end - s.start);
    if (!rank) end = noun.to;
  } else about = head;
  figure.parsed = parsed;
  measure.end = end;
  measure.unit = unit;
  measure.about = about;
  return true;
}
