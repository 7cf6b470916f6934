import { z } from "zod";
import data from "./data/translated-pages.json" with { type: "json" };
import { isFunctionWord } from "./story-model.js";

/*
 * The furniture of machine-translated and bilingual pages (see data/translated-pages.json): the other language's copy
 * of a paragraph set beside its English one, and a site's note that the text was translated by machine.
 */
const Data = z.object({
  romanceFunctionWords: z.array(z.string().min(1)).min(1),
  minRomanceShare: z.number().min(0).max(1),
  minRomanceWords: z.number().int().positive(),
  maxEnglishShare: z.number().min(0).max(1),
  translationNotices: z.array(z.string().min(1)).min(1),
  maxNoticeLength: z.number().int().positive(),
});
const model = Data.parse(data);
const romanceWords = new Set(model.romanceFunctionWords);
const NOTICE = new RegExp(model.translationNotices.join("|"), "iu");
// Without u: a code unit past ASCII answers as a code point past it would (a surrogate is one), and V8 scans this ~5x
// faster than the property class under u.
const NON_ASCII = /[\x80-\uFFFF]/;
const WORD = /\p{L}+/gu;

/**
 * A line in Spanish, French, Portuguese or Italian on an English page: its short words are that language's, not
 * English's. Those languages mark few of their words with accents ("El comercio bilateral alcanzó …" has one), so the
 * accent share that tells a Vietnamese line misses them; their articles and prepositions do not. A letter outside
 * ASCII is still asked for, which keeps every plain English line from being weighed at all.
 */
export function isRomanceLine(line: string): boolean {
  if (!NON_ASCII.test(line)) return false;
  let words = 0;
  let romance = 0;
  let english = 0;
  for (const [word] of line.matchAll(WORD)) {
    words++;
    const lower = word.toLowerCase();
    if (romanceWords.has(lower)) romance++;
    else if (isFunctionWord(lower)) english++;
  }
  return (
    romance >= model.minRomanceWords &&
    romance / words >= model.minRomanceShare &&
    english / words < model.maxEnglishShare
  );
}

/** A site's or a translation proxy's note that the text was translated by machine: "(Translated automatically. …)". */
export function isTranslationNotice(line: string): boolean {
  return line.length <= model.maxNoticeLength && /translat/iu.test(line) && NOTICE.test(line.trim());
}
