// Each sentence read token by token for the names a cue marks, as found readings with their offices; apart from
// find-people.ts, which merges the readings into people and runs the article-wide passes over them.
import type { Sentence } from "../sentences.js";
import { glued, type Token } from "../tokens.js";
import { apposition, reported } from "./apposition.js";
import {
  affiliationAt,
  knownPerson,
  koreanName,
  LOWER_OPENERS,
  PLURAL_HEADS,
  pluralTitle,
  saidAfterAside,
  spokeFromBodyAt,
  trimToSurname,
  vietnameseName,
} from "./cued-names.js";
import {
  honorificEnd,
  honorificWords,
  knownStyle,
  nameStyle,
  parseName,
  patronymEnd,
  royalStyle,
  skipHonorifics,
  withPeerage,
} from "./names.js";
import type { Covered, Found, Span } from "./person.js";
import { portfolioListStart } from "./portfolios.js";
import { parseRoleChain } from "./roles.js";
import {
  AFFILIATIONS,
  AUXILIARIES,
  CAPITALS_ONLY,
  DEMONYMS,
  GENERIC,
  HOLDER_ADVERBS,
  HOLDER_WORDS,
  KOREAN_SURNAMES,
  LISTENER_VERBS,
  LOWER_ROLES,
  MONARCHS,
  NOT_PORTFOLIO,
  OPENING_PREPOSITIONS,
  PATRONYM,
  PLACE_WORDS,
  POST_NOMINALS,
  REGNAL,
  SPEECH_VERBS,
} from "./titles.js";

const PLACE_PREPOSITIONS = new Set(["in", "at", "from"]);

/** "Minsu Park": one capitalised given name the place words do not hold, then a Korean family name the data lists. */
function westernKoreanName(toks: readonly Token[], name: Span): boolean {
  if (name.to - name.from !== 2) return false;
  const given = toks[name.from];
  return !!given?.cap && !PLACE_WORDS.has(given.key) && KOREAN_SURNAMES.has(toks[name.to - 1]?.key ?? "");
}
// "Jo Lee reporting from Hanoi.", "Jo Lee, reporting for Channel 5": a broadcast's sign-off names its correspondent.
const SIGN_OFF_VERBS = new Set(["reporting", "reports"]);
const SIGN_OFF_PREPOSITIONS = new Set(["from", "for", "in"]);

/**
 * Each sentence read token by token for the names a cue marks: an honorific, a plural title, a title chain, or a
 * bare name with an apposition, an introduction or a speech verb. Returns the readings in text order, with the
 * sentences that introduce someone as "Name is an office at …".
 */
export function scanSentences(
  sentences: readonly Sentence[],
  covered: Covered,
): { found: Found[]; introductions: Set<number> } {
  const found: Found[] = [];
  /** Sentences that introduce someone as "Name is an office at …". */
  const introductions = new Set<number>();
  for (const s of sentences) {
    const toks = s.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      // Most lower-case words are none of the three below: one look-up settles them.
      if (!t.cap && !LOWER_OPENERS.has(t.key)) continue;
      // "then-presidents Truong Tan Sang and Barack Obama": a lower-case plural title may open two names.
      // After a capitalised word it is the tail of a title written in mixed case ("Foreign ministers"), left alone.
      const lowerPlural =
        !t.cap &&
        PLURAL_HEADS.has(t.key) &&
        !GENERIC.has(PLURAL_HEADS.get(t.key) ?? "") &&
        !(toks[i - 1]?.cap && toks[i - 1]?.kind === "word");
      if (t.kind !== "word" || (!t.cap && !LOWER_ROLES.has(t.key) && !lowerPlural)) {
        if (!t.cap && PATRONYM.has(t.text)) i = patronymEnd(toks, i) - 1;
        continue;
      }
      const styled = styledName(s, i, covered, found);
      if (styled !== null) {
        i = styled;
        continue;
      }
      const prev = toks[i - 1];
      // Inside a run of capitals only a title may start ("Ho Chi Minh City People's Committee Chairman Phan Van Mai").
      // A function word opening the sentence is no part of the run ("For Pierre-Yves Cadoret, a historian"), and the
      // word after a hyphen inside a name is no name's start ("Pierre-Yves").
      const midRun =
        // "Host Anwar Ibrahim, Malaysia's prime minister,": a word describing the holder opens no name of its own.
        (prev?.kind === "word" &&
          prev.cap &&
          !covered(s.index, i - 1) &&
          !(i === 1 && (NOT_PORTFOLIO.has(prev.key) || OPENING_PREPOSITIONS.has(prev.key))) &&
          !HOLDER_WORDS.has(prev.key) &&
          // "coached by South Korean Park Hang-seo": a demonym before a name says who he is, as an adjective.
          !DEMONYMS.has(prev.key)) ||
        (prev?.text === "-" && glued(toks[i - 2], prev) && glued(prev, t) && toks[i - 2]?.cap === true);
      const shared = pluralTitle(s, i, covered);
      if (shared) {
        for (const name of shared.names) found.push({ name, roles: [shared.role], sentence: s, cued: true });
        i = shared.next - 1;
        continue;
      }
      const chain = parseRoleChain(s, i, covered);
      if (chain) {
        i = titledName(s, i, chain, covered, found);
        continue;
      }
      if (!t.cap || midRun) continue;
      i = bareName(s, i, covered, found, introductions);
    }
  }
  return { found, introductions };
}

