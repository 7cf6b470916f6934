// "… signed a joint statement raising the two countries' ties to a strategic partnership. The upgrade came during
// talks in Canberra, nine years after the two countries set up their comprehensive partnership in 2009": a sentence
// that refers back to the upgrade dates it a span after the year it counts from, when nothing else dated it.
import type { Sentence } from "../sentences.js";
import type { PartnershipFinding } from "../types.js";
import { UPGRADE_VERB } from "./vocabulary.js";
import { spanYears } from "./years.js";

const UPGRADE_REFERENCE =
  /^\W*(?:the|this)\s+(?:upgrade|elevation|move|decision|step)\s+(?:came|comes|was\s+(?:agreed|made|announced|sealed))\b/i;
// the first span counted from a written year: "nine years after the two countries set up … in 2009"
const SPAN_FROM_YEAR =
  /\b(a\s+decade|\d{1,2}\s+years|[a-z]+\s+years|a\s+year)\s+(?:after|since)\s+[^,;.]{0,80}?\b(?:in|of)\s+((?:19|20)\d\d)\b/i;

export function upgradeSpanYears(out: PartnershipFinding[], sentences: readonly Sentence[]): PartnershipFinding[] {
  for (const p of out) {
    if (p.year !== null || !UPGRADE_VERB.test(p.sentence)) continue;
    const k = sentences.findIndex((x) => x.index === p.sentenceIndex);
    const next = sentences[k + 1];
    if (!next || !UPGRADE_REFERENCE.test(next.text)) continue;
    const m = SPAN_FROM_YEAR.exec(next.text);
    const span = spanYears(m?.[1] ?? "");
    if (!m || !span) continue;
    p.year = Number(m[2]) + span;
    p.yearSource = "sentence";
  }
  return out;
}
