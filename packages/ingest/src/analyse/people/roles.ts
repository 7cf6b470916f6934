// Where an office starts and ends in a sentence: capitalised titles with their bodies, places and ranks, lower-case
// titles with their portfolios, and chains of offices one person holds.
import { capitals, countryCode } from "../countries.js";
import { fold, isUpperCase } from "../fold.js";
import type { Sentence } from "../sentences.js";
import { glued, type Token } from "../tokens.js";
import { parseName, royalStyle } from "./names.js";
import { closedBodyEnd, ownedBodyEnd, ownedUnitEnd } from "./owned-bodies.js";
import { type Covered, headEnd, type Span, textOf } from "./person.js";
import { workplaceEnd } from "./role-workplaces.js";
import {
  ACADEMIC_HEADS,
  ACADEMIC_MODIFIERS,
  ARTICLES,
  AUXILIARIES,
  BLOC_OWNERS,
  BODY_HEADS,
  BODY_LEVELS,
  BODY_ORGANS,
  COMPLEMENT,
  civilShortTitle,
  DEMONYMS,
  DESCRIPTION_STOPS,
  HEAD_LAST,
  HOLDER_WORDS,
  HOSTED_EVENTS,
  isRoleWord,
  JOINERS,
  LOWER_HEADS,
  LOWER_MODS,
  LOWER_ROLES,
  MINISTRY_NOUNS,
  NO_PHRASES,
  NOT_NAME,
  NOT_PORTFOLIO,
  ONLY_LAST_OF_LONGER,
  PLACE_WORDS,
  POST_MODIFIERS,
  RANK_AFTER,
  RANK_MODIFIERS,
  RANKING,
  RANKS_BY_FIRST,
  ROLE_WORDS,
  SEAT_HEADS,
  SEAT_MODIFIERS,
  SEAT_TITLES,
  SHARED_POSTS,
  SPEECH_VERBS,
  titles,
  VERB_HEADS,
} from "./titles.js";

/** Token index after a military rank starting at k ("Senior Lieutenant General", "Lt. Gen."), or k when none. */
function rankEnd(toks: readonly Token[], k: number): number {
  if (!toks[k]?.cap) return k;
  // Most capitalised words open no rank: only the ranks starting with this word are tried, longest first as in RANKS.
  for (const rank of RANKS_BY_FIRST.get(toks[k]?.key ?? "") ?? NO_PHRASES) {
    if (rankWrittenAt(toks, k, rank)) return k + rank.length;
  }
  return k;
}

/** The rank's words from k, each capitalised (its full stops aside); a loop, as no closure is built per rank tried. */
function rankWrittenAt(toks: readonly Token[], k: number, rank: readonly string[]): boolean {
  for (let n = 0; n < rank.length; n++) {
    const key = rank[n] as string;
    const t = toks[k + n];
    if (t?.key !== key || !(key === "." || key === "-" || t.cap)) return false;
  }
  return true;
}

/** "(CIEM)" at k: a bracketed acronym of capitals. */
function acronymAt(toks: readonly Token[], k: number): boolean {
  const word = toks[k + 1];
  return toks[k]?.text === "(" && toks[k + 2]?.text === ")" && !!word && /^\p{Lu}{2,8}$/u.test(word.text);
}

/**
 * After brackets closing an office at k: "(CIEM)", or a party's kind and acronym in turn ("… of India (Marxist) (CPI-M)
 * Sitaram …"), each one word or capitals hyphened; k when none is there.
 */
function bracketsEnd(toks: readonly Token[], k: number): number {
  let at = k;
  while (toks[at]?.text === "(") {
    if (toks[at + 2]?.text === ")") {
      at += 3;
      continue;
    }
    // "(CPI-M)": capitals joined by hyphens.
    let m = at + 1;
    while (toks[m]?.kind === "word" && toks[m]?.cap && toks[m + 1]?.text === "-") m += 2;
    if (m === at + 1 || toks[m]?.kind !== "word" || !toks[m]?.cap || toks[m + 1]?.text !== ")") break;
    at = m + 2;
  }
  return at;
}

/** One role: [modifiers] head [of complement], e.g. "Standing Deputy Minister of Foreign Affairs". */
function parseRole(s: Sentence, i: number, covered: Covered): Span | null {
  const toks = s.tokens;
  const head = lastHeadOf(s, i, covered);
  if (typeof head !== "number") return head;
  const lastHead = head;
  if (lastHead < 0) return null;
  // "White House spokesman": a body's word opens a title only before a capitalised head ("Assembly Chairman").
  const opener = toks[i] as Token;
  const bodyWord = COMPLEMENT.has(opener.key) && !ROLE_WORDS.has(opener.key) && !DEMONYMS.has(opener.key);
  if (!toks[lastHead]?.cap && opener.cap && bodyWord && !covered(s.index, i)) return null;
  // "Harbour University trade economist": capitals before the lower-case words of a lower-case title name where he
  // works ("Labor leader", with the head straight after them, is the title).
  let from = i;
  if (!toks[lastHead]?.cap) {
    let m = i;
    while (m < lastHead && toks[m]?.cap && !ROLE_WORDS.has(toks[m]?.key ?? "")) m++;
    if (m > i && m < lastHead && !toks[m]?.cap) from = m;
  }
  const role = withComplement(s, from, titleEnd(toks, lastHead), lastHead, covered);
  // "Minister of Foreign Affairs II Dato Erywan …", "Minister of Defence II": Brunei numbers a second minister of one
  // portfolio; the numeral after a whole office is part of it, never the first word of the holder's name.
  const numeral = role && role.office === undefined ? toks[role.to] : undefined;
  if (role && numeral && /^I{2,3}$/.test(numeral.text) && toks[role.to + 1]?.cap) return { ...role, to: role.to + 1 };
  return role;
}

/**
 * The title's words from i: the index of its last head word (-1 when none is read), or the whole title when a rank
 * written short ends it ("Lt. Gen.").
 */
