import { z } from "zod";
import data from "./data/defined-organizations.json" with { type: "json" };
import { fold } from "./fold.js";
import type { Organization } from "./organizations.js";
import type { PlaceMention } from "./place-mentions.js";
import type { Sentence } from "./sentences.js";
import { glued, type Token } from "./tokens.js";

const Rules = z.object({
  international: z.array(z.string()),
  domestic: z.array(z.string()),
  cuedDomestic: z.array(z.string()),
  notOrganisations: z.array(z.string()),
  joiners: z.array(z.string()),
  heads: z.array(z.string()),
  leadingHeads: z.array(z.string()),
  selfEvidentHeads: z.array(z.string()),
  strongCues: z.array(z.string()),
  researchWords: z.array(z.string()),
  cuelessLeadingHeads: z.array(z.string()),
  membershipHeads: z.array(z.string()),
  memberNouns: z.array(z.string()),
  remitJoiners: z.array(z.string()),
  officePrefixes: z.array(z.string()),
  forHeads: z.array(z.string()),
  ownedNameHeads: z.array(z.string()),
  timeWords: z.array(z.string()),
  meetingBodyCues: z.array(z.string()),
  meetingListOpeners: z.array(z.string()),
  meetingChairs: z.array(z.string()),
  meetingMembers: z.array(z.string()),
});
const rules = Rules.parse(data);
const INTERNATIONAL = new Set(rules.international.map(fold));
const DOMESTIC = new Set(rules.domestic.map(fold));
const NOT_ORG = new Set(rules.notOrganisations.map(fold));
const JOINERS = new Set(rules.joiners);
const HEADS = new Set(rules.heads.map(fold));
const LEADING_HEADS = new Set(rules.leadingHeads.map(fold));
const SELF_EVIDENT = new Set(rules.selfEvidentHeads.map(fold));
const STRONG_CUES = new Set(rules.strongCues.map(fold));
const CUED_DOMESTIC = new Set(rules.cuedDomestic.map(fold));
const RESEARCH_WORDS = new Set(rules.researchWords.map(fold));
const CUELESS_LEADING = new Set(rules.cuelessLeadingHeads.map(fold));
const MEMBERSHIP_HEADS = new Set(rules.membershipHeads.map(fold));
const MEMBER_NOUNS = new Set(rules.memberNouns.map(fold));
const REMIT_JOINERS = new Set(rules.remitJoiners.map(fold));
const OFFICE_PREFIXES = new Set(rules.officePrefixes.map(fold));
const FOR_HEADS = new Set(rules.forHeads.map(fold));
const OWNED_HEADS = new Set(rules.ownedNameHeads.map(fold));
const TIME_WORDS = new Set(rules.timeWords.map(fold));
const MEETING_CUES = new Set(rules.meetingBodyCues.map(fold));
const MEETING_CHAIRS = new Set(rules.meetingChairs.map(fold));
const MEETING_MEMBERS = new Set(rules.meetingMembers.map(fold));
const MEETING_LIST_OPENERS = rules.meetingListOpeners.map((o) => fold(o).split(" "));
const LOWERCASE = /\p{Ll}/u;
/** Longest written-out name read without an acronym, in tokens. */
const NAME_REACH = 12;
// "… Studies in Washington": a place after "in" or "to" is not part of the name.
const NAME_JOINERS = new Set(["of", "for", "and", "on", "the", "-", "–", "&"]);
const ACRONYM = /^[A-Z][A-Za-z]{1,9}$/;
// Between a known name and the rest of a longer one: "WTO and Integration Centre".
const MODIFIER_JOINERS = new Set(["and", "&"]);
// Between the adjectives of a membership: "Latin American and Caribbean States", "Asia-Pacific States".
const MEMBER_JOINERS = new Set(["and", "-", "–"]);

/** The acronym's capitals are the initials of the words, in order; function words may be skipped. */
function spells(acronym: string, words: readonly Token[]): boolean {
  const letters = acronym.replace(/[a-z]/g, "");
  if (letters.length < 2 || words[0]?.text.charAt(0) !== letters[0]) return false;
  let a = 0;
  for (const w of words) if (a < letters.length && w.text.charAt(0).toUpperCase() === letters[a]) a++;
  return a === letters.length;
}

