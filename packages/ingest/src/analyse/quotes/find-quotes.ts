import { fold } from "../fold.js";
import { allMatches } from "../partnerships/all-matches.js";
import type { Person } from "../people/index.js";
import type { QuoteFinding } from "../types.js";
import { fromHead, RUNS_ON, speakerOf } from "./attribution.js";
import { joinSplitQuotations, markedSpans, markedUnits, readParagraphs, takeInnerAttributions } from "./candidates.js";
import {
  type Line,
  QuoteContext,
  type Setting,
  sentenceStart,
  sentencesOf,
  settingOf,
  type Unit,
  unitText,
} from "./context.js";
import { dashQuotes } from "./dashes.js";
import { embeddedPostQuotes } from "./embedded-posts.js";
import { judgeQuotation } from "./filters.js";
import type { Span } from "./marks.js";
import { endsOnSecondVerb, MIN_WORDS, sentenceBreak, VERB, VERB_ALL, wordCount } from "./rules.js";
import { answerQuotes, headingOf, soundbiteQuotes, speechQuote, turnQuotes } from "./transcripts.js";

/**
 * Direct quotations (five words or more) attributed to a person the article names before them.
 *
 * The steps: read the body's paragraphs and the spans of their quotation marks; make each span a candidate quotation
 * (run on across paragraphs, joined around its attribution); drop what is no speech (names, titles, slogans, scare
 * quotes, fragments, a document's wording) and credit the rest to a speaker, joining a quotation that carries on the
 * one before; add the quotations printed without marks (a paragraph after 'X said:', a transcript's turns, a speech,
 * a TV script's soundbites); drop repeats.
 */
