import { datePrecisions, granularities } from "@chancery/db";
import { z } from "zod";

/*
 * The one time model every chart reads: counts per period at a single granularity, on a true axis (every period
 * from the first to the last, empty ones as zero). A date known only to a coarser precision than the granularity
 * (a year-only date on a monthly axis) is counted apart under its own period, and an undated article apart again:
 * neither is ever drawn as a bucket among finer ones, and nothing is ever dated by its ingest time.
 */

export { granularities };
export const Granularity = z.enum(granularities);
export type Granularity = z.infer<typeof Granularity>;
/** What a caller may ask for: a granularity, or `auto` to choose it from the span of the dates. */
export const GranularityChoice = z.enum(["auto", ...granularities]).default("auto");
export type GranularityChoice = z.input<typeof GranularityChoice>;
export const DatePrecision = z.enum(datePrecisions);
export type DatePrecision = z.infer<typeof DatePrecision>;

/** Spans up to this many months are drawn by month, up to the next by quarter, longer ones by year. */
export const monthlyUpTo = 36;
export const quarterlyUpTo = 144;

/**
 * SQL for the period a stored date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`) falls in at `granularity`; a date too
 * coarse for it keeps its own text (`2021`), which `fitsGranularity` tells apart.
 */
export function periodSql(column: string, granularity: Granularity): string {
  switch (granularity) {
    case "year":
      return `substr(${column}, 1, 4)`;
    case "quarter":
      return `CASE WHEN length(${column}) >= 7 THEN substr(${column}, 1, 4) || '-Q' || ((CAST(substr(${column}, 6, 2) AS INTEGER) + 2) / 3) ELSE ${column} END`;
    case "month":
      return `CASE WHEN length(${column}) >= 7 THEN substr(${column}, 1, 7) ELSE ${column} END`;
  }
}

/** SQL condition: the date is known at least to the month, so any granularity can place it. */
export const monthKnownSql = (column: string) => `length(${column}) >= 7`;

const periodPattern: Record<Granularity, RegExp> = {
  month: /^\d{4}-\d{2}$/,
  quarter: /^\d{4}-Q[1-4]$/,
  year: /^\d{4}$/,
};

/** True when `period` is a bucket of `granularity`, false when it is a coarser date counted apart. */
export function fitsGranularity(period: string, granularity: Granularity): boolean {
  return periodPattern[granularity].test(period);
}

/** The precision a stored date string carries, read from its shape. */
export function precisionOf(date: string): DatePrecision {
  if (date.length <= 4) return "year";
  if (date.length <= 7) return "month";
  return "day";
}

/** A month count since year 0 of a `YYYY-MM…` or `YYYY` date (January for a year). */
function monthIndex(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = date.length >= 7 ? Number(date.slice(5, 7)) : 1;
  return year * 12 + month - 1;
}

/**
 * The granularity for dates from `first` to `last`: month for up to three years, quarter for up to twelve,
 * year beyond (also when the dates are known only to the year).
 */
export function chooseGranularity(first: string, last: string): Granularity {
  if (first.length < 7 || last.length < 7) return "year";
  const months = monthIndex(last) - monthIndex(first) + 1;
  if (months <= monthlyUpTo) return "month";
  if (months <= quarterlyUpTo) return "quarter";
  return "year";
}

function periodIndex(period: string, granularity: Granularity): number {
  const year = Number(period.slice(0, 4));
  if (granularity === "year") return year;
  if (granularity === "quarter") return year * 4 + Number(period.slice(6)) - 1;
  return year * 12 + Number(period.slice(5, 7)) - 1;
}

function periodAt(index: number, granularity: Granularity): string {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  if (granularity === "year") return pad(index, 4);
  if (granularity === "quarter") return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
}

/** Every period from `first` to `last` inclusive, none skipped: `2021-11, 2021-12, 2022-01`. */
export function periodsBetween(first: string, last: string, granularity: Granularity): string[] {
  const from = periodIndex(first, granularity);
  const to = periodIndex(last, granularity);
  const periods: string[] = [];
  for (let i = from; i <= to; i++) periods.push(periodAt(i, granularity));
  return periods;
}

