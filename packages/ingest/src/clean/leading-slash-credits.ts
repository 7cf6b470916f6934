import { knownOutlet } from "../metadata/outlets.js";
import { isPersonName } from "./names.js";

// "UNMISS/Jane Roe | Peacekeepers unload …", "UN Photo/John Doe | Troops …": the picture's owner and its
// photographer split by a slash, a bar, then the caption, as the UN's and some agencies' sites set a photo's line.
const LEADING_SLASH_CREDIT = /^(\p{Lu}[\p{L}\p{N}.&'’ -]{1,30})\/(\p{Lu}[\p{L}.'’ -]{2,40}?)\s+\|\s+\p{Lu}/u;
// The owner: an acronym in capitals ("UNMISS"), a desk with its picture word ("UN Photo") or a listed outlet.
const OWNER_ACRONYM = /^\p{Lu}{2,10}$/u;
const OWNER_PICTURE_DESK = /^\p{Lu}[\p{L}.&-]*\s+(?:Photo|Photos|Pictures|Images)$/u;
const MAX_LINE = 400;

/** A caption opened by its owner's and photographer's credit and a bar: the page's, never the story's. */
export function isLeadingSlashCreditCaption(line: string): boolean {
  if (line.length > MAX_LINE || !line.includes(" | ")) return false;
  const match = LEADING_SLASH_CREDIT.exec(line);
  if (!match) return false;
  const owner = (match[1] ?? "").trim();
  const shooter = (match[2] ?? "").trim();
  const ownerShaped = OWNER_ACRONYM.test(owner) || OWNER_PICTURE_DESK.test(owner) || knownOutlet(owner) !== null;
  return ownerShaped && isPersonName(shooter);
}
