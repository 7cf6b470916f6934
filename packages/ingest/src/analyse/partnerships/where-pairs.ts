// "… took the leader to Kazakhstan, where the two countries also agreed to a strategic partnership": a relative
// "where" after a country (or its capital) sets the pair word in that place, so the pair is Vietnam and that country,
// not the story's main partner, however many other countries the sentence names.
import type { PlaceMention } from "../gazetteer.js";
import type { Sentence } from "../sentences.js";
import { CHANGE_VERB, config } from "./vocabulary.js";

const WHERE_PAIR = new RegExp(String.raw`^\s*,\s*where\s+(?:${config.pairWords.join("|")})\b[^,;.:!?()]{0,60}?$`, "i");

/** The country before ", where the two countries … <level>", when that clause runs on to the level; else null. */
export function wherePairHolder(s: Sentence, owner: PlaceMention | undefined, levelStart: number): PlaceMention | null {
  if (owner?.place.kind !== "country") return null;
  const gap = s.text.slice(owner.end - s.start, levelStart - s.start);
  return gap.includes("where") && WHERE_PAIR.test(gap) ? owner : null;
}

/** Whether the "where" clause reports a step the pair took there ("agreed to", "signed", "upgraded ties to"). */
export function wherePairStep(s: Sentence, holder: PlaceMention, levelStart: number): boolean {
  return CHANGE_VERB.test(s.text.slice(holder.end - s.start, levelStart - s.start));
}