/** Organisations defined in the text as "Capitalised Name (ACR)" that no data file lists, with later uses of ACR. */
export function findDefinedOrganizations(
  sentences: readonly Sentence[],
  known: readonly PlaceMention[],
): PlaceMention[] {
  const out: PlaceMention[] = [];
  const defined = new Map<string, Organization>();
  const isKnown = (s: Sentence, k: number) => known.some((p) => p.sentenceIndex === s.index && p.from <= k && p.to > k);
  for (const s of sentences) {
    const toks = s.tokens;
    for (let i = 1; i + 2 < toks.length; i++) {
      const acr = toks[i + 1] as Token;
      // "(INC-5)": a numbered session of the body glued to its acronym closes the bracket as the acronym alone does.
      const numbered =
        toks[i + 2]?.text === "-" &&
        toks[i + 3]?.kind === "number" &&
        toks[i + 4]?.text === ")" &&
        glued(acr, toks[i + 2]);
      if (toks[i]?.text !== "(" || (toks[i + 2]?.text !== ")" && !numbered) || !ACRONYM.test(acr.text)) continue;
      if (defined.has(acr.text) || isKnown(s, i - 1) || isKnown(s, i + 1)) continue;
      let from = i;
      while (from > 0 && i - from < 14) {
        const t = toks[from - 1] as Token;
        if (!(t.kind === "word" && t.cap) && !JOINERS.has(t.key)) break;
        from--;
      }
      const words = toks.slice(from, i).filter((t) => t.kind === "word");
      const keys = words.map((w) => w.key);
      // "Intergovernmental Negotiating Committee": a committee whose name opens on a strong international cue is one
      // of states, not a province's or a party's.
      const opensInternational = STRONG_CUES.has(words.find((w) => w.cap && w.key !== "the")?.key ?? "");
      const domestic = (k: string) => DOMESTIC.has(k) && !(opensInternational && CUED_DOMESTIC.has(k));
      // "ASEAN Foreign Ministers' Meeting (AMM-58)": a numbered acronym is more often a meeting's; only a name opening
      // on a strong cue defines a body so.
      if (numbered && !opensInternational) continue;
      if (
        keys.some((k) => domestic(k) || NOT_ORG.has(k) || RESEARCH_WORDS.has(k)) ||
        !keys.some((k) => INTERNATIONAL.has(k))
      )
        continue;
      for (let start = 0; start < words.length; start++) {
        const w = words[start] as Token;
        if (!w.cap || w.key === "the") continue;
        if (!spells(acr.text, words.slice(start))) continue;
        const first = toks.indexOf(w);
        const last = toks[i - 1] as Token;
        const name = s.text.slice(w.start - s.start, last.end - s.start);
        const org: Organization = { name, acronym: acr.text, type: "organization", aliases: [] };
        defined.set(acr.text, org);
        out.push({
          place: { kind: "org", org },
          sentenceIndex: s.index,
          from: first,
          to: i + 3,
          start: w.start,
          end: last.end,
          surface: name,
        });
        break;
      }
    }
  }
  if (defined.size === 0) return out;
  // Later bare uses of a defined acronym ("AZEC members") name the same organisation.
  for (const s of sentences) {
    s.tokens.forEach((t, k) => {
      const org = defined.get(t.text);
      if (!org || s.tokens[k - 1]?.text === "(") return;
      out.push({
        place: { kind: "org", org },
        sentenceIndex: s.index,
        from: k,
        to: k + 1,
        start: t.start,
        end: t.end,
        surface: t.text,
      });
    });
  }
  return out;
}

/**
 * Bodies of several states named by their membership: a membership head, "of", capitalised words and a plural of
 * states ("Organization of American States", "Group of Asia-Pacific States"). The members make the body
 * international whatever its head; "United States" is a country, and a known organisation stops the name.
 */
