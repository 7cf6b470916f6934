// The levels a sentence names as held: not a treaty's or a pact's name, not planned or hedged, not another country's.
import type { PartnershipLevel } from "@chancery/db";
import type { PlaceMention } from "../gazetteer.js";
import { HOME_NAME, HOME_POSSESSIVE } from "../home-country.js";
import { SentenceMemo } from "../sentence-memo.js";
import type { Sentence } from "../sentences.js";
import { allMatches } from "./all-matches.js";
import { firstCharDispatch } from "./first-chars.js";
import {
  CLAUSE_HEDGE,
  CLAUSES,
  config,
  FUTURE_AFTER,
  foreignOf,
  GROUP_LEVEL,
  type Level,
  NAME_AFTER,
  OLD_TO_NEW,
  PREVIOUS_LEVEL,
  RANK,
  STEP_BASE_FORMS,
} from "./vocabulary.js";

const SKIPPED = new RegExp(
  `\\b(?:${config.skipWords.join("|")})\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+|their\\s+|${HOME_POSSESSIVE}\\s+)?(?:full\\s+|fully[-\\s]fledged\\s+|formal\\s+)?["“‘']?$`,
  "i",
);
// "a special strategic partnership" (Korea–Indonesia), "special and privileged": another scheme's name, not a level.
const OTHER_FRAMEWORK = new RegExp(`\\b(?:${config.otherFrameworks.join("|")})\\s+$`, "i");
// "… the strategic partnership they set up in 2015, as the two neighbours prepare to mark the anniversary next year":
// a time after ", as" and a new subject belongs to that clause's own event, not to the level before it. ("…, as early
// as next year" names no subject and still dates the level.) A capitalised subject opens such a clause too: ", as
// Samsung's chief said the firm would start making parts next year".
const AS_CLAUSE =
  /,\s+[Aa][Ss]\s+(?:(?:[Tt]he|[Tt]hey|[Bb]oth|[Ii]ts|[Tt]heir|[Hh]e|[Ss]he|[Ww]e|[Ii]t)\b|\p{Lu}[\p{L}'’-]+\s+\p{L})/u;
const beforeAsClause = (text: string) => {
  const at = text.search(AS_CLAUSE);
  return at < 0 ? text : text.slice(0, at);
};
// '"We want more," the minister said, adding that both sides should use the 2013 strategic partnership': a hedge
// inside a quotation closed before the level is the speaker's wish about something else. The quotation may have
// opened a sentence before ('"… exports. We want more," the minister said'): then its close is the first mark.
// Only a quoted utterance (closing on its punctuation) counts: 'agreed to "work towards" a strategic partnership'
// quotes the hedge itself.
const CLOSED_QUOTE = /["“][^"“”]{1,300}[,.!?]["”]/g;
const CLOSE_FIRST = /^[^"“”]{1,300}[,.!?]["”](?=\s)/;
function insideClosedQuote(text: string, at: number): boolean {
  const open = CLOSE_FIRST.exec(text);
  if (open && at < open[0].length) return true;
  return allMatches(CLOSED_QUOTE, text.slice(open?.[0].length ?? 0)).some((q) => {
    const from = (open?.[0].length ?? 0) + (q.index ?? 0);
    return from < at && at < from + q[0].length;
  });
}
// "as the two countries seek to give weight to the comprehensive strategic partnership they agreed in 2016": a level
// the sides are said to have set up already is held, whatever the clause wishes for it, when the sentence names the
// partner (a "two countries" guessed from elsewhere in a release may be the wrong one).
const SET_UP_BY_THEM =
  /^\s*["”’']?\s*(?:(?:that|which)\s+)?(?:they|the\s+two(?:\s+(?:sides|countries|nations|leaders))?|both(?:\s+(?:sides|countries))?)\s+(?:had\s+|have\s+)?(?:signed|agreed|established|set\s+up|forged|launched)\b/i;
const CLAUSE_HEDGE_ALL = firstCharDispatch(new RegExp(CLAUSE_HEDGE.source, "g"));
/** Where the sentence's clause hedges start, read once per sentence. */
const clauseHedgesRead = new SentenceMemo<number[]>();
function clauseHedgeStarts(s: Sentence): number[] {
  let found = clauseHedgesRead.get(s);
  if (!found) {
    found = allMatches(CLAUSE_HEDGE_ALL, s.text).map((m) => m.index ?? 0);
    clauseHedgesRead.set(s, found);
  }
  return found;
}
// "may raise their 2013 comprehensive partnership …", "consider raising their \"Extensive Strategic Partnership\" to …":
// the possessed level is held now, whatever its year or quote marks; only the level it is raised to is hedged.
const HELD_AFTER_HEDGE = new RegExp(
  `\\b(?:${config.heldAfterHedge.join("|")})\\s+(?:the|its|their|a|an)?\\s*(?:(?<=(?:its|their)\\s+)(?:19|20)\\d\\d\\s+)?["“‘']?$`,
  "i",
);
// "agreed to work toward upgrading the comprehensive partnership, set up in 2013, to a strategic partnership", "will
// consider raising their strategic partnership to …": a phrase hedge (config.hedges) holds back its clause, but the
// level named as the definite object of the raising verb is the one held now; only the level it is raised to waits.
const RAISED_FROM_HELD = new RegExp(
  String.raw`\b(?:${STEP_BASE_FORMS})\s+(?:the|its|their)\s+(?:(?<=(?:its|their)\s+)(?:19|20)\d\d\s+)?["“‘']?$`,
  "i",
);
// "agreed to work towards lifting their relationship, currently called an \"extensive strategic partnership\", to a
// higher level": an aside naming the level the ties have now is held; the hedge is about the level they go to.
const CURRENT_ASIDE =
  /,\s*(?:currently|presently)\s+(?:(?:called|termed|styled|known\s+as)\s+)?(?:a|an|the)?\s*["“‘']?$/i;
const LOOSE = new RegExp(`\\b(?:${config.looseModifiers.join("|")})\\s+$`, "i");
// "sees Vietnam as \"a strategic partner in Asia\"", "Asked whether Hanoi regarded it as a strategic partner": one
// side's view of the other, not a framework the two have set up. (Plural "treats as strategic partners, a list that
// includes …" counts holders and stays.)
const VIEWED_AS = new RegExp(
  `\\b(?:${config.viewVerbs.join("|")})\\s+(?:\\S+\\s+){1,4}?as\\s+["“‘']?(?:(?:a|an)\\s+)?["“‘']?$`,
  "i",
);
const NEXT_UP = new Map(
  (Object.keys(RANK) as PartnershipLevel[]).map((l) => [
    l,
    (Object.keys(RANK) as PartnershipLevel[]).find((u) => RANK[u] === RANK[l] + 1),
  ]),
);
// "India and Vietnam upgraded their strategic partnership in 2016": the level upgraded is left, for the next one up.
const UPGRADED_OBJECT = new RegExp(
  `\\b(?:${config.upgradedObjectVerbs.join("|")})\\s+(?:(?:its|their|the|bilateral|existing)\\s+){1,2}$`,
  "i",
);
// "… upgraded their strategic partnership to a comprehensive one": a target named after it.
const TARGET_AFTER =
  /\b(?:to|into)\s+(?:a|an|the|its|their)?\s*(?:new\s+|higher\s+|highest\s+|top\s+|comprehensive\s+|strategic\s+|level\b)/i;
// "…, a framework Viet Nam established with the UAE earlier this week": the auxiliary may be left out, and a place may
// stand before "with" ("…, a framework Vietnam already maintains in the region with Brazil, Chile and Mexico").
// "… to a comprehensive partnership, which Vietnam has with South Africa since 2004": the withheld level, taken up by a
// relative clause whose subject is Vietnam, is held with the countries after it.
// "… might one day reach the comprehensive strategic level that Vietnam has with China and Russia": a restrictive
// relative clause right after the level does so too.
const STEP_TAKEN_WITH =
  /^(?:\s*,\s*(?:(?:a|an|the)\s+(?:step|status|level|move|framework|rank|arrangement)\s+(?:that\s+|which\s+)?|which\s+)|\s+(?:that|which)\s+)(?:Viet\s?Nam|Vietnam|Hanoi|it)\s+(?:already\s+|also\s+)?(?:has\s+had|has|holds|shares|keeps|maintains|enjoys|(?:(?:has|had)\s+)?(?:already\s+|only\s+|recently\s+)?(?:taken|took|reached|granted|given|gave|established|set\s+up|agreed|forged|signed))(?:\s+(?:in|across|within)\s+(?:the\s+)?[a-z-]+)?\s+(?:with|to)\b/i;
const FOREIGN_WITH_WHICH = new RegExp(String.raw`,\s*with\s+which\s+(?!${HOME_NAME}\b)\p{Lu}[^,;]*$`, "u");
const TREATY_BEFORE = /\btreat(?:y|ies)\s+(?:on|of)\s+(?:the\s+|a\s+)?["“‘']?$/i;
const SIGNED_BEFORE = /\b(?:sign|signs|signed|signing|ink|inks|inked|inking)\s+(?:a|an|the)\s+(?:new\s+)?$/i;
const PACT_AFTER = /^\s+(?:agreement|pact|accord|deal)\b/i;
// "signed a strategic partnership agreement on climate change adaptation and water management": a pact on one field
// is a sectoral arrangement, not the framework itself (READING.md).
const SECTORAL_PACT =
  /^\s+(?:agreement|pact|accord|deal)\s+(?:on|for)\s+(?!(?:the\s+)?(?:establish\w*|comprehensive|strategic|partnership|bilateral|relations|ties)\b)/i;
// "… described Vietnam as a \"strategic partner\" for technology exports, though the two countries have no formal
// partnership framework": a sentence that denies any framework makes its "strategic partner" a word of praise.
const NO_FRAMEWORK =
  /\b(?:have|has|had|there\s+is|there\s+was)\s+(?:yet\s+)?no\s+(?:formal\s+|official\s+|such\s+)?(?:partnership\s+)?(?:framework|partnership)\b/i;
const COUNTED_NEW = /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+new\s+$/i;

/** What sorting a sentence's level names needs from the reading of the sentence (readPartnerships). */
interface NamedLevelScope {
  s: Sentence;
  levels: Level[];
  levelMatches: RegExpExecArray[];
  rawLevels: number[];
  hedgedClause: (at: number) => boolean;
  aboutVietnam: boolean;
  places: readonly PlaceMention[];
}

// "falls short of the strategic partnerships Hanoi signed with Italy, …", "… with more than a dozen countries,
// including Japan, …": the partners after "with", named or given as examples of a counted group, are not Vietnam.
const HELD_BY_OTHERS =
  /^[^,;.]{0,40}?\bwith\s+(?:(?:(?:(?:more\s+than|over|about|some|nearly|almost|at\s+least)\s+)?(?:a\s+dozen|a\s+few|several|many|other|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:other\s+)?)?(?:countries|nations|partners)\s*,?\s+(?:such\s+as|like|including)\s+)?(?:the\s+)?(?!Viet\s?Nam\b|Vietnam\b|Hanoi\b)[A-Z]/;

/** Pushes onto `levels` the levels the sentence names as held, in order; a hedged one held back, an old one raised. */
export function heldLevelsNamed(scope: NamedLevelScope): void {
  const { s, levels, levelMatches, rawLevels, hedgedClause, aboutVietnam, places } = scope;
  for (const m of levelMatches) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const level = GROUP_LEVEL[group];
    const start = s.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (!level) continue;
    // "signed a strategic partnership agreement": the signed pact is the framework itself, not a named treaty.
    const signedPact =
      SIGNED_BEFORE.test(s.text.slice(0, start - s.start)) &&
      PACT_AFTER.test(s.text.slice(end - s.start)) &&
      !SECTORAL_PACT.test(s.text.slice(end - s.start));
    if (NAME_AFTER.test(s.text.slice(end - s.start)) && !signedPact) continue;
    // "signed a treaty on comprehensive strategic partnership": a treaty between states is no rung of Vietnam's ladder.
    if (TREATY_BEFORE.test(s.text.slice(Math.max(0, start - s.start - 20), start - s.start))) continue;
    const before = s.text.slice(Math.max(0, start - s.start - 40), start - s.start);
    // "are expected to lift their ties from a comprehensive partnership, in place since 2007, to a strategic
    // partnership": the hedge holds back the new level; the one it starts from is held now.
    const nextRaw = rawLevels.find((r) => r > end - s.start);
    if (
      nextRaw !== undefined &&
      PREVIOUS_LEVEL.test(before.slice(-12)) &&
      OLD_TO_NEW.test(s.text.slice(end - s.start, nextRaw)) &&
      (hedgedClause(start - s.start) ||
        CLAUSE_HEDGE.test(s.text.slice(CLAUSES.around(s.text, start - s.start)[0], start - s.start)))
    ) {
      levels.push({ level, start, end, current: true });
      continue;
    }
    if (hedgedClause(start - s.start)) {
      // Held now, but not the news: only a year written for it dates it.
      if (RAISED_FROM_HELD.test(before) || CURRENT_ASIDE.test(before))
        levels.push({ level, start, end, current: true });
      continue;
    }
    // "falls short of the strategic partnerships Hanoi signed with Italy, …": the skipped level is held by others.
    // "… Hanoi maintains with more than a dozen countries, including Japan, …": a counted group given by examples.
    const heldByOthers = HELD_BY_OTHERS.test(s.text.slice(end - s.start));
    if ((SKIPPED.test(before) && !heldByOthers) || (aboutVietnam && OTHER_FRAMEWORK.test(before))) continue;
    // "alongside China, with which Indonesia formed a comprehensive strategic partnership": another country's.
    if (FOREIGN_WITH_WHICH.test(s.text.slice(Math.max(0, start - s.start - 90), start - s.start))) continue;
    const [, ce] = CLAUSES.around(s.text, start - s.start);
    // The aside's level is held now; a time after it ("… to a higher level later this year") dates the step to come.
    const currentAside = CURRENT_ASIDE.test(before);
    if (!currentAside && FUTURE_AFTER.test(beforeAsClause(s.text.slice(end - s.start, ce)))) continue;
    // "Hanoi and Jakarta are expected to elevate ties to a …": a planned or possible level, not a held one.
    const [cs] = CLAUSES.around(s.text, start - s.start);
    // "stopped short of a strategic partnership and agreed on a comprehensive partnership": a hedge holds back the
    // first level after it, not one beyond another level.
    // "to work towards raising ties, which have been …, to a comprehensive strategic partnership": a level that
    // resumes its clause after an aside is hedged from where that clause began.
    const resumed = cs > 1 && /,\s*(?:to|into)\s+(?:a|an|the)?\s*["“‘']?$/i.test(before);
    const hs = resumed ? CLAUSES.around(s.text, cs - 2)[0] : cs;
    // Read on the clause's own stretch only when the sentence has a hedge starting there (most have none).
    const hedges = clauseHedgeStarts(s).some((h) => h >= hs && h < start - s.start)
      ? allMatches(CLAUSE_HEDGE_ALL, s.text.slice(hs, start - s.start)).filter(
          (h) => !insideClosedQuote(s.text.slice(hs, start - s.start), h.index ?? 0),
        )
      : [];
    const lastHedge = hedges.at(-1);
    const spent =
      lastHedge !== undefined &&
      rawLevels.some((r) => r > hs + (lastHedge.index ?? 0) && r < start - s.start) &&
      /\b(?:and|but|opting|instead)\b/i.test(s.text.slice(hs + (lastHedge.index ?? 0), start - s.start));
    // "to work towards raising ties, which have been strategic partners since 2013, to a …": the relative clause
    // says what is held now; the hedge is about the level after it.
    const heldNow =
      /,\s*(?:which|who)\s+(?:have|has|had)\s+(?:long\s+)?been\s+(?:\w+\s+)?$/i.test(before) || currentAside;
    if (
      lastHedge &&
      !spent &&
      !heldNow &&
      !HELD_AFTER_HEDGE.test(before) &&
      !(SET_UP_BY_THEM.test(s.text.slice(end - s.start)) && foreignOf(s, places).length > 0)
    ) {
      // "stopped short of raising it to a strategic partnership, a step Vietnam has already taken with …
      // including Japan, India and Britain": the level withheld here is held by the countries named after it.
      if (STEP_TAKEN_WITH.test(s.text.slice(end - s.start)))
        levels.push({ level, start, end, others: true, afterOnly: true });
      continue;
    }
    if (/partner$/i.test(m[0]) && NO_FRAMEWORK.test(s.text)) continue;
    if (/partner$/i.test(m[0]) && VIEWED_AS.test(before)) continue;
    // "four new comprehensive strategic partners" counts holders; "a new strategic partner" may be praise.
    if (/partners?$/i.test(m[0]) && LOOSE.test(before) && !COUNTED_NEW.test(before)) continue;
    const inside = places.some((p) => p.sentenceIndex === s.index && p.start <= start && p.end >= end);
    const upgradedFrom =
      UPGRADED_OBJECT.test(before) &&
      !TARGET_AFTER.test(s.text.slice(end - s.start, ce)) &&
      !rawLevels.some((r) => r > end - s.start && r < ce);
    const held = upgradedFrom ? (NEXT_UP.get(level) ?? level) : level;
    // An aside's level is held now but is not the news: only a year written for it dates it.
    if (!inside && currentAside) levels.push({ level: held, start, end, current: true });
    else if (!inside) levels.push({ level: held, start, end, others: SKIPPED.test(before) && heldByOthers });
  }
}