function lastHeadOf(s: Sentence, i: number, covered: Covered): number | Span {
  const toks = s.tokens;
  let j = i;
  let lastHead = -1;
  while (j < toks.length) {
    const t = toks[j] as Token;
    // "Commander-in-Chief": the lower-case "in" between hyphens is part of the title.
    if (t.text === "-" && j > i && toks[j + 1]?.key === "in" && toks[j + 2]?.text === "-" && glued(t, toks[j + 1])) {
      j += 3;
      continue;
    }
    // "Business and Trade Secretary": two portfolios joined before the head are one title.
    if (t.key === "and" && lastHead < 0 && j > i && portfolioThenHead(toks, j + 1)) {
      j++;
      continue;
    }
    // "Foreign Minister Prince Faisal bin Farhan": the royal style after a whole title belongs to the name's bearer.
    if (lastHead >= 0 && t.cap && royalStyle(s, j, covered)) break;
    // "Defence Minister Gen. Phan Van Giang", "Deputy Minister Senior Lieutenant General …": a soldier's rank after an
    // office is a second title. A bare "General" splits only after a minister ("Attorney General" is one office).
    // "Foreign Minister Senator the Hon Penny Wong": a legislator's title after a whole office is a second title.
    // "Minister for Trade and Tourism Senator …": after a portfolio's word it starts a title of its own too ("State
    // Senator", after a modifier, is one title).
    if (t.cap && SEAT_TITLES.has(t.key) && j > i && !SEAT_MODIFIERS.has(toks[j - 1]?.key ?? "")) break;
    const rank = rankEnd(toks, j);
    if (rank > j) {
      if (lastHead >= 0 && (rank - j > 1 || RANK_AFTER.has(toks[lastHead]?.key ?? ""))) break;
      // "Gen.", "Lt. Gen.": a rank written short is a whole title; the name starts after its last full stop. So is one
      // written short with a hyphen ("Sen. Lt-Gen").
      // A civil title written short stands alone: the capitals before it ("North Province Gov.") name where it is held.
      if (toks[rank - 1]?.text === ".")
        return { from: civilShortTitle(toks, j, rank) ? j : i, to: rank, office: rank - 1 };
      // Only when the hyphen is inside the rank read: in "Director-General" only "General" is a rank, and the office
      // goes on ("… of the Department of …").
      if (rank - j >= 3 && toks[rank - 2]?.text === "-" && toks[rank - 1]?.cap) return { from: i, to: rank };
    }
    // "Chargé d'Affaires": a French title's elided article and the word it is glued to are one word of the title.
    const mark = toks[j + 1];
    const elidedTo = toks[j + 2];
    if (
      j > i &&
      t.kind === "word" &&
      t.key.length === 1 &&
      (mark?.text === "'" || mark?.text === "’") &&
      elidedTo?.kind === "word" &&
      glued(t, mark) &&
      glued(mark, elidedTo) &&
      ROLE_WORDS.has(`${t.key}'${elidedTo.key}`)
    ) {
      if (HEAD_LAST.has(`${t.key}'${elidedTo.key}`)) lastHead = j + 2;
      j += 3;
      continue;
    }
    const hyphen = t.text === "-" && toks[j - 1]?.end === t.start && ROLE_WORDS.has(toks[j + 1]?.key ?? "");
    const capWord = t.cap && (ROLE_WORDS.has(t.key) || (j > i && lastHead < 0 && COMPLEMENT.has(t.key)));
    const lowWord = !t.cap && t.kind === "word" && LOWER_ROLES.has(t.key) && !verbHeadAt(toks, j);
    // "chief Asia economist", "senior China strategist": a region in capitals inside a lower-case title.
    const prevLow = toks[j - 1];
    const region =
      j > i &&
      t.cap &&
      t.kind === "word" &&
      !ROLE_WORDS.has(t.key) &&
      prevLow?.cap === false &&
      LOWER_ROLES.has(prevLow.key);
    if (region) {
      const head = [j + 1, j + 2].find((h) => toks[h]?.cap === false && LOWER_HEADS.has(toks[h]?.key ?? ""));
      if (head !== undefined && toks.slice(j, head).every((w) => w.cap && w.kind === "word")) {
        j = head;
        continue;
      }
    }
    // "Restaurateur Vo Thi Hanh, who …": a trade opening the sentence is capitalised for its place only, and is the title
    // of the name after it as it is in lower case mid-sentence.
    const openingTrade =
      j === 0 &&
      t.cap &&
      t.kind === "word" &&
      LOWER_HEADS.has(t.key) &&
      !HOLDER_WORDS.has(t.key) &&
      toks[1]?.cap === true &&
      toks[1]?.kind === "word" &&
      // "Reporter Le Quang Vinh (Tuoi Tre):": a transcript's speaker label is read by the turns' reader.
      !toks.slice(1, 9).some((w) => w.text === ":");
    if (openingTrade) {
      lastHead = j;
      j++;
      continue;
    }
    if (!hyphen && !capWord && !lowWord && !(t.cap && j === i && COMPLEMENT.has(t.key))) break;
    const lastOnly = j === i && ONLY_LAST_OF_LONGER.has(t.key);
    if ((t.cap && HEAD_LAST.has(t.key) && !lastOnly) || (!t.cap && LOWER_HEADS.has(t.key))) lastHead = j;
    // "a former director-general": a lower-case head written with a hyphen ends on its second word.
    else if (!t.cap && toks[j - 1]?.text === "-" && LOWER_HEADS.has(`${toks[j - 2]?.key}-${t.key}`)) lastHead = j;
    // "director general", "chief executive": a lower-case head of two words ends on its second.
    else if (!t.cap && toks[j - 1]?.cap === false && LOWER_HEADS.has(`${toks[j - 1]?.key} ${t.key}`)) lastHead = j;
    j++;
  }
  return lastHead;
}

// "Vietnam will host Prime Minister …", "agreed to host …": what stands before a verb. "promised his host X": a
// possessive before the word makes it the holder's relation to another person, no post either.
const BEFORE_VERB = new Set([...AUXILIARIES, "to", "can", "could", "may", "might", "shall", "should", "must", "also"]);
// "its host, President X": the event's host, a relation to the gathering as "his host" is to a person.
const RELATION_OWNERS = new Set(["his", "her", "their", "its"]);

/**
 * A head that is a verb too ("host", "anchor") written as the verb: after "to" or an auxiliary, or straight before a
 * capitalised title ("to host Prime Minister …"; "host Prime Minister Anwar" names the holder with a holder word).
 * The host of a gathering ("host of the summit", "summit host") is no post either: the leader receiving a meeting
 * holds no office by it, where a broadcast's host does.
 */
function verbHeadAt(toks: readonly Token[], j: number): boolean {
  if (!VERB_HEADS.has(toks[j]?.key ?? "")) return false;
  if (BEFORE_VERB.has(toks[j - 1]?.key ?? "") || RELATION_OWNERS.has(toks[j - 1]?.key ?? "")) return true;
  if (hostOfGathering(toks, j)) return true;
  const next = toks[j + 1];
  return next?.kind === "word" && next.cap && ROLE_WORDS.has(next.key);
}

/** "summit host", "host of the event", "host of the G7 Summit": the word at j names who receives a gathering. */
function hostOfGathering(toks: readonly Token[], j: number): boolean {
  if (HOSTED_EVENTS.has(toks[j - 1]?.key ?? "")) return true;
  if (toks[j + 1]?.key !== "of") return false;
  // Up to four words after "of" (an article, a name, a number) before the gathering's noun.
  for (let k = j + 2; k < j + 7 && toks[k]?.kind !== "punct"; k++)
    if (HOSTED_EVENTS.has(toks[k]?.key ?? "")) return true;
  return false;
}