export function findMembershipBodies(sentences: readonly Sentence[], known: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  // The tokens of known organisations, by sentence, gathered in one pass over them rather than one per sentence.
  const orgTokens = new Map<number, Set<number>>();
  for (const p of known) {
    if (p.place.kind !== "org") continue;
    const set = orgTokens.get(p.sentenceIndex) ?? new Set<number>();
    orgTokens.set(p.sentenceIndex, set);
    for (let k = p.from; k < p.to; k++) set.add(k);
  }
  const none: ReadonlySet<number> = new Set();
  for (const s of sentences) {
    const toks = s.tokens;
    const inOrg = orgTokens.get(s.index) ?? none;
    for (let i = 0; i + 3 < toks.length; i++) {
      const head = toks[i] as Token;
      if (!(head.kind === "word" && head.cap) || !MEMBERSHIP_HEADS.has(head.key) || inOrg.has(i)) continue;
      if (toks[i + 1]?.key !== "of") continue;
      let j = toks[i + 2]?.key === "the" ? i + 3 : i + 2;
      let modifiers = 0;
      let end = -1;
      for (; j < toks.length && j - i < NAME_REACH && !inOrg.has(j); j++) {
        const w = toks[j] as Token;
        if (w.kind === "word" && w.cap) {
          if (MEMBER_NOUNS.has(w.key) && modifiers > 0 && toks[j - 1]?.key !== "united") {
            end = j;
            break;
          }
          modifiers++;
        } else if (!MEMBER_JOINERS.has(w.key)) break;
      }
      if (end < 0) continue;
      const last = toks[end] as Token;
      const name = s.text.slice(head.start - s.start, last.end - s.start);
      // "the Group of Leading Developed and Emerging Economies (G20)": a known acronym after it names the body.
      const acronym =
        toks[end + 1]?.text === "("
          ? known.find(
              (p) =>
                p.sentenceIndex === s.index && p.from === end + 2 && p.place.kind === "org" && toks[p.to]?.text === ")",
            )
          : undefined;
      const org: Organization =
        acronym?.place.kind === "org" ? acronym.place.org : { name, acronym: null, type: "organization", aliases: [] };
      out.push({
        place: { kind: "org", org },
        sentenceIndex: s.index,
        from: i,
        to: end + 1,
        start: head.start,
        end: last.end,
        surface: name,
      });
      i = end;
    }
  }
  return out;
}

const lastOf = <T>(list: readonly T[]) => list[list.length - 1];

/**
 * "Multilateral Fund of the Montreal Protocol": where a body's head with a strong cue before it is followed by "of the"
 * and a treaty's name closing the run, the index of that head; -1 when the run is not so shaped.
 */
function treatyOwnerAt(run: readonly Token[]): number {
  for (let k = 1; k + 3 < run.length; k++) {
    const w = run[k] as Token;
    if (!(w.cap && (HEADS.has(w.key) || LEADING_HEADS.has(w.key)))) continue;
    if (run[k + 1]?.key !== "of" || run[k + 2]?.key !== "the" || !run[k + 3]?.cap) continue;
    const before = run.slice(0, k);
    const after = run.slice(k + 1);
    if (before.some((b) => STRONG_CUES.has(b.key)) && after.filter((a) => NOT_ORG.has(a.key)).length === 1) return k;
  }
  return -1;
}

/**
 * Organisations written out in full that no data file lists and no acronym defines: a capitalised name ending in an
 * organisational head ("Asia Maritime Transparency Initiative") or opening with one ("Center for Strategic and
 * International Studies"), with an international cue and no domestic one; a few heads need no cue ("Human Rights
 * Watch"). Every occurrence is a mention.
 */
