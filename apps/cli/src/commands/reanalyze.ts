import type { ChanceryDatabase } from "@chancery/db";
import { formatDelta, reanalyzeAll } from "@chancery/ingest";

export function runReanalyzeCommand(database: ChanceryDatabase, options: { json: boolean }): number {
  const report = reanalyzeAll(database, (done) => {
    if (process.stderr.isTTY && done % 500 === 0) process.stderr.write(`\rreanalysed ${done} articles`);
  });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    process.stdout.write(
      `Reanalysed ${report.articles} articles with analyzer ${report.analyzerVersion}: ${report.changed} changed (${formatDelta(report.delta)}).\n`,
    );
    for (const failure of report.failed) process.stdout.write(`failed: article ${failure.id}: ${failure.error}\n`);
    if (report.failedOmitted > 0) process.stdout.write(`… and ${report.failedOmitted} more failures, not listed.\n`);
  }
  return report.failed.length > 0 ? 1 : 0;
}
