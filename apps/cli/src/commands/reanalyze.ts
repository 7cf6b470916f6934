import type { ChanceryDatabase } from "@chancery/db";
import { openPostgres } from "@chancery/db/postgres";
import { formatDelta, type ReanalyzeReport, reanalyzeAll, reanalyzeAllPostgres } from "@chancery/ingest";

const progress = (done: number) => {
  if (process.stderr.isTTY && done % 500 === 0) process.stderr.write(`\rreanalysed ${done} articles`);
};

/**
 * `chancery reanalyze`: the articles an older analyzer read (every one with `all`), each replaced in its own
 * transaction, so a killed run resumes where it stopped; the same on SQLite and PostgreSQL.
 */
export function runReanalyzeCommand(database: ChanceryDatabase, options: { json: boolean; all: boolean }): number {
  return printed(reanalyzeAll(database, { all: options.all, onProgress: progress }), options);
}

/** `chancery reanalyze --db postgres://…`, where ingests may run meanwhile. */
export async function runPostgresReanalyzeCommand(
  url: string,
  options: { json: boolean; all: boolean },
): Promise<number> {
  const database = await openPostgres(url);
  try {
    return printed(await reanalyzeAllPostgres(database, { all: options.all, onProgress: progress }), options);
  } finally {
    await database.close();
  }
}

function printed(report: ReanalyzeReport, options: { json: boolean }): number {
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