export function findNamedOrganizations(sentences: readonly Sentence[], known: readonly PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  const takenBy = new Map<number, Set<number>>();
  // Known international bodies by the sentence and the token they end before: "OPEC" in "OPEC Fund for …". Keyed by
  // numbers, not a "sentence:token" string, as it is asked at nearly every capitalised word.
  const endsBefore = new Map<number, Map<number, PlaceMention>>();
  // "opec fund" → "OPEC Fund for International Development": owned names read so far, by owner and first head.
  const shortForms = new Map<string, string>();
  for (const p of known) {
    const set = takenBy.get(p.sentenceIndex) ?? new Set<number>();
    takenBy.set(p.sentenceIndex, set);
    for (let k = p.from; k < p.to; k++) set.add(k);
    if (p.place.kind === "org" && p.place.org.type === "organization") {
      const byEnd = endsBefore.get(p.sentenceIndex) ?? new Map<number, PlaceMention>();
      endsBefore.set(p.sentenceIndex, byEnd);
      byEnd.set(p.to, p);
    }
  }
  for (const s of sentences) {
    const toks = s.tokens;
    const covered = takenBy.get(s.index);
    const taken = (_: Sentence, k: number) => covered?.has(k) ?? false;
    const ownersByEnd = endsBefore.get(s.index);
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token;
      if (!(t.kind === "word" && t.cap) || t.key === "the" || taken(s, i)) continue;
      // "OPEC Fund for International Development", "ASEAN Business Advisory Council", "UN Commission on the Limits
      // of the Continental Shelf": a known body's name glued before a longer name of a body is that body's owner,
      // not the body the text names.
      const owner = i > 0 ? ownersByEnd?.get(i) : undefined;
      if (!owner && i > 0 && toks[i - 1]?.kind === "word" && toks[i - 1]?.cap) continue;
      // "Chairman of the Board of the Eurasian Economic Commission": an office or organ before "of" is not part of
      // the body's name; the name starts again after "of (the)".
      if (OFFICE_PREFIXES.has(t.key) && toks[i + 1]?.key === "of") continue;
      // "Minister of Trade of the Eurasian Economic Commission": the office's portfolio after "of" is no name either.
      const portfolioEnd = portfolioOfOffice(toks, i);
      if (portfolioEnd > i) {
        i = portfolioEnd;
        continue;
      }
      let j = i;
      let end = i;
      while (j < toks.length && j - i < NAME_REACH) {
        const w = toks[j] as Token;
        if (taken(s, j)) break;
        // "… for International Development on Thursday": a day or a month after a joiner is when, not the name.
        if (w.kind === "word" && w.cap && TIME_WORDS.has(w.key)) break;
        if (w.kind === "word" && w.cap) end = j;
        else if (!NAME_JOINERS.has(w.key)) break;
        // "… Institute and the Asian Development Bank": "and the" starts another name.
        else if (w.key === "and" && (toks[j + 1]?.key === "the" || HEADS.has(toks[j - 1]?.key ?? ""))) break;
        j++;
      }
      // Most runs are one capitalised word: count before copying.
      let capitals = 0;
      for (let k = i; k <= end && capitals < 2; k++) if (toks[k]?.kind === "word" && toks[k]?.cap) capitals++;
      // "the OPEC Fund" after "the OPEC Fund for International Development": the owner and the head alone refer
      // back to the body named in full earlier on the page.
      const earlier =
        owner && capitals === 1 && end === i ? shortForms.get(`${fold(owner.surface)} ${t.key}`) : undefined;
      if (owner && earlier) {
        const org: Organization = { name: earlier, acronym: null, type: "organization", aliases: [] };
        const surface = s.text.slice(owner.start - s.start, t.end - s.start);
        out.push({
          place: { kind: "org", org },
          sentenceIndex: s.index,
          from: owner.from,
          to: i + 1,
          start: owner.start,
          end: t.end,
          surface,
        });
        continue;
      }
      if (capitals < 2) continue;
      const run = toks.slice(i, end + 1);
      const words = run.filter((w) => w.kind === "word" && w.cap);
      const keys = run.filter((w) => w.kind === "word").map((w) => w.key);
      // A think tank, a university or a national institute is a domestic body, not an international organisation
      // (the readings count international organisations and forums only), whatever cue its name carries.
      if (keys.some((k) => DOMESTIC.has(k) || RESEARCH_WORDS.has(k))) continue;
      // "World Organisation for Animal Health": a head inside the name before its remit, with a strong cue before it.
      // The callback reads the run through its third argument: a closure over `run` would make every pass of this
      // loop, nearly all of them over a word that opens no run, allocate the scope that holds it.
      const remit = run.findIndex(
        (w, k, all) =>
          k > 0 &&
          w.kind === "word" &&
          w.cap &&
          (HEADS.has(w.key) || LEADING_HEADS.has(w.key)) &&
          REMIT_JOINERS.has(all[k + 1]?.key ?? "") &&
          (all[k + 2]?.cap ?? false),
      );
      const inner = remit > 0 && run.slice(0, remit).some((w) => STRONG_CUES.has(w.key));
      // "Multilateral Fund of the Montreal Protocol": a body a treaty set up, named with the treaty after "of the", is
      // that body; the treaty's word rules out only a name with no such head and strong cue before it.
      const ownerAt = NOT_ORG.has(lastOf(run)?.key ?? "") ? treatyOwnerAt(run) : -1;
      if (ownerAt < 0 && run.some((w) => w.kind === "word" && NOT_ORG.has(w.key))) continue;
      const last = words.at(-1) as Token;
      // "Membership in International Organizations": a name of only cue and head words is a common noun in a
      // title-case heading, not a body.
      // A place-like cue ("Mekong Institute") still names one.
      if (words.every((w) => STRONG_CUES.has(w.key) || HEADS.has(w.key) || LEADING_HEADS.has(w.key))) continue;
      // "HILL WATCH": a run written wholly in capitals is a heading or a label.
      if (!words.some((w) => LOWERCASE.test(w.text))) continue;
      const leading = LEADING_HEADS.has(t.key) && ["for", "on", "of"].includes(toks[i + 1]?.key ?? "");
      const ended = HEADS.has(last.key) || SELF_EVIDENT.has(last.key);
      const headed = ended || leading || inner || ownerAt > 0;
      // A body "on" a matter ("Commission on the Limits of the Continental Shelf") is an organisation with no cue,
      // once no domestic word is in it.
      const cueless = leading && CUELESS_LEADING.has(t.key) && toks[i + 1]?.key === "on";
      const cue =
        cueless ||
        (ended
          ? keys.some((k) => INTERNATIONAL.has(k)) || SELF_EVIDENT.has(last.key)
          : keys.some((k) => STRONG_CUES.has(k)));
      if (owner) {
        // The owner is the cue. A remit after a leading head ("Fund for International Development", "Commission on the Limits …") or a
        // name of three words or more ending in an owned body's head ("Business Advisory Council"); a shorter one
        // is a meeting, programme or national office that only carries the owner's name ("ASEAN Future Forum", "LMC
        // Special Fund", "WTO Accession Support Centre"): the owner stays named.
        const bodyName = words.length >= 3 && OWNED_HEADS.has(last.key);
        if (!(leading && words.length >= 2) && !bodyName) continue;
        const name = UN_OWNERS.has(fold(owner.surface))
          ? s.text.slice(t.start - s.start, last.end - s.start)
          : s.text.slice(owner.start - s.start, last.end - s.start);
        shortForms.set(`${fold(owner.surface)} ${t.key}`, name);
        const org: Organization = { name, acronym: null, type: "organization", aliases: [] };
        // from covers the owner's tokens, so the caller drops the owner's mention; the UN's family name is left out
        // of the body's own name ("Commission on the Limits of the Continental Shelf").
        const start = UN_OWNERS.has(fold(owner.surface)) ? t.start : owner.start;
        out.push({
          place: { kind: "org", org },
          sentenceIndex: s.index,
          from: owner.from,
          to: end + 1,
          start,
          end: last.end,
          surface: name,
        });
        i = end;
        continue;
      }
      if (!headed || !cue) continue;
      if (departmentOfAcronym(words)) continue;
      // "US-ASEAN Business Council": a country glued on by a hyphen opens the name, though it was read as a country.
      const dash = toks[i - 1];
      const glued = toks[i - 2];
      const opens =
        dash?.text === "-" && glued?.kind === "word" && glued.cap && glued.end === dash.start && dash.end === t.start
          ? glued
          : t;
      const name = s.text.slice(opens.start - s.start, last.end - s.start);
      const org: Organization = { name, acronym: null, type: "organization", aliases: [] };
      out.push({
        place: { kind: "org", org },
        sentenceIndex: s.index,
        from: i,
        to: end + 1,
        start: opens.start,
        end: last.end,
        surface: name,
      });
      i = end;
    }
  }
  return out;
}

