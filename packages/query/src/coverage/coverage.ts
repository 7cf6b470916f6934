import { type ChanceryDatabase, failureReasons } from "@chancery/db";
import { z } from "zod";
import { parseInput } from "../errors.js";
import { IsoDate } from "../inputs.js";
import { prepared } from "../statements.js";

export const CoverageInput = z.object({
  outlet: z.string().min(1).max(200).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
});
export type CoverageInput = z.input<typeof CoverageInput>;

const count = z.number().int();
/** What the ledger counts for a set of outcomes. */
export const CoverageCounts = z.object({
  /** Items Chancery tried to read: stored + duplicates + failed. */
  read: count,
  stored: count,
  duplicates: count,
  failed: count,
  /** Failures by reason class (see `failureReasons`), only the reasons that occurred. */
  failures: z.partialRecord(z.enum(failureReasons), count),
  /** Articles read (stored or duplicate) whose publication day is not known. */
  withoutDate: count,
  /** Findings (figures, partnerships, quotes, people) read in the stored articles, and per stored article. */
  findings: count,
  findingsPerArticle: z.number().nullable(),
  /** Polls of a feed that failed (the feed could not be fetched or read). */
  feedErrors: count,
});
export type CoverageCounts = z.infer<typeof CoverageCounts>;

export const Coverage = z.object({
  /** Per publication day in the range, every outlet together, oldest first: the chart. */
  days: z.array(CoverageCounts.extend({ day: z.string() })),
  /** Per outlet (null: not known), dated in the range and undated together, busiest first. */
  outlets: z.array(CoverageCounts.extend({ outlet: z.string().nullable() })),
  /** Per outlet and day; `day` null is the outlet's undated outcomes (failures before any date was read included). */
  rows: z.array(CoverageCounts.extend({ outlet: z.string().nullable(), day: z.string().nullable() })),
  /** Cells beyond `ROWS_LISTED` left out of `rows` (the newest days are kept); the other lists are complete. */
  rowsOmitted: z.number().int(),
  /** Outcomes with no publication day, counted apart from the days. */
  undated: CoverageCounts,
  totals: CoverageCounts,
});
export type Coverage = z.infer<typeof Coverage>;

/** Outlet-day cells listed at most: years of a hundred outlets would otherwise make an answer of megabytes. */
export const ROWS_LISTED = 2000;

type Grouped = {
  outlet: string | null;
  day: string | null;
  status: string;
  reason: (typeof failureReasons)[number] | null;
  n: number;
  findings: number;
};

function empty(): CoverageCounts {
  return {
    read: 0,
    stored: 0,
    duplicates: 0,
    failed: 0,
    failures: {},
    withoutDate: 0,
    findings: 0,
    findingsPerArticle: null,
    feedErrors: 0,
  };
}

function add(counts: CoverageCounts, row: Grouped): void {
  if (row.status === "feedError") {
    counts.feedErrors += row.n;
    return;
  }
  counts.read += row.n;
  if (row.status === "stored") {
    counts.stored += row.n;
    counts.findings += row.findings;
  } else if (row.status === "duplicate") counts.duplicates += row.n;
  else {
    counts.failed += row.n;
    if (row.reason) counts.failures[row.reason] = (counts.failures[row.reason] ?? 0) + row.n;
  }
  if (row.day === null && row.status !== "failed") counts.withoutDate += row.n;
  counts.findingsPerArticle = counts.stored > 0 ? Math.round((counts.findings / counts.stored) * 100) / 100 : null;
}

/**
 * The coverage ledger read back: what was read, stored, recognised as a duplicate or lost (and why) per outlet and
 * publication day, so an analyst sees the gaps before trusting a trend. A date range keeps the undated outcomes
 * (they belong to no day) in `undated` and in the outlets' totals.
 * @example getCoverage(database, { outlet: "VnExpress", from: "2026-11-01" }).totals.failures
 */
export function getCoverage(database: ChanceryDatabase, input: CoverageInput = {}): Coverage {
  const options = parseInput(CoverageInput, input);
  const where = ["(o.day IS NULL OR (o.day >= @from AND o.day <= @to))"];
  if (options.outlet) where.push("o.outlet = @outlet");
  const rows = prepared(
    database.sqlite,
    `SELECT o.outlet AS outlet, o.day AS day, o.status AS status, o.reason AS reason, count(*) AS n,
       sum(o.findings) AS findings
     FROM ingest_outcomes o WHERE ${where.join(" AND ")}
     GROUP BY o.outlet, o.day, o.status, o.reason`,
  ).all({
    from: options.from ?? "0000-00-00",
    to: options.to ?? "9999-99-99",
    outlet: options.outlet ?? null,
  }) as Grouped[];
  const days = new Map<string, CoverageCounts>();
  const outlets = new Map<string | null, CoverageCounts>();
  const cells = new Map<string, CoverageCounts & { outlet: string | null; day: string | null }>();
  const undated = empty();
  const totals = empty();
  for (const row of rows) {
    if (row.day === null) add(undated, row);
    else {
      if (!days.has(row.day)) days.set(row.day, empty());
      add(days.get(row.day) as CoverageCounts, row);
    }
    if (!outlets.has(row.outlet)) outlets.set(row.outlet, empty());
    add(outlets.get(row.outlet) as CoverageCounts, row);
    const key = JSON.stringify([row.outlet, row.day]);
    if (!cells.has(key)) cells.set(key, { ...empty(), outlet: row.outlet, day: row.day });
    add(cells.get(key) as CoverageCounts, row);
    add(totals, row);
  }
  const cellList = [...cells.values()].sort(
    (a, b) => (b.day ?? "9999").localeCompare(a.day ?? "9999") || (a.outlet ?? "").localeCompare(b.outlet ?? ""),
  );
  return {
    days: [...days].map(([day, counts]) => ({ day, ...counts })).sort((a, b) => a.day.localeCompare(b.day)),
    outlets: [...outlets]
      .map(([outlet, counts]) => ({ outlet, ...counts }))
      .sort(
        (a, b) => b.read + b.feedErrors - (a.read + a.feedErrors) || (a.outlet ?? "").localeCompare(b.outlet ?? ""),
      ),
    rows: cellList.slice(0, ROWS_LISTED),
    rowsOmitted: Math.max(0, cellList.length - ROWS_LISTED),
    undated,
    totals,
  };
}
