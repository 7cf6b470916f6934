import {
  countryCode,
  countryName,
  countryPhrases,
  demonymAt,
  hyphenatedPair,
  isListedCountry,
  listedBeforeOrgan,
  notCountryPhrases,
  officeAfterTitleWords,
} from "./countries.js";
import {
  findDefinedOrganizations,
  findMembershipBodies,
  findNamedOrganizations,
  modifiesLongerName,
  namedForBody,
  withoutMeetingsHeld,
} from "./defined-organizations.js";
import {
  findOrganization,
  isBareName,
  isHeadName,
  type Organization,
  organizationByAcronym,
  organizationPhrases,
  treatyPhrases,
} from "./organizations.js";
import { PhraseIndex, type PhraseMatch } from "./phrases.js";
import type { Place, PlaceMention } from "./place-mentions.js";
import type { Sentence } from "./sentences.js";
import type { Token } from "./tokens.js";

// findPlaces's result types, declared below this module so the organisation finders it calls can take them too.
export type { Place, PlaceMention } from "./place-mentions.js";

const index = new PhraseIndex<Place>();
for (const phrase of notCountryPhrases()) index.add(phrase, { kind: "none" });
for (const { phrase, code } of countryPhrases()) index.add(phrase, { kind: "country", code, name: countryName(code) });
for (const { phrase, org } of organizationPhrases()) index.add(phrase, { kind: "org", org });
// A treaty is no body ("a trade pact is a treaty"), unless the text names a body of its own: see ownedTreaty.
const TREATY: Place = { kind: "none" };
for (const phrase of treatyPhrases()) index.add(phrase, TREATY);
// "the Industry Cooperation Committee of the Regional Comprehensive Economic Partnership": a body the pact set up
// makes the pact an organisation here, as the seeds' gold reads it.
const TREATY_BODIES = new Set(["committee", "commission", "council", "secretariat", "board"]);

/** A treaty named as the owner of a body ("the … Committee of the <Treaty>"), read as an organisation; else null. */
function ownedTreaty(s: Sentence, toks: readonly Token[], m: PhraseMatch<Place>): PlaceMention | null {
  if (m.value !== TREATY) return null;
  const at = toks[m.from - 1]?.key === "the" ? m.from - 1 : m.from;
  if (toks[at - 1]?.key !== "of" || !TREATY_BODIES.has(toks[at - 2]?.key ?? "")) return null;
  const first = toks[m.from] as Token;
  const last = toks[m.to - 1] as Token;
  const name = s.text.slice(first.start - s.start, last.end - s.start);
  const acr = toks[m.to]?.text === "(" && toks[m.to + 2]?.text === ")" ? (toks[m.to + 1]?.text ?? null) : null;
  const org: Organization = { name, acronym: acr, type: "organization", aliases: [] };
  return mention({ kind: "org", org }, s, m.from, m.to, first.start, last.end);
}