/**
 * "JCP International Commission", "ANC International Relations Commission": an acronym of a body the gazetteer does
 * not know, then "International" and a name ending in a head, is that party's or body's own department for foreign
 * relations, a domestic body.
 */
function departmentOfAcronym(words: readonly Token[]): boolean {
  const [first, cue] = words;
  const head = words.at(-1);
  return (
    words.length >= 3 &&
    first !== undefined &&
    /^[A-Z]{2,6}$/.test(first.text) &&
    cue?.key === "international" &&
    head !== undefined &&
    HEADS.has(head.key)
  );
}

// "UN Commission on …": the UN's family name before one of its bodies, which the body's own name leaves out.
const UN_OWNERS = new Set(["un", "u.n.", "united nations"]);

/**
 * "Minister of Trade of the …", "Minister of Integration and Macroeconomics of the …": capitalised words after an
 * office and "of" that run on to another "of" are the office's portfolio. Returns that second "of", or -1.
 */
function portfolioOfOffice(toks: readonly Token[], i: number): number {
  if (toks[i - 1]?.key !== "of" || !OFFICE_PREFIXES.has(toks[i - 2]?.key ?? "")) return -1;
  for (let j = i; j < toks.length && j - i < 6; j++) {
    const w = toks[j] as Token;
    if (w.key === "of") return j;
    if (!((w.kind === "word" && w.cap) || w.key === "and" || w.text === ",")) return -1;
  }
  return -1;
}

/**
 * Whether a known name only modifies a longer one that goes on to an organisational head: glued by a hyphen to a
 * name before it ("ASEAN" in "US-ASEAN Business Council") or joined by "and" to the words after it ("WTO" in "WTO
 * and Integration Centre"). A name followed straight by its own body's words ("ASEAN Future Forum") stays named.
 */
