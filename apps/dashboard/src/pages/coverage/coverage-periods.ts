/**
 * The coverage ledger counts outcomes per publication day. Over a few months a day is the useful step; over years
 * thousands of days make a chart nobody reads and a category axis that skips the empty ones. So the days are rolled
 * up to one granularity chosen from the span (day up to three months, month up to five years, year beyond), and every
 * period between the first and the last is listed, empty ones as zero: the same consecutive axis as the other charts.
 */
export type CoverageGranularity = "day" | "month" | "year";

export interface DayCounts {
  day: string;
  read: number;
  stored: number;
  duplicates: number;
  failed: number;
}

export type PeriodCounts = Omit<DayCounts, "day"> & { period: string };

const DAY_MS = 86_400_000;
/** The longest span still drawn day by day, and month by month. */
const MAX_DAYS = 92;
const MAX_MONTHS = 60;

export function coverageGranularity(first: string, last: string): CoverageGranularity {
  const days = (Date.parse(last) - Date.parse(first)) / DAY_MS;
  if (days <= MAX_DAYS) return "day";
  const months =
    (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5, 7)) - Number(first.slice(5, 7));
  return months <= MAX_MONTHS ? "month" : "year";
}

function periodOf(day: string, granularity: CoverageGranularity): string {
  return granularity === "day" ? day : granularity === "month" ? day.slice(0, 7) : day.slice(0, 4);
}

function nextPeriod(period: string, granularity: CoverageGranularity): string {
  if (granularity === "year") return String(Number(period) + 1);
  if (granularity === "month") {
    const [y, m] = period.split("-").map(Number) as [number, number];
    return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
  }
  return new Date(Date.parse(`${period}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** Days (sorted, `YYYY-MM-DD`) rolled up to consecutive periods of one granularity, empty periods as zero. */
export function rollUpDays(days: readonly DayCounts[]): { granularity: CoverageGranularity; periods: PeriodCounts[] } {
  const first = days[0]?.day;
  const last = days.at(-1)?.day;
  if (!first || !last) return { granularity: "day", periods: [] };
  const granularity = coverageGranularity(first, last);
  const totals = new Map<string, PeriodCounts>();
  for (const d of days) {
    const period = periodOf(d.day, granularity);
    const t = totals.get(period) ?? { period, read: 0, stored: 0, duplicates: 0, failed: 0 };
    t.read += d.read;
    t.stored += d.stored;
    t.duplicates += d.duplicates;
    t.failed += d.failed;
    totals.set(period, t);
  }
  const periods: PeriodCounts[] = [];
  const end = periodOf(last, granularity);
  for (let p = periodOf(first, granularity); ; p = nextPeriod(p, granularity)) {
    periods.push(totals.get(p) ?? { period: p, read: 0, stored: 0, duplicates: 0, failed: 0 });
    if (p === end) break;
  }
  return { granularity, periods };
}
