import type { IngestReport } from "@chancery/ingest";

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

/** The human summary of an ingest run: counts, then each failure with its file and reason. */
export function printReport(
  report: IngestReport,
  options: { dryRun: boolean; out: { write(text: string): unknown } },
): void {
  const newLabel = options.dryRun ? "would be new" : "new";
  const lines = [
    table([
      ["", "articles"],
      [newLabel, String(report.new)],
      ["already present", String(report.alreadyPresent)],
      ["failed", String(failedCount(report))],
    ]),
  ];
  if (report.failed.length > 0) {
    lines.push("", "Failures:", table([["file", "reason"], ...report.failed.map((f) => [f.file, f.error])]));
    if (report.failedOmitted) lines.push(`… and ${report.failedOmitted} more failures, not listed.`);
  }
  if (options.dryRun) lines.push("", "Dry run: nothing was written.");
  options.out.write(`${lines.join("\n")}\n`);
}

/** The last line of `--jsonl`: the report without its article list, under a key no article line has. */
export function summaryLine(report: IngestReport): string {
  const { articles: _listed, articlesOmitted: _omitted, ...summary } = report;
  return JSON.stringify({ summary });
}

/** Failures listed and those only counted. */
export function failedCount(report: IngestReport): number {
  return report.failed.length + (report.failedOmitted ?? 0);
}