/** Countries and organisations named in each sentence, longest match first; "Name (ACR)" trusts the acronym. */
export function findPlaces(sentences: readonly Sentence[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const s of sentences) {
    const toks = s.tokens;
    const matches = withDemonymShapes(toks, index.scan(toks));
    // Tokens that open a known name of their own: "ASEAN and Mekong River Commission" is two bodies, not one name.
    const opensKnown = new Set(matches.filter((m) => m.value.kind !== "none").map((m) => m.from));
    // Tokens a name read past its acronym already holds ("… (ASEAN) Regional Forum").
    let coveredUntil = 0;
    for (const m of matches) {
      const treaty = m.from >= coveredUntil ? ownedTreaty(s, toks, m) : null;
      if (treaty) out.push(treaty);
      if (m.value.kind === "none" || m.from < coveredUntil) continue;
      // "the Singapore-based economist", "a Japan-based fund": a base names where someone sits, not a country in the
      // story.
      const dash = toks[m.to];
      if (
        m.value.kind === "country" &&
        dash?.text === "-" &&
        dash.start === toks[m.to - 1]?.end &&
        toks[m.to + 1]?.key === "based" &&
        toks[m.to + 1]?.start === dash.end
      )
        continue;
      let place = m.value;
      // Read as the national body it names, so a role "director of the Center for WTO …" still runs over it.
      if (place.kind === "org" && namedForBody(toks, m.from)) {
        const head = toks[m.from - 2] as Token;
        const last = toks[m.to - 1] as Token;
        const name = s.text.slice(head.start - s.start, last.end - s.start);
        const org: Organization = { name, acronym: null, type: "domestic_body", aliases: [] };
        out.push(mention({ kind: "org", org }, s, m.from - 2, m.to, head.start, last.end));
        continue;
      }
      if (place.kind === "org" && modifiesLongerName(toks, m.from, m.to, opensKnown)) continue;
      if (place.kind === "org" && ownedByAnotherBody(toks, m.from, m.to)) continue;
      if (place.kind === "org" && headOfLongerName(toks, m.from, m.to)) continue;
      const open = toks[m.to];
      const acr = toks[m.to + 1];
      const close = toks[m.to + 2];
      let to = m.to;
      if (open?.text === "(" && close?.text === ")" && acr?.kind === "word" && acr.text === acr.text.toUpperCase()) {
        const named = organizationByAcronym(acr.text);
        const code = named ? null : countryCode(acr.text);
        // "… in the Central African Republic (MINUSCA)": the country stays named, the acronym adds the mission.
        if (named && place.kind === "country") {
          const a = toks[m.to + 1] as (typeof toks)[number];
          out.push(mention({ kind: "org", org: named }, s, m.to + 1, m.to + 2, a.start, a.end));
        } else if (named && (place.kind !== "org" || place.org !== named)) place = { kind: "org", org: named };
        else if (code && place.kind === "country" && place.code !== code)
          place = { kind: "country", code, name: countryName(code) };
        if ((named && place.kind === "org") || code) to = m.to + 3;
        // "Association of Southeast Asian Nations (ASEAN) Regional Forum": the name goes on past its acronym, and the
        // acronym with the words after it is a known body of its own.
        const tail = place.kind === "org" && to === m.to + 3 ? acronymTail(s, toks, m.to + 1) : null;
        if (tail) {
          place = { kind: "org", org: tail.org };
          to = tail.to;
          coveredUntil = to;
        }
      }
      const first = toks[m.from];
      const last = toks[m.to - 1];
      if (!first || !last) continue;
      out.push({
        place,
        sentenceIndex: s.index,
        from: m.from,
        to,
        start: first.start,
        end: last.end,
        surface: s.text.slice(first.start - s.start, last.end - s.start),
      });
      const members = place.kind === "org" ? membersListed(s, m.from, m.to) : [];
      // The bloc's head before its "of" is its name too, as readers write it ("the Customs Union").
      if (members.length > 0 && place.kind === "org") out.push(headOfListedName(place, s, m.from, m.to), ...members);
    }
  }
  const defined = findDefinedOrganizations(sentences, out);
  // "the ASEAN Infrastructure Fund (AIF)": a name the text defines holds the known name inside it.
  const kept = out.filter(
    (p) =>
      p.place.kind !== "org" ||
      !defined.some(
        (d) => d.sentenceIndex === p.sentenceIndex && d.start <= p.start && d.end >= p.end && d.to > d.from + 1,
      ),
  );
  kept.push(...defined);
  // "Organization of American States": an adjective of place inside a membership names no country of its own.
  const members = findMembershipBodies(sentences, kept);
  const outside = [...withoutCovered(kept, "country", members), ...members];
  // A known body read as the owner at the head of a longer name ("OPEC" in "OPEC Fund for …") is not named itself.
  const named = findNamedOrganizations(sentences, outside);
  return withoutMeetingsHeld(
    withoutCapitalsAcronyms([...withoutCovered(outside, "org", named), ...named], sentences),
    sentences,
  );
}

/**
 * The index's matches with the demonym shapes a phrase list cannot hold (countries.ts): demonyms listed before a shared
 * organ, offices with title words between demonym and head, hyphenated pairs before a relation; in text order.
 */
function withDemonymShapes(toks: readonly Token[], matches: PhraseMatch<Place>[]): PhraseMatch<Place>[] {
  const extra: PhraseMatch<Place>[] = [];
  const free = (from: number, to: number) =>
    !matches.some((m) => m.from < to && from < m.to) && !extra.some((m) => m.from < to && from < m.to);
  const add = (d: { code: string; from: number; to: number }) => {
    if (free(d.from, d.to)) extra.push({ value: { kind: "country", code: d.code, name: countryName(d.code) }, ...d });
  };
  for (const m of matches) {
    if (m.value.kind !== "country") continue;
    const d = demonymAt(toks, m.from);
    if (d && d.to < m.to) for (const listed of listedBeforeOrgan(toks, m)) add(listed);
  }
  for (let i = 0; i < toks.length; i++) {
    if (!(toks[i] as Token).cap || !demonymAt(toks, i)) continue;
    const office = officeAfterTitleWords(toks, i);
    if (office) add(office);
    for (const d of hyphenatedPair(toks, i)) add(d);
  }
  if (extra.length === 0) return matches;
  return [...matches, ...extra].sort((a, b) => a.from - b.from);
}

/** The places of this kind that lie inside none of the longer names found over them (same sentence, token span). */
function withoutCovered<P extends { place: { kind: string }; sentenceIndex: number; from: number; to: number }>(
  places: readonly P[],
  kind: string,
  longer: readonly { sentenceIndex: number; from: number; to: number }[],
): P[] {
  return places.filter(
    (p) =>
      p.place.kind !== kind ||
      !longer.some((n) => n.sentenceIndex === p.sentenceIndex && n.from <= p.from && n.to >= p.to),
  );
}

// Longest tail read after an acronym, in tokens.
const TAIL_REACH = 6;

/**
 * The known body an acronym in brackets and the capitalised words after its closing bracket name together:
 * "(ASEAN) Regional Forum" is the ASEAN Regional Forum; the longest such name wins.
 */
