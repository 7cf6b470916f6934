import { z } from "zod";
import data from "./data/defined-organizations.json" with { type: "json" };
import { fold } from "./fold.js";
import type { PlaceMention } from "./gazetteer.js";
import type { Organization } from "./organizations.js";
import type { Sentence } from "./sentences.js";
import type { Token } from "./tokens.js";

const Rules = z.object({
  international: z.array(z.string()),
  domestic: z.array(z.string()),
  notOrganisations: z.array(z.string()),
  joiners: z.array(z.string()),
});
const rules = Rules.parse(data);
const INTERNATIONAL = new Set(rules.international.map(fold));
const DOMESTIC = new Set(rules.domestic.map(fold));
const NOT_ORG = new Set(rules.notOrganisations.map(fold));
const JOINERS = new Set(rules.joiners);
const ACRONYM = /^[A-Z][A-Za-z]{1,9}$/;

/** The acronym's capitals are the initials of the words, in order; function words may be skipped. */
function spells(acronym: string, words: readonly Token[]): boolean {
  const letters = acronym.replace(/[a-z]/g, "");
  if (letters.length < 2 || words[0]?.text.charAt(0) !== letters[0]) return false;
  let a = 0;
  for (const w of words) if (a < letters.length && w.text.charAt(0).toUpperCase() === letters[a]) a++;
  return a === letters.length;
}

/** Organisations defined in the text as "Capitalised Name (ACR)" that no data file lists, with later uses of ACR. */
export function findDefinedOrganizations(
  sentences: readonly Sentence[],
  known: readonly PlaceMention[],
): PlaceMention[] {
  const out: PlaceMention[] = [];
  const defined = new Map<string, Organization>();
  const isKnown = (s: Sentence, k: number) => known.some((p) => p.sentenceIndex === s.index && p.from <= k && p.to > k);
  for (const s of sentences) {
    const toks = s.tokens;
    for (let i = 1; i + 2 < toks.length; i++) {
      const acr = toks[i + 1] as Token;
      if (toks[i]?.text !== "(" || toks[i + 2]?.text !== ")" || !ACRONYM.test(acr.text)) continue;
      if (defined.has(acr.text) || isKnown(s, i - 1) || isKnown(s, i + 1)) continue;
      let from = i;
      while (from > 0 && i - from < 14) {
        const t = toks[from - 1] as Token;
        if (!(t.kind === "word" && t.cap) && !JOINERS.has(t.key)) break;
        from--;
      }
      const words = toks.slice(from, i).filter((t) => t.kind === "word");
      const keys = words.map((w) => w.key);
      if (keys.some((k) => DOMESTIC.has(k) || NOT_ORG.has(k)) || !keys.some((k) => INTERNATIONAL.has(k))) continue;
      for (let start = 0; start < words.length; start++) {
        const w = words[start] as Token;
        if (!w.cap || w.key === "the") continue;
        if (!spells(acr.text, words.slice(start))) continue;
        const first = toks.indexOf(w);
        const last = toks[i - 1] as Token;
        const name = s.text.slice(w.start - s.start, last.end - s.start);
        const org: Organization = { name, acronym: acr.text, type: "organization", aliases: [] };
        defined.set(acr.text, org);
        out.push({
          place: { kind: "org", org },
          sentenceIndex: s.index,
          from: first,
          to: i + 3,
          start: w.start,
          end: last.end,
          surface: name,
        });
        break;
      }
    }
  }
  if (defined.size === 0) return out;
  // Later bare uses of a defined acronym ("AZEC members") name the same organisation.
  for (const s of sentences) {
    s.tokens.forEach((t, k) => {
      const org = defined.get(t.text);
      if (!org || s.tokens[k - 1]?.text === "(") return;
      out.push({
        place: { kind: "org", org },
        sentenceIndex: s.index,
        from: k,
        to: k + 1,
        start: t.start,
        end: t.end,
        surface: t.text,
      });
    });
  }
  return out;
}