export function modifiesLongerName(
  toks: readonly Token[],
  from: number,
  to: number,
  opensKnown: ReadonlySet<number>,
): boolean {
  const dash = toks[from - 1];
  const before = toks[from - 2];
  const glued =
    dash?.text === "-" &&
    before?.kind === "word" &&
    before.cap &&
    before.end === dash.start &&
    dash.end === toks[from]?.start;
  const joined = MODIFIER_JOINERS.has(toks[to]?.key ?? "");
  if (!glued && !joined) return false;
  let own = 0;
  for (let j = joined ? to + 1 : to; j < toks.length && j - to < NAME_REACH; j++) {
    const w = toks[j] as Token;
    // "… and the International Monetary Fund": "the" or a known name after "and" opens another body.
    if (opensKnown.has(j) || (joined && j === to + 1 && !(w.kind === "word" && w.cap))) return false;
    if (w.kind === "word" && w.cap) {
      if (HEADS.has(w.key) && own > 0) return true;
      own++;
    } else if (!NAME_JOINERS.has(w.key) || w.key === "and") return false;
  }
  return false;
}

/**
 * "Center for WTO and International Trade": a centre or institute whose remit names a known body is a national body
 * of its own; the known name inside it is not a mention of that body.
 */
export function namedForBody(toks: readonly Token[], from: number): boolean {
  const before = toks[from - 2];
  return toks[from - 1]?.key === "for" && before?.kind === "word" && before.cap && FOR_HEADS.has(before.key);
}

// How far from a standing meeting's name a cue that defines it as a body may stand, in tokens.
const MEETING_CUE_REACH = 8;

/**
 * A standing meeting known by its acronym (the ADMM) is, as test/READING.md reads an acronym of a meeting, an
 * organisation only where the page defines it as a body: one of its mentions has a lower-case cue near it ("the forum,
 * which groups …", "forums such as the ADMM-Plus", "coordination at the ADMM-Plus") or closes a list a cue opens
 * earlier in its sentence ("frameworks, including …, the ADMM-Plus"). Otherwise ("the 18th ADMM hosted by Laos", "on
 * the sidelines of the ADMM-Plus") the page names a meeting held and every mention of it is dropped.
 */
export function withoutMeetingsHeld<P extends PlaceMention>(found: readonly P[], sentences: readonly Sentence[]): P[] {
  const bySentence = new Map(sentences.map((s) => [s.index, s.tokens]));
  const defined = new Set<string>();
  for (const p of found) {
    if (p.place.kind !== "org" || !p.place.org.meeting) continue;
    const toks = bySentence.get(p.sentenceIndex);
    if (toks && definedAsBody(toks, p.from, p.to)) defined.add(p.place.org.name);
  }
  return found.filter((p) => p.place.kind !== "org" || !p.place.org.meeting || defined.has(p.place.org.name));
}

function definedAsBody(toks: readonly Token[], from: number, to: number): boolean {
  const cue = (t: Token | undefined) => t?.kind === "word" && !t.cap && MEETING_CUES.has(t.key);
  for (let k = Math.max(0, from - MEETING_CUE_REACH); k < Math.min(toks.length, to + MEETING_CUE_REACH); k++) {
    if ((k < from || k >= to) && cue(toks[k])) return true;
  }
  // "Chairman of the ADMM in 2020", "ADMM Chair in 2021": a meeting held has a host; a body has a chair for a term.
  const chair = (t: Token | undefined) => t?.kind === "word" && MEETING_CHAIRS.has(t.key);
  const ofThe = toks[from - 1]?.key === "the" ? from - 2 : from - 1;
  if ((toks[ofThe]?.key === "of" && chair(toks[ofThe - 1])) || chair(toks[to])) return true;
  // "New Zealand is a partner in the ADMM-Plus": a meeting held has participants; a body has members and partners.
  const member = toks[ofThe - 1];
  if (
    (toks[ofThe]?.key === "of" || toks[ofThe]?.key === "in") &&
    member?.kind === "word" &&
    !member.cap &&
    MEETING_MEMBERS.has(member.key)
  )
    return true;
  // "multilateral and regional frameworks, including the United Nations, …, the ADMM-Plus".
  let opened = false;
  for (let k = from - 1; k >= 0; k--) {
    if (MEETING_LIST_OPENERS.some((o) => o.every((w, n) => toks[k + n]?.key === w))) opened = true;
    if (opened && cue(toks[k])) return true;
  }
  return false;
}
