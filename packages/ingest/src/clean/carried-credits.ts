import { isAgency, knownOutlet } from "../metadata/outlets.js";

// "<Paper> with AFP", "<Name> and <Name> with Reuters": the paper or its writers, then the wire the story was written
// with, a credit line wherever the page sets it (under the standfirst, under a block of links, over the paywall). A
// sentence never stands as capitalised names joined to an agency's name alone.
const CARRIED_WITH =
  /^(?:The\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:and|&|\p{Lu}[\p{L}.&'’-]*)){0,5}\s+with\s+(\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,2})$/u;
const MAX_CARRIED_LINE = 80;

/** The agency a carried-with credit line names; null for any other line. */
export function carriedWithAgency(line: string): string | null {
  const text = line.trim();
  if (text.length > MAX_CARRIED_LINE || !text.includes(" with ")) return null;
  const named = CARRIED_WITH.exec(text)?.[1];
  const outlet = named ? knownOutlet(named) : null;
  return outlet && isAgency(outlet) ? outlet : null;
}
