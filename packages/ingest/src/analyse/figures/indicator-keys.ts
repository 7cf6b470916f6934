// Which indicator a figure reports: the definitions of data/indicators.json matched in the words around it.
import { z } from "zod";
import data from "../data/indicators.json" with { type: "json" };
import type { Sentence } from "../sentences.js";
import type { Token } from "../tokens.js";

const Definitions = z.object({
  definitions: z.array(
    z.object({ key: z.string(), label: z.string(), units: z.array(z.string()), context: z.array(z.string()) }),
  ),
});
const definitions = Definitions.parse(data).definitions.map((d) => ({
  key: d.key,
  units: new Set(d.units.map((u) => u.toLowerCase())),
  context: d.context.map((c) => new RegExp(c)),
}));

export function keyFor(window: string, unit: string | null): string | null {
  const lower = unit?.toLowerCase();
  for (const d of definitions) {
    if (d.units.size > 0 && (!lower || !d.units.has(lower))) continue;
    if (d.context.some((re) => re.test(window))) return d.key;
  }
  return null;
}

export function windowAround(
  s: Sentence,
  toks: readonly Token[],
  numbers: number[],
  at: number,
  i: number,
  end: number,
): string {
  let a = 0;
  // Back to the clause start: earlier figures in the clause often name what this one counts ("17 FTAs with 60 partners").
  for (let k = i - 1; k >= a; k--) if (toks[k]?.text === ";") a = k + 1;
  let b = toks.length;
  for (const n of numbers) if (n >= end && n < b) b = n;
  for (let k = end; k < b; k++) if (toks[k]?.text === ";") b = k;
  const from = toks[a]?.start ?? at;
  const to = toks[b - 1]?.end ?? at;
  return s.text.slice(Math.max(from, at - 160) - s.start, Math.min(to, at + 100) - s.start).toLowerCase();
}

export function numberIndexes(toks: readonly Token[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < toks.length; k++) if (toks[k]?.kind === "number") out.push(k);
  return out;
}
