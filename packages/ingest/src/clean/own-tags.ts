import { countryCode } from "../analyse/countries.js";
import { organizationByAcronym } from "../analyse/organizations.js";
import { knownOutlet } from "../metadata/outlets.js";
import type { Dateline } from "./datelines.js";
import { isLabelWord, knownPlace } from "./places.js";

// A portal's or an office's own initials opening its lead ("(ABC) The committee …", "XYZ - The province …"): its
// tag, as a wire's is, but one no list knows, with no place or day and no dash after the brackets. It names the site
// itself, whose staff wrote the story (test/READING.md: the source is null on own-staff pages, a portal's tag too).
const BRACKETED_INITIALS = /^\((?<tag>\p{Lu}{2,6})\)\s+(?=\p{Lu})/u;
const DASHED_INITIALS = /^(?<tag>\p{Lu}{2,6})\s+(?:--?|[–—―])\s+(?=\p{Lu})/u;

/** Initials a list names as something else: an outlet's (its own datelines read them), a place, a state, a body. */
function isNamedElsewhere(tag: string): boolean {
  return (
    knownOutlet(tag) !== null ||
    knownPlace(tag) !== null ||
    countryCode(tag) !== null ||
    organizationByAcronym(tag) !== null ||
    isLabelWord(tag)
  );
}

/** The unlisted tag opening a lead, as a dateline naming no outlet or place; null when the lead has none. */
export function readUnlistedTag(paragraph: string): Dateline | null {
  const match = BRACKETED_INITIALS.exec(paragraph) ?? DASHED_INITIALS.exec(paragraph);
  const tag = match?.groups?.tag;
  if (!match || !tag || isNamedElsewhere(tag)) return null;
  return { prefix: match[0].trim(), rest: paragraph.slice(match[0].length), outlet: null, place: null };
}
