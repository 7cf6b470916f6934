// Lines a site sets over its headline that name its sections or topics, not the story: a breadcrumb of short labels
// between bars ("Sports | Asian Cup 2027") and a strip of topic links whose first link is set in capitals.

// A section's or a topic's label: a few words, no sentence's punctuation. It may hold a number: an event's edition
// ("Asian Cup 2027", "COP 30") is a topic's name as often as a headline's word.
const MAX_LABEL_WORDS = 3;
const MAX_LABEL_LENGTH = 40;

function isTrailLabel(part: string): boolean {
  return part.length <= MAX_LABEL_LENGTH && part.split(" ").length <= MAX_LABEL_WORDS && !/[.,;:!?"“”|]/u.test(part);
}

/**
 * A breadcrumb of two or more labels set apart by bars ("Sports | Asian Cup 2027", "News | Politics"): the section
 * the story is filed under, never its headline.
 * @example isLabelTrail("Sports | Asian Cup 2027") // => true
 */
export function isLabelTrail(text: string): boolean {
  // a text without a bar is not split (most lines)
  if (!text.includes("|")) return false;
  const parts = text.split(/\s+\|\s+/u);
  return parts.length >= 2 && parts.every(isTrailLabel);
}

// "HOT TOPICS Flood relief in the north Rice export talks": three words or more in capitals, then a topic's link in
// mixed case. A headline in capitals stays in capitals; one that opens on a capitalised kicker has one or two words.
const CAPITALS_THEN_TOPICS = /^(?:[\p{Lu}\d'’&-]{2,}\s+){2,}[\p{Lu}\d'’&-]{2,}\s+\p{Lu}[\p{Ll}'’]/u;

/**
 * A strip of topic links run onto one line, the first in capitals: "IN FOCUS Flood relief Rice export talks". The
 * strip stands over the headline and may share a word with the lead; the headline shares more.
 * @example isTopicStrip("IN THE SPOTLIGHT Mekong floods Rice exports") // => true
 */
export function isTopicStrip(text: string): boolean {
  return !/[.!?]$/u.test(text) && CAPITALS_THEN_TOPICS.test(text);
}
