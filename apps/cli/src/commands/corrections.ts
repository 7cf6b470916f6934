import { readFileSync, writeFileSync } from "node:fs";
import { type ChanceryDatabase, type CorrectionEntry, CorrectionError, CorrectionLog, writerFor } from "@chancery/db";
import { exportCorrections, getCorrections } from "@chancery/query";

/** Where the log is read from and appended to: SQLite's writer, or a PostgreSQL primary's. */
interface CorrectionsBackend {
  /** Reads (the log, its entries' state). */
  reads: ChanceryDatabase;
  append(entries: readonly unknown[]): CorrectionEntry[] | Promise<CorrectionEntry[]>;
}

/**
 * `chancery corrections export [--out FILE]` writes the whole log as JSON (to stdout by default);
 * `chancery corrections import FILE` appends such a log and applies it, so a team shares its corrections.
 */
export function runCorrectionsCommand(
  database: ChanceryDatabase,
  action: string | undefined,
  files: readonly string[],
  options: { out?: string | undefined },
): Promise<number> {
  const backend = {
    reads: database,
    append: (entries: readonly unknown[]) => writerFor(database).correct(entries, { imported: true }),
  };
  return runWith(backend, action, files, options);
}

/** The same on PostgreSQL (`--db postgres://…`): the import through the PostgreSQL writer, in one transaction. */
export async function runPostgresCorrectionsCommand(
  url: string,
  action: string | undefined,
  files: readonly string[],
  options: { out?: string | undefined },
): Promise<number> {
  const { openPostgres, postgresWriterFor } = await import("@chancery/db/postgres");
  const { openPostgresReads } = await import("@chancery/query/postgres");
  const primary = await openPostgres(url);
  const reads = openPostgresReads(url);
  try {
    const append = (entries: readonly unknown[]) => postgresWriterFor(primary).correct(entries, { imported: true });
    return await runWith({ reads, append }, action, files, options);
  } finally {
    reads.close();
    await primary.close();
  }
}

async function runWith(
  backend: CorrectionsBackend,
  action: string | undefined,
  files: readonly string[],
  options: { out?: string | undefined },
): Promise<number> {
  const database = backend.reads;
  if (action === "export") {
    const log = exportCorrections(database);
    const text = `${JSON.stringify(log, null, 2)}\n`;
    if (options.out) {
      writeFileSync(options.out, text);
      process.stdout.write(`Exported ${log.corrections.length} corrections to ${options.out}.\n`);
    } else {
      process.stdout.write(text);
    }
    return 0;
  }
  if (action === "import") {
    const [file] = files;
    if (!file || files.length > 1) throw new Error("chancery corrections import needs one JSON file");
    let log: CorrectionLog;
    try {
      log = CorrectionLog.parse(JSON.parse(readFileSync(file, "utf8")));
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      process.stderr.write(
        `chancery: ${file} is not a corrections log written by "chancery corrections export": ${reason}\n`,
      );
      return 1;
    }
    try {
      const appended = await backend.append(log.corrections);
      const stale = getCorrections(
        database,
        appended.map((e) => e.id),
      ).filter((e) => e.stale);
      process.stdout.write(
        `Imported ${appended.length} corrections from ${file}${stale.length ? `; ${stale.length} match nothing stored here (stale)` : ""}.\n`,
      );
      for (const entry of stale) process.stdout.write(`stale: ${entry.summary}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof CorrectionError)) throw error;
      process.stderr.write(`chancery: ${file}: ${error.message}; nothing was imported\n`);
      return 1;
    }
  }
  throw new Error('chancery corrections needs "export" or "import", e.g. chancery corrections export --out log.json');
}
