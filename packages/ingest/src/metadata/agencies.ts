import { isAgency, knownOutlet, outletNames } from "./outlets.js";

// The first word of every agency's name and alias, as printed and without accents: most names a page prints are no
// agency's, and this turns them away before the outlet lookup folds them.
const FIRST_WORD = /^[\s([|]*(?:the\s+)?([^\s,.;:|()/]+)/iu;
const agencyFirstWords = new Set<string>();
for (const name of outletNames) {
  const outlet = knownOutlet(name);
  const first = FIRST_WORD.exec(name)?.[1]?.toLowerCase();
  if (!outlet || !isAgency(outlet) || !first) continue;
  agencyFirstWords.add(first);
  agencyFirstWords.add(first.normalize("NFD").replace(/\p{M}/gu, ""));
}

/** The canonical name of a known news agency ("Press Trust of India" → "PTI"); null for anything else. */
export function agencyNamed(name: string): string | null {
  const first = FIRST_WORD.exec(name)?.[1]?.toLowerCase();
  if (!first || !agencyFirstWords.has(first)) return null;
  const outlet = knownOutlet(name.trim());
  return outlet && isAgency(outlet) ? outlet : null;
}

/**
 * The one agency among names already read (nulls are names of no agency): a name printed twice ("VNA-VNA", "AFP
 * … AFP") is still one agency; two different agencies credit none.
 */
export function distinctAgency(names: Iterable<string | null>): string | null {
  const found = new Set<string>();
  for (const name of names) if (name) found.add(name);
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

// "SGT-VNA", "DBW/VNA", "VNA-VNA": two or three names of a word each joined by dashes or slashes, as print editions
// and wires close copy with the carrier's initials beside the agency's.
const JOINED_NAMES = /^\p{Lu}\p{L}{1,9}(?:\s*[-/]\s*\p{Lu}\p{L}{1,9}){1,2}$/u;

/**
 * The agency a joined closing tag names, the text inside its brackets: VNA in "SGT-VNA" and in "VNA-VNA"; null when
 * the tag is not of that shape or names no agency or two ("AFP-Reuters"). The cleaner's sign-off reader and the
 * source resolver's closing-line reader both read the tag through this.
 * @example joinedAgency("SGT-VNA") // => "VNA"
 */
export function joinedAgency(tag: string): string | null {
  const text = tag.trim();
  if (!JOINED_NAMES.test(text)) return null;
  return distinctAgency(text.split(/\s*[-/]\s*/u).map((name) => agencyNamed(name)));
}
