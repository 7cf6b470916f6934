import { z } from "zod";
import data from "../data/partnership-comparisons.json" with { type: "json" };

/**
 * A country set beside the holders of a level: "The upgrade, announced in a statement marking 50 years of diplomatic
 * ties, puts Japan on an equal footing with China, Russia and India." Two things the main reader must not take from
 * such a sentence: words of the aside between the step and its verb (talk of "diplomatic ties" there is no timeline of
 * relations), and the news's year for the countries compared with (they reached the level on dates of their own,
 * which this sentence does not give).
 */
const Comparisons = z.object({
  comparisonOpeners: z.array(z.string().min(1)),
  asideOpeners: z.array(z.string().min(1)),
});
const config = Comparisons.parse(data);

const OPENER = new RegExp(String.raw`\b(?:${config.comparisonOpeners.join("|")})\s+`, "gi");
// between the opener and a member: only earlier members of the list ("China, Russia and ")
const MEMBERS_BEFORE =
  /^(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?)*$/u;
// "The upgrade, announced …, puts": an aside between a short subject and a verb in the present
const SUBJECT_ASIDE = new RegExp(
  String.raw`^([^,;]{0,40}),\s*(?:${config.asideOpeners.join("|")})\b[^;]{0,160}?,\s+(?=[a-z]+s\b)`,
  "i",
);

/** Whether the country at `at` is a member of a list the sentence compares a moved holder with. */
export function comparedMember(text: string, at: number): boolean {
  const head = text.slice(0, at);
  const last = [...head.matchAll(OPENER)].at(-1);
  if (!last) return false;
  return MEMBERS_BEFORE.test(head.slice((last.index ?? 0) + last[0].length));
}

/** The sentence without a comma aside between its short subject and its verb. */
export function withoutSubjectAside(text: string): string {
  return text.replace(SUBJECT_ASIDE, "$1 ");
}
