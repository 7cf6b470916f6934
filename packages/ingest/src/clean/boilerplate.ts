import { z } from "zod";
import { knownOutlet } from "../metadata/outlets.js";
import boilerplateJson from "./data/boilerplate.json" with { type: "json" };
import { alternation } from "./patterns.js";

const Phrases = z.array(z.string().min(1)).min(1);
const Boilerplate = z.object({
  exactLines: Phrases,
  linePrefixes: Phrases,
  copyrightOpeners: Phrases,
  inlinePhrases: Phrases,
});
const data = Boilerplate.parse(boilerplateJson);

const EXACT = new RegExp(`^(?:${alternation(data.exactLines)})\\s*[:：]?$`, "iu");
const phrasePrefixes = data.linePrefixes.filter((p) => /\s/.test(p));
const wordPrefixes = data.linePrefixes.filter((p) => !/\s/.test(p));
// A single word ("Tags", "Share") only with a colon: "Share prices rose" is a sentence.
const PREFIX = new RegExp(
  `^(?:(?:${alternation(phrasePrefixes)})(?:\\s*[:：|]|\\s+\\S|$)|(?:${alternation(wordPrefixes)})\\s*[:：|])`,
  "iu",
);
const COPYRIGHT = new RegExp(`^(?:${alternation(data.copyrightOpeners)})\\s*(?:\\d{4}|©|\\(c\\)|[\\p{Lu}])`, "u");
const MAX_PREFIXED = 200;
// Lines of only bars, bullets, asterisks or dashes: "|", "* * *", "———".
const SEPARATOR = /^[\s|•·*_~=#/\\\-–—.]+$/u;

const INLINE = new RegExp(`,? ?(?:${alternation(data.inlinePhrases)})`, "giu");

/** A line without the link labels that scraping leaves inside sentences ("said in a statement, opens new tab."). */
export function withoutInlineFurniture(line: string): { kept: string; removed: string[] } {
  const removed = line.match(INLINE)?.map((m) => m.replace(/^,? ?/, "")) ?? [];
  return removed.length ? { kept: line.replace(INLINE, ""), removed } : { kept: line, removed };
}

/** Share buttons, tags, subscription prompts, copyright lines. */
export function isBoilerplate(line: string): boolean {
  return EXACT.test(line) || (line.length <= MAX_PREFIXED && (PREFIX.test(line) || COPYRIGHT.test(line)));
}

export function isSeparator(line: string): boolean {
  return SEPARATOR.test(line);
}

/** "© 2026 Reuters", "Copyright 2026 The Associated Press. All rights reserved.": the outlet it names, if known. */
export function copyrightOutlet(line: string): string | null {
  if (!COPYRIGHT.test(line)) return null;
  const holder = line
    .replace(new RegExp(`^(?:${alternation(data.copyrightOpeners)})\\s*`, "u"), "")
    .replace(/^(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*/u, "")
    .split(/[.,|]/)[0];
  return holder ? knownOutlet(holder) : null;
}
