import { z } from "zod";
import noticesJson from "./data/site-notices.json" with { type: "json" };
import { alternation } from "./patterns.js";
import { firstSentence, splitSentences } from "./sentences.js";

// Notices a site prints about its own data and content, one sentence each, often several in one box: a market site's
// data supplier and quote delay, a wire's ownership notice, an aggregator's note on itself, an archive's capture
// count, a paid tier's teaser. Words are data (data/site-notices.json).
const Notices = z.object({
  maxLineLength: z.number().int().positive(),
  maxNameWords: z.number().int().positive(),
  nameJoiners: z.array(z.string().min(1)).min(1),
  paidTiers: z.array(z.string().min(1)).min(1),
  sentencePatterns: z.array(z.string().min(1)).min(1),
});
const notices = Notices.parse(noticesJson);
const patterns = notices.sentencePatterns.map((pattern) => new RegExp(pattern, "iu"));
const joiners = new Set(notices.nameJoiners.map((word) => word.toLowerCase()));
const NAME_WORD = /^[\p{Lu}\p{N}][\p{L}\p{N}&.'’+-]*$/u;
const PAID_TIER = new RegExp(`\\s(?:${alternation(notices.paidTiers)})$`, "u");

/** "ICE Data Services", "FACTSET", "Thomson Reuters": capitalised words, joining words between them; no sentence. */
function isName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  if (words.length > notices.maxNameWords) return false;
  const first = words[0] ?? "";
  const last = words.at(-1) ?? "";
  return (
    NAME_WORD.test(first) &&
    NAME_WORD.test(last) &&
    words.every((word) => NAME_WORD.test(word) || joiners.has(word.toLowerCase()))
  );
}

function isNoticeSentence(sentence: string): boolean {
  return patterns.some((pattern) => {
    const match = pattern.exec(sentence);
    if (!match) return false;
    const { name, owner, tier } = match.groups ?? {};
    if (name !== undefined && !isName(name)) return false;
    if (owner !== undefined && !isName(owner)) return false;
    // A paid tier is an outlet's name closed by the tier's word ("<Outlet> Pro"), not any group of readers.
    return tier === undefined || (isName(tier) && PAID_TIER.test(tier.trim()));
  });
}

/** A line whose every sentence is the site's notice on its data or content ("Market data provided by …"). */
export function isSiteNotice(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > notices.maxLineLength) return false;
  // Most lines fail on their first sentence: it is read alone before the whole line is split.
  if (!isNoticeSentence(firstSentence(text))) return false;
  const sentences = splitSentences(text);
  return sentences.length > 0 && sentences.every(isNoticeSentence);
}
