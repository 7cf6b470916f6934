import { knownOutlet } from "../metadata/outlets.js";

// A printed page sets a sentence of the story again in large type, a pull quote, and credits its speaker on the line
// under it after a dash ("-- <Name>"). The credit is the page's; the quotation is the story's already. An outlet's
// tail after a dash ("— <Agency> News") names the source and stays for the readers of credits.
const DASHED_NAME = /^(?:--|[—–―])\s*(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3})$/u;
// The quotation set alone on its line: it opens on a quotation mark and holds no sentence after its close.
const SET_QUOTATION = /^["“‘'][^"“”]{10,300}["”’']?$/u;
const MAX_CREDIT = 60;

/** Whether a line is a pull quote's credit: a dash and a name under a quotation set alone on its line. */
export function isPullQuoteCredit(line: string, above: string | undefined, twoAbove?: string): boolean {
  const first = line.charAt(0);
  if (line.length > MAX_CREDIT || (first !== "-" && first !== "—" && first !== "–" && first !== "―")) return false;
  const name = DASHED_NAME.exec(line)?.[1];
  if (!name || knownOutlet(name) !== null) return false;
  const quotation = (above?.trim() || twoAbove?.trim()) ?? "";
  return SET_QUOTATION.test(quotation);
}