/** Past "a.i." or "ad interim" at `at`, the mark of a post held for the time being; `at` when neither stands there. */
function pastInterimMark(toks: readonly Token[], at: number): number {
  const [a, stop, i, last] = [toks[at], toks[at + 1], toks[at + 2], toks[at + 3]];
  if (a?.key === "a" && stop?.text === "." && i?.key === "i" && last?.text === "." && glued(a, stop) && glued(stop, i))
    return at + 4;
  if (a?.key === "ad" && toks[at + 1]?.key === "interim") return at + 2;
  return at;
}

/** Where the title runs to after its last head: a word after the head, "-elect", a bracketed portfolio, "in charge of". */
function titleEnd(toks: readonly Token[], lastHead: number): number {
  let end = lastHead + 1;
  // "a professor emeritus at …": a word that follows the head is part of the title.
  if (POST_MODIFIERS.has(toks[end]?.key ?? "")) end++;
  // "Ambassador Extraordinary and Plenipotentiary of …": an envoy's full style joins two of them with "and", and the
  // second is part of the title too (else it is read as the name of someone after the title).
  if (end > lastHead + 1 && toks[end]?.key === "and" && POST_MODIFIERS.has(toks[end + 1]?.key ?? "")) end += 2;
  // "Chargé d'Affaires a.i. of the Embassy …", "chargé d'affaires ad interim": the mark of a post held for the time
  // being is part of the title, and the title goes on after it.
  end = pastInterimMark(toks, end);
  // "President-elect Donald Trump"
  if (toks[end]?.text === "-" && toks[end + 1]?.key === "elect" && glued(toks[end], toks[end + 1])) end += 2;
  // "Secretary (East)": a bracketed portfolio belongs to the title (Indian and other foreign ministries).
  const portfolio = toks[end + 1];
  if (toks[end]?.text === "(" && toks[end + 2]?.text === ")" && portfolio?.cap && portfolio.kind === "word") end += 3;
  // "senior minister in charge of border affairs", "Deputy Prime Minister in charge of the economy": what he is in
  // charge of is part of the office, up to four lower-case words (or words of a body's name) closing the phrase.
  if (toks[end]?.key === "in" && toks[end + 1]?.key === "charge" && toks[end + 2]?.key === "of") {
    let k = end + 3;
    while (k < end + 7 && chargeWord(toks[k])) k++;
    if (k > end + 3 && !ARTICLES.has(toks[k - 1]?.key ?? "")) end = k;
  }
  return end;
}

/**
 * The title from `from` to `titleTo` with its complement: the place a lower-case title's holder works at, what a head
 * heads, or the body or state after "of", "for", "to", "in" or "at"; null when what a head heads is not read.
 */
function withComplement(s: Sentence, from: number, titleTo: number, lastHead: number, covered: Covered): Span | null {
  const toks = s.tokens;
  let end = titleTo;
  // "a lecturer at the Diplomatic Academy …": a lower-case title keeps the place its holder works at.
  const workplace = toks[lastHead]?.cap ? -1 : workplaceEnd(toks, end);
  if (workplace > 0) return { from, to: workplace, title: end };
  const next = toks[end];
  // "Vietnam's Ambassador to Seoul Tran Duc Hieu", "ambassador to Brussels": an envoy is sent to a capital as often as
  // to a state; the capital, no country mention, stays in the office as the page writes it.
  // A former envoy's capital is left out as before: the readings split on "a former ambassador to Washington" (the
  // older ones keep only "Former Ambassador"), so only a serving envoy's is read.
  const former = toks.slice(from, end).some((t) => t.key === "former");
  const capital = next?.key === "to" && !former ? capitalEnd(s, end + 1, covered) : -1;
  if (capital > 0) return { from, to: capital };
  // "Ambassador to the US Nguyen Quoc Dung": "to" opens a complement only before a country or organisation.
  const toPlace = next?.key === "to" && placeAt(s, end + 1, covered);
  // "Permanent Representative to the UN", "Permanent Representative to ASEAN": an office that is a seat at a body names
  // the body as part of it; the place an ambassador is sent to, a state or a body, is only where he serves.
  const toBody = toPlace && SEAT_HEADS.has(toks[lastHead]?.key ?? "") && !stateAt(s, end + 1, covered);
  // "Secretary (East) in the Ministry of External Affairs": "in" opens a complement only before a body's name.
  const body = toks[end + 1]?.key === "the" ? toks[end + 2] : toks[end + 1];
  const inBody =
    (next?.key === "in" || next?.key === "at") &&
    body?.cap === true &&
    COMPLEMENT.has(body.key) &&
    HEAD_LAST.has(body.key) === false;
  // "head of research at …", "head of KOTRA's Hanoi trade center,": what a lower-case head heads, named with no
  // article, is read up to where the phrase closes.
  if (next?.key === "of" && !toks[lastHead]?.cap && BODY_HEADS.has(toks[lastHead]?.key ?? "")) {
    const headed = headedEnd(toks, end + 1);
    if (headed > 0) return { from, to: headed };
  }
  if (next && (next.key === "of" || next.key === "for" || toPlace || inBody)) {
    // "Minister of State at the Ministry of Foreign Affairs": the ministry he serves at is where, not what, the office is.
    // "Ambassador of Viet Nam to the State of Qatar": so is the state an envoy is sent to, after his own state.
    const officeAt = next.key === "at" || (toPlace && !toBody) ? end : -1;
    // After a lower-case title the body is lower-case too: "deputy minister of planning and investment".
    const lowerTitle = !toks[lastHead]?.cap;
    const placeStart = next.key === "of" ? end + 1 + (toks[end + 1]?.key === "the" ? 1 : 0) : -1;
    const read = bodyNameEnd(s, covered, { end, from, lowerTitle, placeStart, officeEnd: officeAt });
    let good = read.good;
    const officeEnd = read.officeEnd;
    if (good >= 0) {
      // "a lecturer at the University of Social Sciences and Humanities in Hanoi", "an economist at the Central Institute
      // for Economic Management.": after a lower-case title the body where he works runs on through capitals the data
      // does not know, up to where the phrase closes; a lone capital left after it is no name of anyone.
      // Only after an adjective, which no body's name ends on: after a noun ("the CPC Central Committee's General
      // Office Li Zhanshu") the capitals are the holder's name.
      if (lowerTitle && /(?:al|ic|ive)$/.test(toks[good]?.key ?? "")) good = bodyTailEnd(s, good + 1, covered) - 1;
      // The state an ambassador is sent to is not part of the office.
      if (officeEnd >= 0) return { from, to: good + 1, office: officeEnd };
      end = good + 1;
    } else if (lowerTitle && next.key === "of" && namedBodyEnd(toks, end + 1) > 0) {
      // "chief executive of Viettel,": a firm's own name, one to three capitalised words closing the phrase.
      return { from, to: namedBodyEnd(toks, end + 1) };
    } else if (lowerTitle && next.key === "of" && BODY_HEADS.has(toks[lastHead]?.key ?? "")) {
      // "head of the ruling coalition": what he heads is not read, so neither is the office.
      return null;
    }
  }
  return { from, to: end };
}

