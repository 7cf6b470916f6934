// A section's label names one entry of the menu: a few words, where a menu row runs many.
const MAX_LABEL_WORDS = 4;
const MIN_ROW_TIMES_LABEL = 3;
// A menu row has no sentence's punctuation.
const SENTENCE_MARK = /[.,;:!?"“”]/u;

/**
 * "International Cooperation" under "HOME NEWS POLITICS … INTERNATIONAL COOPERATION SOCIETY": a section's label over
 * the headline repeats, in its own case, an entry of the site's menu row above it. It names the section, never the
 * story, while another line is left for the headline.
 */
export function isMenuEntryAgain(label: string, at: number, lines: readonly string[]): boolean {
  const words = label.split(" ");
  if (words.length > MAX_LABEL_WORDS || SENTENCE_MARK.test(label)) return false;
  const wanted = ` ${words.join(" ").toLowerCase()} `;
  for (const line of lines.slice(0, at)) {
    const row = line.split(/\s+/u).filter(Boolean);
    if (row.length < words.length * MIN_ROW_TIMES_LABEL || SENTENCE_MARK.test(line)) continue;
    if (` ${row.join(" ").toLowerCase()} `.includes(wanted)) return true;
  }
  return false;
}