export function findQuotes(
  body: string,
  people: readonly Person[],
  title?: string | null,
  /**
   * Filled with the spans of the page's quotations printed without marks, merged, sorted and never overlapping: the
   * quotes read from a transcript's turns or an interview's answers, and any other quote with no marks in its span (a
   * press release's words set off after 'said:'). A figure inside one is the speaker's, as one inside marks is.
   */
  unmarked?: Array<{ start: number; end: number }>,
  /** Lines set aside from the body that may be its heading (a briefing's headline kept out as a caption). */
  asides?: readonly string[],
): QuoteFinding[] {
  const lines = readParagraphs(body);
  const spansByLine = markedSpans(lines);
  const ctx = new QuoteContext(body, people, lines, spansByLine);
  const units = markedUnits(lines, spansByLine);
  joinSplitQuotations(lines, units);
  takeInnerAttributions(ctx, units);
  // First: a name inside a post's words is no narrative mention a later "the President said" points back to.
  embeddedPostQuotes(ctx);
  creditMarkedQuotations(ctx, units);
  quotesAfterColonLines(ctx);
  dashQuotes(ctx);
  const out = ctx.out;
  const heading = headingOf(title, people, asides);
  const marked = new Set(out);
  if (!turnQuotes(lines, people, heading, out)) answerQuotes(lines, people, heading, out);
  speechQuote(lines, people, heading, out);
  dropRepeats(out);
  dropTranslatedOriginals(body, out);
  creditFullNames(out, people);
  // Taken now: a soundbite cue read next may replace a turn, whose words were spoken all the same.
  const spoken = out.filter((q) => !marked.has(q)).map((q) => ({ start: q.start, end: q.end }));
  soundbiteQuotes(lines, people, out);
  if (unmarked) {
    // A turn's span may hold marks (a reporter quoting a document); a marked quotation elsewhere is read from its marks,
    // and its span may hold the attribution between two parts, so it is left out.
    const plain = out.filter((q) => !/["“”]/.test(body.slice(q.start, q.end)));
    unmarked.push(...mergeSpans([...plain, ...spoken]));
  }
  return out;
}

/**
 * Each quotation of marks in order: skipped when it is no speech, else credited to its speaker, or joined to the
 * quotation before when it carries that one on. The order matters: a quotation may run on from the one before it.
 */
function creditMarkedQuotations(ctx: QuoteContext, units: readonly Unit[]): void {
  // '"This is about trust," Luxon said. "It says that …"': an opening too short to count alone starts the quotation
  // the next sentence carries on, when only the attribution stands between them.
  let shortOpening: Unit | null = null;
  for (const u of units) {
    const s = settingOf(ctx, u);
    if (continuesSplitQuotation(ctx, u, s)) continue;
    const judgement = judgeQuotation(ctx, u, s);
    if (judgement.skip) {
      shortOpening = judgement.opensNext ? u : null;
      continue;
    }
    const opening = shortOpening;
    shortOpening = null;
    const speaker = speakerOf(ctx, u, s, judgement);
    if (speaker === RUNS_ON) runOn(ctx, u);
    else if (speaker) record(ctx, u, s, speaker, opening);
  }
}

/** '"…," he said, "and …"': a lower-case quotation right after the attribution of the one before is more of it. */
function continuesSplitQuotation(ctx: QuoteContext, u: Unit, s: Setting): boolean {
  const prevUnit = ctx.prevUnit;
  const prior = ctx.out.at(-1);
  if (!prevUnit || !prior || prevUnit.unit.last !== u.first || u.open <= 0 || prevUnit.unit.close < 0) return false;
  // '"Depending on the level of trust," he said, "Vietnam will …"': a first part closing on its comma leaves its
  // sentence open, so the part after the credit carries it on, whatever its first word's case.
  const openSentence = /,\s*$/.test(s.line.text.slice(0, prevUnit.unit.close));
  if (!s.lower && !openSentence) return false;
  const gap = s.line.text.slice(prevUnit.unit.close + 1, u.open);
  if (!/,\s*$/.test(gap) || sentenceBreak(gap) || wordCount(gap) > 16) return false;
  // '"… still matter." He said Vietnam had hosted two presidents, "so a third visit …"': a first part closing its
  // sentence on a full stop, then a new sentence of reported speech, is no split quotation; the words after are a
  // quotation of their own.
  if (/[.!?]\s*$/.test(s.line.text.slice(0, prevUnit.unit.close)) && /^\s*\p{Lu}/u.test(gap)) return false;
  // '"…," Kishida said after the talks, adding, "In any region …"': a second verb of speech opens a new quotation.
  // allMatches, not matchAll, which copies the long alternation (about 4 µs) at every call
  if (!s.lower && allMatches(VERB_ALL, gap).length > 1) return false;
  if (s.lower && endsOnSecondVerb(gap)) return false;
  prior.text = `${prior.text} ${s.text}`;
  prior.end = u.end;
  ctx.prevUnit = { unit: u, speaker: prevUnit.speaker };
  return true;
}

/**
 * A quotation that carries on the one before with no attribution of its own: readers count the two as one, so its
 * words join the quote before (or make a quote of that speaker's when the one before was not kept as it was).
 */
function runOn(ctx: QuoteContext, u: Unit): void {
  const prevUnit = ctx.prevUnit as { unit: Unit; speaker: string };
  const prior = ctx.out.at(-1);
  if (prior && prior.end === prevUnit.unit.end && prior.speaker === prevUnit.speaker) {
    prior.text = `${prior.text} ${unitText(u)}`;
    prior.end = u.end;
  } else emit(ctx, prevUnit.speaker, u);
  ctx.prevUnit = { unit: u, speaker: prevUnit.speaker };
}

/** A credited quotation, joined to a short opening or to the same speaker's quotation before it in its paragraph. */
function record(ctx: QuoteContext, u: Unit, s: Setting, speaker: Person, opening: Unit | null): void {
  // '"For us," he said, "Vietnam is …"': the attribution between the two parts of one sentence ends on a comma.
  const splitByCredit = !s.headBlank && s.headFrom > s.sStart && /,\s*$/.test(s.head);
  if (opening && opening.last === u.first && u.first === u.last && (s.headBlank || splitByCredit)) {
    const gap = ctx.body.slice(opening.end + 1, u.start - 1);
    if (wordCount(gap) <= 14 && VERB.test(gap) && !/[.!?]["”’]?\s+\S/.test(gap.trim())) {
      u.parts.unshift(...opening.parts);
      u.start = opening.start;
    }
  }
  // '"…," Merkel told a news conference. "…," she said.': a second quoted sentence of the same speaker in the same
  // paragraph, after only the first one's attribution, carries the quotation on even with an attribution of its own;
  // readers count the two as one quotation (a new paragraph with its own attribution is a new one).
  const prevUnit = ctx.prevUnit;
  if (s.headBlank && !s.lower && prevUnit && prevUnit.unit.last === u.first && prevUnit.speaker === speaker.name) {
    const prior = ctx.out.at(-1);
    const gap = ctx.body.slice(prevUnit.unit.end + 1, u.start - 1);
    // The first must be a quoted sentence closing on its own punctuation: '… would serve "peace and development" and
    // reflected …' quotes a phrase inside reported speech, and the quotation after it is one of its own.
    const closedSentence = /[,.!?…]\s*["”’»]?\s*$/u.test(ctx.body.slice(prevUnit.unit.start, prevUnit.unit.end + 1));
    // "…," Mr. X told exporters at a meeting in …, via video link from Manila. "…": the credit alone may run longer.
    const bare = gap
      .replace(/^[\s,.]*["”’»]?/, "")
      .replace(/["“‘«]\s*$/, "")
      .trim();
    // Only when the words between are the first quotation's own credit ('," Mr. X told …'), not more reported speech.
    const credit = wordCount(gap) <= 14 || (wordCount(gap) <= 24 && !sentenceBreak(bare) && creditOpening(bare));
    if (
      prior &&
      prior.end === prevUnit.unit.end &&
      closedSentence &&
      credit &&
      VERB.test(gap) &&
      !/[“”"«»]/.test(gap.replace(/^[\s,.]*["”’»]/, "").replace(/["“‘«]\s*$/, ""))
    ) {
      prior.text = `${prior.text} ${unitText(u)}`;
      prior.end = u.end;
      ctx.prevUnit = { unit: u, speaker: speaker.name };
      ctx.lastSpoken = { person: speaker, end: u.end };
      return;
    }
  }
  // 'said it "…" and would give "…"': words the same speaker goes on with in a clause joined to the one before, with
  // no verb of speech of its own, go on the quotation before; readers count the two as one.
  if (prevUnit && prevUnit.unit.last === u.first && prevUnit.speaker === speaker.name && prevUnit.unit.close >= 0) {
    const prior = ctx.out.at(-1);
    const gap = s.line.text.slice(prevUnit.unit.close + 1, Math.max(0, u.open));
    const joined = s.lower && JOINED_CLAUSE.test(gap) && !VERB.test(gap);
    if (prior && prior.end === prevUnit.unit.end && joined && !sentenceBreak(gap) && wordCount(gap) <= 16) {
      prior.text = `${prior.text} ${unitText(u)}`;
      prior.end = u.end;
      ctx.prevUnit = { unit: u, speaker: speaker.name };
      ctx.lastSpoken = { person: speaker, end: u.end };
      return;
    }
  }
  emit(ctx, speaker.name, u);
  ctx.prevUnit = { unit: u, speaker: speaker.name };
  ctx.lastSpoken = { person: speaker, end: u.end };
}

/** '… Mr. X told exporters at …': a speaker and his verb of speech open the words, not a clause joined by "and". */
function creditOpening(words: string): boolean {
  const verb = VERB.exec(words);
  return verb !== null && verb.index <= 40 && !/^(?:and|but|while|whereas)\b/i.test(words);
}

// '… had reached "…," and cooperation should become "…"': a clause joined with no verb of speech of its own.
const JOINED_CLAUSE = /^[\s,;”"’]*(?:and|but|while|whereas)\s/;

/** A quotation running over several paragraphs is one quote: its words joined, its span covering them all. */
function emit(ctx: QuoteContext, speaker: string, u: Unit): void {
  const text = unitText(u);
  if (text) ctx.out.push({ speaker, text, start: u.start, end: u.end });
}

/**
 * Press releases put the attribution on its own line ("Foreign Secretary David Lammy said:") and the words in the
 * next paragraph with no marks at all.
 */
function quotesAfterColonLines(ctx: QuoteContext): void {
  const { lines, spansByLine } = ctx;
  for (let li = 1; li < lines.length; li++) {
    const line = lines[li] as Line;
    const prev = lines[li - 1] as Line;
    if ((spansByLine[li] as Span[]).length > 0 || !/:\s*$/.test(prev.text)) continue;
    // An introduced social post, read already as its author's.
    if (ctx.out.some((q) => q.start >= line.start && q.end <= line.start + line.text.length)) continue;
    const text = line.text.trim();
    if (!/^\p{Lu}/u.test(text) || !/[.!?]$/.test(text) || wordCount(text) < MIN_WORDS) continue;
    // A live blog sets the words off as a block quote after a paragraph whose last sentence introduces them ('… The
    // prime minister says it is fitting that …:'): that sentence is the attribution.
    const end = prev.text.trimEnd().length;
    const from = sentencesOf(prev).length > 1 ? sentenceStart(prev, end - 1) : 0;
    const head = prev.text.slice(from, end);
    if (wordCount(head) > (from > 0 ? 25 : 14) || (spansByLine[li - 1] as Span[]).length > 0) continue;
    const verb = VERB.exec(head);
    if (!verb) continue;
    const speaker = fromHead(ctx, prev, from, end);
    if (!speaker) continue;
    const start = line.start + line.text.indexOf(text);
    ctx.out.push({ speaker: speaker.name, text, start, end: start + text.length });
  }
}

/**
 * A live blog repeats an entry's heading in its navigation ('Skip next section Vietnam's Chinh: 'We need …''): the
 * same words of the same speaker are one quotation, kept where they first stand.
 */
function dropRepeats(out: QuoteFinding[]): void {
  // A key is its speaker, a NUL and words (which hold no NUL): two keys are equal only under one speaker, so a quote
  // whose speaker speaks once on the page repeats nothing, and its words need no folding.
  const quotesBy = new Map<string, number>();
  for (const q of out) quotesBy.set(`${q.speaker}`, (quotesBy.get(`${q.speaker}`) ?? 0) + 1);
  const seen = new Set<string>();
  for (let k = 0; k < out.length; k++) {
    const q = out[k] as QuoteFinding;
    if (quotesBy.get(`${q.speaker}`) === 1) continue;
    const key = `${q.speaker}\u0000${fold(q.text)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()}`;
    if (!seen.has(key)) seen.add(key);
    else out.splice(k--, 1);
  }
}

/**
 * "Agriculture Secretary Francisco Tiu Laurel Jr." then '"…," Tiu Laurel said.': a speaker read as a name whose words
 * are all words of one longer name the page gives is that person, named in full.
 */
function creditFullNames(out: QuoteFinding[], people: readonly Person[]): void {
  const wordsOf = (name: string) => fold(name).replace(/\./g, "").split(/\s+/);
  for (const q of out) {
    if (!q.speaker) continue;
    const short = wordsOf(q.speaker);
    if (short.length < 2) continue;
    const longer = people.filter((p) => {
      const w = wordsOf(p.name);
      return w.length > short.length && short.every((x) => w.includes(x));
    });
    if (longer.length === 1) q.speaker = (longer[0] as Person).name;
  }
}

// Letters only Vietnamese writes: a quotation holding several is printed in Vietnamese.
const VIETNAMESE_LETTERS = /[ăắằẳẵặâấầẩẫậđêếềểễệôốồổỗộơớờởỡợưứừửữựạảẹẻẽịỉọỏụủỳỵỷỹ]/giu;
const MIN_VIETNAMESE_LETTERS = 4;

/**
 * A bilingual page prints each paragraph in Vietnamese, then in English: a quotation given in both is one quote, read
 * in English. A quotation in Vietnamese whose speaker is quoted again in the next paragraph, not in Vietnamese, is
 * dropped for that translation.
 */
function dropTranslatedOriginals(body: string, out: QuoteFinding[]): void {
  const vietnamese = (text: string) => (text.match(VIETNAMESE_LETTERS) ?? []).length >= MIN_VIETNAMESE_LETTERS;
  for (let k = out.length - 1; k >= 0; k--) {
    const q = out[k] as QuoteFinding;
    if (!vietnamese(q.text)) continue;
    const lineEnd = body.indexOf("\n", q.end);
    if (lineEnd < 0) continue;
    const nextStart = body.slice(lineEnd).search(/\S/) + lineEnd;
    const nextEnd = body.indexOf("\n", nextStart);
    const stop = nextEnd < 0 ? body.length : nextEnd;
    const translated = out.some(
      (o) => o !== q && o.speaker === q.speaker && o.start >= nextStart && o.start < stop && !vietnamese(o.text),
    );
    if (translated) out.splice(k, 1);
  }
}

/** Spans sorted by start, overlapping or touching ones joined: a list where each offset falls in one span at most. */
export function mergeSpans(spans: readonly { start: number; end: number }[]): Array<{ start: number; end: number }> {
  const merged: Array<{ start: number; end: number }> = [];
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = merged[merged.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}