/**
 * A body's name after "of", "for", "to" or "in" the title's end: the index of its last word (-1 when none is read),
 * and where the office ends when the ministry served at or the state an envoy is sent to follows (-1 when none does).
 */
function bodyNameEnd(
  s: Sentence,
  covered: Covered,
  at: { end: number; from: number; lowerTitle: boolean; placeStart: number; officeEnd: number },
): { good: number; officeEnd: number } {
  const toks = s.tokens;
  const { end, from, lowerTitle, placeStart } = at;
  let k = end + 1;
  let good = -1;
  let officeEnd = at.officeEnd;
  while (k < toks.length) {
    const t = toks[k] as Token;
    // "… Central Committee and head of its Commission for External Relations": "its" stands for the body of the office
    // before, and opens the name of its organ as "the" would.
    if (k === end + 1 && t.key === "its" && toks[k + 1]?.cap === true && COMPLEMENT.has(toks[k + 1]?.key ?? "")) {
      k++;
      continue;
    }
    const lowerBody =
      (lowerTitle && t.kind === "word" && !t.cap && COMPLEMENT.has(t.key)) ||
      // "Chairman of the United Russia party": the kind of body, in lower case after its own name, ends that name.
      (good === k - 1 && t.key === "party" && !t.cap && toks[k - 1]?.cap === true);
    // "Commander-in-Chief of Defence Services Senior General Min Aung Hlaing": the next title starts here.
    if (t.cap && k > end + 1 && ROLE_WORDS.has(t.key) && (!COMPLEMENT.has(t.key) || HEAD_LAST.has(t.key))) {
      const next = parseRole(s, k, covered);
      if (next && parseName(s, next.to, covered, 2)) break;
    }
    // "Director of Daejeon's International Cooperation Bureau", "general secretary of Vietnam's ruling Communist
    // Party": a place owning the body named after it stays in the office with that body.
    const owned = ownedBodyEnd(toks, t.kind === "word" && k === placeStart ? k + 1 : k);
    if (owned > 0 && (good === k - 1 || (k === placeStart && t.cap))) {
      good = owned;
      k = owned + 1;
      continue;
    }
    // "head of the ministry's overseas labour department", "head of the Government's special task group on …": a
    // unit the body owns, named in lower case, is what the office heads.
    const unit = good === k - 1 ? ownedUnitEnd(toks, k) : -1;
    if (unit > 0) {
      good = unit;
      break;
    }
    if (
      (t.cap && (COMPLEMENT.has(t.key) || covered(s.index, k))) ||
      (t.kind === "word" && covered(s.index, k)) ||
      lowerBody
    ) {
      good = k;
    } else if (
      good === k - 1 &&
      t.key === "under" &&
      toks[k + 1]?.key === "the" &&
      ((toks[k + 2]?.cap === true && MINISTRY_NOUNS.has(toks[k + 2]?.key ?? "")) ||
        (bodyAt(s, k + 1, covered) && toks.slice(end + 1, k).some((w) => w.key === "of")))
    ) {
      // "Deputy Director of the Immigration Department under the Ministry of Public Security", "deputy director of the
      // Department of Overseas Works under the Labour Agency": a department named with the ministry (or, named by what
      // it does, the body) it answers to is one body, the office headed in it, and the office runs on through that
      // name (as role-workplaces reads it after "at"; five readings to two). A centre "under the Vietnam Chamber of …"
      // is left: the reading gives the centre alone.
    } else if (good >= 0 && officeEnd < 0 && (t.key === "at" || t.key === "in") && bodyAt(s, k + 1, covered)) {
      // "Minister of State at the Ministry of Foreign Affairs": the ministry he serves at is where he holds it.
      officeEnd = good + 1;
    } else if (t.key === "to" && good >= 0 && officeEnd < 0 && placeAt(s, k + 1, covered)) {
      const place = placeEnd(s, k + 1, covered);
      // "Ambassador of Viet Nam to …": his own state after "of" is his country, not his office.
      let own = end + 1;
      while (own <= good && (toks[own]?.key === "the" || covered(s.index, own))) own++;
      officeEnd = own > good ? end : good + 1;
      // The place is read whole here: "State" in "the State of Qatar" opens no title of its own.
      good = place - 1;
      k = place;
      continue;
    } else if (
      t.text === "-" &&
      good === k - 1 &&
      toks[k + 1]?.cap === true &&
      toks[k + 1]?.kind === "word" &&
      glued(toks[k - 1], t) &&
      glued(t, toks[k + 1])
    ) {
      // "the Federal Service for Military-Technical Cooperation": a capitalised word hyphened to a word of the body's
      // name is part of it, whether or not the data knows it.
      good = k + 1;
      k += 2;
      continue;
    } else if (
      good >= 0 &&
      t.cap &&
      t.kind === "word" &&
      toks[k + 1]?.text === "-" &&
      toks[k + 2]?.cap === true &&
      toks[k + 2]?.kind === "word" &&
      glued(t, toks[k + 1]) &&
      glued(toks[k + 1], toks[k + 2]) &&
      (COMPLEMENT.has(toks[k + 2]?.key ?? "") || (toks[k + 3]?.cap === true && COMPLEMENT.has(toks[k + 3]?.key ?? "")))
    ) {
      // The same pair when its first word is one the data does not know: the pair, or the word after it, is the body's.
      good = k + 2;
      k += 3;
      continue;
    } else if (
      t.text === "," &&
      toks[k + 1]?.cap &&
      COMPLEMENT.has(toks[k + 1]?.key ?? "") &&
      // "… Party Central Committee, Standing Deputy Minister …": a title word after it opens the next role.
      !(toks[k + 2]?.cap && ROLE_WORDS.has(toks[k + 2]?.key ?? ""))
    ) {
      // "Minister of Culture, Sports and Tourism": a comma inside the name of a ministry.
    } else if (
      good === k - 1 &&
      acronymAt(toks, k) &&
      toks[k + 3]?.cap === true &&
      toks[k + 3]?.kind === "word" &&
      COMPLEMENT.has(toks[k + 3]?.key ?? "")
    ) {
      // "head of the International Department of the Communist Party of Ruritania (CPR) Central Committee": a party's
      // acronym in brackets before its organ's words is inside the body's name, which goes on after it.
      good = k + 2;
      k += 3;
      continue;
    } else if (
      lowerTitle &&
      t.text === "," &&
      good === k - 1 &&
      placeStart >= 0 &&
      lowerPortfolioListEnd(toks, k + 1) > 0
    ) {
      // "deputy minister of trade, industry and energy, said": the same list written lower-case after a lower-case
      // title runs on to its last portfolio.
      good = lowerPortfolioListEnd(toks, k + 1);
      k = good + 1;
      continue;
    } else if (good >= 0 && t.cap && t.kind === "word" && acronymAt(toks, k + 1)) {
      // "deputy head of the Central Institute for Economic Management (CIEM)": the word before the body's acronym
      // ends its name, whatever the word.
      good = k;
    } else if (
      !t.cap &&
      BODY_LEVELS.has(t.key) &&
      toks[k - 1]?.key === "the" &&
      toks[k + 1]?.cap === true &&
      COMPLEMENT.has(toks[k + 1]?.key ?? "")
    ) {
      // "Deputy Secretary of the municipal Party Committee": the level of a local body, written lower-case after
      // "the", is part of its name.
    } else if (
      good === k - 1 &&
      t.kind === "number" &&
      /^(?:19|20)\d\d$/.test(t.text) &&
      toks[k + 1]?.cap === true &&
      (COMPLEMENT.has(toks[k + 1]?.key ?? "") || COMPLEMENT.has(toks[k + 2]?.key ?? ""))
    ) {
      // "Chairwoman of the APEC 2027 National Secretariat", "head of the SEA Games 2031 Organising Committee": the
      // year an event is held is part of the name of the body that runs it.
    } else if (
      good === k - 1 &&
      t.kind === "number" &&
      /^\d{1,2}$/.test(t.text) &&
      NUMBER_CLOSES.has(toks[k + 1]?.text ?? ".")
    ) {
      // "Vice Commander of Coast Guard Region 2,", "Commander of Military Region 7.": a unit's number closes its name.
      good = k;
      break;
    } else if (good < 0 && k === placeStart && partyNameEnd(toks, k) > 0) {
      // "Chief Representative of the Komeito party": capitals the data does not know, then "party" in lower case.
      good = partyNameEnd(toks, k);
      k = good + 1;
      continue;
    } else if (good < 0 && k === placeStart && toks[from - 1]?.text !== "," && placeThenName(s, k, covered)) {
      // "Mayor of Sakai Hideki Nagafuji", "Chairman of the Mazhilis Yerlan Koshanov": one capitalised word the data
      // does not know, then a name of two or three words that a verb or a comma closes: the word is the body. After a
      // comma the title is an apposition whose holder stands before it ("Huong, General Director of Saigon Coastal
      // Power, said"), and no name follows.
      good = k;
      break;
    } else if (good >= 0 && toks[k - 1]?.key === "and" && t.cap && placeThenName(s, k, covered)) {
      // "Minister of Business, Trade and Entrepreneurship Stefan-Radu Oprea": the last portfolio of a list, a word the
      // data does not know, before a name that a verb or a comma closes.
      good = k;
      break;
    } else if (t.cap && t.kind === "word" && placeInBodyName(toks, k)) {
      // A place inside the body's name: "Chairman of the Hanoi People's Committee", "Secretary of the Thanh Hoa
      // Provincial Party Committee".
    } else if (
      t.cap &&
      t.kind === "word" &&
      (good >= 0 || k === placeStart) &&
      closedBodyEnd(toks, k) > 0 &&
      !parseName(s, k, covered, 2)
    ) {
      // "chairman of the Vietnam Coffee and Cocoa Association", "Director-General of the Department of Treaties and Law
      // of the Lao Ministry of Foreign Affairs": words the data does not know, joined by "and" or "of", run on to a
      // body's word where the phrase closes, and the body is named whole. A name there is the holder's
      // ("Secretary of Commerce Gina Raimondo and …").
      good = closedBodyEnd(toks, k);
      k = good + 1;
      continue;
    } else if (!JOINERS.has(t.key)) break;
    else if (t.key === "and" && parseRole(s, k + 1, covered)) break;
    // "General Secretary of the CPC Central Committee and Chinese President Xi …": a demonym before the next title
    // opens that title, not a word of the body.
    else if (t.key === "and" && DEMONYMS.has(toks[k + 1]?.key ?? "") && parseRole(s, k + 2, covered)) break;
    k++;
  }
  return { good, officeEnd };
}

