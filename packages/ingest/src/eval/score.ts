import { countryCode } from "../analyse/countries.js";
import { fold } from "../analyse/fold.js";
import { findOrganization } from "../analyse/organizations.js";
import type { Analysis } from "../analyse/types.js";
import type { GoldArticle } from "./gold.js";

export const fields = ["people", "countries", "organizations", "indicators", "partnerships", "quotes"] as const;
export type Field = (typeof fields)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface FieldScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ArticleScore {
  file: string;
  fields: Record<Field, Counts & { missed: string[]; extra: string[] }>;
  /** Things the gold lists as outside the body (captions, related news) that the analysis still extracted. */
  leaked: string[];
}

const QUOTE_PREFIX = 30;
const plain = (s: string) =>
  fold(s)
    .replace(/[“”"'’]/g, "")
    .replace(/\s+/g, " ")
    .trim();
const countryKey = (name: string) => countryCode(name) ?? fold(name);
const orgKey = (name: string) => {
  const org = findOrganization(name);
  return org ? fold(org.name) : fold(name);
};

/** Multiset match of two key lists: each predicted key consumes one equal (or `same`) gold key. */
function match(
  gold: string[],
  predicted: string[],
  same: (g: string, p: string) => boolean = (g, p) => g === p,
): Counts & { missed: string[]; extra: string[] } {
  const pool = [...gold];
  const extra: string[] = [];
  for (const p of predicted) {
    const at = pool.findIndex((g) => same(g, p));
    if (at >= 0) pool.splice(at, 1);
    else extra.push(p);
  }
  return { tp: gold.length - pool.length, fp: extra.length, fn: pool.length, missed: pool, extra };
}

function quoteKeys(gold: GoldArticle, analysis: Analysis): [string[], string[]] {
  const g = gold.quotes.map((q) => `${fold(q.speaker)}|${plain(q.textStart).slice(0, QUOTE_PREFIX)}`);
  const p = analysis.quotes.map((q) => `${fold(q.speaker ?? "")}|${plain(q.text).slice(0, QUOTE_PREFIX)}`);
  return [g, p];
}

/** Scores one analysis against its gold reading, field by field. */
export function scoreArticle(gold: GoldArticle, analysis: Analysis): ArticleScore {
  const of = (type: string) => analysis.entities.filter((e) => e.type === type);
  const people = of("person").map((e) => e.key);
  const countries = of("country").map((e) => e.code ?? e.key);
  const orgs = of("organization").map((e) => fold(e.name));
  const unique = (xs: string[]) => [...new Set(xs)];
  const result: ArticleScore["fields"] = {
    people: match(unique(gold.people.map((p) => fold(p.name))), unique(people)),
    countries: match(unique(gold.countries.map(countryKey)), unique(countries)),
    organizations: match(unique(gold.organizations.map(orgKey)), unique(orgs)),
    indicators: match(
      gold.indicators.map((i) => String(i.value)),
      analysis.indicators.map((i) => String(i.value)),
    ),
    partnerships: match(
      gold.partnerships.map((p) => `${countryKey(p.country)}|${p.level}`),
      unique(analysis.partnerships.map((p) => `${p.countryCode}|${p.level}`)),
    ),
    // A quote matches when the speaker agrees and one text starts with the other's first words.
    quotes: match(...quoteKeys(gold, analysis), (g, p) => g.startsWith(p) || p.startsWith(g)),
  };
  const leaked: string[] = [];
  for (const name of gold.notInBody.people) if (people.includes(fold(name))) leaked.push(`person ${name}`);
  for (const name of gold.notInBody.countries) if (countries.includes(countryKey(name))) leaked.push(`country ${name}`);
  const texts = [...analysis.indicators.map((i) => i.sentence), ...analysis.quotes.map((q) => q.text)];
  for (const t of gold.notInBody.text) {
    if (t.length >= 12 && texts.some((x) => x.includes(t))) leaked.push(`text ${t}`);
  }
  return { file: gold.file, fields: result, leaked };
}

function rate(c: Counts): FieldScore {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision, recall, f1 };
}

/** Micro-averaged precision, recall and F1 per field and overall. */
export function summarise(scores: readonly ArticleScore[]): Record<Field | "overall", FieldScore> {
  const total = (f: Field): Counts =>
    scores.reduce(
      (acc, s) => ({ tp: acc.tp + s.fields[f].tp, fp: acc.fp + s.fields[f].fp, fn: acc.fn + s.fields[f].fn }),
      { tp: 0, fp: 0, fn: 0 },
    );
  const perField = Object.fromEntries(fields.map((f) => [f, rate(total(f))])) as Record<Field, FieldScore>;
  const all = fields.reduce(
    (acc, f) => ({ tp: acc.tp + perField[f].tp, fp: acc.fp + perField[f].fp, fn: acc.fn + perField[f].fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return { ...perField, overall: rate(all) };
}

/** Fixed-width table of a summary, one row per field. */
export function formatTable(summary: Record<Field | "overall", FieldScore>): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}`.padStart(6);
  const rows = [...fields, "overall" as const].map(
    (f) =>
      `${f.padEnd(14)}${pct(summary[f].precision)}${pct(summary[f].recall)}${pct(summary[f].f1)}${String(summary[f].tp).padStart(5)}${String(summary[f].fp).padStart(5)}${String(summary[f].fn).padStart(5)}`,
  );
  return [`${"field".padEnd(14)}${"P".padStart(6)}${"R".padStart(6)}${"F1".padStart(6)}   tp   fp   fn`, ...rows].join(
    "\n",
  );
}
