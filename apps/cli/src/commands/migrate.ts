import type { ChanceryDatabase } from "@chancery/db";
import { copySqliteToPostgres, openPostgres, verifyCopy } from "@chancery/db/postgres";

/**
 * `chancery migrate --to postgres://…`: copies the SQLite database into PostgreSQL (resuming a copy left unfinished),
 * then verifies it by counting every table on both sides and comparing a random sample of rows. Exit 0 only when
 * every table matches. The target's password is never printed.
 */
export async function runMigrateCommand(
  database: ChanceryDatabase,
  to: string,
  options: { json: boolean; sample: number },
): Promise<number> {
  const shown = to.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@");
  const target = await openPostgres(to);
  try {
    const started = Date.now();
    let lastTable = "";
    const copied = await copySqliteToPostgres(database.sqlite, target, {
      onBatch: (table, done, rows) => {
        if (options.json) return;
        if (table !== lastTable) process.stderr.write(`${lastTable ? "\n" : ""}`);
        lastTable = table;
        process.stderr.write(`\r${table}: ${done.toLocaleString("en")} of ${rows.toLocaleString("en")} rows`);
      },
    });
    if (!options.json && lastTable) process.stderr.write("\n");
    const verified = await verifyCopy(database.sqlite, target, options.sample);
    const failed = verified.filter((t) => t.targetRows !== t.sourceRows || t.mismatches.length > 0);
    const report = {
      to: shown,
      seconds: (Date.now() - started) / 1000,
      tables: copied.map((c) => {
        const v = verified.find((t) => t.table === c.table);
        return { ...c, targetRows: v?.targetRows, sampled: v?.sampled, mismatches: v?.mismatches ?? [] };
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
          ? `Copied into ${shown} and verified (counts and a sample of rows) in ${report.seconds.toFixed(1)} s.\n`
          : `Copy into ${shown} differs in ${failed.map((t) => t.table).join(", ")}: run the command again to resume, or copy into an empty database.\n`,
      );
    }
    return failed.length === 0 ? 0 : 1;
  } finally {
    await target.close();
  }
}