// Words that open a clause or stand for a person, never a portfolio in a lower-case list.
const NOT_LISTED_PORTFOLIO = new Set([
  ...ARTICLES,
  ...AUXILIARIES,
  "who",
  "which",
  "that",
  "said",
  "says",
  "he",
  "she",
]);
const LIST_CLOSES = new Set([",", ".", ";", ")"]);

/**
 * The last word of a lower-case list of portfolios after a comma, "industry, trade and energy" read from its second
 * item: lower-case words (further commas between them) with "and" before the last item, closed by a comma or the
 * sentence's end; -1 when the words after the comma are not such a list (a clause, a name, another title).
 */
function lowerPortfolioListEnd(toks: readonly Token[], k: number): number {
  let sawAnd = false;
  let last = -1;
  for (let m = k; m < k + 8; m++) {
    const t = toks[m];
    if (!t || LIST_CLOSES.has(t.text)) {
      if (t?.text === "," && !sawAnd && toks[m + 1]?.kind === "word" && !toks[m + 1]?.cap) continue;
      return sawAnd && last > 0 && toks[last]?.key !== "and" ? last : -1;
    }
    if (t.kind !== "word" || t.cap || NOT_LISTED_PORTFOLIO.has(t.key)) return -1;
    if (t.key === "and") {
      if (sawAnd || m === k || toks[m - 1]?.kind !== "word") return -1;
      sawAnd = true;
    }
    last = m;
  }
  return -1;
}

// What may follow a numbered unit's name: the end of the phrase.
const NUMBER_CLOSES = new Set([",", ".", ";", ":", ")"]);

const BODY_TAIL_CLOSES = new Set([",", ".", ";", ":", ")", "in", "and", "who", "said", "says"]);

/**
 * Where a body's name that stopped at k really ends: up to three more capitalised words, or two joined by "and"
 * ("Sciences and Humanities"), when the phrase closes after them; k when it does not (a name may follow a title).
 */
