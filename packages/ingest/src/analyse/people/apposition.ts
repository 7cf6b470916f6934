// An office set beside a name after a comma ('X, the trade minister,'), with an age or an expert's field; apart
// from roles.ts because it reads what follows a name, not a title.
import type { Sentence } from "../sentences.js";
import { glued, type Token } from "../tokens.js";
import { parseName } from "./names.js";
import { type Covered, headEnd, type Span } from "./person.js";
import { parseRoleChain } from "./roles.js";
import {
  ARTICLES,
  COMPLEMENT,
  DESCRIPTION_STOPS,
  HOLDER_ADVERBS,
  isRoleWord,
  MEMBERSHIP,
  ROLE_WORDS,
  SPEECH_VERBS,
  STATE_POSSESSORS,
} from "./titles.js";

/** The words at i follow "according to": they name the source of what the sentence reports. */
export const reported = (toks: readonly Token[], i: number) =>
  toks[i - 1]?.key === "to" && toks[i - 2]?.key === "according";

/**
 * Roles after a comma describe the name before them, unless another name follows ("A, President B"). The office may
 * come as a second hat ("Xi, also general secretary of …", "Son, who is also Deputy Prime Minister") or after an
 * article ("Hop, a visiting senior fellow at …"); `secondHat` says the writer marked it so.
 */
