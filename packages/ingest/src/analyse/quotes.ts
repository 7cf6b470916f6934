import { fold } from "./fold.js";
import { type Person, SPEECH_VERBS, titles } from "./people.js";
import type { QuoteFinding } from "./types.js";

const MIN_WORDS = 5;
const QUOTE_CHARS = /[“”"]/g;
const VERB = [...SPEECH_VERBS].join("|");
// "…, the minister said" / "X said:" — a speech verb close to the quote, no sentence break in between.
const VERB_BEFORE = new RegExp(`\\b(${VERB})\\b[^.!?“”"]{0,40}?[:,]?\\s*$`);
const VERB_AFTER = new RegExp(`^[,.!?]?\\s*([^.!?“”"]{0,120}?)\\b(${VERB})\\b([^.!?“”"]{0,100})`);
const SAYS = new RegExp(`\\b(${VERB})\\b`);
const ROLE_NOUNS = [...titles.roleNouns].sort((a, b) => b.length - a.length);
const ROLE_REF = new RegExp(`\\b(?:the|The)\\s+(?:[a-zA-Z-]+\\s+){0,3}?(${ROLE_NOUNS.join("|")})\\b`, "i");
const PRONOUN = /\b(he|she|He|She)\b/;

interface MentionRef {
  person: Person;
  sentenceIndex: number;
  start: number;
  end: number;
}
// A name right after one of these is an object ("talks with Ishiba"), not the subject a later "he" refers to.
const OBJECT_BEFORE = /\b(?:with|by|to|of|for|from|on|at|and|met|received|told|thanked|congratulated|invited)\s+$/i;

/** Direct quotations (capitalised, at least five words) attributed to a person the article names. */
export function findQuotes(body: string, people: readonly Person[]): QuoteFinding[] {
  const mentions: MentionRef[] = people
    .flatMap((person) =>
      person.mentions.map((m) => ({ person, sentenceIndex: m.sentenceIndex, start: m.start, end: m.end })),
    )
    .sort((a, b) => a.start - b.start);
  const inRange = (a: number, b: number) => mentions.filter((m) => m.start >= a && m.end <= b);
  const lastBefore = (pos: number) => [...mentions].reverse().find((m) => m.end <= pos) ?? null;
  // "he said" points to the subject of the last sentence that named someone, not to the last name in it.
  const subjectBefore = (pos: number) => {
    const last = lastBefore(pos);
    if (!last) return null;
    const same = mentions.filter((m) => m.sentenceIndex === last.sentenceIndex && m.end <= pos);
    return same.find((m) => !OBJECT_BEFORE.test(body.slice(Math.max(0, m.start - 16), m.start))) ?? last;
  };
  const byRole = (noun: string, pos: number): Person | null => {
    const last = fold(noun).split(" ").at(-1) ?? "";
    const head = last === "pm" ? "minister" : last;
    const fits = (m: MentionRef) => m.person.roles.some((r) => fold(r.role).split(/\s+/).includes(head));
    const before = [...mentions].reverse().find((m) => m.end <= pos && fits(m));
    return before?.person ?? mentions.find(fits)?.person ?? null;
  };
  const resolve = (text: string, offset: number, pos: number, preferLast: boolean): string | null => {
    const named = inRange(offset, offset + text.length);
    const pick = preferLast ? named.at(-1) : named[0];
    if (pick) return pick.person.name;
    const role = ROLE_REF.exec(text);
    if (role?.[1]) return byRole(role[1], pos)?.name ?? null;
    if (PRONOUN.test(text)) return subjectBefore(pos)?.person.name ?? null;
    return null;
  };

  const out: QuoteFinding[] = [];
  const lines: Array<{ text: string; start: number }> = [];
  let pos = 0;
  for (const line of body.split("\n")) {
    if (line.trim()) lines.push({ text: line, start: pos });
    pos += line.length + 1;
  }
  lines.forEach((line, li) => {
    const marks = [...line.text.matchAll(QUOTE_CHARS)].map((m) => m.index ?? 0);
    // News style leaves a quotation that runs on into the next paragraph unclosed.
    if (marks.length % 2 === 1) marks.push(line.text.trimEnd().length);
    const prevLine = lines[li - 1];
    const runsOn = prevLine !== undefined && (prevLine.text.match(QUOTE_CHARS)?.length ?? 0) % 2 === 1;
    for (let q = 0; q + 1 < marks.length; q += 2) {
      const open = marks[q] as number;
      const close = marks[q + 1] as number;
      const inner = line.text.slice(open + 1, close).trim();
      const last = out.at(-1);
      if (q === 0 && runsOn && !line.text.slice(0, open).trim() && last && last.end >= prevLine.start) {
        last.text = `${last.text} ${inner}`;
        last.end = line.start + close;
        continue;
      }
      if (!/^[\p{Lu}]/u.test(inner) || inner.split(/\s+/).length < MIN_WORDS) continue;
      const start = line.start + open + 1;
      const end = line.start + close;
      const before = line.text.slice(0, open);
      const after = line.text.slice(close + 1);
      let speaker: string | null = null;
      let attributed = false;
      const vb = VERB_BEFORE.exec(before);
      const va = VERB_AFTER.exec(after);
      if (vb || /:\s*$/.test(before)) {
        const sentenceStart = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? ")) + 1;
        const head = before.slice(sentenceStart);
        speaker = resolve(head, line.start + sentenceStart, start, true);
        // A bare colon introduces a title or a document as often as speech: it needs a named speaker.
        attributed = vb !== null || speaker !== null;
      } else if (va) {
        attributed = true;
        const span = `${va[1] ?? ""} ${va[3] ?? ""}`;
        const named = inRange(line.start + close + 1, line.start + close + 1 + va[0].length);
        speaker = named[0]?.person.name ?? resolve(span, line.start + close + 1, start, false);
      } else if (!before.trim() && after.replace(/[\s.,;!?]/g, "") === "") {
        // A quotation standing as its own paragraph, the speaker named on the next line ("Foreign Minister X").
        const next = lines[li + 1];
        if (next && next.text.trim().split(/\s+/).length <= 15) {
          const named = inRange(next.start, next.start + next.text.length);
          if (named.length > 0) {
            attributed = true;
            speaker = named[0]?.person.name ?? null;
          }
        }
        const prev = lines[li - 1];
        if (!attributed && prev && /:\s*$/.test(prev.text)) {
          attributed = true;
          speaker = resolve(prev.text, prev.start, start, true);
        }
      }
      // A quotation standing as its own paragraph right after an attributed one goes on with the same speaker.
      const prevQuote = out.at(-1);
      if (!attributed && !before.trim() && prevQuote && prevLine && prevQuote.start >= prevLine.start) {
        attributed = true;
        speaker = prevQuote.speaker;
      }
      // A second quotation right after "…," Mao said. continues the same speaker's words.
      if (!attributed && prevQuote && prevQuote.end > line.start) {
        const gap = body.slice(prevQuote.end + 1, start - 1);
        if (gap.split(/\s+/).length <= 12 && SAYS.test(gap)) {
          attributed = true;
          speaker = prevQuote.speaker;
        }
      }
      // Words attributed to a document or an unnamed source ("the resolution states:") are not a person's quote.
      if (attributed && speaker !== null) out.push({ speaker, text: inner, start, end });
    }
  });
  return out;
}