function bodyTailEnd(s: Sentence, k: number, covered: Covered): number {
  const toks = s.tokens;
  const cap = (at: number) => {
    const t = toks[at];
    return t?.kind === "word" && t.cap && !covered(s.index, at) && !NOT_PORTFOLIO.has(t.key);
  };
  let at = k;
  while (at < k + 4) {
    if (cap(at)) at++;
    else if (at > k && toks[at]?.key === "and" && cap(at + 1) && !parseRole(s, at + 1, covered)) at++;
    else break;
  }
  if (at === k || toks[at - 1]?.key === "and") return k;
  const closes = at >= toks.length || BODY_TAIL_CLOSES.has(toks[at]?.key ?? "");
  return closes ? at : k;
}

/**
 * The capitalised word at k starts a place of one to three words that a body's word follows: "Hanoi People's
 * Committee", "Thanh Hoa Provincial Party Committee" (most Vietnamese provinces and cities are named in two words).
 */
function placeInBodyName(toks: readonly Token[], k: number): boolean {
  for (let m = k + 1; m <= k + 3; m++) {
    const t = toks[m];
    if (!t?.cap || t.kind !== "word") return false;
    // "Provincial", "City": the level of a local body opens its name as a body's word does.
    if (COMPLEMENT.has(t.key) || BODY_LEVELS.has(t.key)) return true;
    if (ROLE_WORDS.has(t.key)) return false;
  }
  return false;
}

/** The index of a lower-case "party" after one to three capitalised words from k ("Komeito party"), or -1. */
function partyNameEnd(toks: readonly Token[], k: number): number {
  let m = k;
  while (m < k + 3 && toks[m]?.kind === "word" && toks[m]?.cap) m++;
  return m > k && toks[m]?.key === "party" && !toks[m]?.cap ? m : -1;
}

/** The capitalised word at k, then a name of two or three words closed by a lower-case word or a comma. */
function placeThenName(s: Sentence, k: number, covered: Covered): boolean {
  const toks = s.tokens;
  const t = toks[k];
  if (t?.kind !== "word" || !t.cap || isUpperCase(t.text) || NOT_NAME.has(t.key)) return false;
  if (PLACE_WORDS.has(toks[k + 1]?.key ?? "")) return false;
  const name = parseName(s, k + 1, covered, 2);
  // Two or three words, a hyphened given name one of them ("Stefan-Radu Oprea").
  if (!name || toks.slice(name.from, name.to).filter((w) => w.kind === "word").length > 3) return false;
  const after = toks[name.to];
  return after?.text === "," || (after?.kind === "word" && !after.cap);
}

// Where what a head heads ends: a preposition opening where he works, punctuation, a relative or a speech verb.
const HEADED_CLOSES = new Set([",", ".", ";", ":", ")", "at", "in", "for", "with", "who", "since"]);

/** The end of what "head of" names from k: up to five words, possessives inside, no article; or -1. */
function headedEnd(toks: readonly Token[], k: number): number {
  let words = 0;
  let at = k;
  while (at < toks.length && words <= 5) {
    const t = toks[at] as Token;
    if (HEADED_CLOSES.has(t.key) || SPEECH_VERBS.has(t.text)) break;
    if (t.text === "'" && toks[at + 1]?.key === "s" && words > 0) {
      at += 2;
      continue;
    }
    if (t.kind !== "word" || (!t.cap && (DESCRIPTION_STOPS.has(t.key) || AUXILIARIES.has(t.key)))) return -1;
    words++;
    at++;
  }
  const last = toks[at - 1];
  const closes = at >= toks.length || HEADED_CLOSES.has(toks[at]?.key ?? "") || SPEECH_VERBS.has(toks[at]?.text ?? "");
  return words > 0 && words <= 5 && closes && last?.kind === "word" ? at : -1;
}

/** The end of one to three capitalised words from k that close the phrase ("of Viettel,"), or -1. */
function namedBodyEnd(toks: readonly Token[], k: number): number {
  let at = k;
  while (at < k + 3 && toks[at]?.kind === "word" && toks[at]?.cap && !NOT_PORTFOLIO.has(toks[at]?.key ?? "")) at++;
  const closes = at >= toks.length || HEADED_CLOSES.has(toks[at]?.key ?? "") || SPEECH_VERBS.has(toks[at]?.text ?? "");
  return at > k && closes ? at : -1;
}

/** A word of what an office is in charge of: a lower-case word that is not grammar, or a capitalised ministry word. */
function chargeWord(t: Token | undefined): boolean {
  if (t?.kind !== "word") return false;
  if (t.cap) return COMPLEMENT.has(t.key) && !HEAD_LAST.has(t.key);
  return t.key === "the" || (!DESCRIPTION_STOPS.has(t.key) && !SPEECH_VERBS.has(t.key) && !LOWER_HEADS.has(t.key));
}

/** A country or organisation at k, perhaps styled: "the US", "the State of Qatar", "the Kingdom of Spain". */
function placeAt(s: Sentence, k: number, covered: Covered): boolean {
  return placeEnd(s, k, covered) > k;
}

/** Capital cities by their first folded word, each as its folded words ("kuala lumpur" under "kuala"). */
const CAPITALS_BY_FIRST = new Map<string, string[][]>();
for (const name of capitals().keys()) {
  const words = fold(name).split(" ");
  const first = words[0] as string;
  CAPITALS_BY_FIRST.set(first, [...(CAPITALS_BY_FIRST.get(first) ?? []), words]);
}

/** Where a capital city written at k ends (its last token + 1), or -1 when none is written there. */
function capitalEnd(s: Sentence, k: number, covered: Covered): number {
  const t = s.tokens[k];
  if (!t?.cap || t.kind !== "word" || covered(s.index, k)) return -1;
  for (const words of CAPITALS_BY_FIRST.get(t.key) ?? []) {
    if (words.every((w, n) => s.tokens[k + n]?.key === w && s.tokens[k + n]?.cap)) return k + words.length;
  }
  return -1;
}

/** Where the place starting at k ends (its last token + 1), or k when there is none. */
function placeEnd(s: Sentence, k: number, covered: Covered): number {
  const toks = s.tokens;
  let at = toks[k]?.key === "the" ? k + 1 : k;
  // "the State of Qatar": one or two capitalised words of style, then "of" and the state.
  const from = at;
  while (at < from + 2 && toks[at]?.cap && toks[at]?.kind === "word" && !covered(s.index, at)) at++;
  if (at > from && toks[at]?.key === "of" && covered(s.index, at + 1)) at++;
  else at = from;
  if (!covered(s.index, at)) return k;
  const first = at;
  while (covered(s.index, at)) at++;
  // "handed the chair to Vietnamese leader To Lam": a demonym before a noun describes someone; it is no place.
  if (DEMONYMS.has(toks[first]?.key ?? "") && (at > first + 1 || toks[at]?.kind === "word")) return k;
  return at;
}