/**
 * An honorific opening a name at i ("Mr. Xu", "H.E. Mr. A, President of …"), or a run of honorifics standing for the
 * person it styles: the readings are added to found, and the index of the last token read is returned; null when no
 * honorific is read at i.
 */
function styledName(s: Sentence, i: number, covered: Covered, found: Found[]): number | null {
  const toks = s.tokens;
  const hon = honorificEnd(toks, i);
  if (hon > i) {
    const j = skipHonorifics(toks, i);
    const honorific = honorificWords(toks, i, j);
    const parsed = parseName(s, j, covered, 1);
    const name = parsed && withPeerage(s, i, parsed, covered);
    if (name) {
      const appos = toks[name.to]?.text === "," ? apposition(s, name.to + 1, covered, reported(toks, i)) : null;
      found.push({
        name,
        roles: appos?.roles ?? [],
        sentence: s,
        cued: true,
        honorific,
        style: nameStyle(toks, i, j) ?? knownStyle(s, i, j, name),
      });
      // "H.E. Mr. A, President of …, H.E. Mr. B, Prime Minister of …": the office read is A's, never B's too.
      return (appos?.next ?? name.to) - 1;
    }
    // Cambodian and Malay styles stand for the person once he is introduced: "Samdech Thipadei said".
    // A run of honorifics alone is never itself a name.
    if (!toks[i - 1]?.cap || covered(s.index, i - 1)) {
      // "HE the Prime Minister said": a style every dignitary carries, before a role, stands for no one in particular.
      const styleOfRole = toks[j]?.text === "the" || honorific.every((w) => CAPITALS_ONLY.has(w));
      if (!styleOfRole && (honorific.length > 1 || toks[j]?.kind !== "word" || !toks[j]?.cap)) {
        found.push({
          name: { from: i, to: j },
          roles: [],
          sentence: s,
          cued: true,
          honorific,
          honorificOnly: true,
        });
      }
      return j - 1;
    }
  }
  return null;
}

/**
 * The name a title chain read at i belongs to: after it ("Prime Minister Datuk Seri Anwar Ibrahim", with an apposition
 * after the name), or after a comma ("The Philippine president, Ferdinand Marcos Jr.,"); the reading is added to found,
 * and the index of the last token read is returned.
 */