function acronymTail(s: Sentence, toks: readonly Token[], acr: number): { org: Organization; to: number } | null {
  const a = toks[acr] as Token;
  const close = toks[acr + 1] as Token;
  let best: { org: Organization; to: number } | null = null;
  for (let j = acr + 2; j < toks.length && j - acr - 2 < TAIL_REACH; j++) {
    const w = toks[j] as Token;
    if (j === acr + 2 && !(w.kind === "word" && w.cap)) return null;
    if (w.kind !== "word" && w.text !== "'" && w.text !== "-") break;
    const org = findOrganization(`${a.text} ${s.text.slice(close.end - s.start, w.end - s.start).trim()}`);
    if (org && org.acronym !== a.text) best = { org, to: j + 1 };
  }
  return best;
}

const LOWER = /\p{Ll}/u;
// "the General Assembly of the United Nations" is still the UN's.
const UN_WORDS = new Set(["united", "un", "u.n."]);

/**
 * "AIPA General Assembly", "the General Assembly of the Inter-Parliamentary Union": a bare UN organ's name after
 * another body's acronym, or followed by "of" and a name other than the UN's, is that body's organ.
 */
function ownedByAnotherBody(toks: readonly Token[], from: number, to: number): boolean {
  if (
    !isBareName(
      toks
        .slice(from, to)
        .map((t) => t.text)
        .join(" "),
    )
  )
    return false;
  const before = toks[from - 1];
  if (before?.kind === "word" && before.text.length > 1 && before.text === before.text.toUpperCase()) return true;
  const after = toks[to + 1]?.key === "the" ? toks[to + 2] : toks[to + 1];
  return toks[to]?.key === "of" && after?.kind === "word" && after.cap && !UN_WORDS.has(after.key);
}

/**
 * "the Southern African Customs Union": a known body's alias that is only a head ("Customs Union"), after a
 * capitalised word of the same name, heads that other body's name; the longer name is read in full by the names
 * reader. "The Customs Union" opening a sentence is still the body.
 */
function headOfLongerName(toks: readonly Token[], from: number, to: number): boolean {
  const before = toks[from - 1];
  if (!(before?.kind === "word" && before.cap && before.key !== "the")) return false;
  return isHeadName(
    toks
      .slice(from, to)
      .map((t) => t.text)
      .join(" "),
  );
}

/**
 * A heading in capitals ("WHO ELSE IS IN THAT TIER?") writes every word as an acronym is written: an acronym there
 * names its organisation only when the text names it elsewhere in ordinary case.
 */
function withoutCapitalsAcronyms(found: PlaceMention[], sentences: readonly Sentence[]): PlaceMention[] {
  const texts = new Map(sentences.map((s) => [s.index, s.text]));
  const inCapitals = (p: PlaceMention) => !LOWER.test(texts.get(p.sentenceIndex) ?? "");
  const isAcronym = (p: PlaceMention) =>
    p.place.kind === "org" && p.to - p.from === 1 && p.surface === p.place.org.acronym;
  const named = new Set(
    found
      .filter((p) => p.place.kind === "org" && !inCapitals(p))
      .map((p) => (p.place.kind === "org" ? p.place.org.name : "")),
  );
  return found.filter((p) => p.place.kind !== "org" || !isAcronym(p) || !inCapitals(p) || named.has(p.place.org.name));
}

const MIN_LISTED_MEMBERS = 2;

/**
 * "Customs Union of Russia, Belarus and Kazakhstan": a bloc's name written out by its member states, two or more after
 * its "of", names each of them too (Round 49). One country after "of" ("Bank of Thailand") is the body's own seat.
 */
function membersListed(s: Sentence, from: number, to: number): PlaceMention[] {
  const toks = s.tokens;
  let of = from;
  while (of < to && toks[of]?.key !== "of") of++;
  if (of >= to) return [];
  const members: PlaceMention[] = [];
  for (const m of index.scan(toks.slice(of + 1, to))) {
    const a = toks[of + 1 + m.from] as Token;
    const b = toks[of + m.to] as Token;
    if (m.value.kind === "country") members.push(mention(m.value, s, of + 1 + m.from, of + 1 + m.to, a.start, b.end));
  }
  return members.length < MIN_LISTED_MEMBERS ? [] : members;
}

/** The words before the "of" of a name written out by its members, as a mention of the same body. */
function headOfListedName(place: PlaceMention["place"], s: Sentence, from: number, to: number): PlaceMention {
  const toks = s.tokens;
  let of = from;
  while (of < to && toks[of]?.key !== "of") of++;
  const a = toks[from] as Token;
  const b = toks[of - 1] as Token;
  return mention(place, s, from, of, a.start, b.end);
}

function mention(place: PlaceMention["place"], s: Sentence, from: number, to: number, start: number, end: number) {
  return { place, sentenceIndex: s.index, from, to, start, end, surface: s.text.slice(start - s.start, end - s.start) };
}

// Whether a country the text names is listed among the article's countries (Taiwan is a place but not listed).
export { isListedCountry };