/** The place at k is a state ("the US", "the State of Qatar"), not a body such as the UN or ASEAN. */
function stateAt(s: Sentence, k: number, covered: Covered): boolean {
  const end = placeEnd(s, k, covered);
  const from = s.tokens[k]?.key === "the" ? k + 1 : k;
  let at = end - 1;
  while (at > from && covered(s.index, at - 1)) at--;
  return countryCode(textOf(s, { from: at, to: end })) !== null;
}

/** A body's name at k ("the Ministry of Foreign Affairs"): a name the text covers, or a capitalised body word. */
function bodyAt(s: Sentence, k: number, covered: Covered): boolean {
  const at = s.tokens[k]?.key === "the" ? k + 1 : k;
  const t = s.tokens[at];
  return covered(s.index, at) || (t?.cap === true && COMPLEMENT.has(t.key) && !HEAD_LAST.has(t.key));
}

/** "Trade Secretary" after "Business and": title modifiers straight up to a head, nothing else between. */
function portfolioThenHead(toks: readonly Token[], at: number): boolean {
  let m = at;
  while (m < at + 3 && toks[m]?.cap && ROLE_WORDS.has(toks[m]?.key ?? "") && !HEAD_LAST.has(toks[m]?.key ?? "")) m++;
  const head = toks[m];
  return m > at && head?.cap === true && HEAD_LAST.has(head.key);
}

/** Roles joined by "," or "and": "Deputy Prime Minister and Minister of Foreign Affairs". */
export function parseRoleChain(
  s: Sentence,
  i: number,
  covered: Covered,
): { roles: Span[]; next: number; state?: Span } | null {
  const toks = s.tokens;
  // "Under President Tsai's policy": "Under" opens a title only before a secretary ("Under Secretary").
  if (toks[i]?.key === "under" && toks[i + 1]?.kind === "word" && toks[i + 1]?.key !== "secretary") return null;
  let start = i;
  let possessed = false;
  // "ASEAN Secretary-General", "European Commission President": where the office belongs to a body, not a state.
  let body = -1;
  // A leading demonym, country or possessive names the state, not the role ("China's Foreign Minister").
  for (;;) {
    const t = toks[start];
    if (!t) break;
    // "The Foreign Ministry spokeswoman": an article the body's name was matched with opens the phrase, not the title.
    const named = covered(s.index, start) && !isRoleWord(t) && !(start === i && ARTICLES.has(t.key));
    // "the Foreign Ministry's spokeswoman": a body whose name opens on a title's word, owning a lower-case head.
    const owner = !named && start === i && covered(s.index, start) && isRoleWord(t);
    const bodyEnd = (named || owner) && start === i ? bodyBeforeHead(s, start, covered, owner) : -1;
    if (bodyEnd > start) {
      body = start;
      start = bodyEnd;
      break;
    }
    const titleAt = start === i ? acronymOwnsTitle(s, start, covered) : -1;
    if (titleAt > start) {
      body = start;
      start = titleAt;
      break;
    }
    const stateWord = DEMONYMS.has(t.key) || named;
    const possessive = t.text === "'" && toks[start + 1]?.key === "s" && start > i;
    // "Asia-Pacific chief economist": a hyphenated region before a lower-case title says where, not what, he is.
    const region = t.cap && toks[start + 1]?.text === "-" && hyphenatedRegion(toks, start);
    if (region) start += 3;
    else if (possessive) {
      start += 2;
      possessed = true;
    } else if (stateWord) start++;
    else break;
  }
  const parsed = parseRole(s, start, covered) ?? (start > i ? lowerPortfolioRole(s, start, covered) : null);
  if (!parsed) return null;
  const first = body >= 0 ? { ...parsed, from: body } : insideBodyName(s, i) ? bareHead(toks, parsed) : parsed;
  // "the visiting Vietnamese president": "visiting" is part of a title only before a scholar's ("visiting fellow").
  const firstHead = toks[headEnd(first) - 1]?.key ?? "";
  if (ACADEMIC_MODIFIERS.has(toks[first.from]?.key ?? "") && !ACADEMIC_HEADS.has(firstHead)) {
    return parseRoleChain(s, first.from + 1, covered);
  }
  // "Vietnamese Prime Minister": the title as written with its state, read besides the office itself.
  const state = start > i && !possessed ? { from: i, to: first.to } : undefined;
  const roles = [first];
  let next = first.to;
  // "talks between the Party chief and Malaysian Prime Minister X": after "between", an "and" before a state's own
  // title joins the two sides, not two offices of one person.
  const between = (toks[i - 1]?.key === "the" ? toks[i - 2] : toks[i - 1])?.key === "between";
  for (;;) {
    next = bracketsEnd(toks, next);
    let k = next;
    if (toks[k]?.text === ",") k++;
    // "To Lam, general secretary …, and President Emmanuel Macron": ", and" opens the next person, not a second hat.
    if (k > next && toks[k]?.key === "and") break;
    if (toks[k]?.key === "and" && between && DEMONYMS.has(toks[k + 1]?.key ?? "")) break;
    if (toks[k]?.key === "and") k++;
    // Titles stacked with no joiner: "Commander-in-Chief of Defence Services Senior General Min Aung Hlaing".
    const stacked = k === next && toks[k]?.cap === true && (ROLE_WORDS.has(toks[k]?.key ?? "") || rankEnd(toks, k) > k);
    if (k === next && !stacked) break;
    // "Foreign Minister Prince Faisal bin Farhan": a royal style before the name is how he is addressed, not an office.
    if (stacked && royalStyle(s, k, covered)) break;
    // "general secretary of the CPC Central Committee and Chinese President": the state before a second office is his.
    if (k > next && DEMONYMS.has(toks[k]?.key ?? "") && toks[k + 1]?.cap) k++;
    const role = parseRole(s, k, covered);
    if (!role) break;
    // "founder and CEO", "acting chairman and chief executive of Viettel": a firm's two posts joined by "and" are one.
    const before = roles.at(-1) as Span;
    if (toks[k - 1]?.key === "and" && k - 1 === next && sharedPost(s, before) && sharedPost(s, role)) {
      roles[roles.length - 1] = { from: before.from, to: role.to, office: role.office };
      next = role.to;
      continue;
    }
    roles.push(role);
    next = role.to;
  }
  return { roles, next, state };
}

/**
 * "X, PCG Commandant,", "X, UNMISS Force Commander,", "X, UNDP resident representative,": a body's acronym in capitals
 * (no state's or bloc's: "US", "EU" are the holder's side, see titles.json) straight before a title is the body the
 * title belongs to, and READING.md reads a title whole, with its body. The title must parse from the next word on its
 * own. A numbered session glued to the acronym ("COP26 President") is the same body's presidency, read with it. The
 * index where the title opens, or -1.
 */