/** The shared axis of several series' rows: every period from the first to the last that fits the granularity. */
export function axisOf(rows: ReadonlyArray<{ period: string | null }>, granularity: Granularity): string[] {
  const fitting = rows
    .map((row) => row.period)
    .filter((period): period is string => period !== null && fitsGranularity(period, granularity))
    .sort();
  const first = fitting[0];
  const last = fitting.at(-1);
  return first && last ? periodsBetween(first, last, granularity) : [];
}

/** The granularity asked for, or the one the span of the month-known dates (else of all dates) calls for. */
export function resolveGranularity(
  choice: GranularityChoice | undefined,
  span: { first: string | null; last: string | null },
): Granularity {
  if (choice && choice !== "auto") return choice;
  // With no date known to the month, only years can be drawn.
  if (!span.first || !span.last) return "year";
  return chooseGranularity(span.first, span.last);
}

export type Counts = Record<string, number>;

/** One series on the model's axis: `values[i]` belongs to `periods[i]`. */
export interface TimeSeries<V extends Counts> {
  granularity: Granularity;
  buckets: Array<{ period: string } & V>;
  coarser: Array<{ period: string; precision: DatePrecision } & V>;
  undated: V;
}

/**
 * Puts grouped rows (`period` from `periodSql`, null when undated) on the axis: consecutive buckets from the first
 * to the last period that fits the granularity (or over `axis` when given, so several series share one),
 * coarser dates apart per period, undated apart.
 */
export function toTimeSeries<V extends Counts>(
  rows: ReadonlyArray<{ period: string | null } & V>,
  granularity: Granularity,
  zero: V,
  axis?: readonly string[],
): TimeSeries<V> {
  const fitting = new Map<string, V>();
  const coarse = new Map<string, V>();
  const undated: V = { ...zero };
  const add = (target: V, row: V) => {
    for (const key of Object.keys(zero)) (target as Counts)[key] = (target[key] ?? 0) + (row[key] ?? 0);
  };
  for (const { period, ...values } of rows) {
    const counts = values as unknown as V;
    if (period === null) add(undated, counts);
    else {
      const target = fitsGranularity(period, granularity) ? fitting : coarse;
      const sum = target.get(period) ?? { ...zero };
      add(sum, counts);
      target.set(period, sum);
    }
  }
  const periods =
    axis ??
    axisOf(
      [...fitting.keys()].map((period) => ({ period })),
      granularity,
    );
  return {
    granularity,
    buckets: periods.map((period) => ({ period, ...(fitting.get(period) ?? zero) })),
    coarser: [...coarse.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, values]) => ({ period, precision: precisionOf(period), ...values })),
    undated,
  };
}

/** The zod shape of a time series whose counts are `values`, for response schemas. */
export function timeSeriesSchema<S extends z.ZodRawShape>(values: S) {
  const counts = z.object(values);
  return z.object({
    /** The one granularity of every bucket; each bucket counts only dates known at least to it. */
    granularity: Granularity,
    /** Consecutive periods from the first to the last, empty ones as zero. */
    buckets: z.array(counts.extend({ period: z.string() })),
    /** Dates known only to a coarser precision than the granularity, per period of their own (`2021`). */
    coarser: z.array(counts.extend({ period: z.string(), precision: DatePrecision })),
    /** No publication date at all: never placed at the ingest date. */
    undated: counts,
  });
}

/** The earliest and latest of some publication dates, and how many are missing (never filled from ingest time). */
export function publicationSpan(dates: ReadonlyArray<string | null>): {
  first: string | null;
  last: string | null;
  undated: number;
} {
  const known = dates.filter((date): date is string => date !== null).sort();
  return { first: known[0] ?? null, last: known.at(-1) ?? null, undated: dates.length - known.length };
}
