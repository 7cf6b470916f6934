import { outletFromUrl } from "../metadata/index.js";

/**
 * The outlet a URL is counted under in the coverage ledger when nothing was read from it: the known outlet of its
 * domain, or else the host itself, so the failures of an outlet not in data/outlets.json still group together.
 */
export function outletOfUrl(url: string): string | null {
  const known = outletFromUrl(url);
  if (known) return known;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