function acronymOwnsTitle(s: Sentence, k: number, covered: Covered): number {
  const toks = s.tokens;
  const t = toks[k];
  if (t?.kind !== "word" || !/^\p{Lu}{2,8}$/u.test(t.text) || DEMONYMS.has(t.key)) return -1;
  const numbered = toks[k + 1]?.kind === "number" && glued(t, toks[k + 1]) && /^\d{1,3}$/.test(toks[k + 1]?.text ?? "");
  const at = numbered ? k + 2 : k + 1;
  if (toks[at]?.kind !== "word") return -1;
  if (countryCode(t.text) || BLOC_OWNERS.has(t.text)) return -1;
  // "resident representative": lower-case words before a lower-case head are its portfolio, as after a state.
  const role = parseRole(s, at, covered) ?? lowerPortfolioRole(s, at, covered);
  return role !== null && role.from === at ? at : -1;
}

/**
 * "Japan's economic revitalization minister": after a state or a possessive, which opens the noun phrase, lower-case
 * words the data does not know, straight before a lower-case title, are its portfolio. Words that describe the holder
 * or the moment ("new", "ruling", "embattled", "then") are not.
 */
function lowerPortfolioRole(s: Sentence, at: number, covered: Covered): Span | null {
  const toks = s.tokens;
  let k = at;
  const plain = (t: Token | undefined) =>
    t?.kind === "word" &&
    !t.cap &&
    !LOWER_HEADS.has(t.key) &&
    (LOWER_MODS.has(t.key) ||
      (!DESCRIPTION_STOPS.has(t.key) &&
        !HOLDER_WORDS.has(t.key) &&
        !RANKING.has(t.key) &&
        !NOT_PORTFOLIO.has(t.key) &&
        !SPEECH_VERBS.has(t.key) &&
        !/(?:ing|ed|ly)$/.test(t.key)));
  while (k < at + 3 && plain(toks[k])) k++;
  if (k === at || toks[k]?.cap !== false || !LOWER_HEADS.has(toks[k]?.key ?? "")) return null;
  const role = parseRole(s, k, covered);
  return role && role.from === k ? { ...role, from: at } : null;
}

const HEADS = new Set([...titles.heads.map(fold), ...titles.lowercaseHeads]);

/**
 * Where an organisation's name at k ends, when a bare head follows it straight away ("European Commission President",
 * "Government spokesman"), or -1. A state there is the holder's country ("Vietnam President"), and a portfolio between
 * the two ("EU Trade Commissioner") says what the office is of, so neither makes the name part of the title. The name
 * may own the head by a possessive ("the Foreign Ministry's spokeswoman"); `ownedOnly` reads only that shape.
 */
function bodyBeforeHead(s: Sentence, k: number, covered: Covered, ownedOnly = false): number {
  const toks = s.tokens;
  // "Vietnamese Communist Party leader": a body named with its state's demonym is read after the demonym.
  if (DEMONYMS.has(toks[k]?.key ?? "")) return -1;
  let end = k;
  while (end < k + 6 && covered(s.index, end) && toks[end]?.kind === "word") end++;
  // "The Foreign Ministry's spokeswoman": a ministry's possessive before a lower-case head. Another owner ("the EU's
  // ambassador") is the holder's state or bloc, left out of the office as a demonym is.
  const owned =
    MINISTRY_NOUNS.has(toks[end - 1]?.key ?? "") &&
    /^['’]$/.test(toks[end]?.text ?? "") &&
    toks[end + 1]?.key === "s" &&
    toks[end + 2]?.cap === false;
  const last = end;
  if (owned) end += 2;
  else if (ownedOnly) return -1;
  if (toks[end]?.kind !== "word" || covered(s.index, end)) return -1;
  const from = toks[k] as Token;
  const to = toks[last - 1] as Token;
  if (countryCode(s.text.slice(from.start - s.start, to.end - s.start)) || DEMONYMS.has(to.key)) return -1;
  const role = parseRole(s, end, covered);
  if (!role) return -1;
  // "UNDP Resident Representative", "World Bank Vice President": a rank inside the body is no portfolio.
  // "Country Director for Viet Nam": the head is read before what the office is of, for or in.
  const written = fold(textOf(s, { from: end, to: role.office ?? role.to })).split(" ");
  const opener = written.findIndex((w, n) => n > 0 && (w === "of" || w === "for" || w === "in" || w === "to"));
  const words = opener > 0 ? written.slice(0, opener) : written;
  while (words.length > 1 && RANK_MODIFIERS.has(words[0] as string)) words.shift();
  if (HEADS.has(words.join(" "))) return end;
  // "IAEA Board Chair": the covered acronym names a body whose organ (titles.json, bodyOrgans) stands before the head;
  // the organ is part of the body's name, the head the title. A portfolio there ("EU Trade Commissioner") is not.
  const organ = BODY_ORGANS.has(words[0] as string) && words.length > 1;
  return organ && HEADS.has(words.slice(1).join(" ")) ? end : -1;
}

/** "Chamber of Commerce and Industry Chairman": the capitals at i continue a body's name opened by "X of". */
function insideBodyName(s: Sentence, i: number): boolean {
  const toks = s.tokens;
  return toks[i - 1]?.key === "of" && toks[i - 2]?.cap === true && toks[i - 2]?.kind === "word";
}

/** The title from its first title word: the body's words before it are the body's name, not a portfolio. */
function bareHead(toks: readonly Token[], role: Span): Span {
  let from = role.from;
  const bodyWord = (t: Token | undefined) => !!t && (COMPLEMENT.has(t.key) || t.key === "and" || t.text === ",");
  while (from < (role.office ?? role.to) - 1 && bodyWord(toks[from]) && !HEAD_LAST.has(toks[from]?.key ?? "")) from++;
  return { ...role, from };
}

/** A post heading a firm or body, written with no "of" after its head ("founder", "acting chairman", "CEO"). */
function sharedPost(s: Sentence, role: Span): boolean {
  const toks = s.tokens;
  let head = role.office ?? role.to;
  const of = toks.findIndex((t, k) => k > role.from && k < head && t.key === "of");
  if (of > 0) head = of;
  const two = `${toks[head - 2]?.key} ${toks[head - 1]?.key}`;
  if (toks[role.from]?.cap === true && toks[head - 1]?.text !== "CEO") return false;
  return SHARED_POSTS.has(two) || SHARED_POSTS.has(toks[head - 1]?.key ?? "");
}

function hyphenatedRegion(toks: readonly Token[], at: number): boolean {
  const [t, hyphen, second, title] = [toks[at], toks[at + 1], toks[at + 2], toks[at + 3]];
  return (
    t?.kind === "word" &&
    !isRoleWord(t) &&
    hyphen !== undefined &&
    glued(t, hyphen) &&
    second?.cap === true &&
    glued(hyphen, second) &&
    title?.cap === false &&
    LOWER_ROLES.has(title.key)
  );
}