function titledName(
  s: Sentence,
  i: number,
  chain: NonNullable<ReturnType<typeof parseRoleChain>>,
  covered: Covered,
  found: Found[],
): number {
  const toks = s.tokens;
  // "Prime Minister Datuk Seri Anwar Ibrahim": an honorific between title and name is neither.
  let afterHonorifics = skipHonorifics(toks, chain.next);
  if (royalStyle(s, afterHonorifics, covered)) afterHonorifics++;
  let name = parseName(s, afterHonorifics, covered, 1);
  if (name) name = withPeerage(s, chain.next, name, covered);
  let monarch = false;
  const title = toks[(chain.roles.at(-1)?.to ?? 0) - 1];
  if (name && name.to - name.from === 1 && title && chain.roles.at(-1)?.to === chain.next) {
    monarch = MONARCHS.has(title.key);
    // A ruler's title is part of the single name he is known by: "Sultan Ibrahim".
    if (REGNAL.has(title.key)) {
      name = { from: chain.next - 1, to: name.to };
      // "King Sultan Ibrahim": the regnal word is his name, the title before it his role.
      const last = chain.roles.at(-1) as Span;
      if (last.to - last.from > 1) chain.roles[chain.roles.length - 1] = { from: last.from, to: last.to - 1 };
    }
  }
  // "Chairman of the State Great Khural D.Amarbayasgalan": the capitals the glued initial cut off the name end the
  // title's body.
  const lastRole = chain.roles.at(-1);
  if (name && name.from > afterHonorifics && lastRole?.to === chain.next && afterHonorifics === chain.next)
    chain.roles[chain.roles.length - 1] = { ...lastRole, to: name.from, office: undefined };
  if (name) {
    const first = chain.roles[0] as Span;
    chain.roles[0] = { ...first, from: portfolioListStart(s, first, covered) };
    // "Senior Lieutenant General Hoang Xuan Chien, Deputy Minister of National Defence, said"
    const appos = toks[name.to]?.text === "," ? apposition(s, name.to + 1, covered, reported(toks, i)) : null;
    const roles = [...chain.roles, ...(appos?.roles ?? [])];
    const honorific = honorificWords(toks, chain.next, afterHonorifics);
    const style = nameStyle(toks, chain.next, afterHonorifics) ?? knownStyle(s, chain.next, afterHonorifics, name);
    found.push({ name, roles, state: chain.state, sentence: s, cued: true, monarch, honorific, style });
    return (appos?.next ?? name.to) - 1;
  } else {
    // "The Philippine president, Ferdinand Marcos Jr., told reporters": the title, then the name between commas.
    // "the President of India, H.E. Smt. Droupadi Murmu,": honorifics may stand before that name.
    // "the EU's ambassador in Hanoi, Julien Guerrier,": the post where the office is held may stand before the comma,
    // a city of up to four words ("in Ho Chi Minh City,", "in Bandar Seri Begawan,").
    let comma = chain.next;
    if (toks[comma]?.key === "in" && toks[comma + 1]?.cap && toks[comma + 1]?.kind === "word") {
      let k = comma + 1;
      while (k < comma + 5 && toks[k]?.cap && toks[k]?.kind === "word") k++;
      if (toks[k]?.text === ",") comma = k;
    }
    // "the President of the National Assembly of People's Power, Esteban Lazo Hernández": the rest of a body's
    // name the data does not know (capitals and possessives after "of") may stand before that comma too.
    const possessive = (k: number) => /^['’]$/.test(toks[k]?.text ?? "") && toks[k + 1]?.key === "s";
    if (toks[comma]?.key === "of" || possessive(comma)) {
      let k = comma;
      let capitals = 0;
      while (k < comma + 8) {
        const t = toks[k];
        if (t?.kind === "word" && t.cap) {
          k++;
          capitals++;
        } else if (possessive(k)) k += 2;
        else if (t?.key === "of" || t?.key === "the") k++;
        else break;
      }
      if (capitals > 0 && toks[k]?.text === "," && toks[k - 1]?.kind === "word") comma = k;
    }
    const holder = comma + (HOLDER_ADVERBS.has(toks[comma + 1]?.key ?? "") ? 2 : 1);
    const styled = skipHonorifics(toks, holder);
    const named = toks[comma]?.text === "," ? parseName(s, styled, covered, 2) : null;
    // "…," said Vietnam's ambassador to the EU, Nguyen Van Thao.': the apposition may close the sentence.
    const closes = (t: Token | undefined) => !t || t.text === "," || t.text === "." || t.text === ";";
    // After "currently", a name cut off by the end of a line with no stop ("currently Pham Minh") may run on in
    // the next one (a hard-wrapped copy): only a name its own punctuation closes is whole.
    const whole = holder === comma + 1 || toks[named?.to ?? -1] !== undefined;
    if (named && whole && closes(toks[afterPostNominals(toks, named.to)])) {
      const style = nameStyle(toks, holder, styled) ?? knownStyle(s, holder, styled, named);
      // "The State Department spokeswoman, Jen Psaki,": the body printed before the title is part of it, as it is with
      // no comma before the name.
      const first = chain.roles[0] as Span;
      chain.roles[0] = { ...first, from: portfolioListStart(s, first, covered) };
      found.push({ name: named, roles: chain.roles, state: chain.state, sentence: s, cued: true, style });
      return named.to - 1;
    }
    return Math.max(i, chain.next - 1);
  }
}

/** Token index after the post-nominal letters at k ("MP", "AC DSC (Retd)"), or k when none stand there. */
function afterPostNominals(toks: readonly Token[], k: number): number {
  let j = k;
  for (;;) {
    if (POST_NOMINALS.has(toks[j]?.text ?? "")) j++;
    else if (toks[j]?.text === "(" && POST_NOMINALS.has(toks[j + 1]?.text ?? "") && toks[j + 2]?.text === ")") j += 3;
    else return j;
  }
}

/**
 * A capitalised name no title or honorific opens: taken with an apposition after it, an "is" introducing it, the body
 * it speaks from, a speech verb on either side, or as a Vietnamese name or a known public figure; the reading is added
 * to found (its sentence to introductions when "is" introduced it), and the index of the last token read is returned.
 */
function bareName(s: Sentence, i: number, covered: Covered, found: Found[], introductions: Set<number>): number {
  const toks = s.tokens;
  const name = parseName(s, i, covered, 1);
  if (!name) return i;
  // "Tran Duy Dong (陳維東), Vietnam's deputy minister": a bracketed gloss between name and apposition.
  const close =
    toks[name.to]?.text === "(" ? toks.findIndex((t, k) => k > name.to && k <= name.to + 8 && t.text === ")") : -1;
  const comma = close > 0 ? close + 1 : name.to;
  const after = toks[name.to];
  // "received, at the Itamaraty Palace, the Deputy Prime Minister …": a building is no one, whatever follows it.
  // "Minsu Park, the agency's envoy": a Korean family name in Western order after one given name is a person's, though
  // the word also ends the names of places ("Park").
  if (toks[comma]?.text === "," && (!PLACE_WORDS.has(toks[name.to - 1]?.key ?? "") || westernKoreanName(toks, name))) {
    const appos = apposition(s, comma + 1, covered, reported(toks, i));
    // "Hu, general secretary of …", "Binh, who is also Deputy Prime Minister": a surname alone gives its office to
    // the person named in full elsewhere in the story.
    // "Ishiba, a former defense minister": a class he belongs to, said of a surname, is background, not his office.
    const needsOwner = name.to - name.from < 2;
    if (appos && !(needsOwner && appos.indefinite && !appos.secondHat)) {
      found.push({ name, roles: appos.roles, sentence: s, cued: true, needsOwner });
      return appos.next - 1;
    }
  }
  // "Lorena Vásquez is chief Asia economist at …": a full name opening its sentence (or a transcript turn, after the
  // label's colon), then "is"/"was" and an office or a profession, introduces the person as an apposition would
  // (broadcast scripts introduce guests so).
  const opensClause = name.from === 0 || toks[name.from - 1]?.text === ":";
  if (opensClause && name.to - name.from >= 2 && (after?.key === "is" || after?.key === "was")) {
    const appos = apposition(s, name.to + 1, covered);
    if (appos && !appos.secondHat) {
      found.push({ name, roles: appos.roles, sentence: s, cued: true });
      introductions.add(s.index);
      return appos.next - 1;
    }
  }
  // "Kim Seo-yeon of the Korea National Diplomatic Academy told a seminar", "Rahul Menon, who follows …": a full
  // name with the research body it speaks from, any body named straight before a speech verb ("Jane Roe of Oxfam
  // said"), or a relative "who", is a person's (bodies take "which").
  const bodyWord = toks.slice(name.from, name.to).some((w) => AFFILIATIONS.has(w.key) || PLACE_WORDS.has(w.key));
  if (
    name.to - name.from >= 2 &&
    !bodyWord &&
    (affiliationAt(s, name.to, covered) ||
      spokeFromBodyAt(s, name.to) ||
      (after?.text === "," && toks[comma + 1]?.key === "who"))
  ) {
    found.push({ name, roles: [], sentence: s, cued: true });
    return name.to - 1;
  }
  const according = toks[i - 1]?.key === "to" && toks[i - 2]?.key === "according";
  const verbBefore = toks[i - 1]?.text ?? "";
  // "said Le Hong Hiep" names the speaker; "told Tuoi Tre", "asked Japan" name the listener.
  // "Japan has concluded Reciprocal Access Agreements": a verb after an auxiliary has its subject before it and
  // takes an object; only an inverted attribution ("…," said X) names its speaker after the verb.
  const spoke =
    SPEECH_VERBS.has(verbBefore) && !LISTENER_VERBS.has(verbBefore) && !AUXILIARIES.has(toks[i - 2]?.key ?? "");
  const saidBefore = (according || spoke) && name.to - name.from >= 2;
  // "charter operators in Da Nang said": a name after a preposition of place is where the speakers are, not one.
  const place = PLACE_PREPOSITIONS.has(toks[i - 1]?.text ?? "");
  const saidAfter = !place && ((after && SPEECH_VERBS.has(after.text)) || saidAfterAside(toks, comma, name));
  if (saidAfter || saidBefore || signsOff(toks, name))
    found.push({ name: trimToSurname(s, name), roles: [], sentence: s, cued: false });
  else if (vietnameseName(s, name) || knownPerson(s, name)) {
    found.push({ name, roles: [], sentence: s, cued: false });
  } else {
    const korean = koreanName(s, name);
    if (korean) found.push({ name: korean, roles: [], sentence: s, cued: false });
  }
  return name.to - 1;
}

/** "Jo Lee reporting from Hanoi": a full name, then a sign-off's verb and where or for whom the report is filed. */
function signsOff(toks: readonly Token[], name: Span): boolean {
  const at = toks[name.to]?.text === "," ? name.to + 1 : name.to;
  return (
    name.to - name.from >= 2 &&
    SIGN_OFF_VERBS.has(toks[at]?.key ?? "") &&
    SIGN_OFF_PREPOSITIONS.has(toks[at + 1]?.key ?? "")
  );
}
