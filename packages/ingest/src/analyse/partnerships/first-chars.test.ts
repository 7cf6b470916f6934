import { describe, expect, it } from "vitest";
import { firstCharDispatch } from "./first-chars.js";
import { CLAUSE_HEDGE, config, ELLIPSIS, FUTURE_AFTER, HEDGE_ANY, words } from "./vocabulary.js";

const TEXTS = [
  "",
  "may",
  "Vietnam and Japan may upgrade ties to a comprehensive strategic partnership next year.",
  "The two sides are expected to sign a similar agreement; Australia did the same in 2024, while India did so in 2016.",
  "Talks are under way, but Hanoi has yet to agree. NEVER MIND, it Could be soon.",
  "Thailand is the fourth member to reach that level, on a par with China, Russia and India.",
  "unmay be mayor May 5 in May 2024, early May, the latest member, the 12th member, 3 May",
  "Tokyo and Kuala Lumpur, not Bogotá or New Delhi; Delhi was next.",
  "ſuch a framework, ſimilar pacts, \u212aeep, İstanbul, top-tier, considering upgrading",
  "Such A Framework, SIMILAR PACTS, Took That Step, held that partnership",
  "\ud83d\ude00 such ties, “the same level”, ’ the same status",
  "The rung above, a tier\tabove it, at a1 of on: mmay and  and, latest, lat est; NOR nor. Top t",
];
// every slice of a few sentences, so boundaries fall inside words, phrases and surrogate pairs
const SUBJECTS = [
  ...TEXTS,
  ...TEXTS.slice(2, 6).flatMap((t) => Array.from({ length: 40 }, (_, k) => t.slice(k * 2, t.length - k))),
];

function matchesOf(re: RegExp, text: string): Array<[string, number, number]> {
  if (!re.global) {
    const m = re.exec(text);
    return m ? [[m[0], m.index, re.lastIndex]] : [];
  }
  const out: Array<[string, number, number]> = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m[0], m.index, re.lastIndex]);
  out.push(["", -1, re.lastIndex]);
  return out;
}

describe("firstCharDispatch", () => {
  const patterns: Record<string, RegExp> = {
    CLAUSE_HEDGE: new RegExp(CLAUSE_HEDGE.source, CLAUSE_HEDGE.flags),
    CLAUSE_HEDGE_ALL: new RegExp(CLAUSE_HEDGE.source, "g"),
    HEDGE_ANY: new RegExp(HEDGE_ANY.source, HEDGE_ANY.flags),
    REFERENCES: words(config.references),
    ELLIPSIS: new RegExp(ELLIPSIS.source, ELLIPSIS.flags),
    FUTURE_AFTER: new RegExp(FUTURE_AFTER.source, FUTURE_AFTER.flags),
    CLAUSE_BREAKS: new RegExp(config.clauseBreaks.join("|"), "gi"),
    CAPITALS: /\b(?:Tokyo|Kuala Lumpur|Bogotá|New Delhi|Delhi)\b/g,
    MAY: /(?<=\b(?:in|early|late|mid|since|until|of|last|next|this)\s+|\d\s+)May\b|\bMay(?=\s+\d)/g,
    // the first alternative that matches at the leftmost position wins, not the longest
    ORDER: /\b(?:top|top tier|(?:a|an) top|tiers?|t(?=ier))\b/i,
    OPTIONAL_FIRST: /(?:the\s+)?(?:latest|\d{1,2}(?:st|nd|rd|th))\s+member|,?\s*and\s+that\b/gi,
    // the second character read past a group, an optional, repeated or lazy element, a class, or the end of the text
    SECOND_CHARACTER: /\b(?:top|(?:tier|rung)\s+above|a?\s*and|m+ay|[nN]or|lat??est)\b/gi,
    SECOND_AFTER_MARKS: /\s+and\s+|\.\s|,\s*(?:and\s+)?/g,
    TWO_LETTERS: /\b(?:of|on|in|at|a\d)\b/g,
  };

  for (const [name, re] of Object.entries(patterns)) {
    it(`finds what ${name} finds, by exec, test and search`, () => {
      const fast = firstCharDispatch(re);
      expect(fast).not.toBe(re);
      expect(fast.source).toBe(re.source);
      expect(fast.flags).toBe(re.flags);
      for (const text of SUBJECTS) {
        expect(matchesOf(fast, text), text).toEqual(matchesOf(re, text));
        re.lastIndex = 0;
        fast.lastIndex = 0;
        expect(fast.test(text), text).toBe(re.test(text));
        expect(text.search(fast), text).toBe(text.search(re));
        expect(text.replace(fast, "#"), text).toBe(text.replace(re, "#"));
      }
    });
  }

  it("leaves a pattern of any other shape as it is", () => {
    for (const re of [
      /\b(?:(a)|b)\b/, // a capturing group
      /\b(?:\w+|b)\b/, // a first character not known
      /\b(?:a?|b)\b/, // an alternative that may be empty
      /a|b/y,
      /\b(?:é|b)\b/i, // a non-ASCII letter under i
      /\b(?:a|b)\b/iu,
      /abc/, // no alternation
    ])
      expect(firstCharDispatch(re)).toBe(re);
  });
});
