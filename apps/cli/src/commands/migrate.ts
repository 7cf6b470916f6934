import type { ChanceryDatabase } from "@chancery/db";
import { copyPostgresToSqlite, copySqliteToPostgres, openPostgres, verifyCopy } from "@chancery/db/postgres";

/**
 * `chancery migrate --to postgres://…` copies the SQLite database into PostgreSQL; `--from postgres://…` copies a
 * PostgreSQL database into the (new) SQLite file. Either resumes a copy left unfinished, then verifies it by counting
 * every table on both sides and comparing a random sample of rows. Exit 0 only when every table matches. The
 * server's password is never printed.
 */
export async function runMigrateCommand(
  database: ChanceryDatabase,
  direction: { to: string } | { from: string },
  options: { json: boolean; sample: number },
): Promise<number> {
  const url = "to" in direction ? direction.to : direction.from;
  const shown = url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
  const into = "to" in direction ? shown : "the SQLite database";
  const postgres = await openPostgres(url);
  try {
    const started = Date.now();
    let lastTable = "";
    const onBatch = (table: string, done: number, rows: number) => {
      if (options.json) return;
      if (table !== lastTable) process.stderr.write(`${lastTable ? "\n" : ""}`);
      lastTable = table;
      process.stderr.write(`\r${table}: ${done.toLocaleString("en")} of ${rows.toLocaleString("en")} rows`);
    };
    const copied =
      "to" in direction
        ? await copySqliteToPostgres(database.sqlite, postgres, { onBatch })
        : await copyPostgresToSqlite(postgres, database.sqlite, { onBatch });
    if (!options.json && lastTable) process.stderr.write("\n");
    const verified = await verifyCopy(database.sqlite, postgres, options.sample);
    const failed = verified.filter((t) => t.targetRows !== t.sourceRows || t.mismatches.length > 0);
    const report = {
      ...("to" in direction ? { to: shown } : { from: shown }),
      seconds: (Date.now() - started) / 1000,
      tables: copied.map((c) => {
        const v = verified.find((t) => t.table === c.table);
        // targetRows: the rows the copy holds, on whichever side it was written.
        const targetRows = "to" in direction ? v?.targetRows : v?.sourceRows;
        return { ...c, targetRows, sampled: v?.sampled, mismatches: v?.mismatches ?? [] };
      }),
      verified: failed.length === 0,
    };
    if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else {
      for (const t of report.tables) {
        const state = t.targetRows === t.rows && t.mismatches.length === 0 ? "ok" : "DIFFERS";
        process.stdout.write(
          `${t.table.padEnd(22)} ${String(t.rows).padStart(10)} rows, ${String(t.copiedNow).padStart(10)} copied now, ${t.sampled} sampled: ${state}\n`,
        );
      }
      process.stdout.write(
        failed.length === 0
          ? `Copied into ${into} and verified (counts and a sample of rows) in ${report.seconds.toFixed(1)} s.\n`
          : `Copy into ${into} differs in ${failed.map((t) => t.table).join(", ")}: run the command again to resume, or copy into an empty database.\n`,
      );
    }
    return failed.length === 0 ? 0 : 1;
  } finally {
    await postgres.close();
  }
}