export function apposition(
  s: Sentence,
  i: number,
  covered: Covered,
  source = false,
): { roles: Span[]; next: number; secondHat: boolean; indefinite: boolean } | null {
  const toks = s.tokens;
  let k = i;
  if (toks[k]?.key === "who" && toks[k + 1]?.key === "is") k += 2;
  // "… to Y, in his capacity as chairman of the party,": a second office the name holds, named by the phrase.
  else if (capacityAt(toks, k)) k += 4;
  // "Trong, who is both General Secretary … and President of Vietnam": "both" announces the two offices.
  if (toks[k]?.key === "also" || (k > i && toks[k]?.key === "both")) k++;
  const secondHat = k > i;
  // "Le Van A, now a professor at …": a word saying when he holds the post may stand before its article.
  if (!secondHat && HOLDER_ADVERBS.has(toks[k]?.key ?? "") && ARTICLES.has(toks[k + 1]?.key ?? "")) k++;
  const article = ARTICLES.has(toks[k]?.key ?? "");
  const indefinite = article && toks[k]?.key !== "the";
  // "a 58-year-old community organizer": the age before the description says nothing about the office.
  if (article) k = ageEnd(toks, k + 1);
  // "Dang Dinh Quy, the country's permanent representative in New York,": a possessor after "the" owns the office.
  // Only a word for the state itself: "the hospital's director" is a post in a body, not an office read here.
  if (
    toks[k - 1]?.key === "the" &&
    STATE_POSSESSORS.has(toks[k]?.key ?? "") &&
    /^['’]$/.test(toks[k + 1]?.text ?? "") &&
    toks[k + 2]?.key === "s"
  )
    k += 3;
  // "a member of the delegation": a seat in a body, not an office. A seat in a standing organ named with capitals ("a
  // member of the Political Bureau of the … Central Committee") is one the readings give as an office, as they do
  // without the article.
  if (article && MEMBERSHIP.has(toks[k]?.key ?? "") && !namedOrganAfter(toks, k + 1)) return null;
  const chain = parseRoleChain(s, k, covered);
  // "According to spokesperson A, the Prime Minister told her guest …": after a source the comma ends the phrase, and
  // a title that runs on into a speech verb is the next clause's subject, not the source's office.
  // So is one opened by an article with no comma before its verb ("… raised human rights with Mr Phuc, a spokeswoman
  // for the prime minister said, without …"): a parenthetical attribution, whose speaker is not the name before it.
  if (chain && (source ? SPEECH_VERBS.has(toks[chain.next]?.text ?? "") : article && speaksNext(toks, chain.next)))
    return null;
  // "Before any time with Kim Jong Un, the US president spent …": after a phrase opening the sentence, a title with
  // "the" that runs on into the clause's verb is that clause's subject, not an office of the name before the comma.
  if (chain && article && !indefinite && frontedName(toks, i) && clauseGoesOn(toks[chain.next])) return null;
  if (chain && !parseName(s, chain.next, covered, 1)) {
    // "a Southeast Asia analyst": capitals opening a lower-case title after "a" say where he works, not what he is.
    const first = chain.roles[0] as Span;
    const head = toks[headEnd(first) - 1];
    let from = first.from;
    if (indefinite && head?.cap === false) {
      while (from < first.to - 1 && toks[from]?.cap && !ROLE_WORDS.has(toks[from]?.key ?? "")) from++;
    }
    chain.roles[0] = { ...first, from };
    return { ...chain, secondHat, indefinite };
  }
  // "to meet A, general secretary of …, President B and C": in a list of people met, the last title after a comma
  // opens the next person's name; the titles before it are the apposition's.
  const last = chain?.roles.at(-1);
  if (chain && last && chain.roles.length > 1 && toks[last.from - 1]?.text === ",") {
    return { roles: chain.roles.slice(0, -1), next: last.from, secondHat, indefinite };
  }
  const expert = article ? expertTitle(s, k, covered) : null;
  return expert ? { ...expert, secondHat, indefinite } : null;
}
/** "of the Standing Committee …" at k: a body named with capitals after "of". */
function namedOrganAfter(toks: readonly Token[], k: number): boolean {
  if (toks[k]?.key !== "of") return false;
  const first = toks[toks[k + 1]?.key === "the" ? k + 2 : k + 1];
  return first?.kind === "word" && first.cap && COMPLEMENT.has(first.key);
}

const CAPACITY_OWNERS = new Set(["his", "her", "their"]);

/** "in his capacity as": the office that follows is one the name before the comma holds. */
function capacityAt(toks: readonly Token[], k: number): boolean {
  return (
    toks[k]?.key === "in" &&
    CAPACITY_OWNERS.has(toks[k + 1]?.key ?? "") &&
    toks[k + 2]?.key === "capacity" &&
    toks[k + 3]?.key === "as"
  );
}

// Words opening a phrase put before the sentence's subject ("Before talks with …, ", "After meeting …, ").
const FRONTED_OPENERS = new Set(["before", "after", "during", "following", "ahead", "with", "at", "on", "upon", "in"]);

/** The comma before `i` closes a phrase that opens the sentence with a preposition, no comma before it. */
function frontedName(toks: readonly Token[], i: number): boolean {
  if (toks[i - 1]?.text !== "," || !FRONTED_OPENERS.has(toks[0]?.key ?? "")) return false;
  return !toks.slice(0, i - 1).some((t) => t.text === ",");
}

/** A lower-case word after a title that neither closes it nor says where its holder works: the clause's verb. */
const clauseGoesOn = (t: Token | undefined) =>
  t?.kind === "word" && !t.cap && !AFTER_EXPERT.has(t.key) && t.key !== "and" && t.key !== "who";

// The words an office's phrase may run on with before its verb ("a spokeswoman for the prime minister said").
const SPEAKS_WITHIN = 8;

/** A speech verb follows at `at` or after a few words of the office's phrase, with no comma or clause between. */
function speaksNext(toks: readonly Token[], at: number): boolean {
  for (let j = at; j < at + SPEAKS_WITHIN; j++) {
    const t = toks[j];
    if (!t || t.kind === "punct" || t.key === "who" || t.key === "that" || t.key === "and") return false;
    if (SPEECH_VERBS.has(t.text)) return true;
  }
  return false;
}

// What may follow an expert's title: where he works, the end of the apposition, or a relative clause about him ("a
// community organizer whose family left …").
const AFTER_EXPERT = new Set(["at", "of", "with", "from", "in", "near", "for", ",", ".", ";", ")", "who", "whose"]);

/** Token index after an age written as one hyphenated word ("58-year-old"), or at when there is none. */
function ageEnd(toks: readonly Token[], at: number): number {
  const [n, a, y, b, o] = [0, 1, 2, 3, 4].map((d) => toks[at + d]);
  const shape = n?.kind === "number" && a?.text === "-" && y?.key === "year" && b?.text === "-" && o?.key === "old";
  return shape ? at + 5 : at;
}

/**
 * "an international relations lecturer at …", "a Manila-based political analyst": up to four words saying in what field
 * or where, then a lower-case title that closes the apposition or names where he works.
 */
function expertTitle(s: Sentence, at: number, covered: Covered): { roles: Span[]; next: number } | null {
  const toks = s.tokens;
  for (let k = at; k < at + 4; k++) {
    const t = toks[k];
    const hyphen = t?.text === "-" && glued(toks[k - 1], t);
    // "a master's student in Melbourne": a degree's possessive is part of the field ('s read as one more word).
    // After "the" a possessor owns the post ("the hospital's director"), read as a post in a body, not a field.
    const possessive =
      k === at + 1 &&
      toks[at - 1]?.key !== "the" &&
      /^['’]$/.test(t?.text ?? "") &&
      glued(toks[k - 1], t) &&
      toks[k + 1]?.key === "s";
    if (possessive) continue;
    if (!hyphen && (t?.kind !== "word" || DESCRIPTION_STOPS.has(t.key) || isRoleWord(t))) return null;
    const chain = parseRoleChain(s, k + 1, covered);
    const last = chain?.roles.at(-1);
    const head = last ? toks[headEnd(last) - 1] : undefined;
    const after = chain ? toks[chain.next] : undefined;
    if (!chain || !last || !head || head.cap || (after && !AFTER_EXPERT.has(after.key))) continue;
    // "a maritime law specialist at Xiamen University": with the place he works, the field is part of the title too;
    // so is a field in lower case alone ("a software engineer in Hanoi", "a citrus grower near …"), as the readings
    // give a trade. Capitals or a hyphen there say where he sits ("a Manila-based analyst"), no part of what he is.
    const lowerField = toks.slice(at, k + 1).every((w) => (w.kind === "word" ? !w.cap : /^['’]$/.test(w.text)));
    if (last.title !== undefined || lowerField) chain.roles[chain.roles.length - 1] = { ...last, from: at };
    return chain;
  }
  return null;
}
